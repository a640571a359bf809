"""veille.nlp.entities.reaches: how far the entities stage looks, set in its spaCy factory config."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityReaches:
    """The entities stage's thresholds (each field is a key of the "veille_entities" config)."""

    # tokens from a name within which its role or nationality is looked for
    role_window: int = 8
    # how many of an entity's naming mentions are looked around for its state
    mentions_looked_at: int = 3
    # a city this large read by the NER as an organisation is the place standing for its rulers ("Istanbul")
    government_city_population: int = 1_000_000
    # a town this large named in an institution's complement is taken without the NER: smaller
    # ones share names with common words ("Mer", "Forêt" are small towns too)
    known_town_population: int = 15_000
