"""veille.events: PLOVER events with actors, place, date and status (first version: none)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import Event


def find_events(doc: Doc) -> list[Event]:
    return []


@Language.component(
    "veille_events", requires=["doc._.entities", "doc._.times", "doc._.places"], assigns=["doc._.events"]
)
def events_component(doc: Doc) -> Doc:
    doc._.events = find_events(doc)
    return doc
