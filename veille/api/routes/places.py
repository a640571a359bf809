"""GET /api/places: geocoded places with their mentions and events, filtered like the event list."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ...queries.aggregates import places_summary
from ...queries.filters import EventFilter, Page
from ...serving.deps import page, store_of
from ...serving.params import event_params
from ...store import SqlStore
from ..schemas import ErrorBody, PlacesOut

router = APIRouter(tags=["places"], responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}})


@router.get("/places", response_model=PlacesOut, summary="Places for the map")
def places(
    f: EventFilter = Depends(event_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> dict[str, Any]:
    """Every geocoded place (with coordinates) with how often it is mentioned and how many matching
    events happened there (most events first, paginated), plus totals per country over all pages;
    with event filters, only places with such events."""
    summary = places_summary(store, f)
    chosen = summary["places"]
    return {**summary, "places": chosen[window.offset:window.offset + window.limit], "total": len(chosen),
            "limit": window.limit, "offset": window.offset}
