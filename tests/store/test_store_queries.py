"""Article and event queries: filters, ordering, paging, id resolution."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.store.records_factory import summit_record
from veille.errors import ConfigError, StoreError
from veille.store import ArticleQuery, EventQuery, SqlStore

SUMMIT, PROTEST, UNDATED = "a1b2c3d4e5f60001", "f0e1d2c3b4a50002", "0000aaaa1111bbbb"


def _ids(items) -> list[str]:
    return [getattr(i, "id", None) or i.article_id for i in items]


def test_articles_newest_first_undated_last(filled: SqlStore):
    assert _ids(filled.articles()) == [PROTEST, SUMMIT, UNDATED]


def test_articles_summary_counts(filled: SqlStore):
    summit = next(a for a in filled.articles() if a.id == SUMMIT)
    assert (summit.entities, summit.times, summit.places, summit.quotes, summit.events) == (2, 1, 1, 1, 2)


def test_articles_outlet_is_case_insensitive(filled: SqlStore):
    assert _ids(filled.articles(ArticleQuery(outlet="la tribune"))) == [SUMMIT]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (date(2024, 5, 26), date(2024, 5, 26), [SUMMIT]),  # a day includes all of itself
        ("2024-05-26T08:47:00+00:00", None, [PROTEST, SUMMIT]),  # 09:47+01:00 is 08:47 UTC
        ("2024-05-26T08:48:00Z", None, [PROTEST]),
        (None, datetime(2024, 5, 26, 9, 47, tzinfo=timezone(timedelta(hours=1))), [SUMMIT]),
        (None, "2024-05-26T08:46:59+00:00", []),
        (date(2025, 1, 1), None, [PROTEST]),
    ],
)
def test_articles_since_until_on_publication(filled: SqlStore, since, until, expected):
    assert _ids(filled.articles(ArticleQuery(since=since, until=until))) == expected


def test_articles_text_search_in_title_and_body(filled: SqlStore):
    assert _ids(filled.articles(ArticleQuery(text="MINSK"))) == [SUMMIT]
    assert _ids(filled.articles(ArticleQuery(text="otan"))) == [UNDATED]
    assert filled.articles(ArticleQuery(text="100%")) == []  # wildcards are escaped


def test_articles_limit_offset_and_count(filled: SqlStore):
    query = ArticleQuery(limit=1, offset=1)
    assert _ids(filled.articles(query)) == [SUMMIT]
    assert filled.count_articles(query) == 3
    assert [r.id for r in filled.records(ArticleQuery(limit=2))] == [PROTEST, SUMMIT]


def test_events_by_actor_on_either_side(filled: SqlStore):
    found = filled.events(EventQuery(actor="blr"))
    assert [(e.article_id, e.event.type) for e in found] == [(SUMMIT, "CONSULT"), (SUMMIT, "AGREE")]


def test_events_by_dyad_directed_and_symmetric(filled: SqlStore):
    assert [e.event.type for e in filled.events(EventQuery(dyad=("RUS", "BLR")))] == ["CONSULT"]
    assert filled.events(EventQuery(dyad=("BLR", "RUS"))) == []
    assert [e.event.type for e in filled.events(EventQuery(dyad=("BLR", "RUS"), symmetric=True))] == ["CONSULT"]


def test_events_by_type_status_and_outlet(filled: SqlStore):
    assert [e.event.type for e in filled.events(EventQuery(status="planned"))] == ["CONSULT"]
    assert [e.article_id for e in filled.events(EventQuery(type="protest"))] == [PROTEST]
    assert filled.count_events(EventQuery(outlet="Le Courrier")) == 2


def test_events_since_until_on_the_event_date(filled: SqlStore):
    # the CONSULT is dated 2024-05-24; the undated AGREE takes its article's day, 2024-05-26
    assert [e.event.type for e in filled.events(EventQuery(until="2024-05-24"))] == ["CONSULT"]
    assert [e.event.type for e in filled.events(EventQuery(since="2024-05-25", until="2024-05-31"))] == ["AGREE"]
    # the planned meeting is dated 2025-04: any day of April matches
    assert [e.event.status for e in filled.events(EventQuery(since="2025-04-30"))] == ["planned"]


@pytest.mark.parametrize("since, until, expected", [
    ("2025-04-15", "2025-05-31", ["2025-04"]),  # the month began before the range: found all the same
    ("2024-05-01", "2025-12-31", ["2025-04", "2024-05-24"]),
    ("2024-05-25", "2025-03-31", []),
    ("2025-05-01", None, []),
])
def test_events_of_a_type_in_a_range_newest_first_with_their_count(filled: SqlStore, since, until, expected):
    # two CONSULTs: one of 2024-05-24, one planned for April 2025 (every day of the month)
    query = EventQuery(type="consult", since=since, until=until, newest_first=True)
    assert [e.event.date for e in filled.events(query)] == expected
    assert filled.count_events(query) == len(expected)


def test_events_of_any_type_in_a_range_start_at_the_earliest_span(filled: SqlStore):
    # no type: the read starts at the first day of the earliest event of any type reaching into the range
    query = EventQuery(status="planned", since="2025-04-15", until="2025-05-31")
    assert [e.event.date for e in filled.events(query)] == ["2025-04"]
    assert filled.count_events(query) == 1
    assert filled.count_events(EventQuery(status="planned", since="2025-05-01")) == 0
    # the kept spans count per type and status as a scan of the events would
    assert filled.count_events(EventQuery(type="consult", status="planned")) == 1
    assert filled.count_events(EventQuery(type="consult", status="asserted", until="2024-12-31")) == 1
    assert filled.count_events(EventQuery()) == len(filled.events(EventQuery()))


def test_events_carry_their_actors_in_order(filled: SqlStore):
    agree = filled.events(EventQuery(type="AGREE"))[0]
    assert [a.code for a in agree.event.source] == ["RUS", "BLR"]
    assert agree.event.target == ()
    assert agree.event.confidence == 0.8
    assert agree.title == "Sommet à Minsk"


def test_events_ordered_by_day(filled: SqlStore):
    days = [e.event.date or (e.published or "")[:10] for e in filled.events()]
    assert days == ["2024-05-24", "2024-05-26", "2025-03-14", "2025-04"]


def test_resolve_by_id_prefix_or_name(filled: SqlStore):
    assert filled.resolve(SUMMIT) == SUMMIT
    assert filled.resolve("f0e1") == PROTEST
    assert filled.resolve("sans-date") == UNDATED


def test_resolve_unknown_raises_store_error(filled: SqlStore):
    with pytest.raises(StoreError, match="V402"):
        filled.resolve("zzz")


def test_resolve_ambiguous_prefix_names_candidates(filled: SqlStore):
    filled.upsert([summit_record(id="a1b2ffff00000000", name="autre", source="in/autre.txt")])
    with pytest.raises(ConfigError, match="a1b2c3d4e5f60001, a1b2ffff00000000"):
        filled.resolve("a1b2")


def test_bad_date_text_raises_config_error(filled: SqlStore):
    with pytest.raises(ConfigError, match="V501"):
        filled.articles(ArticleQuery(since="hier"))


def test_search_reads_each_article_in_its_own_language(filled: SqlStore):
    # an article in a language veille does not analyse is read word by word (in PostgreSQL: not with the
    # French stemmer, which would make "negotiation" of "negotiations"); French ones as before
    filled.upsert([summit_record(id="c0ffee0000000003", name="in-english", source="en.txt", language="en",
                                 title="Talks", text="The negotiations went on in Minsk.")])
    assert _ids(filled.articles(ArticleQuery(text="negotiations"))) == ["c0ffee0000000003"]
    assert "c0ffee0000000003" not in _ids(filled.articles(ArticleQuery(text="negotiation")))
    assert _ids(filled.articles(ArticleQuery(text="delegation russe"))) == [SUMMIT]
