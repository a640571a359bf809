"""Records to table rows and rows back to query results: pure functions, no connection.

Rows are tuples in their table's column order (veille.store.schema), built field by field:
going through dataclasses.asdict cost three quarters of the write time.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model.failure import Failure
from ..model.plover import quad_number
from ..model.record import Actor, Entity, Event, Record
from ..search import fold
from . import schema
from .actors import RecordKeys
from .base import ArticleSummary, StoredEvent, StoredFailure
from .dates import published_utc, timex_span

Row = tuple[Any, ...]


def dumps(value: Any) -> str:
    """JSON as the store keeps it: compact, readable UTF-8."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass
class ArticleRows:
    """Every row one record writes, by table name, and the keys its actors stand for."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    keys: RecordKeys | None = None


def record_rows(record: Record, seq: int, ingested_at: str, input_hash: str | None = None) -> ArticleRows:
    """The rows of one record stored under `seq` (its article's key in the child tables)."""
    keys = RecordKeys(record)
    utc = published_utc(record.published)
    newest = utc or ""
    events = [_event_row(record, keys, seq, i, e, utc) for i, e in enumerate(record.events)]
    sides: list[Row] = []
    pairs: list[Row] = []
    for i, event in enumerate(record.events):
        row = events[i]
        shared = (row[10], row[8], row[9], row[2], row[6])  # sort_key, day_from, day_to, type, status
        sides += _side_rows(seq, i, keys, event, shared)
        pairs += _pair_rows(seq, i, keys, event, shared)
    tables = {
        "articles": [_article_row(record, seq, ingested_at, input_hash, utc, newest)],
        "entities": [(seq, i, e.id, e.name, e.type, e.kind, e.country, len(e.mentions), keys.of_entity[i])
                     for i, e in enumerate(record.entities)],
        "places": [(seq, i, p.name, p.country, p.lat, p.lon, p.feature, p.entity_id)
                   for i, p in enumerate(record.places)],
        "quotes": [(seq, i, q.text, q.speaker, q.speaker_id, _speaker_key(record, keys, q.speaker, q.speaker_id),
                    q.direct, q.start, q.end, newest) for i, q in enumerate(record.quotes)],
        "events": events,
        "event_sides": sides,
        "event_pairs": pairs,
    }
    return ArticleRows(tables, keys)


def _article_row(record: Record, seq: int, ingested_at: str, input_hash: str | None, utc: str | None,
                 newest: str) -> Row:
    return (
        seq, record.id, record.name, record.source, input_hash, record.url, record.title, record.published, utc,
        newest, record.outlet, record.dateline, record.language, record.text, dumps(record_data(record)),
        ingested_at, len(record.entities), len(record.times), len(record.places), len(record.quotes),
        len(record.events),
    )


def event_span(record: Record, event: Event) -> tuple[str, str] | None:
    """The days an event covers: its own date's, else (as far as the text says) its article's day."""
    return timex_span(event.date) or timex_span((record.published or "")[:10])


def _event_row(record: Record, keys: RecordKeys, seq: int, position: int, event: Event, utc: str | None) -> Row:
    span = event_span(record, event)
    day_from, day_to = span if span else (None, None)
    sort_key = f"{day_from or ''} {utc or ''}"
    return (
        seq, position, event.type, quad_number(event.type), event.mode, event.cameo, event.status, event.date,
        day_from, day_to, sort_key, event.place, event.background, event.sentence, event.trigger,
        event.confidence, dumps({"source": [_actor_list(a, keys) for a in event.source],
                                 "target": [_actor_list(a, keys) for a in event.target]}),
    )


def _actor_list(actor: Actor, keys: RecordKeys) -> list[str | None]:
    """An event actor as stored: name, code, sector, entity id, and the actor key a page links it to."""
    return [actor.name, actor.code, actor.sector, actor.entity_id, keys.own(actor)]


def _side_rows(seq: int, position: int, keys: RecordKeys, event: Event, shared: Row) -> list[Row]:
    sources, targets = keys.side(event.source), keys.side(event.target)
    return [(seq, position, key, key in sources, key in targets, *shared)
            for key in dict.fromkeys(sources + targets)]


def event_pairs(keys: RecordKeys, event: Event) -> dict[tuple[str, str], tuple[bool, bool]]:
    """The pairs of keys on opposite sides of an event, each as (a, b) with a <= b, and which way it goes."""
    found: dict[tuple[str, str], tuple[bool, bool]] = {}
    for source in keys.side(event.source):
        for target in keys.side(event.target):
            pair = (source, target) if source <= target else (target, source)
            forward, backward = found.get(pair, (False, False))
            found[pair] = (forward or pair[0] == source, backward or pair[0] == target)
    return found


def _pair_rows(seq: int, position: int, keys: RecordKeys, event: Event, shared: Row) -> list[Row]:
    return [(seq, position, a, b, forward, backward, *shared)
            for (a, b), (forward, backward) in event_pairs(keys, event).items()]


def _speaker_key(record: Record, keys: RecordKeys, speaker: str | None, speaker_id: str | None) -> str | None:
    """The speaker's actor: its entity's, else that of an entity of the article with the same name."""
    if speaker_id and (own := keys.by_id.get(speaker_id)):
        return own
    if not speaker:
        return None
    wanted = fold(speaker)
    for entity, key in zip(record.entities, keys.of_entity):
        if key is not None and fold(entity.name) == wanted:
            return key
    return None


# -- the record's JSON, without asdict ----------------------------------------------------------------


def record_data(record: Record) -> dict[str, Any]:
    """The contract JSON of a record (Record.to_dict) without its text, which the store keeps apart."""
    return {
        "id": record.id, "name": record.name, "title": record.title, "published": record.published,
        "outlet": record.outlet, "dateline": record.dateline, "language": record.language, "url": record.url,
        "source": record.source,
        "entities": [_entity_data(e) for e in record.entities],
        "times": [{"text": t.text, "type": t.type, "value": t.value, "start": t.start, "end": t.end}
                  for t in record.times],
        "places": [{"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "feature": p.feature,
                    "entity_id": p.entity_id} for p in record.places],
        "quotes": [{"text": q.text, "speaker": q.speaker, "direct": q.direct, "start": q.start, "end": q.end,
                    "speaker_id": q.speaker_id} for q in record.quotes],
        "events": [event_data(e) for e in record.events],
        "meta": record.meta,
    }


def _entity_data(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country,
            "mentions": [m.text for m in entity.mentions], "kind": entity.kind,
            "spans": [[m.start, m.end] for m in entity.mentions]}


def _actor_data(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "code": actor.code, "sector": actor.sector, "entity_id": actor.entity_id}


def _side_data(actors: tuple[Actor, ...]) -> dict[str, Any] | list[dict[str, Any]] | None:
    if not actors:
        return None
    if len(actors) == 1:
        return _actor_data(actors[0])
    return [_actor_data(a) for a in actors]


def event_data(event: Event) -> dict[str, Any]:
    """One event in the contract's shape (veille.model.record.event_to_dict)."""
    return {"type": event.type, "source": _side_data(event.source), "target": _side_data(event.target),
            "status": event.status, "place": event.place, "date": event.date, "mode": event.mode,
            "cameo": event.cameo, "background": event.background, "sentence": event.sentence,
            "trigger": event.trigger, "confidence": event.confidence}


def record_from(data: str | Mapping[str, Any], text: str) -> Record:
    """A stored record back: its JSON and its text."""
    parsed = json.loads(data) if isinstance(data, str) else dict(data)
    parsed["text"] = text
    return Record.from_dict(parsed)


# -- rows back ------------------------------------------------------------------------------------------


def failure_row(failure: Failure, failed_at: str) -> dict[str, Any]:
    """The row of one failure."""
    return {**failure.to_dict(), "failed_at": failed_at}


def summary_from(row: Mapping[str, Any]) -> ArticleSummary:
    """An articles row as a summary."""
    return ArticleSummary(
        id=row["id"], name=row["name"], title=row["title"], published=row["published"], outlet=row["outlet"],
        dateline=row["dateline"], url=row["url"], source=row["source"], ingested_at=row["ingested_at"],
        entities=row["n_entities"], times=row["n_times"], places=row["n_places"], quotes=row["n_quotes"],
        events=row["n_events"],
    )


def event_from(row: Mapping[str, Any]) -> StoredEvent:
    """An events row joined with its article's id, title, published and outlet."""
    sides = json.loads(row["actors"])
    event = Event(
        type=row["type"], source=tuple(Actor(*a[:4]) for a in sides["source"]),
        target=tuple(Actor(*a[:4]) for a in sides["target"]), status=row["status"], place=row["place"],
        date=row["date"], mode=row["mode"], cameo=row["cameo"], background=bool(row["background"]),
        sentence=row["sentence"], trigger=row["trigger"], confidence=row["confidence"],
    )
    keys = (tuple(a[4] for a in sides["source"]), tuple(a[4] for a in sides["target"]))
    return StoredEvent(row["article_id"], row["position"], event, row["title"], row["published"], row["outlet"],
                       keys=keys)


def failure_from(row: Mapping[str, Any]) -> StoredFailure:
    """A failures row as a StoredFailure."""
    failure = Failure(row["name"], row["source"], row["stage"], row["code"], row["message"])
    return StoredFailure(failure, row["failed_at"])


def columns(table_name: str) -> list[str]:
    """The column names of a table, in the order record_rows builds its tuples."""
    return [c.name for c in schema.metadata.tables[table_name].c]
