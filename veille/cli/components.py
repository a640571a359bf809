"""`veille components`: the pipeline's stages in order, with what each requires and assigns."""
from __future__ import annotations

import json

import typer
from rich.table import Table

from ..settings import Settings
from . import app, console, reports_errors
from .options import with_settings


@app.command()
@reports_errors
@with_settings("model", "language")
def components(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    *, settings: Settings,
) -> None:
    """List the pipeline's components in order, with what each requires and assigns."""
    from ..nlp.pipeline import describe_pipeline  # loads spaCy: only when asked
    from ..run import pipeline

    rows = describe_pipeline(pipeline(settings))
    if as_json:
        console.print_json(json.dumps(rows))
        return
    table = Table("component", "requires", "assigns")
    for row in rows:
        table.add_row(str(row["name"]), _listed(row["requires"]), _listed(row["assigns"]))
    console.print(table)


def _listed(names: object) -> str:
    """The attribute names a component requires or assigns, as one cell."""
    return ", ".join(map(str, names)) if isinstance(names, list) else ""
