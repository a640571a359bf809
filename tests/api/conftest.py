"""A temporary SQLite store filled with Records built by hand (hand_records.py), and a client on it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hand_records import all_records

from veille.api import create_app
from veille.settings import Settings
from veille.store import SqlStore, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqlStore]:
    """The hand-built records in a SQLite file, shared by a module's read-only tests."""
    with open_store(str(tmp_path_factory.mktemp("api") / "api.db")) as opened:
        opened.upsert(all_records())
        yield opened


@pytest.fixture(scope="module")
def client(store: SqlStore) -> Iterator[TestClient]:
    """A client on the app over `store` (server errors come back as responses, never raised)."""
    with _client_on(store) as test_client:
        yield test_client


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[SqlStore]:
    """A store of its own, for tests that write to it."""
    with open_store(str(tmp_path / "fresh.db")) as opened:
        opened.upsert(all_records())
        yield opened


@pytest.fixture
def fresh_client(fresh_store: SqlStore) -> Iterator[TestClient]:
    with _client_on(fresh_store) as test_client:
        yield test_client


def _client_on(store: SqlStore) -> TestClient:
    return TestClient(create_app(Settings(db=store.url), store=store), raise_server_exceptions=False)
