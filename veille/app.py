"""The web application: create_app(settings) builds the API under /api/ and the pages at / on one store.

    uvicorn "veille.app:app_from_environment" --factory     # or: veille serve --db news.db [--workers N]

The store is opened once per app (or given, for tests), read-only, with a time limit on every
query; every answer comes from the database (its indexes and kept counts), nothing is built in
memory at start or after an ingest. An answer is kept until the database changes
(veille.serving.cache), and routes doing database work run in as many threads as the store
keeps connections (veille.serving.threads).
"""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from . import __version__
from .api.routes import router as api_router
from .serving.cache import AnswerCache
from .serving.errors import install_error_handlers
from .serving.guard import ServerOptions, install_guards
from .serving.threads import kept_connections, limit_threads
from .settings import Settings
from .store import SqlStore, open_store

WEB = Path(__file__).resolve().parent / "web"
# Third-party JS/CSS fetched by `make web-assets` from npm (git-ignored, served as they are).
VENDOR = WEB / "assets" / "node_modules"
# Seconds requests in progress get to finish once the server is asked to stop.
GRACE_SECONDS = 10
# Seconds a busy worker may take to answer the supervisor's health check before it is replaced:
# on a starved machine uvicorn's default (5 s) killed workers with requests in flight.
HEALTHCHECK_SECONDS = 30
# Seconds an idle connection is kept open: uvicorn's 5 s closed connections that clients were about
# to reuse after a slow answer elsewhere (RemoteProtocolError under 50 clients).
KEEP_ALIVE_SECONDS = 30
MEGABYTE = 1 << 20


def create_app(settings: Settings | None = None, store: SqlStore | None = None,
               options: ServerOptions | None = None) -> FastAPI:
    """The API and the pages over the store at settings.db, opened read-only with a time limit on
    every query (or over `store`, which the caller closes), guarded as `options` say."""
    settings = settings or Settings.load()
    options = options or ServerOptions()
    owned = store is None
    store = store or open_store(settings.db, read_only=True, timeout=options.query_timeout)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        limit_threads(kept_connections(store))
        yield
        if owned:  # a store given by the caller is the caller's to close
            store.close()

    app = FastAPI(
        title="veille", version=__version__, lifespan=lifespan,
        description="French news read into events: search articles, follow actors and dyads, map places. "
        "Every list takes limit and offset; every error is {ok: false, error, errors, status}.",
        docs_url=None, openapi_url="/openapi.json", redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    from .web.views import render_error
    from .web.views import router as web_router

    install_error_handlers(app, render_page=render_error)
    app.add_middleware(AnswerCache, store=store, capacity=int(options.cache_mb * MEGABYTE))  # inside the guards
    install_guards(app, options)
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.mount("/vendor", StaticFiles(directory=VENDOR, check_dir=False), name="vendor")
    app.add_api_route("/docs", _docs, include_in_schema=False, response_class=HTMLResponse)
    return app


def _docs() -> HTMLResponse:
    """Swagger UI from the npm package the set-up installed: no CDN at run time."""
    if not (VENDOR / "swagger-ui-dist" / "swagger-ui-bundle.js").exists():
        return HTMLResponse(
            "<!doctype html><title>veille API</title><p>The interactive docs need <code>make web-assets</code>; "
            'the description itself is at <a href="/openapi.json">/openapi.json</a>.</p>'
        )
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="veille API",
        swagger_js_url="/vendor/swagger-ui-dist/swagger-ui-bundle.js",
        swagger_css_url="/vendor/swagger-ui-dist/swagger-ui.css",
        swagger_favicon_url="/vendor/swagger-ui-dist/favicon-32x32.png",
    )


def app_from_environment() -> FastAPI:
    """The app each server worker builds: settings and options from VEILLE_* variables."""
    return create_app(Settings.load(), options=ServerOptions.from_environment())


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          options: ServerOptions | None = None, log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted (what `veille serve` calls); `workers` processes
    each open the database and answer requests."""
    import uvicorn

    options = options or ServerOptions.build(host)
    os.environ.update({"VEILLE_DB": settings.db, **options.to_environment()})
    uvicorn.run("veille.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, timeout_graceful_shutdown=GRACE_SECONDS,
                timeout_worker_healthcheck=HEALTHCHECK_SECONDS, timeout_keep_alive=KEEP_ALIVE_SECONDS,
                server_header=False)
