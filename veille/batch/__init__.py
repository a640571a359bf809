"""Batches: a corpus analysed by the local engine or a Dask cluster into Parquet datasets, and
Parquet batches loaded into a store.

    for result in run_batch(["corpus/"], "out/", engine="dask", workers=2):   # a LocalCluster of 2
        ...                                                                      # a Record, Failure or Skipped
    load_parquet("out/", store)                                                  # into SQLite or PostgreSQL

The inputs are read here (veille.ingest.read_inputs) and cut into parts of `part_size` articles;
each part is analysed as `veille ingest` does it (veille.run.process_many) and written as part
number n of every dataset (veille.export.parquet), whichever engine analysed it: both engines
write the same files for the same input.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from ..errors import ConfigError
from ..export.parquet import ParquetBatch, chunks
from ..ingest import read_inputs
from ..model.failure import Failure
from ..model.record import Record
from ..settings import Settings
from .load import load_parquet
from .parts import PART_SIZE, Part, Result

Engine = Literal["local", "dask"]
ENGINES: tuple[str, ...] = ("local", "dask")


def run_batch(paths: Iterable[str | Path], out: str | Path, engine: str = "local", settings: Settings | None = None,
              scheduler: str | None = None, workers: int | None = None, part_size: int = PART_SIZE) -> Iterator[Result]:
    """Analyse every article of the inputs into Parquet datasets in `out` (a new folder), yielding
    each Record, Failure or Skipped once its part is written."""
    settings = settings or Settings.load()
    _check(engine, scheduler, workers, part_size)
    batch = ParquetBatch(out)
    parts = enumerate(chunks(read_inputs(paths), part_size))
    for number, results in _engine_parts(engine, parts, settings, scheduler, workers):
        batch.write_part(number, [r for r in results if isinstance(r, Record)],
                         [r for r in results if isinstance(r, Failure)])
        yield from results


def _engine_parts(engine: str, parts: Iterable[Part], settings: Settings, scheduler: str | None,
                  workers: int | None) -> Iterator[tuple[int, list[Result]]]:
    if engine == "local":
        from .parts import analyse_part

        return ((number, analyse_part(part, settings)) for number, part in parts)
    from .cluster import cluster_parts  # dask is imported only by those who use it

    return cluster_parts(parts, settings, scheduler, workers)


def _check(engine: str, scheduler: str | None, workers: int | None, part_size: int) -> None:
    if engine not in ENGINES:
        raise ConfigError("V501", name="--engine", reason=f"{engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "local" and (scheduler or workers):
        raise ConfigError("V501", name="--engine", reason="--scheduler and --workers are for --engine dask; "
                          "the local engine analyses in this process")
    if scheduler and workers:
        raise ConfigError("V501", name="--workers", reason="a --scheduler's cluster has its own workers")
    if part_size < 1:
        raise ConfigError("V501", name="--part-size", reason="must be at least 1")


__all__ = ["ENGINES", "PART_SIZE", "load_parquet", "run_batch"]
