"""Upsert: one row per content hash, children replaced, failures kept and cleared."""
from __future__ import annotations

from sqlalchemy import func, select

from tests.store.records_factory import protest_record, summit_record
from veille.model.failure import Failure
from veille.store import ArticleQuery, SqlStore, schema


def _count(store: SqlStore, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_upsert_same_article_twice_stores_it_once(store: SqlStore):
    store.upsert([summit_record()])
    store.upsert([summit_record()])
    assert store.count_articles() == 1
    assert _count(store, schema.events) == 2
    assert _count(store, schema.event_sides) == 4
    assert _count(store, schema.entities) == 2


def test_upsert_duplicates_within_one_batch_keep_the_last(store: SqlStore):
    first, second = summit_record(title="Premier titre"), summit_record(title="Second titre")
    assert store.upsert([first, second]) == 1
    assert store.get(first.id).title == "Second titre"


def test_upsert_replaces_children_of_a_changed_article(store: SqlStore):
    store.upsert([summit_record()])
    store.upsert([summit_record(events=(), quotes=())])
    assert _count(store, schema.events) == 0
    assert _count(store, schema.event_sides) == 0
    assert _count(store, schema.event_pairs) == 0
    assert _count(store, schema.quotes) == 0
    assert store.get("a1b2c3d4e5f60001").events == ()


def test_upsert_returns_a_record_equal_to_the_one_stored(store: SqlStore):
    record = summit_record()
    store.upsert([record])
    assert store.get(record.id) == record


def test_get_unknown_id_gives_none(store: SqlStore):
    assert store.get("nope") is None


def test_add_failures_keeps_one_per_source(store: SqlStore):
    failure = Failure("x", "in/x.txt", "extract", "V102", "[V102] in/x.txt is empty")
    store.add_failures([failure])
    store.add_failures([failure, Failure("y", "in/y.txt", "read", "V105", "[V105] in/y.txt: no such file")])
    assert sorted(f.failure.source for f in store.failures()) == ["in/x.txt", "in/y.txt"]


def test_upsert_clears_failures_of_the_same_source(store: SqlStore):
    record = protest_record()
    store.add_failures([Failure(record.name, record.source, "extract", "V201", "[V201] no text")])
    store.upsert([record])
    assert store.failures() == []


def test_upsert_many_records_in_several_chunks(store: SqlStore, monkeypatch):
    monkeypatch.setattr("veille.store.sql.WRITE_CHUNK", 3)
    records = [summit_record(id=f"id{i:03d}", name=f"n{i}", source=f"in/{i}.txt") for i in range(10)]
    assert store.upsert(iter(records)) == 10
    assert store.count_articles() == 10
    assert [r.id for r in store.records()] == sorted(r.id for r in records)


def test_upsert_same_input_read_differently_replaces_the_old_reading(store: SqlStore):
    source = summit_record().source
    store.upsert([summit_record()], inputs={source: "bytes-1"})
    store.upsert([summit_record(id="newhash000000000", text="Texte mieux nettoyé.")], inputs={source: "bytes-1"})
    assert [a.id for a in store.articles()] == ["newhash000000000"]
    assert _count(store, schema.events) == 2


def test_upsert_another_article_under_a_known_file_name_keeps_both(store: SqlStore):
    # issue 9 #4: a different input saved under the same path is another article, never a replacement
    source = summit_record().source
    store.upsert([summit_record()], inputs={source: "bytes-1"})
    store.upsert([protest_record(source=source)], inputs={source: "bytes-2"})
    assert sorted(a.id for a in store.articles()) == sorted([summit_record().id, protest_record().id])
    assert store.input_hashes([source]) == {source: {"bytes-1", "bytes-2"}}


def test_upsert_records_without_source_are_kept_apart(store: SqlStore):
    store.upsert([summit_record(source=None), summit_record(id="other", source=None)])
    assert store.count_articles() == 2


def test_search_finds_each_batch_and_only_the_current_text_of_a_replaced_article(store: SqlStore):
    # the full-text index is written per batch, after its articles: every batch, not only the first
    store.upsert([summit_record()])
    store.upsert([protest_record(text="Les agriculteurs bloquent la préfecture.")])
    store.upsert([summit_record(title="Pêche", text="Un sommet sur la pêche hauturière.")])  # the same id, a new text
    assert [a.id for a in store.articles(ArticleQuery(text="prefecture"))] == [protest_record().id]
    assert [a.id for a in store.articles(ArticleQuery(text="hauturiere"))] == [summit_record().id]
    assert store.articles(ArticleQuery(text="minsk")) == []  # the replaced text left the index
