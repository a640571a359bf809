"""Rich tables for what the store lists: articles, events, failures."""
from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from ..model.record import Actor
from ..store.base import ArticleSummary, StoredEvent, StoredFailure

# Characters of an id shown in lists: enough to be unique in a large database.
SHORT_ID = 10
# The widest a table is printed when piped: a line longer than this is rather wrapped.
PIPED_MAX_WIDTH = 400


def articles_table(articles: Sequence[ArticleSummary], title: str | None = None) -> Table:
    """Id, publication day, outlet, headline and how many entities, times, places, quotes, events were found."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True,
                  caption="E entities · T times · P places · Q quotes · Ev events", caption_justify="left")
    table.add_column("id", no_wrap=True)  # a prefix: `veille show` accepts it
    table.add_column("date", no_wrap=True)
    table.add_column("outlet", max_width=16, overflow="ellipsis", no_wrap=True)
    table.add_column("title", ratio=1, min_width=16)
    for name in ("E", "T", "P", "Q", "Ev"):
        table.add_column(name, justify="right", no_wrap=True)
    for a in articles:
        table.add_row(
            a.id[:SHORT_ID], (a.published or "")[:10], a.outlet or "", a.title or f"[dim]({a.name})[/dim]",
            str(a.entities), str(a.times), str(a.places), str(a.quotes), str(a.events),
        )
    return table


def stored_events_table(events: Sequence[StoredEvent], title: str | None = None) -> Table:
    """Date, type, source → target, status, place and the article each event was read in."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("source → target", ratio=2, min_width=20)
    table.add_column("status", no_wrap=True)
    table.add_column("place", ratio=1, max_width=20)
    table.add_column("article", ratio=1, max_width=30, no_wrap=True, overflow="ellipsis")
    for stored in events:
        e = stored.event
        status = e.status if e.status in ("asserted", "planned") else f"[yellow]{e.status}[/yellow]"
        date = e.date or f"[dim]{(stored.published or '')[:10]}[/dim]"  # dim: the article's day
        article = f"{stored.article_id[:SHORT_ID]} {stored.title or ''}".strip()
        table.add_row(date, e.type, f"{_actors(e.source)} → {_actors(e.target)}", status, e.place or "", article)
    return table


def failures_table(failures: Sequence[StoredFailure]) -> Table:
    """When, which input, which stage, and the message."""
    table = Table("when", "source", "stage", "message", title="Failures", title_justify="left")
    for stored in failures:
        f = stored.failure
        table.add_row(stored.failed_at, f.source, f.stage, f.message)
    return table


def print_table(console: Console, table: Table) -> None:
    """Print a table; piped into a file or another program, at its natural width rather than cut to
    the 80 columns Rich assumes when there is no terminal (a terminal keeps its own width)."""
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update(width=PIPED_MAX_WIDTH), table).maximum
    kept = console.width
    console.width = max(kept, min(natural, PIPED_MAX_WIDTH))  # Console.print never goes past console.width
    try:
        console.print(table)
    finally:
        console.width = kept


def _actors(actors: tuple[Actor, ...]) -> str:
    return " + ".join(f"{a.name} ({a.code})" if a.code else a.name for a in actors) or "—"
