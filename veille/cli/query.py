"""`veille list`, `veille show`, `veille events`, `veille failures`: what the database holds."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

import typer

from ..errors import ConfigError
from ..export.jsonl import event_dict
from ..export.record_json import record_json
from ..store import ArticleQuery, EventQuery, SqlStore
from . import app, console, reports_errors
from .options import DbOption, LimitOption, SinceOption, UntilOption, bounds, open_db
from .render import print_record
from .tables import articles_table, failures_table, print_table, stored_events_table

JsonOption = typer.Option(False, "--json", help="Print one JSON object per line (JSON Lines) instead of a table.")


@app.command("list")
@reports_errors
def list_articles(
    db: DbOption = None,
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet (case-insensitive)."),
    since: SinceOption = None,
    until: UntilOption = None,
    search: str | None = typer.Option(None, "--search", "-s", help="Full-text search of the title and text, as the "
                                      "explorer's: words, \"phrases\", prefix*, OR; case and accents folded."),
    limit: LimitOption = 50,
    as_json: bool = JsonOption,
) -> None:
    """List stored articles, newest first: id, publication, outlet, title and what was found."""
    first, last = bounds(since, until)
    query = ArticleQuery(outlet=outlet, since=first, until=last, text=search, limit=limit)
    with open_db(db, read_only=True) as store:
        found, total, failures = store.articles(query), store.count_articles(query), len(store.failures())
        url = store.url
    if as_json:
        _json_lines(asdict(a) for a in found)
    elif not found:
        console.print(f"No article in {url} matches." if total or _filtered(query) else
                      f"No article in {url} yet: add some with `veille ingest PATH`.", soft_wrap=True)
    else:
        print_table(console, articles_table(found))
        console.print(f"[dim]{len(found)} of {total} article(s) in {url}[/dim]", soft_wrap=True)
    if failures and not as_json:
        console.print(f"[yellow]{failures} input(s) failed to ingest: see `veille failures`.[/yellow]")


@app.command()
@reports_errors
def show(
    key: str = typer.Argument(..., metavar="ID", help="Article id, a unique prefix of it, or the article's name."),
    db: DbOption = None,
    as_json: bool = typer.Option(False, "--json", help="Print the record JSON instead of a summary."),
) -> None:
    """Show one stored article: what veille found in it, or its record JSON."""
    with open_db(db, read_only=True) as store:
        record = store.get(store.resolve(key))
    if record is None:  # deleted between resolve and get
        raise typer.Exit(1)
    if as_json:
        console.print_json(record_json(record))
    else:
        print_record(console, record)


@app.command()
@reports_errors
def events(
    db: DbOption = None,
    actor: str | None = typer.Option(None, "--actor", help="An actor on either side: a code (RUS, NATO...) or a key "
                                     "(PER:ion-vrabie)."),
    source: str | None = typer.Option(None, "--source", help="An actor among the sources."),
    target: str | None = typer.Option(None, "--target", help="An actor among the targets."),
    dyad: str | None = typer.Option(None, "--dyad", help="SOURCE-TARGET codes or names, e.g. RUS-UKR or "
                                    "Russie-Ukraine."),
    symmetric: bool = typer.Option(False, "--symmetric", help="With --dyad: either way round."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER type (ASSAULT, CONSULT...)."),
    status: str | None = typer.Option(None, "--status", help="asserted, planned, hypothetical or negated."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only events read in this outlet's articles "
                                      "(case-insensitive)."),
    place: str | None = typer.Option(None, "--place", help="Only events at this place, as read (Kyiv, Minsk...; "
                                     "case and accents ignored: Genes finds Gênes)."),
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 100,
    as_json: bool = JsonOption,
) -> None:
    """List stored events by date: who did what to whom, and in which article."""
    first, last = bounds(since, until)
    parse_dyad(dyad)  # the shape first: a clear line before opening anything
    with open_db(db, read_only=True) as store:
        pair = _dyad_keys(dyad, store) if dyad else None
        query = EventQuery(actor=actor, source=source, target=target, dyad=pair, symmetric=symmetric, type=type_,
                           status=status, since=first, until=last, outlet=outlet, place=place,
                           limit=limit)
        found, total = store.events(query), store.count_events(query)
    if as_json:
        _json_lines(event_dict(e) for e in found)
    elif not found:
        console.print("No event matches.")
    else:
        print_table(console, stored_events_table(found))
        console.print(f"[dim]{len(found)} of {total} event(s)[/dim]")


@app.command()
@reports_errors
def failures(db: DbOption = None, as_json: bool = JsonOption) -> None:
    """List the inputs that could not be ingested, and why (ingesting them successfully clears them)."""
    with open_db(db, read_only=True) as store:
        found = store.failures()
    if as_json:
        _json_lines({**f.failure.to_dict(), "failed_at": f.failed_at} for f in found)
    elif found:
        print_table(console, failures_table(found))
    else:
        console.print("No failure stored.")


def parse_dyad(text: str | None) -> tuple[str, str] | None:
    """`RUS-UKR` as ("RUS", "UKR")."""
    if not text:
        return None
    source, sep, target = text.partition("-")
    if not sep or not source.strip() or not target.strip():
        raise ConfigError("V501", name="--dyad", reason=f"{text!r}: write it SOURCE-TARGET, e.g. RUS-UKR")
    return source.strip().upper(), target.strip().upper()


def _dyad_keys(dyad: str, store: SqlStore) -> tuple[str, str]:
    """Names and codes (Russie-Ukraine, RUS-UKR) to actor keys, as the explorer reads them."""
    from ..queries.filters import split_dyad  # imported here: the other commands start without FastAPI

    return split_dyad(dyad, store, name="--dyad")


def _json_lines(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line on stdout, nothing else (no colour, no wrapping): for jq and scripts."""
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _filtered(query: ArticleQuery) -> bool:
    return any((query.outlet, query.since, query.until, query.text))
