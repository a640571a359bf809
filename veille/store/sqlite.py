"""SQLite specifics: the file, WAL, foreign keys, locks, a time limit per query, read-only opening.

`:memory:` gives a private in-memory database (one shared connection): the store tests use it.
Transactions are begun by veille, not by the driver: a write transaction starts with BEGIN
IMMEDIATE, so two processes opening a new database at once queue for its write lock instead of
both creating tables; readers never wait (WAL). A reading store opens the file read-only
(mode=ro), so it works on a file or folder it may not write.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import ColumnElement, Connection, Engine, create_engine, event, func, literal_column
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool, StaticPool

from ..errors import StoreError
from .dialect import Dialect

# Seconds a connection waits for another process's write lock before giving up.
BUSY_TIMEOUT = 60
MEMORY = ":memory:"
# Virtual machine steps between two looks at the clock (a few milliseconds of work).
PROGRESS_STEPS = 20_000
CACHE_KIB = 65_536
MMAP_BYTES = 256 * 1024 * 1024
# Connections kept open per engine, and opened beyond them when that many threads read at once
# (the server's thread pool); a thread finding none free waits for one.
POOL_SIZE = 4
POOL_OVERFLOW = 16


def sqlite_path(url_or_path: str) -> str:
    """The database file (or :memory:) named by a plain path or a sqlite:/// URL."""
    if url_or_path.startswith("sqlite:"):
        database = make_url(url_or_path).database
        return database or MEMORY
    return url_or_path


class SqliteDialect(Dialect):
    """SQLite: executemany into one file, the write lock taken by BEGIN IMMEDIATE."""

    name = "sqlite"
    placeholder = "?"

    def index_text(self, conn: Connection, first: int, last: int) -> None:
        """The batch's articles into FTS5 with one statement (a trigger per article cost four times as much)."""
        conn.exec_driver_sql(
            "INSERT INTO articles_fts(rowid, title, text) SELECT seq, coalesce(title, ''), text FROM articles "
            "WHERE seq BETWEEN ? AND ?", (first, last))

    def lock_schema(self, conn: Connection) -> None:
        """BEGIN IMMEDIATE already holds the database's write lock."""

    def monday(self, day: ColumnElement) -> ColumnElement:
        # 'weekday 0' moves on to the Sunday ending the ISO week (or stays on it); six days back is its Monday
        return func.date(day, literal_column("'weekday 0'"), literal_column("'-6 days'"))

    def lock_writes(self, conn: Connection) -> None:
        """BEGIN IMMEDIATE already holds the database's write lock."""


def sqlite_engine(url_or_path: str, read_only: bool = False, timeout: float | None = None) -> Engine:
    """An engine on this SQLite database.

    Writable: the file's folder is created if needed. Read-only: the file must exist, and is
    never written (nor its folder). `timeout` bounds every statement, in seconds.
    """
    path = sqlite_path(url_or_path)
    if path == MEMORY:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        file = Path(path).expanduser()
        if read_only:
            _check_exists(file, url_or_path)
            target = f"file:{quote(str(file.resolve()))}?mode=ro" + ("&immutable=1" if _unchangeable(file) else "")
        else:
            _make_folder(file, url_or_path)
            target = str(file)
        # the pool is named: for a "sqlite://" URL SQLAlchemy would take the file for an in-memory database
        # and keep one connection per thread, closing those of other threads still reading (a SIGSEGV)
        engine = create_engine(
            "sqlite://", poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW,
            creator=lambda: sqlite3.connect(
                target, uri=read_only, timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None,
            ),
        )
    event.listen(engine, "connect", lambda conn, record: _configure(conn, record, read_only, timeout))
    event.listen(engine, "begin", _begin)
    if timeout:
        event.listen(engine, "before_cursor_execute", lambda conn, *_: _start_clock(conn, timeout))
    return engine


def _unchangeable(file: Path) -> bool:
    """True when nobody can change the database (neither it nor its folder writable): SQLite may then
    read it as immutable, without the lock files WAL needs and could not create."""
    return not os.access(file, os.W_OK) or not os.access(file.parent, os.W_OK)


def _check_exists(file: Path, url: str) -> None:
    if not file.is_file():
        reason = "no such file" if not file.exists() else "not a file"
        raise StoreError("V401", url=url, reason=f"{reason} (reading commands never create a database)")


def _make_folder(file: Path, url: str) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError("V401", url=url, reason=err.strerror or str(err)) from err


def _configure(connection: sqlite3.Connection, record: Any, read_only: bool, timeout: float | None) -> None:
    """Per connection: foreign keys (ON DELETE CASCADE needs them), WAL so that readers run during a
    write, a bigger page cache, and the clock that stops a statement running past its time."""
    connection.isolation_level = None  # veille says BEGIN itself (see _begin)
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    if not read_only:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    clock: dict[str, float | None] = {"deadline": None}
    record.info["clock"] = clock
    if timeout:
        connection.set_progress_handler(lambda: _past(clock), PROGRESS_STEPS)


def _past(clock: dict[str, float | None]) -> int:
    """Non-zero stops the running statement (sqlite3 then raises OperationalError: interrupted)."""
    deadline = clock["deadline"]
    return 1 if deadline is not None and time.monotonic() > deadline else 0


def _start_clock(conn: Connection, seconds: float) -> None:
    """Each statement gets `seconds` from now (writes, which take their own time, get none)."""
    clock = conn.connection.info.get("clock")
    if clock is not None:
        writing = conn.get_execution_options().get("write", False)
        clock["deadline"] = None if writing else time.monotonic() + seconds


def _begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for a write (the lock is taken now, not at the first write), BEGIN otherwise."""
    immediate = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
