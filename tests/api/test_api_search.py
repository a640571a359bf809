"""veille.search: what a user types becomes a safe FTS5 query; the index follows the articles table."""
from __future__ import annotations

import pytest
from hand_records import all_records
from sqlalchemy import text

from veille.errors import ConfigError
from veille.search import ensure_fts, fts_query
from veille.store import open_store, schema


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("négociations", '"négociations"'),
        ("negoc*", '"negoc"*'),
        ('"cessez-le-feu" Kiev', '"cessez-le-feu" "Kiev"'),
        ("gaz OR pétrole", '"gaz" OR "pétrole"'),
        ("OR gaz OR", '"gaz"'),
        ("a:b (c)", '"a b" "c"'),
        ("***", None),
        ("  ", None),
        ("l'OTAN", '"l\'OTAN"'),
    ],
)
def test_search_fts_query(typed, expected):
    assert fts_query(typed) == expected


def test_search_unbalanced_quote_is_a_clear_config_error():
    with pytest.raises(ConfigError) as err:
        fts_query('"trêve humanitaire')
    assert "unbalanced double quote" in str(err.value) and err.value.fields["name"] == "q"


def test_search_ensure_fts_is_idempotent(fresh_store):
    store = fresh_store
    assert ensure_fts(store.engine) and ensure_fts(store.engine)
    with store.engine.connect() as conn:
        indexed = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar()
    assert indexed == 4


def test_search_index_catches_up_with_articles_written_before_it(tmp_path):
    with open_store(str(tmp_path / "late.db")) as store:
        store.upsert(all_records()[:2])
        ensure_fts(store.engine)
        with store.engine.begin() as conn:  # written while the triggers were missing
            conn.execute(text("DROP TRIGGER articles_fts_ai"))
        store.upsert(all_records()[2:])
        ensure_fts(store.engine)
        with store.engine.connect() as conn:
            found = conn.execute(text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gaz'")).scalar()
        assert found == 1


def test_search_deleted_article_leaves_the_index(fresh_store):
    ensure_fts(fresh_store.engine)
    with fresh_store.engine.begin() as conn:
        conn.execute(schema.articles.delete().where(schema.articles.c.id == "c3reproach"))
        assert conn.execute(text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gaz'")).scalar() == 0
