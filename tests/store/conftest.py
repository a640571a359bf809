"""Store fixtures: an empty in-memory store, and one holding the three factory records."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.store import SqlStore, open_store


@pytest.fixture
def store() -> Iterator[SqlStore]:
    """A fresh in-memory SQLite store."""
    with open_store(":memory:") as fresh:
        yield fresh


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    """The store holding summit_record, protest_record and undated_record."""
    store.upsert([summit_record(), protest_record(), undated_record()])
    return store
