"""`veille export`: stored articles or events as JSON lines, CSV or a GDELT event table, to a file or stdout."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import ConfigError
from ..store import ArticleQuery, EventQuery
from ..usecases.export import default_what, export_store
from . import app, errors, reports_errors
from .options import DbOption, SinceOption, UntilOption, bounds, open_db


@app.command()
@reports_errors
def export(
    db: DbOption = None,
    format: str = typer.Option("jsonl", "--format", "-f",
                               help="jsonl (one JSON per line), csv, gdelt (GDELT 2.0 event table, tab-separated), "
                                    "or parquet (a folder of Parquet datasets, as `veille batch` writes)."),
    what: str | None = typer.Option(None, "--what",
                                    help="articles (one per record) or events (one per event); "
                                         "default articles, events for gdelt."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only articles of this outlet."),
    since: SinceOption = None,
    until: UntilOption = None,
    all_statuses: bool = typer.Option(False, "--all-statuses",
                                      help="gdelt: also planned, hypothetical and negated events (default: asserted only)."),
) -> None:
    """Export the stored articles (records) or events, to stdout or --out FILE.

    --since/--until bound the publication time of articles, or the date of events.
    """
    first, last = bounds(since, until)
    articles = ArticleQuery(outlet=outlet, since=first, until=last)
    if format == "parquet":
        return export_parquet(db, articles, out, what)
    what = what or default_what(format)
    events = EventQuery(outlet=outlet, since=first, until=last)
    with open_db(db, read_only=True) as store:
        if out is None:
            count = export_store(store, sys.stdout, format, what, articles, events, all_statuses)
        else:
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                with out.open("w", encoding="utf-8", newline="") as stream:
                    count = export_store(store, stream, format, what, articles, events, all_statuses)
            except OSError as err:
                errors.print(f"[red]error:[/red] cannot write {out}: {err.strerror or err}", highlight=False)
                raise typer.Exit(1) from None
    if out is not None:
        errors.print(f"{count} {_unit(format, what)} written to {out}", highlight=False, soft_wrap=True)


def export_parquet(db: str | None, articles: ArticleQuery, out: Path | None, what: str | None) -> None:
    """The matching records, with every failure kept, as a batch folder (articles, entities, events, quotes)."""
    from ..export.parquet import write_records  # pyarrow is imported only by those who write Parquet

    if out is None:
        raise ConfigError("V501", name="--out", reason="parquet writes a folder: give --out DIR")
    if what is not None:
        raise ConfigError("V501", name="--what", reason="parquet writes every dataset (articles, entities, events, "
                          "quotes): leave --what out")
    with open_db(db, read_only=True) as store:
        count = write_records(store.records(articles), [f.failure for f in store.failures()], out)
    errors.print(f"{count} articles written to {out}", highlight=False, soft_wrap=True)


def _unit(format: str, what: str) -> str:
    """What the count counts: GDELT rows (a compound-actor event has several), else articles or events."""
    return "rows" if format == "gdelt" else what
