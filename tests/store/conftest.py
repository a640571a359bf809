"""Store fixtures: an empty store on each database (SQLite in memory, a PostgreSQL schema), and one
holding the three factory records."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.backends import backend, db_url, module_db_url, new_postgres_url  # noqa: F401  (fixtures)
from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.store import SqlStore, open_store


@pytest.fixture
def store(backend: str) -> Iterator[SqlStore]:
    """A fresh store: private in-memory SQLite, or a schema of its own in the PostgreSQL test cluster."""
    if backend == "sqlite":
        with open_store(":memory:") as fresh:
            yield fresh
        return
    url, drop = new_postgres_url()
    try:
        with open_store(url) as fresh:
            yield fresh
    finally:
        drop()


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    """The store holding summit_record, protest_record and undated_record."""
    store.upsert([summit_record(), protest_record(), undated_record()])
    return store
