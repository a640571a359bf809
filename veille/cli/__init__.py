"""The command line: thin Typer commands over library functions; only this package prints."""
from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console

from ..errors import VeilleError

app = typer.Typer(
    name="veille",
    help="Read French news articles into structured event data: who did what to whom, where, when, "
    "and whether it happened.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)
state = {"debug": False}

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn a VeilleError into one red line naming the input, and exit 1 (traceback with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except VeilleError as err:
            if state["debug"]:
                raise
            errors.print(f"[red]error:[/red] {err}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def main_options(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-v info, -vv debug)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    """veille: French news in, events out."""
    state["debug"] = debug
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


# Each command module adds its commands to `app` when imported; add new ones here.
COMMAND_MODULES = ("analyze", "components", "ingest", "watch", "query", "export", "serve")


def load_commands() -> typer.Typer:
    """Import every command module and return the complete app (also used by the docs generator)."""
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return app


def main() -> None:
    """Console-script entry point."""
    load_commands()(prog_name="veille")


if __name__ == "__main__":
    sys.exit(main())
