"""A store on each database (SQLite file, PostgreSQL schema) filled with Records built by hand
(hand_records.py), and a client on it, as `veille serve` makes it (read-only, a time limit per query)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hand_records import all_records

from tests.backends import backend, db_url, module_db_url  # noqa: F401  (fixtures)
from veille.app import create_app
from veille.settings import Settings
from veille.store import SqlStore, open_store

BASE_URL = "http://127.0.0.1"  # a host the server allows by default


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[SqlStore]:
    """The hand-built records in a database shared by a module's read-only tests."""
    with open_store(module_db_url) as opened:
        opened.upsert(all_records())
        yield opened


@pytest.fixture(scope="module")
def client(store: SqlStore) -> Iterator[TestClient]:
    """A client on the app over `store` (server errors come back as responses, never raised)."""
    with _client_on(store) as test_client:
        yield test_client


@pytest.fixture
def fresh_store(db_url: str) -> Iterator[SqlStore]:
    """A store of its own, for tests that write to it."""
    with open_store(db_url) as opened:
        opened.upsert(all_records())
        yield opened


@pytest.fixture
def fresh_client(fresh_store: SqlStore) -> Iterator[TestClient]:
    with _client_on(fresh_store) as test_client:
        yield test_client


def _client_on(store: SqlStore) -> TestClient:
    return TestClient(create_app(Settings(db=store.url), store=store), raise_server_exceptions=False,
                      base_url=BASE_URL)
