"""Schema versions: each migration is applied once, in order, and recorded in `schema_version`.

To change the schema, add a function to MIGRATIONS; never edit one that has shipped.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, func, insert, select

from ..errors import StoreError
from . import schema

Migration = Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    """Version 1: every table of veille.store.schema."""
    schema.metadata.create_all(conn)


def _add_feeds(conn: Connection) -> None:
    """Version 2: the state of watched feeds."""
    schema.feeds.create(conn, checkfirst=True)


MIGRATIONS: list[Migration] = [_create_tables, _add_feeds]
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The highest version applied to this database (0 for a new one)."""
    schema.schema_version.create(conn, checkfirst=True)
    return conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0


def migrate(conn: Connection, url: str) -> int:
    """Bring the database up to LATEST inside the caller's transaction; returns the version."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            "V401", url=url,
            reason=f"its schema version {version} is newer than this veille knows ({LATEST}); upgrade veille",
        )
    for number in range(version + 1, LATEST + 1):
        MIGRATIONS[number - 1](conn)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn.execute(insert(schema.schema_version).values(version=number, applied_at=now))
    return LATEST
