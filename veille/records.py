"""Doc -> Record: the single place where the output contract is assembled.

The stages work on the analysed text (headline, blank line, body); a Record's offsets
index `Record.text`, the body. Here they are moved once: a span in the body shifts by the
headline's length, and a span in the headline gets (-1, -1), since the headline is `title`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from .model.record import Entity, Mention, Quote, Record, TimeExpr

HEADLINE_SPAN = (-1, -1)

Spanned = TypeVar("Spanned", Mention, TimeExpr, Quote)


def build_record(doc: Doc) -> Record:
    """Everything the stages stored on the Doc, as one Record."""
    article, body_start = doc._.article, doc._.body_start
    return Record(
        id=article.id,
        name=article.name,
        title=article.title,
        published=article.published_iso,
        outlet=article.outlet,
        dateline=article.dateline,
        language=article.language,
        text=article.text,
        url=article.url,
        source=article.source,
        entities=tuple(_entity_in_body(e, body_start) for e in doc._.entities or ()),
        times=tuple(in_body(t, body_start) for t in doc._.times or ()),
        places=tuple(doc._.places or ()),
        quotes=tuple(in_body(q, body_start) for q in doc._.quotes or ()),
        events=tuple(doc._.events or ()),
        meta=dict(article.meta),
    )


def in_body(item: Spanned, body_start: int) -> Spanned:
    """The item with offsets into the body instead of the analysed text."""
    if item.start < body_start:
        start, end = HEADLINE_SPAN
    else:
        start, end = item.start - body_start, item.end - body_start
    return replace(item, start=start, end=end)


def _entity_in_body(entity: Entity, body_start: int) -> Entity:
    return replace(entity, mentions=tuple(in_body(m, body_start) for m in entity.mentions))
