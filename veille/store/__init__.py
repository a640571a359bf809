"""Storage of records: open_store(url_or_path) and the Store protocol it satisfies.

    store = open_store("~/.local/share/veille/veille.db")   # or "sqlite:///...", or ":memory:"
    store.upsert(records)
    store.events(EventQuery(dyad=("RUS", "UKR"), since=date(2024, 5, 1)))
"""
from __future__ import annotations

from ..errors import ConfigError
from .base import ArticleQuery, ArticleSummary, EventQuery, Store, StoredEvent, StoredFailure
from .sql import SqlStore
from .sqlite import sqlite_engine

POSTGRES_SCHEMES = ("postgresql:", "postgresql+", "postgres:")


def open_store(url_or_path: str) -> SqlStore:
    """The store at this SQLite path or URL, created and migrated to the current schema if needed."""
    target = url_or_path.strip()
    if not target:
        raise ConfigError("V501", name="db", reason="empty: give a SQLite file path or a sqlite:/// URL")
    if target.startswith(POSTGRES_SCHEMES):
        raise ConfigError(
            "V501", name="db",
            reason="PostgreSQL is not supported yet (planned); use a SQLite file path or a sqlite:/// URL",
        )
    if "://" in target and not target.startswith("sqlite:"):
        raise ConfigError("V501", name="db", reason=f"{target!r}: veille stores in SQLite (a path or sqlite:/// URL)")
    return SqlStore(sqlite_engine(target), target)


__all__ = [
    "ArticleQuery", "ArticleSummary", "EventQuery", "SqlStore", "Store", "StoredEvent", "StoredFailure", "open_store",
]
