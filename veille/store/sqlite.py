"""SQLite specifics: the file and its folder created on first use, WAL, foreign keys, a busy timeout.

`:memory:` gives a private in-memory database (one shared connection): the store tests use it.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from ..errors import StoreError

# Seconds a connection waits for another process's write lock before giving up.
BUSY_TIMEOUT = 30
MEMORY = ":memory:"


def sqlite_path(url_or_path: str) -> str:
    """The database file (or :memory:) named by a plain path or a sqlite:/// URL."""
    if url_or_path.startswith("sqlite:"):
        database = make_url(url_or_path).database
        return database or MEMORY
    return url_or_path


def sqlite_engine(url_or_path: str) -> Engine:
    """An engine on this SQLite database, its parent folder created if needed."""
    path = sqlite_path(url_or_path)
    if path == MEMORY:
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False},
            json_serializer=_json_dumps,
        )
    else:
        file = Path(path).expanduser()
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError("V401", url=url_or_path, reason=err.strerror or str(err)) from err
        engine = create_engine(
            f"sqlite:///{file}", connect_args={"timeout": BUSY_TIMEOUT, "check_same_thread": False},
            json_serializer=_json_dumps,
        )
    event.listen(engine, "connect", _configure)
    return engine


def _configure(connection: sqlite3.Connection, record: Any) -> None:
    """Per connection: enforce foreign keys (ON DELETE CASCADE needs it); WAL lets readers run during a write."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _json_dumps(value: Any) -> str:
    """Record JSON as readable UTF-8, as the exports write it."""
    return json.dumps(value, ensure_ascii=False)
