"""The REST API (FastAPI): create_app(settings) serves it under /api/ next to the web pages."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
