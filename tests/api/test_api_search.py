"""veille.search: what a user types becomes a safe FTS5 query; the index follows the articles table."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from veille.errors import ConfigError
from veille.search import fts_query, text_condition, ts_query
from veille.store import schema


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


def test_search_index_holds_every_article(fresh_store):
    if fresh_store.dialect.name != "sqlite":
        pytest.skip("the FTS5 table is SQLite's; PostgreSQL indexes a generated column")
    with fresh_store.engine.connect() as conn:
        indexed = conn.execute(text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minsk OR nato'")).scalar()
    assert indexed == 3


def test_search_deleted_article_leaves_the_index(fresh_store):
    condition = text_condition(fresh_store.dialect.name, "gaz")
    with fresh_store.engine.begin() as conn:
        conn.execute(schema.articles.delete().where(schema.articles.c.id == "c3reproach"))
        assert conn.execute(select(func.count()).select_from(schema.articles).where(condition)).scalar() == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("négociations", "('négociations')"),
        ("negoc*", "('negoc':*)"),
        ('"accord de paix" Kiev', "('accord' <-> 'de' <-> 'paix') & ('Kiev')"),
        ("gaz OR pétrole", "('gaz') | ('pétrole')"),
        ("l'OTAN", "('l' <-> 'OTAN')"),
        ("o'brien\\", "('o' <-> 'brien')"),
        ("***", None),
    ],
)
def test_search_ts_query_for_postgresql(typed, expected):
    assert ts_query(typed) == expected
