"""`veille batch CORPUS... --out DIR`: analyse a corpus into Parquet datasets, here or on a Dask cluster."""
from __future__ import annotations

from pathlib import Path

import typer

from ..batch.parts import PART_SIZE
from ..ingest import count_articles
from ..model.failure import Failure, Skipped
from ..settings import Settings
from . import app, console, errors, reports_errors
from .ingest import failure_line, summary
from .options import with_settings
from .progress import article_progress


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
    done = failed = skipped = 0
    with article_progress(errors, total) as progress:
        task = progress.add_task("starting", total=total)
        for result in run_batch(paths, out, engine, settings, scheduler, workers, part_size):
            progress.update(task, advance=1, description=f"analysing ({engine})")
            if isinstance(result, Skipped):
                skipped += 1
            elif isinstance(result, Failure):
                failed += 1
                errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
            else:
                done += 1
    console.print(summary(done, failed, skipped, f"written to {out}"), highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)
