"""CSV for spreadsheets: one row per article (its main fields and counts) or one row per event.

Compound actors are joined with "; " in one cell. The article text is left out (use JSON lines).
A cell that a spreadsheet would run as a formula (it opens with =, +, -, @, a tab or a carriage
return: `=HYPERLINK(...)` in a title) is written with a leading apostrophe, as OWASP advises.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from ..model.record import Actor, Record
from ..store.base import StoredEvent

ARTICLE_COLUMNS = [
    "id", "name", "published", "outlet", "dateline", "title", "url", "source", "language",
    "entities", "times", "places", "quotes", "events",
]
EVENT_COLUMNS = [
    "article_id", "position", "published", "outlet", "type", "mode", "cameo", "status", "date", "place",
    "source_names", "source_codes", "target_names", "target_codes", "background", "confidence", "trigger",
    "sentence", "title",
]
JOINER = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A cell value a spreadsheet shows as text, never runs: text opening like a formula gets a "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: dict[str, object]) -> dict[str, object]:
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def article_row(record: Record) -> dict[str, object]:
    """An article's main fields and counts, by column."""
    return {
        "id": record.id, "name": record.name, "published": record.published, "outlet": record.outlet,
        "dateline": record.dateline, "title": record.title, "url": record.url, "source": record.source,
        "language": record.language, "entities": len(record.entities), "times": len(record.times),
        "places": len(record.places), "quotes": len(record.quotes), "events": len(record.events),
    }


def event_row(stored: StoredEvent) -> dict[str, object]:
    """An event and its article, by column."""
    event = stored.event
    return {
        "article_id": stored.article_id, "position": stored.position, "published": stored.published,
        "outlet": stored.outlet, "type": event.type, "mode": event.mode, "cameo": event.cameo,
        "status": event.status, "date": event.date, "place": event.place,
        "source_names": _names(event.source), "source_codes": _codes(event.source),
        "target_names": _names(event.target), "target_codes": _codes(event.target),
        "background": event.background, "confidence": event.confidence, "trigger": event.trigger,
        "sentence": event.sentence, "title": stored.title,
    }


def write_articles(records: Iterable[Record], out: TextIO) -> int:
    """Write a header and one row per article; returns how many rows."""
    return _write(out, ARTICLE_COLUMNS, (article_row(r) for r in records))


def write_events(events: Iterable[StoredEvent], out: TextIO) -> int:
    """Write a header and one row per event; returns how many rows."""
    return _write(out, EVENT_COLUMNS, (event_row(e) for e in events))


def _write(out: TextIO, columns: list[str], rows: Iterable[dict[str, object]]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(safe_row(row))
        count += 1
    return count


def _names(actors: tuple[Actor, ...]) -> str:
    return JOINER.join(a.name for a in actors)


def _codes(actors: tuple[Actor, ...]) -> str:
    return JOINER.join(a.code or "" for a in actors)
