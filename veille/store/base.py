"""What a store is: a small protocol the CLI, exporters and API talk to, and its query and row types.

A store keeps Records keyed by their content hash (ingesting an article again replaces it,
and so does ingesting the same source again when a newer veille reads it differently)
and the Failures of a batch next to them. Implementations: veille.store.sql.SqlStore over
SQLite (veille.store.sqlite) and, later, PostgreSQL.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..model.failure import Failure
from ..model.record import Event, Record

from .dates import Bound as When  # a day, an instant, or ISO text


@dataclass(frozen=True)
class ArticleQuery:
    """Which articles to list: every filter set must hold (None = no filter).

    since/until bound the publication time (a day includes all of itself); `text` is a
    case-insensitive substring of the title or body. Articles come newest first.
    """

    outlet: str | None = None
    since: When | None = None
    until: When | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class EventQuery:
    """Which events to list: every filter set must hold (None = no filter).

    `actor` is a code on either side; `source`/`target` a code on that side; `dyad` a
    (source, target) pair of codes, either way round when `symmetric`. since/until bound the
    event's days (its own date, else its article's publication day): an event covering any
    day of the range matches. `outlet` is the article's outlet (case-insensitive).
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    symmetric: bool = False
    type: str | None = None
    status: str | None = None
    since: When | None = None
    until: When | None = None
    article_id: str | None = None
    outlet: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class ArticleSummary:
    """One stored article as a list shows it: metadata and how much was found in it."""

    id: str
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    dateline: str | None
    url: str | None
    source: str | None
    ingested_at: str
    entities: int
    times: int
    places: int
    quotes: int
    events: int


@dataclass(frozen=True)
class StoredEvent:
    """An event with where it was read: its article and its position among that article's events."""

    article_id: str
    position: int
    event: Event
    title: str | None
    published: str | None
    outlet: str | None


@dataclass(frozen=True)
class StoredFailure:
    """A Failure as stored, with when it happened."""

    failure: Failure
    failed_at: str


@runtime_checkable
class Store(Protocol):
    """Storage of Records and Failures; every implementation behaves the same (tests/store)."""

    url: str

    def upsert(self, records: Iterable[Record]) -> int:
        """Store each record, replacing any with the same id or the same source; clears failures of its source."""
        ...

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Store failures, replacing any earlier failure of the same source."""
        ...

    def get(self, article_id: str) -> Record | None:
        """The record with exactly this id, or None."""
        ...

    def resolve(self, key: str) -> str:
        """The id of the one article whose id, id prefix or name is `key` (StoreError / ConfigError)."""
        ...

    def articles(self, query: ArticleQuery = ArticleQuery()) -> list[ArticleSummary]:
        """Summaries of the matching articles, newest first."""
        ...

    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int:
        """How many articles match, ignoring limit and offset."""
        ...

    def records(self, query: ArticleQuery = ArticleQuery()) -> Iterator[Record]:
        """The full records of the matching articles, newest first, streamed."""
        ...

    def events(self, query: EventQuery = EventQuery()) -> list[StoredEvent]:
        """The matching events, by event day then article and position."""
        ...

    def count_events(self, query: EventQuery = EventQuery()) -> int:
        """How many events match, ignoring limit and offset."""
        ...

    def failures(self) -> list[StoredFailure]:
        """Every stored failure, most recent first."""
        ...

    def close(self) -> None:
        """Release the connection pool."""
        ...
