"""`veille ingest PATH...`: read articles, analyse them and keep the records in the database."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..model.failure import Failure
from ..settings import Settings
from ..store.ingest import ingest_files, list_files
from . import app, console, errors, reports_errors
from .options import DbOption, open_db


@app.command()
@reports_errors
def ingest(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .html) or folders of them."),
    db: DbOption = None,
    model: str | None = typer.Option(None, "--model", help="spaCy model (default fr_core_news_md)."),
    batch_size: int | None = typer.Option(None, "--batch-size", help="Articles per spaCy batch."),
) -> None:
    """Analyse articles and store their records; storing an article again replaces it.

    A file that cannot be read or analysed is reported on one line, kept in the database's
    failures (see `veille failures`) and the others go on; the exit code is 1 if any failed.
    """
    settings = Settings.load(db=db, model=model, batch_size=batch_size)
    files, unfound = list_files(paths)
    total = len(files) + len(unfound)
    stored = failed = 0
    with open_db(settings.db) as store, _progress(total) as progress:
        task = progress.add_task("ingesting", total=total)
        for result in ingest_files(paths, store, settings):
            progress.advance(task)
            if isinstance(result, Failure):
                failed += 1
                errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
            else:
                stored += 1
        url = store.url
    summary = f"{stored} article(s) stored in {url}" + (f", [red]{failed} failed[/red]" if failed else "")
    console.print(summary, highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)


def failure_line(failure: Failure) -> str:
    """The failure's message, naming its input if the message does not already."""
    if failure.source in failure.message:
        return failure.message
    return f"{failure.source}: {failure.message}"


def _progress(total: int) -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=errors, transient=True, disable=total < 2,
    )
