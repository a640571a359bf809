"""`veille analyze`: read articles and print or write their records (no database)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..export.record_json import write_record
from ..ingest import count_articles, read_inputs
from ..model.failure import Failure
from ..model.record import Record
from ..settings import Settings
from . import app, console, errors, reports_errors
from .options import with_settings
from .progress import article_progress
from .render import print_record
from .results import failure_line


@app.command()
@reports_errors
@with_settings("model", "language", "batch_size", "n_process")
def analyze(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .html), folders, JSON Lines, WARC or "
                                               "RSS/Atom files, gzipped or not; '-' reads JSON Lines from stdin."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write one <name>.json record per input into this folder."),
    as_json: bool = typer.Option(False, "--json", help="Print each record as one line of JSON (JSON Lines) instead of a summary."),
    *, settings: Settings,
) -> None:
    """Read articles and show what veille found, or write their records with --out.

    The model is loaded once for all inputs. A file that cannot be read is reported on one
    line and the others go on; the exit code is 1 if any failed.
    """
    from ..run import process_many  # the NLP stack loads only for commands that analyse

    total = count_articles(paths)
    written = failed = 0
    taken: set[str] = set()
    with article_progress(errors, total, enabled=out is not None) as progress:
        task = progress.add_task("loading the model", total=total)
        for result in process_many(read_inputs(paths), settings):
            progress.update(task, advance=1, description="analysing")
            if isinstance(result, Failure):
                failed += 1
                errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
            elif isinstance(result, Record):
                written += 1
                _emit(result, out, as_json, taken)
    if out is not None:
        console.print(f"{written} record(s) written to {out}" + (f", {failed} failed" if failed else ""))
    if failed:
        raise typer.Exit(1)


def _emit(record: Record, out: Path | None, as_json: bool, taken: set[str]) -> None:
    if out is not None:
        write_record(record, out, taken)
    elif as_json:
        # JSON Lines: one record a line, whatever the number of inputs (jq and pandas read it)
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_record(console, record)
