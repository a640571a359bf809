"""Hypothesis: any Record survives Record -> JSON -> Record and Record -> store -> Record unchanged."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.model.record import (
    Actor,
    Entity,
    EntityType,
    Event,
    EventType,
    Mention,
    Place,
    Quote,
    Record,
    Status,
    TimeExpr,
)
from veille.store import EventQuery, open_store

# Any Unicode a page may hold (lone surrogates cannot be UTF-8, so no page holds them).
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
maybe_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=100_000)
codes = st.none() | st.sampled_from(["RUS", "UKR", "FRA", "NATO", "EU", "UN", "WST", "NGO"])
timex = st.none() | st.sampled_from(["2024-05-24", "2024-05", "2024-W21", "2024-05-26/2024-05-27", "P2D"]) | texts
coordinates = st.none() | st.floats(min_value=-180, max_value=180, allow_nan=False)

mentions = st.builds(Mention, texts, offsets, offsets)
entities = st.builds(
    Entity, id=texts, name=texts, type=st.sampled_from([t.value for t in EntityType]), country=codes,
    mentions=st.lists(mentions, max_size=3).map(tuple), kind=maybe_texts,
)
times = st.builds(TimeExpr, texts, st.sampled_from(["DATE", "TIME", "DURATION", "SET"]), timex, offsets, offsets)
places = st.builds(Place, texts, codes, coordinates, coordinates, maybe_texts, maybe_texts)
quotes = st.builds(Quote, texts, maybe_texts, st.booleans(), offsets, offsets, maybe_texts)
actors = st.builds(Actor, texts, codes, maybe_texts, maybe_texts)
events = st.builds(
    Event, type=st.sampled_from([t.value for t in EventType]), source=st.lists(actors, max_size=3).map(tuple),
    target=st.lists(actors, max_size=3).map(tuple), status=st.sampled_from([s.value for s in Status]),
    place=maybe_texts, date=timex, mode=maybe_texts, cameo=maybe_texts, background=st.booleans(),
    sentence=texts, trigger=texts, confidence=st.floats(min_value=0, max_value=1),
)
published = st.none() | st.sampled_from(["2024-05-26T09:47:00+01:00", "2012-11-02", "2024-05-26T23:30:00-05:00"])
records = st.builds(
    Record, id=st.text("0123456789abcdef", min_size=16, max_size=16), name=texts, title=maybe_texts,
    published=published, outlet=maybe_texts, dateline=maybe_texts, language=st.sampled_from(["fr", "en"]),
    text=texts, url=maybe_texts, source=maybe_texts,
    entities=st.lists(entities, max_size=3).map(tuple), times=st.lists(times, max_size=3).map(tuple),
    places=st.lists(places, max_size=3).map(tuple), quotes=st.lists(quotes, max_size=3).map(tuple),
    events=st.lists(events, max_size=4).map(tuple),
)

# One store for all examples: each upsert also replaces whatever an earlier example left under the same id.
STORE = open_store(":memory:")


@given(records)
def test_roundtrip_record_json_record(record: Record):
    assert Record.from_dict(json.loads(json.dumps(record.to_dict(), ensure_ascii=False))) == record


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_roundtrip_record_store_record(record: Record):
    STORE.upsert([record])
    assert STORE.get(record.id) == record


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_roundtrip_events_rebuilt_from_their_tables(record: Record):
    STORE.upsert([record])
    stored = sorted(STORE.events(EventQuery(article_id=record.id)), key=lambda e: e.position)
    assert tuple(e.event for e in stored) == record.events
