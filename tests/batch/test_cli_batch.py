"""`veille batch`, `veille export --format parquet` and `veille ingest --from-parquet` from the command line."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.cli import load_commands
from veille.store import open_store


@pytest.fixture(scope="module")
def app():  # noqa: ANN201
    return load_commands()


def _count(url: str) -> tuple[int, int]:
    with open_store(url) as store:
        return store.count_articles(), store.count_events()


def test_export_then_ingest_from_parquet(app, tmp_path: Path, db_url: str) -> None:  # noqa: ANN001
    runner = CliRunner()
    source = str(tmp_path / "source.db")
    with open_store(source) as store:
        store.upsert([summit_record(), protest_record(), undated_record()])
    done = runner.invoke(app, ["export", "--format", "parquet", "--db", source, "--out", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    assert "3 articles written to" in done.output
    for _ in range(2):
        loaded = runner.invoke(app, ["ingest", "--from-parquet", str(tmp_path / "out"), "--db", db_url])
        assert loaded.exit_code == 0, loaded.output
        assert "3 article(s) stored in" in loaded.output
    assert _count(db_url) == (3, 4)


def test_parquet_export_needs_a_folder(app, tmp_path: Path) -> None:  # noqa: ANN001
    db = str(tmp_path / "v.db")
    open_store(db).close()
    done = CliRunner().invoke(app, ["export", "--format", "parquet", "--db", db])
    assert done.exit_code == 1
    assert "give --out DIR" in done.output


def test_ingest_from_a_folder_that_is_no_batch(app, tmp_path: Path) -> None:  # noqa: ANN001
    done = CliRunner().invoke(app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "v.db")])
    assert done.exit_code == 1
    assert "is not a veille Parquet batch" in done.output
    assert not (tmp_path / "v.db").exists()


@pytest.mark.model
def test_batch_reports_a_broken_input_and_goes_on(app, corpus: Path, tmp_path: Path) -> None:  # noqa: ANN001
    done = CliRunner().invoke(app, ["batch", str(corpus), "--out", str(tmp_path / "out")])
    assert done.exit_code == 1
    assert "vide.txt is empty" in done.output
    assert "3 article(s) written to" in done.output and "1 failed" in done.output and "1 file(s) skipped" in done.output
    assert any((tmp_path / "out" / "failures").iterdir())
