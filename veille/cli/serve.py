"""`veille serve`: explore the stored news in a browser, and as a REST API under /api/."""
from __future__ import annotations

import typer

from ..errors import ConfigError
from ..settings import Settings
from . import app, console, reports_errors, state
from .options import DbOption, open_db


@app.command()
@reports_errors
def serve(
    db: DbOption = None,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 for every one)."),
    port: int = typer.Option(8000, "--port", help="TCP port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, help="Server processes answering requests."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Also answer requests for this host name "
                                         "(repeatable); localhost and the --host address are always allowed."),
    query_timeout: float = typer.Option(5.0, "--query-timeout", help="Seconds a database query may run before it "
                                        "is stopped (the request gets a 503)."),
    cache_mb: float = typer.Option(64.0, "--cache-mb", help="Megabytes of answers each process keeps until the "
                                   "database changes (0: answer every request from the database)."),
) -> None:
    """Serve the explorer (search, articles, actors, dyads, map, events) and the API over the database.

    Pages are at http://HOST:PORT/, the API under /api/, its OpenAPI description at /docs and
    /openapi.json. The database is opened read-only; requests naming another host than the
    allowed ones are refused (a DNS-rebinding page cannot read the API). Stop with Ctrl-C.
    """
    if not 0 < port < 65536:
        raise ConfigError("V501", name="--port", reason=f"{port} is not a TCP port (1 to 65535)")
    from ..app import serve as run  # FastAPI and uvicorn load only for this command
    from ..serving.guard import ServerOptions

    settings = Settings.load(db=db)
    options = ServerOptions.build(host, tuple(allow_host), query_timeout, cache_mb)
    open_db(settings.db, read_only=True).close()  # a missing or newer database fails here, in one line
    console.print(f"veille: serving {settings.db} on http://{host}:{port}/ with {workers} worker(s) "
                  "(API docs at /docs; Ctrl-C to stop)", soft_wrap=True)
    run(settings, host=host, port=port, workers=workers, options=options,
        log_level="debug" if state["debug"] else "info")
