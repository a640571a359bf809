"""`veille serve`: explore the stored news in a browser, and as a REST API under /api/."""
from __future__ import annotations

import typer

from ..errors import ConfigError
from ..settings import Settings
from . import app, console, reports_errors, state
from .options import DbOption


@app.command()
@reports_errors
def serve(
    db: DbOption = None,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 for every one)."),
    port: int = typer.Option(8000, "--port", help="TCP port to listen on."),
) -> None:
    """Serve the explorer (search, articles, actors, dyads, map, events) and the API over the database.

    Pages are at http://HOST:PORT/, the API under /api/, its OpenAPI description at /docs and
    /openapi.json. Stop with Ctrl-C.
    """
    if not 0 < port < 65536:
        raise ConfigError("V501", name="--port", reason=f"{port} is not a TCP port (1 to 65535)")
    from ..api.app import serve as run  # FastAPI and uvicorn load only for this command

    settings = Settings.load(db=db)
    console.print(f"veille: serving {settings.db} on http://{host}:{port}/ (API docs at /docs; Ctrl-C to stop)")
    run(settings, host=host, port=port, log_level="debug" if state["debug"] else "info")
