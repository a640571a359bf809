"""SqlStore: the Store protocol over SQLAlchemy Core, the same for every database.

Dialect specifics (pragmas, pools, drivers) live where the engine is made (veille.store.sqlite);
this module only speaks portable SQL. Writes go through one lock, so one process has one
writer at a time, as SQLite wants.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone
from itertools import islice

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ConfigError, StoreError
from ..ingest.watch import FeedState
from ..model.failure import Failure
from ..model.record import Record
from . import schema
from .base import ArticleQuery, ArticleSummary, EventQuery, StoredEvent, StoredFailure
from .migrations import migrate
from .queries import article_filters, event_filters
from .rows import event_from, failure_from, failure_row, record_rows, summary_from

# Records written per transaction by upsert: bounds memory, keeps commits few.
WRITE_CHUNK = 200
# Ids per IN (...) list: well under the bound-parameter limits of SQLite and PostgreSQL.
ID_CHUNK = 500
# Ids shown when a prefix or name is ambiguous.
SHOWN_CANDIDATES = 5


class SqlStore:
    """Records and failures in a SQL database reached through a SQLAlchemy engine."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._write_lock = threading.Lock()
        with self._write_lock, _store_errors(url, ""), engine.begin() as conn:
            self.version = migrate(conn, url)

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------------------

    def upsert(self, records: Iterable[Record]) -> int:
        """Store each record, replacing any with the same id or source; clears stored failures of its source."""
        stored = 0
        records = iter(records)
        while chunk := list(islice(records, WRITE_CHUNK)):
            chunk = list({r.id: r for r in chunk}.values())  # the last of duplicates wins, as in a replay
            with self._writing() as conn:
                _replace_records(conn, chunk)
            stored += len(chunk)
        return stored

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Store failures, replacing any earlier failure of the same source."""
        now = _now()
        rows = list({f.source: failure_row(f, now) for f in failures}.values())
        table = schema.failures
        for start in range(0, len(rows), WRITE_CHUNK):
            chunk = rows[start:start + WRITE_CHUNK]
            with self._writing() as conn:
                conn.execute(delete(table).where(table.c.source.in_([r["source"] for r in chunk])))
                conn.execute(insert(table), chunk)
        return len(rows)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One transaction under the store's write lock."""
        with self._write_lock, _store_errors(self.url, "write failed: "), self.engine.begin() as conn:
            yield conn

    # -- reading -------------------------------------------------------------------------------

    def get(self, article_id: str) -> Record | None:
        """The record with exactly this id, or None."""
        query = select(schema.articles.c.record).where(schema.articles.c.id == article_id)
        with self._reading() as conn:
            data = conn.execute(query).scalar()
        return None if data is None else Record.from_dict(data)

    def resolve(self, key: str) -> str:
        """The id of the one article whose id, id prefix or name is `key`.

        Raises StoreError V402 when none matches, ConfigError V501 when several do.
        """
        table = schema.articles
        with self._reading() as conn:
            if conn.execute(select(table.c.id).where(table.c.id == key)).scalar() is not None:
                return key
            query = select(table.c.id).where(or_(table.c.id.startswith(key, autoescape=True), table.c.name == key))
            found = list(conn.execute(query.order_by(table.c.id).limit(SHOWN_CANDIDATES + 1)).scalars())
        if not found:
            raise StoreError("V402", id=key, url=self.url)
        if len(found) > 1:
            shown = ", ".join(found[:SHOWN_CANDIDATES]) + (", ..." if len(found) > SHOWN_CANDIDATES else "")
            raise ConfigError("V501", name="id", reason=f"{key!r} matches several articles ({shown}); give more of the id")
        return found[0]

    def articles(self, query: ArticleQuery = ArticleQuery()) -> list[ArticleSummary]:
        """Summaries of the matching articles, newest first."""
        columns = [c for c in schema.articles.c if c.name not in ("record", "text")]
        statement = _page(_newest_first(select(*columns).where(*article_filters(query))), query.limit, query.offset)
        with self._reading() as conn:
            return [summary_from(row) for row in conn.execute(statement).mappings()]

    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int:
        """How many articles match, ignoring limit and offset."""
        statement = select(func.count()).select_from(schema.articles).where(*article_filters(query))
        with self._reading() as conn:
            return conn.execute(statement).scalar() or 0

    def records(self, query: ArticleQuery = ArticleQuery()) -> Iterator[Record]:
        """The full records of the matching articles, newest first, streamed in pages."""
        base = _newest_first(select(schema.articles.c.record).where(*article_filters(query)))
        offset, remaining = query.offset, query.limit
        while remaining is None or remaining > 0:
            size = WRITE_CHUNK if remaining is None else min(WRITE_CHUNK, remaining)
            with self._reading() as conn:
                page = list(conn.execute(base.limit(size).offset(offset)).scalars())
            yield from (Record.from_dict(data) for data in page)
            if len(page) < size:
                return
            offset += size
            remaining = None if remaining is None else remaining - size

    def events(self, query: EventQuery = EventQuery()) -> list[StoredEvent]:
        """The matching events, by event day then article and position."""
        ev, art = schema.events, schema.articles
        statement = (
            select(ev, art.c.title, art.c.published, art.c.outlet)
            .join(art, art.c.id == ev.c.article_id)
            .where(*event_filters(query))
            .order_by(ev.c.day_from.is_(None), ev.c.day_from, ev.c.article_id, ev.c.position)
        )
        with self._reading() as conn:
            rows = list(conn.execute(_page(statement, query.limit, query.offset)).mappings())
            actors = _actors_of(conn, rows)
        return [event_from(row, actors.get((row["article_id"], row["position"]), [])) for row in rows]

    def count_events(self, query: EventQuery = EventQuery()) -> int:
        """How many events match, ignoring limit and offset."""
        ev, art = schema.events, schema.articles
        statement = (
            select(func.count()).select_from(ev.join(art, art.c.id == ev.c.article_id)).where(*event_filters(query))
        )
        with self._reading() as conn:
            return conn.execute(statement).scalar() or 0

    def failures(self) -> list[StoredFailure]:
        """Every stored failure, most recent first."""
        statement = select(schema.failures).order_by(schema.failures.c.failed_at.desc(), schema.failures.c.source)
        with self._reading() as conn:
            return [failure_from(row) for row in conn.execute(statement).mappings()]

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs an article already stored has."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        found: set[str] = set()
        with self._reading() as conn:
            for start in range(0, len(wanted), ID_CHUNK):
                chunk = wanted[start:start + ID_CHUNK]
                found.update(conn.execute(select(schema.articles.c.url).where(schema.articles.c.url.in_(chunk))).scalars())
        return found

    def feed_state(self, url: str) -> FeedState:
        """What the last poll of a feed left (an empty state for a feed never polled)."""
        with self._reading() as conn:
            row = conn.execute(select(schema.feeds).where(schema.feeds.c.url == url)).mappings().first()
        return FeedState(**row) if row else FeedState(url)

    def save_feed_state(self, state: FeedState) -> None:
        """Keep a feed's state for its next poll."""
        with self._writing() as conn:
            conn.execute(delete(schema.feeds).where(schema.feeds.c.url == state.url))
            conn.execute(insert(schema.feeds).values(**asdict(state)))

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for reading."""
        with _store_errors(self.url, "read failed: "), self.engine.connect() as conn:
            yield conn


@contextmanager
def _store_errors(url: str, prefix: str) -> Iterator[None]:
    """Database errors as StoreError naming the database."""
    try:
        yield
    except SQLAlchemyError as err:
        raise StoreError("V401", url=url, reason=prefix + _reason(err)) from err


def _replace_records(conn: Connection, records: list[Record]) -> None:
    """Delete the articles, by id or source (their children go with them), then insert them afresh, table by table."""
    articles = schema.articles
    conn.execute(delete(articles).where(articles.c.id.in_([r.id for r in records])))
    sources = [r.source for r in records if r.source]
    if sources:
        # The same input read again by a newer veille may hash differently: its old reading goes too.
        conn.execute(delete(articles).where(articles.c.source.in_(sources)))
        conn.execute(delete(schema.failures).where(schema.failures.c.source.in_(sources)))
    now = _now()
    by_table: dict[str, list[dict]] = {}
    for record in records:
        for name, rows in record_rows(record, now).items():
            by_table.setdefault(name, []).extend(rows)
    for table in (schema.articles, schema.entities, schema.mentions, schema.times, schema.places,
                  schema.quotes, schema.events, schema.event_actors):
        if by_table.get(table.name):
            conn.execute(insert(table), by_table[table.name])


def _actors_of(conn: Connection, rows: list) -> dict[tuple[str, int], list]:
    """The actor rows of these events, by (article_id, event position)."""
    if not rows:
        return {}
    actors = schema.event_actors
    article_ids = sorted({row["article_id"] for row in rows})
    found: dict[tuple[str, int], list] = {}
    for start in range(0, len(article_ids), ID_CHUNK):
        chosen = actors.c.article_id.in_(article_ids[start:start + ID_CHUNK])
        for row in conn.execute(select(actors).where(chosen)).mappings():
            found.setdefault((row["article_id"], row["event_position"]), []).append(row)
    return found


def _newest_first(statement):  # noqa: ANN001, ANN202  (a Select of any columns)
    table = schema.articles
    return statement.order_by(table.c.published_utc.is_(None), table.c.published_utc.desc(), table.c.id)


def _page(statement, limit: int | None, offset: int):  # noqa: ANN001, ANN202  (a Select of any columns)
    if limit is not None:
        statement = statement.limit(limit)
    return statement.offset(offset) if offset else statement


def _now() -> str:
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")


def _reason(err: SQLAlchemyError) -> str:
    """The driver's own message, without SQLAlchemy's statement dump and link."""
    original = getattr(err, "orig", None)
    return str(original) if original is not None else str(err).splitlines()[0]
