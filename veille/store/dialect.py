"""What differs between databases, behind one small interface: bulk writes, counters, locks, limits.

SqlStore speaks portable SQLAlchemy Core for every query; the few things that must be done the
database's own way (COPY in PostgreSQL, the progress handler in SQLite, their locks) are methods
of a Dialect, made with its engine in veille.store.sqlite or veille.store.postgres.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Table, case, func, literal_column, text

from ..errors import StoreError

Row = tuple[Any, ...]


def driver_cursor(conn: Connection) -> Any:
    """A cursor of the driver's own connection under SQLAlchemy's (executemany and COPY are the driver's)."""
    driver = conn.connection.driver_connection
    if driver is None:  # only a connection SQLAlchemy has closed or invalidated has none
        raise StoreError("V401", url=conn.engine.url, reason="the connection was closed")
    return driver.cursor()


class Dialect:
    """The database-specific half of a store; subclasses fill in what differs."""

    name = "generic"
    # DBAPI placeholder for one positional parameter.
    placeholder = "?"

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        self._sql: dict[tuple[str, str], str] = {}

    # -- writing ------------------------------------------------------------------------------------

    def insert_rows(self, conn: Connection, table: Table, rows: Sequence[Row]) -> None:
        """Insert tuples in the table's column order, as fast as the database takes them."""
        if rows:
            sql = self._cached(table, "insert", self._insert_sql)
            driver_cursor(conn).executemany(sql, rows)

    def index_text(self, conn: Connection, first: int, last: int) -> None:
        """Add the articles first..last (their seqs) to the full-text index, when the database does
        not keep it itself."""

    def add_counts(self, conn: Connection, table: Table, rows: Sequence[Row], keys: int) -> None:
        """Add rows of counts: the first `keys` columns identify a row, the others are added to it
        (a missing row is inserted); text columns after the keys keep their first value."""
        if rows:
            sql = self._cached(table, f"add{keys}", lambda t: self._add_sql(t, keys))
            driver_cursor(conn).executemany(sql, sorted(rows, key=lambda r: r[:keys]))

    def delete_rows(self, conn: Connection, table: Table, keys: Sequence[Row]) -> int:
        """Delete the rows with these primary keys (in the table's key order); returns how many went."""
        if not keys:
            return 0
        sql = self._cached(table, "delete", self._delete_sql)
        cursor = driver_cursor(conn)
        cursor.executemany(sql, keys)
        return cursor.rowcount

    def first_seq(self, conn: Connection) -> int:
        """The first unused article key: the store hands them out itself, under its write lock."""
        return (conn.execute(text("SELECT coalesce(max(seq), 0) FROM articles")).scalar() or 0) + 1

    def lock_schema(self, conn: Connection) -> None:
        """Hold, until the transaction ends, the lock that one migration at a time takes."""
        raise NotImplementedError

    # -- reading ------------------------------------------------------------------------------------

    def period_start(self, day: ColumnElement, period: str) -> ColumnElement:
        """The period a day ('YYYY-MM-DD', '' when undated) falls in, for the database to group by: its
        month ('YYYY-MM') or the Monday of its ISO week; '' for ''. Constants are literal SQL, so that
        the expression reads the same in SELECT and GROUP BY."""
        if period == "month":
            return func.substr(day, literal_column("1"), literal_column("7"))
        return case((day == literal_column("''"), literal_column("''")), else_=self.monday(day))

    def monday(self, day: ColumnElement) -> ColumnElement:
        """The Monday of the ISO week of a day, as 'YYYY-MM-DD'."""
        raise NotImplementedError

    def lock_writes(self, conn: Connection) -> None:
        """Hold, until the transaction ends, the lock that one writer at a time takes."""
        raise NotImplementedError

    # -- what the SQL looks like ----------------------------------------------------------------------

    def quote(self, name: str) -> str:
        return self.engine.dialect.identifier_preparer.quote(name)

    def _cached(self, table: Table, kind: str, build: Any) -> str:
        key = (table.name, kind)
        if key not in self._sql:
            self._sql[key] = build(table)
        return self._sql[key]

    def _insert_sql(self, table: Table) -> str:
        names = ", ".join(self.quote(c.name) for c in table.c)
        marks = ", ".join(self.placeholder for _ in table.c)
        return f"INSERT INTO {self.quote(table.name)} ({names}) VALUES ({marks})"

    def _delete_sql(self, table: Table) -> str:
        where = " AND ".join(f"{self.quote(c.name)} = {self.placeholder}" for c in table.primary_key.columns)
        return f"DELETE FROM {self.quote(table.name)} WHERE {where}"

    def _add_sql(self, table: Table, keys: int) -> str:
        """INSERT ... ON CONFLICT DO UPDATE: the same words in SQLite (3.24+) and PostgreSQL."""
        columns = list(table.c)
        names = ", ".join(self.quote(c.name) for c in columns)
        marks = ", ".join(self.placeholder for _ in columns)
        target = ", ".join(self.quote(c.name) for c in columns[:keys])
        updates = []
        for column in columns[keys:]:
            name, own = self.quote(column.name), f"{self.quote(table.name)}.{self.quote(column.name)}"
            if column.type.python_type is int:
                updates.append(f"{name} = {own} + excluded.{name}")
            else:
                updates.append(f"{name} = coalesce({own}, excluded.{name})")
        return (f"INSERT INTO {self.quote(table.name)} ({names}) VALUES ({marks}) "
                f"ON CONFLICT ({target}) DO UPDATE SET {', '.join(updates)}")
