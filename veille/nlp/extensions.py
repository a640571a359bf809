"""Every custom attribute veille sets on a Doc, declared once.

doc._.article   the Article the Doc was made from (title + blank line + body)
doc._.body_start  offset of the body in doc.text (after the title)
doc._.entities  list[Entity]          (veille.entities)
doc._.times     list[TimeExpr]        (veille.times)
doc._.places    list[Place]           (veille.places)
doc._.quotes    list[Quote]           (veille.quotes)
doc._.events    list[Event]           (veille.events)
doc._.text      str                   doc.text read once (see doc_text)
"""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "article": None,
    "body_start": 0,
    "entities": None,
    "times": None,
    "places": None,
    "quotes": None,
    "events": None,
    "text": None,
}


def register_extensions() -> None:
    """Declare the Doc extensions; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy rebuilds it from every token on each access, so a
    stage reading it per mention would cost the document's length each time."""
    text = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """doc[start:end].text (end > start) cut from the text read once: a lookup trying a few token
    spans at every position would otherwise build a Span and join its tokens each time."""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]
