"""What every route depends on: the store and a page, taken from the app's state and the query string.

These dependencies are coroutines although they do no I/O: FastAPI runs a plain `def` dependency
in its thread pool, a hop per dependency and per request that, under load, waits for a thread
behind the requests doing database work.
"""
from __future__ import annotations

from fastapi import Query, Request

from ..queries.filters import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, Page
from ..store import SqlStore


async def store_of(request: Request) -> SqlStore:
    """The store the app was created on."""
    return app_store(request)


def app_store(request: Request) -> SqlStore:
    """The store the app was created on (for code that is not a dependency)."""
    return request.app.state.store


async def language_of(request: Request) -> str:
    """The language the app's articles are read in (the `language` setting)."""
    return request.app.state.settings.language


async def page(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"items per page (1 to {MAX_LIMIT})"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description=f"items to skip (at most {MAX_OFFSET}; "
                        "deeper event pages use `after`)"),
    after: str | None = Query(None, max_length=200, description="event lists: the `next` cursor of the previous "
                              "page (keyset pagination, as deep as you like)"),
) -> Page:
    """limit/offset (or cursor) pagination, checked: a negative limit or a huge offset is a 422."""
    return Page(limit=limit, offset=offset, after=after or None)
