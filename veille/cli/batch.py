"""`veille batch CORPUS... --out DIR`: analyse a corpus into Parquet datasets, here or on a Dask cluster."""
from __future__ import annotations

from pathlib import Path

import typer

from ..batch.parts import PART_SIZE
from ..ingest import count_articles
from ..settings import Settings
from . import app, reports_errors
from .options import with_settings
from .results import finish, follow


@app.command()
@reports_errors
@with_settings("model", "language", "batch_size")
def batch(
    paths: list[str] = typer.Argument(..., help="Article files, folders, JSON Lines, WARC or RSS/Atom files "
                                               "(as `veille ingest` reads them)."),
    out: Path = typer.Option(..., "--out", "-o", help="A new folder for the Parquet datasets."),
    engine: str = typer.Option("local", "--engine", help="local (this process) or dask (a Dask cluster)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="dask: the scheduler's address "
                                                                   "(tcp://host:8786); default a LocalCluster."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="dask: worker processes of the LocalCluster "
                                                                      "(default 2)."),
    part_size: int = typer.Option(PART_SIZE, "--part-size", min=1, help="Articles per part (one task, one file)."),
    *, settings: Settings,
) -> None:
    """Analyse articles into Parquet datasets: articles, entities, events (by publication day), quotes, failures.

    DuckDB, Polars or Spark read them (`SELECT * FROM 'DIR/events/**/*.parquet'`); `veille ingest
    --from-parquet DIR` loads them into a database. An input that cannot be read or analysed is
    reported on one line, written to the failures dataset, and the others go on; the exit code is 1
    if any failed.
    """
    from ..batch import run_batch  # pyarrow and dask are imported only by those who run a batch

    total = count_articles(paths)
    results = run_batch(paths, out, engine, settings, scheduler, workers, part_size)
    finish(follow(results, total, "starting", f"analysing ({engine})"), f"written to {out}")
