"""The kept counts (actors, actor_months, dyad_days, dyad_totals, event_spans) always equal what a scan of the
stored rows gives, after new articles, replaced ones and re-ingested ones, on both databases."""
from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from veille.store import EventQuery, SqlStore, schema

GENERATE = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


def _generator():
    spec = importlib.util.spec_from_file_location("generate", GENERATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _scan(store: SqlStore) -> dict[str, Counter]:
    """The counts, recomputed from the event sides and pairs and the entities."""
    found: dict[str, Counter] = {"events": Counter(), "mentions": Counter(), "days": Counter(), "forward": Counter(),
                                 "totals": Counter(), "articles": Counter(), "spans": Counter()}
    sides, pairs, ents, events = schema.event_sides, schema.event_pairs, schema.entities, schema.events
    with store.engine.connect() as conn:
        for kind, first, last, status in conn.execute(select(events.c.type, events.c.day_from, events.c.day_to,
                                                             events.c.status)):
            found["spans"][(kind, first or "", last or "", status)] += 1
        for (key,) in conn.execute(select(sides.c.key)):
            found["events"][key] += 1
        for a, b, day, kind, forward in conn.execute(select(pairs.c.a, pairs.c.b, pairs.c.day_from, pairs.c.type,
                                                            pairs.c.forward)):
            from veille.model.plover import quad_number

            found["days"][(a, b, day or "", quad_number(kind) or 0)] += 1
            found["forward"][(a, b, day or "", quad_number(kind) or 0)] += int(forward)
            if a != b:
                found["totals"][(a, b)] += 1
        articles: dict[str, set] = {}
        for actor, article, mentions in conn.execute(select(ents.c.actor, ents.c.article, ents.c.mentions)
                                                     .where(ents.c.actor.is_not(None))):
            found["mentions"][actor] += mentions
            articles.setdefault(actor, set()).add(article)
        found["articles"] = Counter({k: len(v) for k, v in articles.items()})
    return found


def _kept(store: SqlStore) -> dict[str, Counter]:
    act, days, totals = schema.actors, schema.dyad_days, schema.dyad_totals
    with store.engine.connect() as conn:
        actors = conn.execute(select(act.c.key, act.c.events, act.c.mentions, act.c.articles)).all()
        day_rows = conn.execute(select(days)).all()
        total_rows = conn.execute(select(totals)).all()
        span_rows = conn.execute(select(schema.event_spans)).all()
    return {
        "events": Counter({k: n for k, n, _, _ in actors if n}),
        "mentions": Counter({k: m for k, _, m, _ in actors if m}),
        "articles": Counter({k: a for k, _, _, a in actors if a}),
        "days": Counter({(r.a, r.b, r.day, r.quad): r.events for r in day_rows}),
        "forward": Counter({(r.a, r.b, r.day, r.quad): r.forward for r in day_rows if r.forward}),
        "totals": Counter({(r.a, r.b): r.events for r in total_rows}),
        "spans": Counter({(r.type, r.day_from, r.day_to, r.status): r.events for r in span_rows}),
    }


def test_counts_follow_new_replaced_and_reingested_articles(store: SqlStore):
    generate = _generator()
    records = list(generate.records(120))
    store.upsert(records)
    # a newer reading of 40 of them: other events, fewer entities
    store.upsert([replace(r, events=r.events[:3], entities=r.entities[:8]) for r in records[:40]])
    store.upsert(records[100:])  # the same articles again
    assert _kept(store) == _scan(store)
    assert store.count_events(EventQuery(actor="RUS")) == _scan(store)["events"]["RUS"]
    with store.engine.connect() as conn:  # no actor left at zero
        assert conn.execute(select(schema.actors).where(schema.actors.c.events == 0, schema.actors.c.mentions == 0,
                                                        schema.actors.c.articles == 0)).all() == []


def test_events_of_a_type_in_a_range_are_every_event_of_it_covering_a_day_of_the_range(store: SqlStore):
    generate = _generator()
    records = list(generate.records(150))
    store.upsert(records)
    store.upsert([replace(r, events=r.events[:2]) for r in records[:50]])  # counts taken away as well
    everything = store.events()
    for kind, since, until in (("PROTEST", "2023-01-01", "2023-03-31"), ("CONSULT", "2022-06-01", None),
                               ("ASSAULT", None, "2022-12-31"), ("AID", "2024-12-30", "2025-06-30")):
        query = EventQuery(type=kind, since=since, until=until, newest_first=True)
        wanted = [(e.article_id, e.position) for e in everything if e.event.type == kind
                  and _covers(e, since, until)]
        assert sorted((e.article_id, e.position) for e in store.events(query)) == sorted(wanted), kind
        assert store.count_events(query) == len(wanted), kind
        assert store.count_events(replace(query, status="asserted")) == \
            sum(e.event.status == "asserted" for e in everything if e.event.type == kind and _covers(e, since, until))


def _covers(stored, since: str | None, until: str | None) -> bool:
    """True when the event covers a day from since to until (its own date, else its article's day)."""
    from veille.store.dates import timex_span

    span = timex_span(stored.event.date) or timex_span((stored.published or "")[:10])
    return bool(span) and (since is None or span[1] >= since) and (until is None or span[0] <= until)


def test_counts_of_an_actor_no_article_speaks_of_any_more_are_gone(store: SqlStore):
    record = _generator().record(5)
    store.upsert([record])
    store.upsert([replace(record, entities=(), events=())])
    with store.engine.connect() as conn:
        for table in schema.COUNT_TABLES:
            assert conn.execute(select(table)).all() == [], table.name


def test_a_state_is_named_in_the_language_of_its_articles(store: SqlStore):
    from tests.store.records_factory import protest_record
    from veille.model.record import Actor, Event

    protest = Event("PROTEST", (Actor("manifestantes", "DEU"),), (), "asserted")
    store.upsert([protest_record(language="es", events=(protest,))])
    store.upsert([protest_record(id="fr0000000000002", name="manif-fr", source="fr.txt", events=(
        Event("PROTEST", (Actor("manifestants", "ITA"),), (), "asserted"),))])
    with store.engine.connect() as conn:
        names = dict(conn.execute(select(schema.actors.c.key, schema.actors.c.name)).all())
    assert names == {"DEU": "Alemania", "ITA": "Italie"}
