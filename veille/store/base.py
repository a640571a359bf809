"""What a store is: a small protocol the CLI, exporters and API talk to, and its query and row types.

A store keeps Records keyed by their content hash, with the source they were read from and
the hash of that input's bytes, and the Failures of a batch next to them. Ingesting an article
again replaces it; so does reading the same input (same source, same bytes) again, when a newer
veille reads it differently. A different text at a known source is another article: both are
kept (nothing is ever replaced because two inputs share a file name).

Implementations: veille.store.sql.SqlStore over SQLite (veille.store.sqlite) and PostgreSQL
(veille.store.postgres); tests/store runs the same tests on both.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..ingest.watch import FeedState
from ..model.failure import Failure
from ..model.record import Event, Record
from .dates import Bound as When  # a day, an instant, or ISO text


@dataclass(frozen=True)
class ArticleQuery:
    """Which articles to list: every filter set must hold (None = no filter).

    since/until bound the publication time (a day includes all of itself); `text` is a full-text
    search of the title and body (veille.search: words, "phrases", prefix*, OR; case and accents
    folded), as the explorer's. Articles come newest first.
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
    day of the range matches. `outlet` is the article's outlet (case-insensitive), `place` the
    event's place (case and accents folded: «Genes» finds «Gênes»). Codes are actor keys: a state's or bloc's code (RUS) or a person's or organisation's key (PER:ion-vrabie).

    Events come oldest first, or newest first when `newest_first` (undated ones first, or
    last); within a day, in reading order when newest first. `after` is the `cursor` of the
    last event of the previous page: the next page starts after it, however deep (keyset
    pagination, unlike `offset`).
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
    place: str | None = None  # the event's place, as read (case and accents folded)
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False
    after: str | None = None


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
    cursor: str | None = None  # where the next page starts (EventQuery.after)
    # the actor key each source and target links to (its entity's actor, else its code)
    keys: tuple[tuple[str | None, ...], tuple[str | None, ...]] = ((), ())


@dataclass(frozen=True)
class StoredFailure:
    """A Failure as stored, with when it happened."""

    failure: Failure
    failed_at: str


@runtime_checkable
class Store(Protocol):
    """Storage of Records and Failures; every implementation behaves the same (tests/store)."""

    url: str

    def upsert(self, records: Iterable[Record], inputs: Mapping[str, str] | None = None) -> int:
        """Store each record, replacing any with the same id, or read from the same input (`inputs`:
        source -> hash of its bytes); clears the failures of its source. Returns how many were stored."""
        ...

    def input_hashes(self, sources: Iterable[str]) -> dict[str, set[str]]:
        """The hashes of the inputs stored from each of these sources (those with any)."""
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

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs an article already stored has."""
        ...

    def feed_state(self, url: str) -> FeedState:
        """What the last poll of a feed left (an empty state for a feed never polled)."""
        ...

    def save_feed_state(self, state: FeedState) -> None:
        """Keep a feed's state for its next poll."""
        ...

    def close(self) -> None:
        """Release the connection pool."""
        ...
