"""Doc -> Record: the single place where the output contract is assembled."""
from __future__ import annotations

from spacy.tokens import Doc

from .model.record import Record


def build_record(doc: Doc) -> Record:
    """Everything the stages stored on the Doc, as one Record."""
    article = doc._.article
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
        entities=tuple(doc._.entities or ()),
        times=tuple(doc._.times or ()),
        places=tuple(doc._.places or ()),
        quotes=tuple(doc._.quotes or ()),
        events=tuple(doc._.events or ()),
    )
