"""Storage of records: open_store(url_or_path) and the Store protocol it satisfies.

    store = open_store("~/.local/share/veille/veille.db")      # or "sqlite:///...", ":memory:"
    store = open_store("postgresql://user@host/veille")         # PostgreSQL through psycopg 3
    store.upsert(records)
    store.events(EventQuery(dyad=("RUS", "UKR"), since=date(2024, 5, 1)))

    reader = open_store(path, read_only=True, timeout=5)        # what reading commands and the server open
"""
from __future__ import annotations

import os

from ..errors import ConfigError, StoreError
from .base import ArticleQuery, ArticleSummary, EventQuery, Store, StoredEvent, StoredFailure
from .postgres import PostgresDialect, is_postgres, postgres_engine
from .sql import SqlStore
from .sqlite import MEMORY, SqliteDialect, sqlite_engine, sqlite_path


def open_store(url_or_path: str, read_only: bool = False, timeout: float | None = None) -> SqlStore:
    """The store at this SQLite path or URL, or PostgreSQL URL.

    Writable (the default): created if needed and migrated to the current schema. Read-only: the
    database must exist and is never written; an older schema is first upgraded when the database
    can be written, else refused. `timeout` bounds every query, in seconds (StoreError V403).
    """
    target = url_or_path.strip()
    if not target:
        raise ConfigError("V501", name="db", reason="empty: give a SQLite file path, a sqlite:/// URL or a "
                          "postgresql:// URL")
    if "://" in target and not target.startswith("sqlite:") and not is_postgres(target):
        raise ConfigError("V501", name="db", reason=f"{target!r}: veille stores in SQLite (a path or sqlite:/// URL) "
                          "or PostgreSQL (postgresql://user@host/db)")
    if not read_only:
        return _open(target, False, timeout)
    try:
        return _open(target, True, timeout)
    except StoreError as err:
        if "older than this veille" not in str(err) or not _writable(target):
            raise
    _open(target, False, None).close()  # upgrade it once, then read
    return _open(target, True, timeout)


def _open(target: str, read_only: bool, timeout: float | None) -> SqlStore:
    if is_postgres(target):
        engine = postgres_engine(target, read_only, timeout)
        return SqlStore(engine, target, PostgresDialect(engine, read_only), read_only)
    if sqlite_path(target) == MEMORY:
        read_only = False  # a private database: nothing to protect
    engine = sqlite_engine(target, read_only, timeout)
    return SqlStore(engine, target, SqliteDialect(engine, read_only), read_only)


def _writable(target: str) -> bool:
    if is_postgres(target):
        return True
    return os.access(os.path.expanduser(sqlite_path(target)), os.W_OK)


__all__ = [
    "ArticleQuery", "ArticleSummary", "EventQuery", "SqlStore", "Store", "StoredEvent", "StoredFailure", "open_store",
]
