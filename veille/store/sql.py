"""SqlStore: the Store protocol over SQLAlchemy Core, the same for every database.

Dialect specifics (locks, bulk rows, pools, drivers) live where the engine is made
(veille.store.sqlite, veille.store.postgres); this module only speaks portable SQL. One
writer at a time per database: a thread lock inside the process, the database's own lock
across processes (BEGIN IMMEDIATE in SQLite, an advisory lock in PostgreSQL).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from itertools import islice

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, tuple_
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import ConfigError, StoreError
from ..ingest.watch import FeedState
from ..model.failure import Failure
from ..model.record import Record
from . import schema
from .base import ArticleQuery, ArticleSummary, EventQuery, StoredEvent, StoredFailure
from .dialect import Dialect, Row
from .migrations import check_version, migrate
from .queries import article_filters, event_plan, make_cursor, only_actor, only_dyad, span_count
from .rows import event_from, failure_from, failure_row, record_from, record_rows, summary_from
from .tally import Tally

# Records written per transaction by upsert: bounds memory, keeps commits few.
WRITE_CHUNK = 500
# Ids per IN (...) list: well under the bound-parameter limits of SQLite and PostgreSQL.
ID_CHUNK = 500
# Ids shown when a prefix or name is ambiguous.
SHOWN_CANDIDATES = 5
# Records read per round trip when streaming.
READ_CHUNK = 200
REBUILD = "rebuild"
SEQ = schema.articles.c.keys().index("seq")  # where an articles row holds its seq


class SqlStore:
    """Records and failures in a SQL database reached through a SQLAlchemy engine."""

    def __init__(self, engine: Engine, url: str, dialect: Dialect, read_only: bool = False) -> None:
        self.engine = engine
        self.url = url
        self.dialect = dialect
        self.read_only = read_only
        self._write_lock = threading.Lock()
        if read_only:
            with self._reading() as conn:
                if not check_version(conn, url):
                    raise StoreError("V401", url=url, reason="its schema is older than this veille's: open it once "
                                     "with a command that writes (veille ingest) to upgrade it")
        else:
            self._upgrade()

    def _upgrade(self) -> None:
        """Migrate under the schema lock, then do what the migrations left to do."""
        with self._writing("cannot upgrade it: ") as conn:
            self.dialect.lock_schema(conn)
            migrate(conn, self.url)
        with self._writing("cannot upgrade it: ") as conn:
            pending = set(conn.execute(select(schema.store_tasks.c.name)).scalars())
            if REBUILD in pending:
                self._rebuild(conn)
                conn.execute(delete(schema.store_tasks).where(schema.store_tasks.c.name == REBUILD))

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------------------

    def upsert(self, records: Iterable[Record], inputs: Mapping[str, str] | None = None) -> int:
        """Store each record, replacing any with the same id, or read from the same input (same source
        and input hash); clears stored failures of its source.

        Writes go in transactions of WRITE_CHUNK records; while one is written, the rows of the
        next are made in a second thread (the database works with the GIL released), so both
        cores work.
        """
        inputs = inputs or {}
        stored = 0
        chunks = _chunks(records)
        chunk = next(chunks, None)
        with ThreadPoolExecutor(1, thread_name_prefix="veille-rows") as builder:
            ahead: tuple[int, Future] | None = None
            while chunk is not None:
                following = next(chunks, None)
                with self._writing() as conn:
                    first = self.dialect.first_seq(conn)
                    # rows made ahead hold the article keys they guessed: used only if nobody wrote since
                    batch = ahead[1].result() if ahead and ahead[0] == first else None
                    if following is not None:
                        guess = first + len(chunk)
                        ahead = (guess, builder.submit(_prepare, following, guess, _now(), inputs))
                    self._replace(conn, chunk, batch or _prepare(chunk, first, _now(), inputs), inputs)
                stored += len(chunk)
                chunk = following
        return stored

    def _replace(self, conn: Connection, records: list[Record], batch: "Batch", inputs: Mapping[str, str]) -> None:
        """Remove what these records replace (their counts with them), then write them afresh."""
        tally = batch.tally
        old = _replaced(conn, records, inputs)
        if old:
            self._remove(conn, old, tally)
        sources = [r.source for r in records if r.source]
        if sources:
            conn.execute(delete(schema.failures).where(schema.failures.c.source.in_(sources)))
        for table in schema.ARTICLE_TABLES:
            self.dialect.insert_rows(conn, table, batch.rows[table.name])
        seqs = [row[SEQ] for row in batch.rows["articles"]]
        if seqs:
            self.dialect.index_text(conn, min(seqs), max(seqs))
        tally.save(conn, self.dialect)

    def _remove(self, conn: Connection, old: dict[int, Record], tally: Tally) -> None:
        """Delete these stored articles and every row derived from them, taking their counts away."""
        seqs = list(old)
        sides: list[tuple] = []
        pairs: list[tuple] = []
        for seq, record in old.items():
            rows = record_rows(record, seq, "")
            tally.add(record, rows, sign=-1)
            sides += [row[:2] for row in rows.tables["event_sides"]]
            pairs += [row[:3] for row in rows.tables["event_pairs"]]
        for table in (schema.entities, schema.places, schema.quotes, schema.events):
            conn.execute(delete(table).where(table.c.article.in_(seqs)))
        for table, keys in ((schema.event_sides, sides), (schema.event_pairs, pairs)):
            if self.dialect.delete_rows(conn, table, keys) != len(keys):
                # rows derived differently from today's code: find them the slow way, by article
                conn.execute(delete(table).where(table.c.article.in_(seqs)))
        conn.execute(delete(schema.articles).where(schema.articles.c.seq.in_(seqs)))

    def _rebuild(self, conn: Connection) -> None:
        """Derive every row of every article again (after a migration changed how they are derived)."""
        art = schema.articles
        for table in (*reversed(schema.ARTICLE_TABLES[1:]), *schema.COUNT_TABLES):
            conn.execute(delete(table))
        seqs = list(conn.execute(select(art.c.seq).order_by(art.c.seq)).scalars())
        for start in range(0, len(seqs), READ_CHUNK):
            chunk = seqs[start:start + READ_CHUNK]
            rows = conn.execute(select(art.c.seq, art.c.record, art.c.text, art.c.ingested_at, art.c.input_hash)
                                .where(art.c.seq.in_(chunk)).order_by(art.c.seq)).all()
            tally = Tally()
            by_table: dict[str, list[Row]] = {t.name: [] for t in schema.ARTICLE_TABLES[1:]}
            for seq, data, body, ingested_at, input_hash in rows:
                record = record_from(data, body)
                derived = record_rows(record, seq, ingested_at, input_hash)
                tally.add(record, derived)
                for name in by_table:
                    by_table[name].extend(derived.tables[name])
            for table in schema.ARTICLE_TABLES[1:]:
                self.dialect.insert_rows(conn, table, by_table[table.name])
            tally.save(conn, self.dialect)

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Store failures, replacing any earlier failure of the same source."""
        now = _now()
        rows = list({f.source: failure_row(f, now) for f in failures}.values())
        table = schema.failures
        for start in range(0, len(rows), ID_CHUNK):
            chunk = rows[start:start + ID_CHUNK]
            with self._writing() as conn:
                conn.execute(delete(table).where(table.c.source.in_([r["source"] for r in chunk])))
                conn.execute(insert(table), chunk)
        return len(rows)

    @contextmanager
    def _writing(self, prefix: str = "write failed: ") -> Iterator[Connection]:
        """One transaction holding the database's write lock (and the store's, within this process)."""
        if self.read_only:
            raise StoreError("V401", url=self.url, reason="opened read-only: this command only reads")
        with self._write_lock, _store_errors(self.url, prefix), self.engine.connect() as conn:
            conn = conn.execution_options(write=True)
            with conn.begin():
                self.dialect.lock_writes(conn)
                yield conn

    # -- reading -------------------------------------------------------------------------------

    def get(self, article_id: str) -> Record | None:
        """The record with exactly this id, or None."""
        art = schema.articles
        with self._reading() as conn:
            row = conn.execute(select(art.c.record, art.c.text).where(art.c.id == article_id)).first()
        return None if row is None else record_from(row.record, row.text)

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
        statement = _page(_newest_first(select(*columns).where(*self._article_filters(query))),
                          query.limit, query.offset)
        with self._reading() as conn:
            return [summary_from(row) for row in conn.execute(statement).mappings()]

    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int:
        """How many articles match, ignoring limit and offset."""
        statement = select(func.count()).select_from(schema.articles).where(*self._article_filters(query))
        with self._reading() as conn:
            return conn.execute(statement).scalar() or 0

    def records(self, query: ArticleQuery = ArticleQuery()) -> Iterator[Record]:
        """The full records of the matching articles, newest first, streamed in pages."""
        art = schema.articles
        base = select(art.c.newest, art.c.id, art.c.record, art.c.text).where(*self._article_filters(query))
        remaining, last = query.limit, None
        offset = query.offset
        while remaining is None or remaining > 0:
            size = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
            page = base if last is None else base.where(
                or_(art.c.newest < last[0], (art.c.newest == last[0]) & (art.c.id > last[1])))
            with self._reading() as conn:
                rows = conn.execute(_newest_first(page).limit(size).offset(offset)).all()
            offset = 0
            yield from (record_from(row.record, row.text) for row in rows)
            if len(rows) < size:
                return
            last = (rows[-1].newest, rows[-1].id)
            remaining = None if remaining is None else remaining - size

    def events(self, query: EventQuery = EventQuery()) -> list[StoredEvent]:
        """The matching events, oldest first (or newest first), one page (see EventQuery)."""
        plan = event_plan(query)
        ev, art = schema.events, schema.articles
        statement = plan.select(ev, art.c.id.label("article_id"), art.c.title, art.c.published, art.c.outlet)
        if query.after:
            statement = statement.where(plan.after(query.after, query.newest_first))
        statement = _page(statement.order_by(*plan.order(query.newest_first)), query.limit, query.offset)
        with self._reading() as conn:
            rows = list(conn.execute(statement).mappings())
        return [_with_cursor(event_from(row), row) for row in rows]

    def count_events(self, query: EventQuery = EventQuery()) -> int:
        """How many events match, ignoring limit, offset and cursor (kept counts answer when they can)."""
        with self._reading() as conn:
            if (key := only_actor(query)) is not None:
                statement = select(schema.actors.c.events).where(schema.actors.c.key == key)
            elif (pair := only_dyad(query)) is not None:
                days = schema.dyad_days
                statement = select(func.sum(days.c[pair[2]])).where(days.c.a == pair[0], days.c.b == pair[1])
            elif (kept := span_count(query)) is not None:
                statement = kept
            else:
                statement = event_plan(query).count()
            return int(conn.execute(statement).scalar() or 0)

    def failures(self) -> list[StoredFailure]:
        """Every stored failure, most recent first."""
        statement = select(schema.failures).order_by(schema.failures.c.failed_at.desc(), schema.failures.c.source)
        with self._reading() as conn:
            return [failure_from(row) for row in conn.execute(statement).mappings()]

    def input_hashes(self, sources: Iterable[str]) -> dict[str, set[str]]:
        """The hashes of the inputs stored from each of these sources (those with any)."""
        art = schema.articles
        wanted = list(dict.fromkeys(s for s in sources if s))
        found: dict[str, set[str]] = {}
        with self._reading() as conn:
            for start in range(0, len(wanted), ID_CHUNK):
                chosen = art.c.source.in_(wanted[start:start + ID_CHUNK])
                for source, digest in conn.execute(select(art.c.source, art.c.input_hash).where(chosen)):
                    found.setdefault(source, set()).add(digest or "")
        return found

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

    def _article_filters(self, query: ArticleQuery):  # noqa: ANN202
        return article_filters(query, self.dialect.name)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for reading."""
        with _store_errors(self.url, "read failed: "), self.engine.connect() as conn:
            yield conn


@dataclass
class Batch:
    """The rows of a chunk of records, by table, and what they add to the counts."""

    rows: dict[str, list]
    tally: Tally


def _prepare(records: list[Record], first: int, now: str, inputs: Mapping[str, str]) -> Batch:
    """Rows for records stored under seqs first, first + 1..."""
    batch = Batch({t.name: [] for t in schema.ARTICLE_TABLES}, Tally())
    for seq, record in enumerate(records, start=first):
        rows = record_rows(record, seq, now, inputs.get(record.source or ""))
        batch.tally.add(record, rows)
        for name, table_rows in rows.tables.items():
            batch.rows[name].extend(table_rows)
    return batch


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    """Chunks of WRITE_CHUNK records, the last of duplicates kept (as in a replay)."""
    records = iter(records)
    while chunk := list(islice(records, WRITE_CHUNK)):
        yield list({r.id: r for r in chunk}.values())


def _replaced(conn: Connection, records: list[Record], inputs: Mapping[str, str]) -> dict[int, Record]:
    """The stored records these replace, by seq: the same id, or the same input read again."""
    art = schema.articles
    ids = [r.id for r in records]
    same_input = [(r.source, inputs[r.source]) for r in records if r.source and r.source in inputs]
    found: dict[int, Record] = {}
    columns = (art.c.seq, art.c.record, art.c.text)
    for start in range(0, max(len(ids), len(same_input)), ID_CHUNK):
        conditions = [art.c.id.in_(ids[start:start + ID_CHUNK])]
        if same_input[start:start + ID_CHUNK]:
            conditions.append(tuple_(art.c.source, art.c.input_hash).in_(same_input[start:start + ID_CHUNK]))
        for seq, data, body in conn.execute(select(*columns).where(or_(*conditions))):
            found[seq] = record_from(data, body)
    return found


def _with_cursor(stored: StoredEvent, row: Mapping) -> StoredEvent:
    from dataclasses import replace

    return replace(stored, cursor=make_cursor(row["sort_key"]))


@contextmanager
def _store_errors(url: str, prefix: str) -> Iterator[None]:
    """Database errors as StoreError naming the database (V403 for a query stopped by the time limit)."""
    try:
        yield
    except SQLAlchemyError as err:
        if _stopped(err):
            raise StoreError("V403", url=url) from err
        raise StoreError("V401", url=url, reason=prefix + _reason(err)) from err


def _stopped(err: SQLAlchemyError) -> bool:
    """True for a statement the time limit stopped (SQLite: interrupted; PostgreSQL: query_canceled)."""
    original = getattr(err, "orig", None)
    return isinstance(err, OperationalError) and (
        "interrupted" in str(original) or getattr(original, "sqlstate", None) == "57014")


def _newest_first(statement):  # noqa: ANN001, ANN202  (a Select of any columns)
    table = schema.articles
    return statement.order_by(table.c.newest.desc(), table.c.id)


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
