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
    typer.Option("--db", help="Database: a SQLite file path or sqlite:/// URL [env VEILLE_DB; "
                              "default ~/.local/share/veille/veille.db].", show_default=False),
]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this day or time (ISO: 2024-05-26).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this day (included) or time (ISO).")]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most this many.")]


def open_db(db: str | None) -> SqlStore:
    """The store named by --db, else by VEILLE_DB, else the default file."""
    return open_store(Settings.load(db=db).db)


def bounds(since: str | None, until: str | None) -> tuple[date | datetime | None, date | datetime | None]:
    """--since and --until read as days or instants (ConfigError naming the option when malformed)."""
    return (
        parse_when(since, "--since") if since else None,
        parse_when(until, "--until") if until else None,
    )
