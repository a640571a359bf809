"""GET /api/events (a page) and /api/events/export (everything, as CSV or JSON)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from ...export.csv import safe_row
from ...queries.filters import EventFilter, Page
from ...queries.lists import event_dict, iter_events, list_events, next_cursor, with_actor_names
from ...serving.deps import page, store_of
from ...serving.params import event_params
from ...store import SqlStore
from ..schemas import ErrorBody, EventPage

router = APIRouter(tags=["events"], responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}})

CSV_COLUMNS = ("id", "article_id", "title", "published", "outlet", "type", "quad", "status", "source",
               "source_codes", "target", "target_codes", "place", "date", "background", "trigger", "sentence",
               "confidence")


@router.get("/events", response_model=EventPage, summary="List events")
def events(
    f: EventFilter = Depends(event_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> dict[str, Any]:
    """Events matching the filters, most recent first."""
    found, total = list_events(store, f, window)
    items = with_actor_names(store, [event_dict(e) for e in found])
    return {"items": items, "total": total, "limit": window.limit, "offset": window.offset, "next": next_cursor(found, window)}


@router.get("/events/export", summary="Export events as CSV or JSON",
            responses={200: {"content": {"text/csv": {}, "application/json": {}}}})
def export(
    format: Literal["csv", "json"] = Query("csv", description="csv (one row per event) or json (a list)"),
    f: EventFilter = Depends(event_params),
    store: SqlStore = Depends(store_of),
) -> StreamingResponse:
    """Every event matching the filters (no pagination), as a file to download."""
    rows = (event_dict(e) for e in iter_events(store, f))
    body = _csv(rows) if format == "csv" else _json(rows)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    headers = {"Content-Disposition": f'attachment; filename="veille-events.{format}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(safe_row(_flat(row)))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """Actors as names and codes joined by ' + ' (a compound actor is one cell)."""
    flat = dict(row)
    for side in ("source", "target"):
        flat[side] = " + ".join(a["name"] for a in row[side])
        flat[f"{side}_codes"] = " + ".join(a["code"] or "" for a in row[side])
    return flat


def _json(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"
