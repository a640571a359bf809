"""PostgreSQL specifics: psycopg 3, COPY for bulk rows, advisory locks, statement_timeout, read-only sessions.

    open_store("postgresql://user@host/veille")     # or postgresql+psycopg://, postgres://

Writers take one advisory lock per transaction, so two `veille ingest` into one database write in
turn (as SQLite's lock makes them) and never deadlock on shared counters; readers never wait.
A reading store's sessions are read-only (default_transaction_read_only) and every statement of
a store with a timeout is bounded by the server (statement_timeout).
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Date, Engine, Table, cast, create_engine, func, literal_column, text
from sqlalchemy.engine import make_url

from .dialect import Dialect, Row, driver_cursor

# Advisory lock keys: migrations, and writes.
SCHEMA_LOCK = 74_501
WRITE_LOCK = 74_502
POOL_SIZE = 8


class PostgresDialect(Dialect):
    """PostgreSQL: COPY for new rows, a sequence for article keys."""

    name = "postgresql"
    placeholder = "%s"

    def insert_rows(self, conn: Connection, table: Table, rows: Sequence[Row], into: str | None = None) -> None:
        if not rows:
            return
        names = ", ".join(self.quote(c.name) for c in table.c)
        cursor = driver_cursor(conn)
        with cursor.copy(f"COPY {self.quote(into or table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def add_counts(self, conn: Connection, table: Table, rows: Sequence[Row], keys: int) -> None:
        """COPY the counts into a temporary table, then add them all in one INSERT ... ON CONFLICT
        (one statement instead of one per row)."""
        if not rows:
            return
        name, scratch = self.quote(table.name), self.quote(f"scratch_{table.name}")
        cursor = driver_cursor(conn)
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {scratch} (LIKE {name}) ON COMMIT DELETE ROWS")
        cursor.execute(f"TRUNCATE {scratch}")
        self.insert_rows(conn, table, rows, into=f"scratch_{table.name}")
        columns = [self.quote(c.name) for c in table.c]
        statement = self._add_sql(table, keys).split(" VALUES ")[0]
        update = self._add_sql(table, keys).split(" ON CONFLICT ")[1]
        order = ", ".join(columns[:keys])
        cursor.execute(f"{statement} SELECT {', '.join(columns)} FROM {scratch} ORDER BY {order} ON CONFLICT {update}")

    def lock_schema(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})

    def monday(self, day: ColumnElement) -> ColumnElement:
        return func.to_char(func.date_trunc(literal_column("'week'"), cast(day, Date)), literal_column("'YYYY-MM-DD'"))

    def lock_writes(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def is_postgres(url: str) -> bool:
    """True for the URLs PostgreSQL answers."""
    return url.startswith(("postgresql:", "postgresql+", "postgres:"))


def postgres_engine(url: str, read_only: bool = False, timeout: float | None = None) -> Engine:
    """An engine on this PostgreSQL database through psycopg 3 (whatever driver the URL named)."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    parsed = parsed.set(drivername="postgresql+psycopg")
    given = parsed.query.get("options")  # a query key given twice comes as a tuple: its values joined
    options = [given if isinstance(given, str) else " ".join(given)] if given else []
    if read_only:
        options.append("-c default_transaction_read_only=on")
    if timeout:
        options.append(f"-c statement_timeout={int(timeout * 1000)}")
    parsed = parsed.difference_update_query(["options"])
    connect_args = {"options": " ".join(options)} if options else {}
    return create_engine(parsed, connect_args=connect_args, pool_size=POOL_SIZE, max_overflow=POOL_SIZE,
                         pool_pre_ping=True)
