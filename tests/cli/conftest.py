"""CLI fixtures: a runner over the full app and a database filled with hand-written records."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

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
def db(tmp_path: Path) -> str:
    """A SQLite file holding summit_record, protest_record and undated_record."""
    path = tmp_path / "data" / "veille.db"
    with open_store(str(path)) as store:
        store.upsert([summit_record(), protest_record(), undated_record()])
    return str(path)
