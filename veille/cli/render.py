"""Readable summaries of records for the terminal (Rich)."""
from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table

from ..model.record import Actor, Event, Record
from ..web.readable import readable

# The language values are written out in: the command line speaks English.
WORDS = "en"


def record_panel(record: Record) -> Panel:
    """Headline, metadata and one table per area."""
    meta = " · ".join(x for x in (record.outlet, record.dateline, record.published, record.language) if x)
    parts: list[RenderableType] = [f"[bold]{record.title or '(no title)'}[/bold]", f"[dim]{meta}[/dim]"]
    parts += [t for t in (_entities(record), _times(record), _places(record), _quotes(record)) if t.row_count]
    if record.events:
        parts.append(events_table(record.events))
    return Panel(Group(*parts), title=record.name, expand=False)


def _entities(record: Record) -> Table:
    table = Table("entity", "type", "country", "mentions", title="Entities", title_justify="left")
    for e in record.entities:
        table.add_row(e.name, e.type, e.country or "", ", ".join(sorted({m.text for m in e.mentions})))
    return table


def _times(record: Record) -> Table:
    table = Table("expression", "type", "value", "reads", title="Times", title_justify="left")
    for t in record.times:
        words = readable(t.value, WORDS)
        table.add_row(t.text, t.type, t.value or "", words if words != t.value else "")
    return table


def _places(record: Record) -> Table:
    table = Table("place", "country", "lat", "lon", title="Places", title_justify="left")
    for p in record.places:
        table.add_row(p.name, p.country or "", _coord(p.lat), _coord(p.lon))
    return table


def _quotes(record: Record) -> Table:
    table = Table("speaker", "quote", title="Quotes", title_justify="left")
    for q in record.quotes:
        table.add_row(q.speaker or "?", f"« {q.text} »")
    return table


def events_table(events: tuple[Event, ...] | list[Event], title: str = "Events") -> Table:
    """Type, source → target, place, date, status, evidence."""
    table = Table("type", "source → target", "place", "date", "status", "evidence", title=title, title_justify="left")
    for e in events:
        status = e.status if e.status in ("asserted", "planned") else f"[yellow]{e.status}[/yellow]"
        dyad = f"{_actors(e.source)} → {_actors(e.target)}"
        table.add_row(e.type, dyad, e.place or "", e.date or "", status, e.sentence[:120])
    return table


def _actors(actors: tuple[Actor, ...]) -> str:
    return " + ".join(f"{a.name} ({a.code})" if a.code else a.name for a in actors) or "—"


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def print_record(console: Console, record: Record) -> None:
    console.print(record_panel(record))
