"""Export what a store holds: articles or events, as JSON lines, CSV or a GDELT event table, streamed."""
from __future__ import annotations

from dataclasses import replace
from typing import Literal, TextIO

from ..errors import ConfigError
from ..export import csv as csv_export
from ..export import gdelt as gdelt_export
from ..export import jsonl as jsonl_export
from ..model.record import Status
from ..store.base import ArticleQuery, ArticleSummary, EventQuery, Store

Format = Literal["jsonl", "csv", "gdelt"]
What = Literal["articles", "events"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "gdelt")
WHATS: tuple[What, ...] = ("articles", "events")
EVENTS_ONLY_FORMATS = ("gdelt",)


def default_what(format: str) -> str:
    """What a format exports when the caller does not say: events for GDELT, else articles."""
    return "events" if format in EVENTS_ONLY_FORMATS else "articles"


def export_store(
    store: Store, out: TextIO, format: str = "jsonl", what: str | None = None,
    articles: ArticleQuery = ArticleQuery(), events: EventQuery = EventQuery(), all_statuses: bool = False,
) -> int:
    """Write the matching articles (records) or events in this format; returns how many rows or lines.

    `what` defaults to default_what(format). The GDELT table holds facts: unless `all_statuses`
    (or events.status says otherwise) it keeps asserted events only, planned, hypothetical and
    negated ones having no place in a table without a status column.
    """
    what = what or default_what(format)
    _check(format, what)
    if format == "gdelt":
        return _export_gdelt(store, out, events, all_statuses)
    module = jsonl_export if format == "jsonl" else csv_export
    if what == "events":
        return module.write_events(store.events(events), out)
    if format == "jsonl":
        return jsonl_export.write_records(store.records(articles), out)
    return csv_export.write_articles(store.records(articles), out)


def _check(format: str, what: str) -> None:
    """ConfigError V501 for an unknown format or kind, or articles asked in an events-only format."""
    if format not in FORMATS:
        raise ConfigError("V501", name="format", reason=f"{format!r}: choose one of {', '.join(FORMATS)}")
    if what not in WHATS:
        raise ConfigError("V501", name="what", reason=f"{what!r}: choose one of {', '.join(WHATS)}")
    if format in EVENTS_ONLY_FORMATS and what != "events":
        raise ConfigError("V501", name="what", reason=f"{what!r}: the {format} format holds events only")


def _export_gdelt(store: Store, out: TextIO, events: EventQuery, all_statuses: bool) -> int:
    """The GDELT table of the matching events, with their articles' URLs and ingestion times."""
    if not all_statuses and events.status is None:
        events = replace(events, status=Status.ASSERTED.value)
    return gdelt_export.write_events(store.events(events), out, _summaries(store, events.outlet))


def _summaries(store: Store, outlet: str | None) -> dict[str, ArticleSummary]:
    """Article summaries by id (metadata only, no texts), for the events' source columns."""
    return {a.id: a for a in store.articles(ArticleQuery(outlet=outlet))}
