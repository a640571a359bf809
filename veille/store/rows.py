"""Records to table rows and rows back to query results: pure functions, no connection.

Rows are tuples in their table's column order (veille.store.schema), built field by field:
going through dataclasses.asdict cost three quarters of the write time.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import RowMapping

from ..model.failure import Failure
from ..model.plover import quad_number
from ..model.record import ARTICLE_FIELDS, Actor, Entity, Event, Mention, Place, Quote, Record, TimeExpr
from ..textnorm import fold_text as fold
from . import schema
from .actors import RecordKeys
from .base import ArticleSummary, StoredEvent, StoredFailure
from .dates import published_utc, timex_span

Row = tuple[Any, ...]
# The articles table's columns in order: a row's tuple follows it.
ARTICLE_COLUMNS = tuple(column.name for column in schema.articles.columns)
# Events per record the sort key orders exactly (a record never holds nearly as many).
MAX_POSITION = 99_999


def dumps(value: Any) -> str:
    """JSON as the store keeps it: compact, readable UTF-8 (orjson: a tenth of json's time)."""
    try:
        return orjson.dumps(value).decode()
    except (orjson.JSONEncodeError, TypeError):  # what orjson refuses (an integer past 64 bits, NaN kept)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class EventFacts:
    """What the tables and the counts need of one event, worked out once."""

    sources: list[str]  # the keys on each side
    targets: list[str]
    day_from: str | None
    day_to: str | None
    sort_key: str
    pairs: dict[tuple[str, str], tuple[bool, bool]]  # (a <= b) -> (forward, backward)
    keys: list[str]  # on either side, each once
    quad: int | None  # the type's quad class
    names: list[tuple[str, str]]  # (code, name) of its actors that are not a person or organisation's agent


@dataclass
class ArticleRows:
    """Every row one record writes, by table name, and the keys and event facts the counts need."""

    tables: dict[str, list[Row]]
    keys: RecordKeys
    events: list[EventFacts] = field(default_factory=list)
    month: str = ""  # of publication


def record_rows(record: Record, seq: int, ingested_at: str, input_hash: str | None = None) -> ArticleRows:
    """The rows of one record stored under `seq` (its article's key in the child tables)."""
    keys = RecordKeys(record)
    utc = published_utc(record.published)
    newest = utc or ""
    events, sides, pairs, facts = [], [], [], []
    for i, event in enumerate(record.events):
        fact = event_facts(record, keys, event, utc, seq, i)
        facts.append(fact)
        events.append(_event_row(keys, seq, i, event, fact))
        shared = (seq, i, fact.day_from, fact.day_to, event.type, event.status)
        sources, targets = fact.sources, fact.targets
        sides += [(key, fact.sort_key, key in sources, key in targets, *shared) for key in fact.keys]
        pairs += [(a, b, fact.sort_key, forward, backward, *shared)
                  for (a, b), (forward, backward) in fact.pairs.items()]
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
    return ArticleRows(tables, keys, facts, newest[:7])


def sort_key(day_from: str | None, utc: str | None, seq: int, position: int) -> str:
    """The key every event list sorts by: day, publication, article, then reading order when
    read newest first (the position inverted, so that one direction orders it all)."""
    return f"{day_from or ''} {utc or ''} {seq:010d} {MAX_POSITION - min(position, MAX_POSITION):05d}"


def event_facts(record: Record, keys: RecordKeys, event: Event, utc: str | None, seq: int,
                position: int) -> EventFacts:
    """An event's keys on each side, its days (its own date's, else, as far as the text says, its
    article's day), its sort key and the pairs of keys on opposite sides."""
    span = timex_span(event.date) or timex_span((record.published or "")[:10])
    day_from, day_to = span if span else (None, None)
    sources, targets = keys.side(event.source), keys.side(event.target)
    pairs: dict[tuple[str, str], tuple[bool, bool]] = {}
    for source in sources:
        for target in targets:
            pair = (source, target) if source <= target else (target, source)
            forward, backward = pairs.get(pair, (False, False))
            pairs[pair] = (forward or pair[0] == source, backward or pair[0] == target)
    names = [(actor.code.upper(), actor.name) for actor in (*event.source, *event.target)
             if actor.code and not keys.is_agent(actor)]
    return EventFacts(sources, targets, day_from, day_to, sort_key(day_from, utc, seq, position), pairs,
                      list(dict.fromkeys(sources + targets)), quad_number(event.type), names)


def _article_row(record: Record, seq: int, ingested_at: str, input_hash: str | None, utc: str | None,
                 newest: str) -> Row:
    """The articles row: the record's article fields (ARTICLE_FIELDS) by name, then what the store adds."""
    values = {name: getattr(record, name) for name in ARTICLE_FIELDS}
    values.update(
        seq=seq, input_hash=input_hash, published_utc=utc, newest=newest, record=record_json(record),
        ingested_at=ingested_at, n_entities=len(record.entities), n_times=len(record.times),
        n_places=len(record.places), n_quotes=len(record.quotes), n_events=len(record.events),
    )
    return tuple(values[name] for name in ARTICLE_COLUMNS)


def _event_row(keys: RecordKeys, seq: int, position: int, event: Event, fact: EventFacts) -> Row:
    actors = {"source": [_actor_list(a, keys) for a in event.source],
              "target": [_actor_list(a, keys) for a in event.target]}
    return (
        seq, position, event.type, fact.quad, event.mode, event.cameo, event.status, event.date,
        fact.day_from, fact.day_to, fact.sort_key, event.place, event.background, event.sentence, event.trigger,
        event.confidence, dumps(actors), place_key(event.place),
    )


def place_key(place: str | None) -> str | None:
    """What the place filter compares: the place folded as search folds words («Gênes», «GENES»: genes)."""
    return _folded_place(place) if place else None


@lru_cache(maxsize=65_536)
def _folded_place(place: str) -> str:
    return fold(place)  # places repeat from article to article: fold each once


def _actor_list(actor: Actor, keys: RecordKeys) -> list[str | None]:
    """An event actor as stored: name, code, sector, entity id, and the actor key a page links it to."""
    return [actor.name, actor.code, actor.sector, actor.entity_id, keys.own(actor)]


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


# -- the record's JSON ----------------------------------------------------------------------------------

# The stored JSON names its shape: the dataclasses' own fields, as orjson writes them (a fifth of
# the time of building the contract's dicts). Records stored before it are in the contract's shape.
FORMAT = "veille-record/2"


def record_json(record: Record) -> str:
    """The record as the store keeps it: everything but its text (kept once, in its own column)."""
    body = replace(record, text="")
    try:
        data = orjson.dumps(body)
    except (orjson.JSONEncodeError, TypeError):  # an integer past 64 bits in meta: the slow, general way
        data = json.dumps(asdict(body), ensure_ascii=False).encode()
    return '{"format":"' + FORMAT + '","record":' + data.decode() + "}"


def record_from(data: str | Mapping[str, Any], text: str) -> Record:
    """A stored record back: its JSON (either shape) and its text."""
    parsed = orjson.loads(data) if isinstance(data, str) else dict(data)
    if parsed.get("format") == FORMAT:
        return _record(parsed["record"], text)
    parsed["text"] = text
    return Record.from_dict(parsed)


def _record(d: dict[str, Any], text: str) -> Record:
    """A Record from its dataclass fields."""
    return Record(
        **{name: d[name] for name in ARTICLE_FIELDS if name != "text"}, text=text,
        entities=tuple(Entity(e["id"], e["name"], e["type"], e["country"],
                              tuple(Mention(m["text"], m["start"], m["end"]) for m in e["mentions"]), e["kind"])
                       for e in d["entities"]),
        times=tuple(TimeExpr(**t) for t in d["times"]),
        places=tuple(Place(**p) for p in d["places"]),
        quotes=tuple(Quote(**q) for q in d["quotes"]),
        events=tuple(_event(e) for e in d["events"]),
        meta=d["meta"],
    )


def _event(e: dict[str, Any]) -> Event:
    return Event(e["type"], tuple(Actor(**a) for a in e["source"]), tuple(Actor(**a) for a in e["target"]),
                 e["status"], e["place"], e["date"], e["mode"], e["cameo"], e["background"], e["sentence"],
                 e["trigger"], e["confidence"])


# -- rows back ------------------------------------------------------------------------------------------


def failure_row(failure: Failure, failed_at: str) -> dict[str, Any]:
    """The row of one failure."""
    return {**failure.to_dict(), "failed_at": failed_at}


def summary_from(row: RowMapping) -> ArticleSummary:
    """An articles row as a summary."""
    return ArticleSummary(
        id=row["id"], name=row["name"], title=row["title"], published=row["published"], outlet=row["outlet"],
        dateline=row["dateline"], url=row["url"], source=row["source"], ingested_at=row["ingested_at"],
        entities=row["n_entities"], times=row["n_times"], places=row["n_places"], quotes=row["n_quotes"],
        events=row["n_events"],
    )


def event_from(row: RowMapping) -> StoredEvent:
    """An events row joined with its article's id, title, published and outlet."""
    sides = orjson.loads(row["actors"])
    event = Event(
        type=row["type"], source=tuple(Actor(*a[:4]) for a in sides["source"]),
        target=tuple(Actor(*a[:4]) for a in sides["target"]), status=row["status"], place=row["place"],
        date=row["date"], mode=row["mode"], cameo=row["cameo"], background=bool(row["background"]),
        sentence=row["sentence"], trigger=row["trigger"], confidence=row["confidence"],
    )
    keys = (tuple(a[4] for a in sides["source"]), tuple(a[4] for a in sides["target"]))
    return StoredEvent(row["article_id"], row["position"], event, row["title"], row["published"], row["outlet"],
                       keys=keys)


def failure_from(row: RowMapping) -> StoredFailure:
    """A failures row as a StoredFailure."""
    failure = Failure(row["name"], row["source"], row["stage"], row["code"], row["message"])
    return StoredFailure(failure, row["failed_at"])


def columns(table_name: str) -> list[str]:
    """The column names of a table, in the order record_rows builds its tuples."""
    return [c.name for c in schema.metadata.tables[table_name].c]
