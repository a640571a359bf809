"""veille.nlp.places.reaches: the sizes and ratios the places stage weighs, set in its spaCy factory config."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceReaches:
    """The places stage's thresholds (each field is a key of the "veille_places" config)."""

    # A town below this size whose state the article never names needs a place cue before it:
    # small towns share their names with people ("ajoute Kamal") far more than large cities do.
    small_city: int = 200_000
    # A city of a state the article names replaces a namesake elsewhere unless that one is this many times larger.
    hint_ratio: int = 30
    # A city this large named as an organisation is still a place: it stands for its government.
    government_city_population: int = 1_000_000
    # A city found only by reading proper nouns (no entity) must be at least this large.
    min_scanned_city_population: int = 100_000
    # Longest run of capitalised words read for place names ("Etat de New York" is four tokens).
    max_scanned_tokens: int = 6
