"""veille.nlp.events.reaches: the distances and counts the events stage weighs, set in its spaCy factory config."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventReaches:
    """The events stage's thresholds (each field is a key of the "veille_events" config)."""

    # How many tokens back the author of an act referred to ("cette demande") is looked for.
    anaphor_reach: int = 80
    # How far back (characters) the entity a description stands for ("l'organisation") is looked for.
    description_reach: int = 1500
    # How far back (characters) a place named earlier still says where a sentence takes place.
    context_reach: int = 600
    # How far back (characters) a sentence naming no place looks for its paragraph's place.
    paragraph_reach: int = 600
    # Dated this many days before publication, an event is background rather than news.
    background_days: int = 31
    # How many sentences back, within its paragraph, a day named earlier still dates an event.
    narrative_sentences: int = 2
    # Governors are searched this far up; beyond, the link to the event is too loose.
    max_governors: int = 3
    # How many tokens may stand between a verb and the rest of its expression ("a placé mardi le suspect en garde à vue").
    expression_reach: int = 6
    # How far after a verb a wanted object noun the parser left unattached is still taken as its object.
    detached_object_window: int = 6
