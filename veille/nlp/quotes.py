"""veille.quotes: direct quotes and their speakers (first version: none)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import Quote


def find_quotes(doc: Doc) -> list[Quote]:
    return []


@Language.component("veille_quotes", requires=["doc._.entities"], assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc
