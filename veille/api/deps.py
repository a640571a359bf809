"""What every route depends on: the store, the actor index and a page, taken from the app's state."""
from __future__ import annotations

from fastapi import Query, Request

from ..store import SqlStore
from .actors import ActorIndex, IndexCache
from .filters import DEFAULT_LIMIT, MAX_LIMIT, Page


def store_of(request: Request) -> SqlStore:
    """The store the app was created on."""
    return request.app.state.store


def index_of(request: Request) -> ActorIndex:
    """The actor index for the database as it is now."""
    cache: IndexCache = request.app.state.actor_index
    return cache.get(request.app.state.store)


def page(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"items per page (1 to {MAX_LIMIT})"),
    offset: int = Query(0, ge=0, description="items to skip"),
) -> Page:
    """limit/offset pagination, checked (a negative limit is a 422)."""
    return Page(limit=limit, offset=offset)
