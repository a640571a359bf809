"""One field list for the article: the Record's, which the store and the API take theirs from."""
from __future__ import annotations

from dataclasses import fields

from veille.api.schemas import ArticleHit, ArticleOut
from veille.model.record import ARTICLE_FIELDS, Record
from veille.store import schema


def test_article_fields_are_the_records_own_scalars():
    assert ARTICLE_FIELDS == ("id", "name", "title", "published", "outlet", "dateline", "language", "text", "url",
                              "source")
    assert set(ARTICLE_FIELDS) < {f.name for f in fields(Record)}


def test_article_fields_each_have_a_column_and_an_api_field_typed_as_the_record_types_them():
    assert set(ARTICLE_FIELDS) <= set(schema.articles.columns.keys())
    out = ArticleOut.model_fields
    assert list(out)[: len(ARTICLE_FIELDS)] == list(ARTICLE_FIELDS)
    assert all(out[name].is_required() for name in ARTICLE_FIELDS)
    assert ArticleHit.model_fields["title"].annotation == ArticleOut.model_fields["title"].annotation


def test_article_fields_the_store_gives_back_what_it_was_given(tmp_path):
    from tests.store.records_factory import summit_record
    from veille.store import open_store

    record = summit_record()
    with open_store(str(tmp_path / "a.db")) as store:
        store.upsert([record])
        back = store.get(record.id)
    assert {name: getattr(back, name) for name in ARTICLE_FIELDS} == {name: getattr(record, name) for name in ARTICLE_FIELDS}
