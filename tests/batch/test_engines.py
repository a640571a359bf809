"""The local engine and a 2-worker Dask LocalCluster write the same datasets for the same corpus,
failures included, and the same records `veille ingest` makes."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.batch import run_batch
from veille.errors import ConfigError
from veille.export.parquet import DATASETS, dataset, read_failures, read_records
from veille.ingest import read_inputs
from veille.model.failure import Failure, Skipped
from veille.model.record import Record
from veille.run import process_many

pytestmark = pytest.mark.model


def _rows(folder: Path, name: str) -> list[dict]:
    return sorted(dataset(folder, name).to_table().to_pylist(), key=repr)


def _kinds(results: list) -> tuple[int, int, int]:
    return (sum(isinstance(r, Record) for r in results), sum(isinstance(r, Failure) for r in results),
            sum(isinstance(r, Skipped) for r in results))


def test_dask_writes_what_the_local_engine_writes(corpus: Path, tmp_path: Path) -> None:
    local = list(run_batch([corpus], tmp_path / "local", "local", part_size=1))
    dask = list(run_batch([corpus], tmp_path / "dask", "dask", workers=2, part_size=1))
    assert _kinds(local) == _kinds(dask) == (3, 1, 1)
    for name in DATASETS:
        assert _rows(tmp_path / "dask", name) == _rows(tmp_path / "local", name), name
    assert sorted(p.name for p in (tmp_path / "dask" / "articles").iterdir()) == \
        sorted(p.name for p in (tmp_path / "local" / "articles").iterdir())


def test_the_batch_holds_the_records_ingest_makes(corpus: Path, tmp_path: Path) -> None:
    list(run_batch([corpus], tmp_path / "out", part_size=2))
    analysed = [r for r in process_many(read_inputs([corpus])) if isinstance(r, Record)]
    assert sorted(read_records(tmp_path / "out"), key=lambda r: r.id) == sorted(analysed, key=lambda r: r.id)
    assert [f.source for f in read_failures(tmp_path / "out")] == [str(corpus / "vide.txt")]


def test_a_local_run_refuses_cluster_options(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--engine dask"):
        list(run_batch([corpus], tmp_path / "out", "local", workers=2))
    with pytest.raises(ConfigError, match="choose one of local, dask"):
        list(run_batch([corpus], tmp_path / "out", "spark"))
