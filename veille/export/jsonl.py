"""JSON lines: one contract record (or one event) per line, UTF-8, streamed."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..model.record import Record, event_to_dict
from ..store.base import StoredEvent


def record_line(record: Record) -> str:
    """The record as one line of contract JSON."""
    return json.dumps(record.to_dict(), ensure_ascii=False)


def event_dict(stored: StoredEvent) -> dict[str, Any]:
    """An event in contract JSON with the article it was read in."""
    data = event_to_dict(stored.event)
    return {"article_id": stored.article_id, "position": stored.position, "title": stored.title,
            "published": stored.published, "outlet": stored.outlet, **data}


def write_records(records: Iterable[Record], out: TextIO) -> int:
    """Write one record per line; returns how many."""
    count = 0
    for record in records:
        out.write(record_line(record) + "\n")
        count += 1
    return count


def write_events(events: Iterable[StoredEvent], out: TextIO) -> int:
    """Write one event per line; returns how many."""
    count = 0
    for stored in events:
        out.write(json.dumps(event_dict(stored), ensure_ascii=False) + "\n")
        count += 1
    return count


__all__ = ["event_dict", "record_line", "write_events", "write_records"]
