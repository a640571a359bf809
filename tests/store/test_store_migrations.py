"""Schema versions through Alembic: a database made by veille 0.1 upgrades in place, the migrations
build exactly the tables the code queries, a newer database is refused, and two processes opening
a new database at once both succeed (issue 9 #3)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tests.api.hand_records import all_records
from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.store import ArticleQuery, EventQuery, open_store, schema
from veille.store.migrations import LATEST, head

ROOT = Path(__file__).resolve().parents[2]
LEGACY_DUMP = Path(__file__).parent / "data" / "legacy-v2.sql"  # written by veille 0.1 (schema version 2)
# The full-text index veille 0.1 added when `veille serve` first opened a database.
LEGACY_FTS = (
    'CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize="unicode61 remove_diacritics 2")',
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN DELETE FROM articles_fts WHERE rowid = old.rowid; END",
    "INSERT INTO articles_fts(rowid, title, text) SELECT rowid, coalesce(title, ''), text FROM articles",
)


def _legacy_database(path: Path, with_fts: bool) -> Path:
    with sqlite3.connect(path) as conn:
        conn.executescript(LEGACY_DUMP.read_text(encoding="utf-8"))
        for statement in LEGACY_FTS if with_fts else ():
            conn.execute(statement)
    return path


@pytest.mark.parametrize("with_fts", [False, True])
def test_version_2_database_upgrades_in_place_keeping_every_article(tmp_path, with_fts):
    path = _legacy_database(tmp_path / "old.db", with_fts)
    expected = {r.id: r for r in all_records() + [summit_record(), protest_record(), undated_record()]}
    with open_store(str(path)) as store:
        assert {r.id: r for r in store.records()} == expected
        assert [a.id for a in store.articles(ArticleQuery(text="negoc*"))] == ["b2geneva", "a1summit"]
        assert store.count_events(EventQuery(actor="RUS")) == 7 + 2  # hand records, and the factory's summit
        assert store.count_events(EventQuery(actor="PER:viktor-sedov")) == 1
    with sqlite3.connect(path) as conn:
        assert [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")] == list(range(1, LATEST + 1))
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head(),)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_upgrade_folds_the_stored_places_for_the_place_filter(tmp_path):
    # revision 0007 gives every stored event its folded place: accents and case no longer matter
    with open_store(str(_legacy_database(tmp_path / "old.db", False))) as store:
        assert [(e.article_id, e.event.place) for e in store.events(EventQuery(place="BIELORUSSIE"))] == \
               [("a1summit", "Biélorussie")]
        assert [(e.article_id, e.event.place) for e in store.events(EventQuery(place="geneve", actor="UKR"))] == \
               [("b2geneva", "Genève")]
        assert store.count_events(EventQuery(place="minsk")) == 2  # the hand record's and the factory's summit


def test_upgraded_database_reads_like_a_new_one(tmp_path):
    records = all_records()
    with open_store(str(_legacy_database(tmp_path / "old.db", True))) as old, \
            open_store(str(tmp_path / "new.db")) as new:
        new.upsert(records + [summit_record(), protest_record(), undated_record()])
        for query in (EventQuery(), EventQuery(dyad=("RUS", "BLR"), symmetric=True), EventQuery(type="ASSAULT")):
            assert [(e.article_id, e.position) for e in old.events(query)] == \
                   [(e.article_id, e.position) for e in new.events(query)]
        with old.engine.connect() as a, new.engine.connect() as b:
            for table in schema.COUNT_TABLES:
                assert sorted(a.execute(table.select()).all()) == sorted(b.execute(table.select()).all()), table.name


def test_migrations_build_the_tables_the_code_queries(db_url):
    with open_store(db_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ours})
        assert compare_metadata(context, schema.metadata) == []


def _ours(obj, name, kind, reflected, compare_to) -> bool:  # noqa: ANN001
    """What schema.py describes: not Alembic's own table, nor the full-text machinery of each database."""
    return name not in ("alembic_version", "search", "ix_articles_search") and not (name or "").startswith("articles_fts")


def test_newer_alembic_revision_is_refused(tmp_path):
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(Exception, match="unknown to this veille"):
        open_store(str(path))


OPEN_AND_WRITE = """
import sys
from tests.store.records_factory import summit_record
from veille.store import open_store
with open_store(sys.argv[1]) as store:
    store.upsert([summit_record(id=sys.argv[2], name=sys.argv[2], source=sys.argv[2])])
"""


@pytest.mark.parametrize("existing", [False, True])
def test_two_processes_open_a_new_database_at_once_and_both_write(db_url, existing):
    if existing:
        open_store(db_url).close()
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_AND_WRITE, db_url, f"writer{n}"], cwd=ROOT,
                                  stderr=subprocess.PIPE, text=True) for n in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    with open_store(db_url) as store:
        assert sorted(a.id for a in store.articles()) == ["writer0", "writer1"]
    assert LATEST == 10
