"""Export what a store holds: articles or events, as JSON lines or CSV, streamed to a text stream."""
from __future__ import annotations

from typing import Literal, TextIO

from ..errors import ConfigError
from ..export import csv as csv_export
from ..export import jsonl as jsonl_export
from .base import ArticleQuery, EventQuery, Store

Format = Literal["jsonl", "csv"]
What = Literal["articles", "events"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")
WHATS: tuple[What, ...] = ("articles", "events")


def export_store(
    store: Store, out: TextIO, format: str = "jsonl", what: str = "articles",
    articles: ArticleQuery = ArticleQuery(), events: EventQuery = EventQuery(),
) -> int:
    """Write the matching articles (records) or events in this format; returns how many were written."""
    if format not in FORMATS:
        raise ConfigError("V501", name="format", reason=f"{format!r}: choose one of {', '.join(FORMATS)}")
    if what not in WHATS:
        raise ConfigError("V501", name="what", reason=f"{what!r}: choose one of {', '.join(WHATS)}")
    module = jsonl_export if format == "jsonl" else csv_export
    if what == "events":
        return module.write_events(store.events(events), out)
    if format == "jsonl":
        return jsonl_export.write_records(store.records(articles), out)
    return csv_export.write_articles(store.records(articles), out)
