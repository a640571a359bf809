"""veille: French news articles in, structured event data out.

    >>> import veille
    >>> record = veille.process_file("article.txt")        # or veille.process_text(text)
    >>> [(e.type, e.status) for e in record.events]
    >>> for result in veille.process_folder("articles/"):  # Records, and Failures for what could not be read
    ...     print(result.name)

The public API is listed in __all__; everything else is internal.
"""
from __future__ import annotations

import logging

from .errors import ConfigError, ExtractionError, InputError, PipelineError, StoreError, VeilleError
from .model.article import Article, RawArticle
from .model.failure import Failure
from .model.record import Actor, Entity, Event, EventType, Mention, Place, Quote, Record, Status, TimeExpr
from .settings import Settings

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

# The NLP entry points load spaCy; import them on first use so that the store, the API and the
# exporters (`import veille.model.record`) start without it.
_LAZY = {"load_pipeline": ".nlp.pipeline", "process": ".run", "process_file": ".run", "process_many": ".run",
         "process_folder": ".entry", "process_text": ".entry"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Actor",
    "Article",
    "ConfigError",
    "Entity",
    "Event",
    "EventType",
    "ExtractionError",
    "Failure",
    "InputError",
    "Mention",
    "PipelineError",
    "Place",
    "Quote",
    "RawArticle",
    "Record",
    "Settings",
    "Status",
    "StoreError",
    "TimeExpr",
    "VeilleError",
    "load_pipeline",
    "process",
    "process_file",
    "process_folder",
    "process_many",
    "process_text",
]
