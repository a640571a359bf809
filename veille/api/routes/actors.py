"""GET /api/actors (A to Z) and /api/actors/{key} (one actor across articles)."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ...queries.aggregates import actor_detail, list_actors, resolve_actor
from ...queries.filters import Page
from ...serving.deps import language_of, page, store_of
from ...store import SqlStore
from ..schemas import ActorDetail, ActorPage, ErrorBody

router = APIRouter(tags=["actors"], responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}})


@router.get("/actors", response_model=ActorPage, summary="Actors A to Z")
def actors(
    q: str | None = Query(None, description="part of the actor's name or key"),
    kind: Literal["state", "PER", "ORG"] | None = Query(None, description="state (codes), PER or ORG"),
    letter: str | None = Query(None, max_length=1, description="names starting with this letter (accents ignored)"),
    window: Page = Depends(page), store: SqlStore = Depends(store_of),
) -> dict[str, Any]:
    """People, organisations and states, one per real-world actor, sorted by name."""
    items, total = list_actors(store, q=q, kind=kind, letter=letter, page=window)
    return {"items": items, "total": total, "limit": window.limit, "offset": window.offset}


@router.get("/actors/{key}", response_model=ActorDetail, summary="One actor")
def actor(
    key: str, window: Page = Depends(page),
    store: SqlStore = Depends(store_of), language: str = Depends(language_of),
) -> dict[str, Any]:
    """An actor by key (RUS, PER:ion-vrabie) or by an entity (ARTICLE_ID:ENTITY_ID): mentions over
    time, their quotes, the events where they are source or target (paginated), their main partners."""
    return actor_detail(store, resolve_actor(store, key), window, language)
