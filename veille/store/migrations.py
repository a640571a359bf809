"""Schema versions through Alembic, on SQLite and PostgreSQL alike (revisions in veille/store/revisions).

A database is brought to the latest revision when a writable store opens it, inside one
transaction that holds the schema lock (BEGIN IMMEDIATE in SQLite, an advisory lock in
PostgreSQL): two processes opening a new database at once take turns, and the second finds it
made. A database made before Alembic (versions 1-2 in `schema_version`, no `alembic_version`)
is stamped at its version and upgraded in place. Each revision also notes its number in
`schema_version`, so that an older veille refuses a newer database instead of misreading it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from ..errors import StoreError

REVISIONS = Path(__file__).resolve().parent / "revisions"
# Alembic revision of each schema_version number veille wrote before Alembic.
LEGACY_REVISIONS = {1: "0001", 2: "0002"}
LATEST = 10


@lru_cache(maxsize=1)
def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(REVISIONS))
    return config


@lru_cache(maxsize=1)
def head() -> str:
    """The latest revision veille knows."""
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at (None for a new database, or one made before Alembic)."""
    return MigrationContext.configure(conn).get_current_revision()


def schema_number(conn: Connection) -> int:
    """The highest version in `schema_version` (0 when there is none)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(text("SELECT coalesce(max(version), 0) FROM schema_version")).scalar() or 0


def check_version(conn: Connection, url: str) -> bool:
    """True when the database is at the latest revision, False when it needs migrating;
    StoreError when a newer veille made it."""
    number = schema_number(conn)
    if number > LATEST:
        raise StoreError("V401", url=url, reason=f"its schema version {number} is newer than this veille knows "
                         f"({LATEST}); upgrade veille")
    revision = current_revision(conn)
    if revision is not None and revision != head() and not _known(revision):
        raise StoreError("V401", url=url, reason=f"its schema revision {revision} is unknown to this veille; "
                         "upgrade veille")
    return revision == head()


def migrate(conn: Connection, url: str) -> bool:
    """Bring the database to the latest revision inside the caller's transaction (which holds the
    schema lock); True when something was applied."""
    if check_version(conn, url):
        return False
    config = _config()
    config.attributes["connection"] = conn
    if current_revision(conn) is None and (number := schema_number(conn)):
        from alembic import command

        command.stamp(config, LEGACY_REVISIONS[number])
    from alembic import command

    command.upgrade(config, "head")
    return True


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for an unknown id
        return False
