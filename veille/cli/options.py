"""Options shared by the commands, defined once, and the helpers that read them.

The options of the settings (--db, --model, --language, --batch-size, --workers) are derived from
the settings table (veille.settings.Settings: name, default, help); `with_settings` gives them to a
command and calls it with the Settings they make.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import Field, fields
from datetime import date, datetime
from functools import wraps
from typing import Annotated, Any, TypeVar

import typer

from ..settings import Settings
from ..store import SqlStore, open_store
from ..store.dates import parse_when

F = TypeVar("F", bound=Callable[..., Any])


def setting_field(name: str) -> Field:
    """The settings table's row for `name`."""
    return next(f for f in fields(Settings) if f.name == name)


def setting_flag(name: str) -> str:
    """The command-line flag of a setting: `--<name>` unless the table names another."""
    return setting_field(name).metadata.get("option", "--" + name.replace("_", "-"))


def setting_option(name: str) -> Any:
    """The typed option of a setting: its flag, its help naming the environment variable and the
    default, None when not given (then the environment or the default decides)."""
    spec = setting_field(name)
    kind = int if spec.type in (int, "int") else str
    least = {"min": spec.metadata["min"]} if "min" in spec.metadata else {}
    return Annotated[kind | None, typer.Option(setting_flag(name), help=setting_help(spec), show_default=False, **least)]


def setting_help(spec: Field) -> str:
    """The table's help as an option's: a capital first letter (unless the word has its own, as
    spaCy), its variable and default (in parentheses: Rich would read square brackets as markup)."""
    text = spec.metadata.get("help", "")
    first = text.split(" ", 1)[0]
    text = text if first != first.lower() else text[:1].upper() + text[1:]
    shown = spec.metadata.get("shown") or getattr(Settings(), spec.name)
    return f"{text} (env VEILLE_{spec.name.upper()}; default {shown})."


def with_settings(*names: str) -> Callable[[F], F]:
    """Give the command the options of these settings, and call it with `settings`, the Settings
    they make (option > VEILLE_* variable > default); a bad value is a ConfigError of the command."""

    def decorate(command: F) -> F:
        own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "settings"]
        added = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=setting_option(n))
                 for n in names]

        @wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            given = {name: kwargs.pop(name) for name in names}
            return command(*args, settings=Settings.load(**given), **kwargs)

        parameters = own + added
        run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]  # what typer reads
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run  # type: ignore[return-value]

    return decorate


DbOption = setting_option("db")
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
