"""`veille export`: stored articles or events as JSON lines or CSV, to a file or stdout."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..store import ArticleQuery, EventQuery
from ..store.export import export_store
from . import app, errors, reports_errors
from .options import DbOption, SinceOption, UntilOption, bounds, open_db


@app.command()
@reports_errors
def export(
    db: DbOption = None,
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one JSON per line) or csv."),
    what: str = typer.Option("articles", "--what", help="articles (one per record) or events (one per event)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only articles of this outlet."),
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export the stored articles (records) or events, to stdout or --out FILE.

    --since/--until bound the publication time of articles, or the date of events.
    """
    first, last = bounds(since, until)
    articles = ArticleQuery(outlet=outlet, since=first, until=last)
    events = EventQuery(outlet=outlet, since=first, until=last)
    with open_db(db) as store:
        if out is None:
            count = export_store(store, sys.stdout, format, what, articles, events)
        else:
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                with out.open("w", encoding="utf-8", newline="") as stream:
                    count = export_store(store, stream, format, what, articles, events)
            except OSError as err:
                errors.print(f"[red]error:[/red] cannot write {out}: {err.strerror or err}", highlight=False)
                raise typer.Exit(1) from None
    if out is not None:
        errors.print(f"{count} {what} written to {out}", highlight=False, soft_wrap=True)
