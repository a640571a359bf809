"""What every route depends on: the store and a page, taken from the app's state and the query string."""
from __future__ import annotations

from fastapi import Query, Request

from ..queries.filters import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, Page
from ..store import SqlStore


def store_of(request: Request) -> SqlStore:
    """The store the app was created on."""
    return request.app.state.store


def language_of(request: Request) -> str:
    """The language the app's articles are read in (the `language` setting)."""
    return request.app.state.settings.language


def page(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"items per page (1 to {MAX_LIMIT})"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description=f"items to skip (at most {MAX_OFFSET}; "
                        "deeper event pages use `after`)"),
    after: str | None = Query(None, max_length=200, description="event lists: the `next` cursor of the previous "
                              "page (keyset pagination, as deep as you like)"),
) -> Page:
    """limit/offset (or cursor) pagination, checked: a negative limit or a huge offset is a 422."""
    return Page(limit=limit, offset=offset, after=after or None)
