"""`veille analyze`: read articles and print or write their records (no database)."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import VeilleError
from ..export.record_json import record_json, write_record
from ..ingest.files import expand, read_file
from ..model.failure import Failure
from ..model.record import Record
from ..settings import Settings
from . import app, console, errors, reports_errors
from .render import print_record


@app.command()
@reports_errors
def analyze(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .html) or folders of them."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write one <name>.json record per input into this folder."),
    as_json: bool = typer.Option(False, "--json", help="Print the record JSON instead of a summary."),
    model: str | None = typer.Option(None, "--model", help="spaCy model (default fr_core_news_md)."),
    batch_size: int | None = typer.Option(None, "--batch-size", help="Articles per spaCy batch."),
) -> None:
    """Read articles and show what veille found, or write their records with --out.

    The model is loaded once for all inputs. A file that cannot be read is reported on one
    line and the others go on; the exit code is 1 if any failed.
    """
    from ..run import process_many  # the NLP stack loads only for commands that analyse

    settings = Settings.load(model=model, batch_size=batch_size)
    files = list(expand(paths))
    raws = _read_all(files)
    failed = 0
    with _progress(len(files), enabled=out is not None) as progress:
        task = progress.add_task("analysing", total=len(files))
        for result in process_many(raws, settings):
            progress.advance(task)
            if isinstance(result, Failure):
                failed += 1
                errors.print(f"[red]error:[/red] {result.message}", highlight=False, soft_wrap=True)
            else:
                _emit(result, out, as_json)
    if out is not None:
        console.print(f"{len(files) - failed} record(s) written to {out}" + (f", {failed} failed" if failed else ""))
    if failed:
        raise typer.Exit(1)


def _read_all(files: list[Path]):
    for path in files:
        try:
            yield read_file(path)
        except VeilleError as err:
            errors.print(f"[red]error:[/red] {err}", highlight=False, soft_wrap=True)


def _emit(record: Record, out: Path | None, as_json: bool) -> None:
    if out is not None:
        write_record(record, out)
    elif as_json:
        console.print_json(record_json(record))
    else:
        print_record(console, record)


def _progress(total: int, enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=errors, transient=True, disable=not enabled or total < 2,
    )
