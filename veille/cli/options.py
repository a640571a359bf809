"""Options shared by the storage commands, defined once, and the helpers that read them."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import typer

from ..settings import Settings
from ..store import SqlStore, open_store
from ..store.dates import parse_when

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database: a SQLite file path, a sqlite:/// URL or a postgresql://user@host/db URL "
                              "[env VEILLE_DB; default ~/.local/share/veille/veille.db].", show_default=False),
]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this day or time (ISO: 2024-05-26).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this day (included) or time (ISO).")]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most this many.")]


def open_db(db: str | None, read_only: bool = False, timeout: float | None = None) -> SqlStore:
    """The store named by --db, else by VEILLE_DB, else the default file. Commands that only read open
    it read-only: they work on a file they may not write, and never create a database."""
    return open_store(Settings.load(db=db).db, read_only=read_only, timeout=timeout)


def bounds(since: str | None, until: str | None) -> tuple[date | datetime | None, date | datetime | None]:
    """--since and --until read as days or instants (ConfigError naming the option when malformed)."""
    return (
        parse_when(since, "--since") if since else None,
        parse_when(until, "--until") if until else None,
    )
