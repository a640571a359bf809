"""The REST API under /api/: one module per resource, each a FastAPI router."""
from __future__ import annotations

from fastapi import APIRouter

from . import actors, articles, dyads, events, places

router = APIRouter(prefix="/api")
for module in (articles, events, actors, dyads, places):
    router.include_router(module.router)
