"""GET /api/dyads/{A}-{B}: events between two actors and their counts per period and quad class."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ...queries.aggregates import dyad_timeline
from ...queries.filters import EventFilter, Page, split_dyad
from ...serving.deps import page, store_of
from ...serving.params import event_params
from ...store import SqlStore
from ..schemas import DyadOut, ErrorBody

router = APIRouter(tags=["dyads"], responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}})


@router.get("/dyads/{pair}", response_model=DyadOut, summary="A dyad's timeline")
def dyad(
    pair: str,
    period: Literal["week", "month"] = Query("month", description="length of a timeline bar"),
    f: EventFilter = Depends(event_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> dict[str, Any]:
    """Events between A and B in either direction (RUS-BLR), counted per week or month and PLOVER quad
    class (verbal/material cooperation, verbal/material conflict); other event filters apply too."""
    chosen = replace(f, dyad=split_dyad(pair, store, name="pair"), symmetric=True)
    return dyad_timeline(store, chosen, period, window)
