"""veille.places: geocodes place entities offline (first version: none)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import Place


def find_places(doc: Doc) -> list[Place]:
    return []


@Language.component("veille_places", requires=["doc._.entities"], assigns=["doc._.places"])
def places_component(doc: Doc) -> Doc:
    doc._.places = find_places(doc)
    return doc
