"""CLI fixtures: a runner over the full app and a database filled with hand-written records."""
from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from tests.backends import backend, db_url  # noqa: F401  (fixtures)
from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.cli import load_commands
from veille.store import open_store


@pytest.fixture(scope="session")
def app() -> typer.Typer:
    """The veille app with every command loaded."""
    return load_commands()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(db_url: str) -> str:
    """A database (SQLite file or PostgreSQL schema) holding summit_record, protest_record and undated_record."""
    with open_store(db_url) as store:
        store.upsert([summit_record(), protest_record(), undated_record()])
    return db_url
