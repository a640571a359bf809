"""veille.times: time expressions resolved against the publication date (first version: none)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import TimeExpr


def find_times(doc: Doc) -> list[TimeExpr]:
    return []


@Language.component("veille_times", assigns=["doc._.times"])
def times_component(doc: Doc) -> Doc:
    doc._.times = find_times(doc)
    return doc
