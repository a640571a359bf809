"""The command line: thin Typer commands over library functions; only this package prints."""
from __future__ import annotations

import importlib
import inspect
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


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"veille {__version__}")
        raise typer.Exit()


# Libraries reading pages that log warnings about one page (shown with -v).
PAGE_READERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


@app.callback()
def main_options(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-v info, -vv debug)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print veille's version and exit."),
) -> None:
    """veille: French news in, events out."""
    state["debug"] = debug
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        # a page these libraries cannot read already gets veille's own line naming it; theirs name nothing
        for name in PAGE_READERS:
            logging.getLogger(name).setLevel(logging.ERROR)


# Each command module adds its commands to `app` when imported; add new ones here.
COMMAND_MODULES = ("analyze", "components", "ingest", "batch", "watch", "query", "export", "serve")


def load_commands() -> typer.Typer:
    """Import every command module and return the complete app (also used by the docs generator)."""
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    for command in app.registered_commands:
        command.help = as_paragraphs(command.help or inspect.getdoc(command.callback) or "")
    return app


def as_paragraphs(text: str) -> str:
    """A docstring's paragraphs each on one line. Typer's Rich help keeps every line break of a
    docstring, so lines wrapped to fit the source broke mid-sentence on a narrower terminal; one
    line per paragraph, Rich wraps it to the terminal's width."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in inspect.cleandoc(text).split("\n\n"))


# Options of the whole program that a user may also write after the command ("veille list --debug").
GLOBAL_FLAGS = ("--debug", "--verbose", "-v", "-vv", "--version")


def global_flags_first(argv: list[str]) -> list[str]:
    """The arguments with the program's own flags moved before the command, where Typer reads them;
    arguments after "--" are left as they are."""
    end = argv.index("--") if "--" in argv else len(argv)
    flags = [a for a in argv[:end] if a in GLOBAL_FLAGS]
    rest = [a for a in argv[:end] if a not in GLOBAL_FLAGS]
    return flags + rest + argv[end:]


def main() -> None:
    """Console-script entry point."""
    load_commands()(args=global_flags_first(sys.argv[1:]), prog_name="veille")


if __name__ == "__main__":
    main()
