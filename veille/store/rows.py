"""Records to table rows and rows back to query results: pure functions, no connection."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..model.failure import Failure
from ..model.record import Actor, Event, Record
from .base import ArticleSummary, StoredEvent, StoredFailure
from .dates import published_utc, timex_span

Row = dict[str, Any]
TableRows = dict[str, list[Row]]


def record_rows(record: Record, ingested_at: str) -> TableRows:
    """Every row one record writes, by table name."""
    aid = record.id
    rows: TableRows = {"articles": [_article_row(record, ingested_at)], "mentions": [], "event_actors": []}
    rows["entities"] = [
        {"article_id": aid, "position": i, "entity_id": e.id, "name": e.name, "type": e.type,
         "kind": e.kind, "country": e.country}
        for i, e in enumerate(record.entities)
    ]
    for i, entity in enumerate(record.entities):
        rows["mentions"] += [
            {"article_id": aid, "entity_position": i, "position": j, "text": m.text, "start": m.start, "end": m.end}
            for j, m in enumerate(entity.mentions)
        ]
    rows["times"] = [{"article_id": aid, "position": i, **_fields(t)} for i, t in enumerate(record.times)]
    rows["places"] = [{"article_id": aid, "position": i, **_fields(p)} for i, p in enumerate(record.places)]
    rows["quotes"] = [{"article_id": aid, "position": i, **_fields(q)} for i, q in enumerate(record.quotes)]
    rows["events"] = [_event_row(record, i, e) for i, e in enumerate(record.events)]
    for i, event in enumerate(record.events):
        rows["event_actors"] += _actor_rows(aid, i, "source", event.source)
        rows["event_actors"] += _actor_rows(aid, i, "target", event.target)
    return rows


def _article_row(record: Record, ingested_at: str) -> Row:
    return {
        "id": record.id, "name": record.name, "source": record.source, "url": record.url, "title": record.title,
        "published": record.published, "published_utc": published_utc(record.published), "outlet": record.outlet,
        "dateline": record.dateline, "language": record.language, "text": record.text, "record": record.to_dict(),
        "ingested_at": ingested_at, "n_entities": len(record.entities), "n_times": len(record.times),
        "n_places": len(record.places), "n_quotes": len(record.quotes), "n_events": len(record.events),
    }


def _event_row(record: Record, position: int, event: Event) -> Row:
    # An event without a date of its own happened, as far as the text says, around publication.
    span = timex_span(event.date) or timex_span((record.published or "")[:10])
    data = {k: v for k, v in _fields(event).items() if k not in ("source", "target")}
    return {"article_id": record.id, "position": position, **data,
            "day_from": span[0] if span else None, "day_to": span[1] if span else None}


def _actor_rows(article_id: str, event_position: int, role: str, actors: Iterable[Actor]) -> list[Row]:
    return [
        {"article_id": article_id, "event_position": event_position, "role": role, "position": j, **_fields(a)}
        for j, a in enumerate(actors)
    ]


def _fields(part: object) -> Row:
    return dict(vars(part))


def failure_row(failure: Failure, failed_at: str) -> Row:
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


def event_from(row: Mapping[str, Any], actors: list[Mapping[str, Any]]) -> StoredEvent:
    """An events row (joined with its article's title, published, outlet) and its actor rows."""
    def side(role: str) -> tuple[Actor, ...]:
        chosen = sorted((a for a in actors if a["role"] == role), key=lambda a: a["position"])
        return tuple(Actor(a["name"], a["code"], a["sector"], a["entity_id"]) for a in chosen)

    event = Event(
        type=row["type"], source=side("source"), target=side("target"), status=row["status"], place=row["place"],
        date=row["date"], mode=row["mode"], cameo=row["cameo"], background=bool(row["background"]),
        sentence=row["sentence"], trigger=row["trigger"], confidence=row["confidence"],
    )
    return StoredEvent(row["article_id"], row["position"], event, row["title"], row["published"], row["outlet"])


def failure_from(row: Mapping[str, Any]) -> StoredFailure:
    """A failures row as a StoredFailure."""
    failure = Failure(row["name"], row["source"], row["stage"], row["code"], row["message"])
    return StoredFailure(failure, row["failed_at"])
