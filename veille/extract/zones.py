"""The time zone of the outlet's home, for a publication time that the page prints without its offset.

A page prints the local time of the outlet. Where the outlet is, the page itself says: the
country code of its address (`.ca`, `.sn`), a place in its name ("La Gazette de Charleroi",
"Sénégal Matin") or in its copyright notice ("© Le Nouvelliste, Trois-Rivières (Québec)"). A
city gives its own zone (Moncton keeps Atlantic time, Trois-Rivières Eastern time); a country
the zone of its capital. The zones are the IANA ones (zoneinfo), so that summer time is right.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from ..lang import load
from .dates import Published

# a town this small sharing its name with an ordinary word ("Nouvelle", "Lorrain") is not evidence
MIN_CITY_POPULATION = 20000
# runs of capitalised words, hyphens and apostrophes inside: "Trois-Rivières", "Côte d'Ivoire"
CAPITALISED_RUN = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:d[’']|de\s+|du\s+)?[A-ZÀ-Ý][\w’'-]*)*")


def needs_zone(published: Published) -> bool:
    """A time printed without its offset (a day alone needs none)."""
    return published.precision == "minute" and published.when.tzinfo is None


def localise(published: Published, homes: list[str], lang: str) -> Published:
    """The publication time in the zone of the outlet's home when it was printed without its offset."""
    return in_zone(published, home_zone(homes, lang) if needs_zone(published) else None)


def in_zone(published: Published, zone: str | None) -> Published:
    """A time printed without its offset read in `zone`; any other time as it is."""
    if zone is None or not needs_zone(published):
        return published
    return replace(published, when=published.when.replace(tzinfo=ZoneInfo(zone)))


def stated_zone(where: str, lang: str) -> str | None:
    """The zone a stamp names in words ("heure de Paris", "heure de l'Est"): a region's zone from
    the language data, else the zone of the place, wherever it is."""
    regions = load(lang, "extract")["zone_regions"]
    folded = where.strip().lower()
    if folded in regions:
        return regions[folded]
    return next(filter(None, (_zone_of_place(name, lang, anywhere=True) for name in _place_names(where, lang))), None)


def home_zone(homes: list[str], lang: str) -> str | None:
    """The zone of the first of the page's statements of where the outlet is that names a place:
    addresses (`https://...`) by their country code, texts by the places they name."""
    for home in homes:
        zone = zone_of_address(home, lang) if "//" in home else zone_of_text(home, lang)
        if zone:
            return zone
    return None


def zone_of_address(url: str | None, lang: str) -> str | None:
    """The zone of the country whose code ends the page's host name (`www.journal.sn` -> Africa/Dakar)."""
    host = urlparse(url.strip()).hostname if url and "//" in url else None
    if not host or "." not in host:
        return None
    suffix = host.rsplit(".", 1)[1].lower()
    if suffix in _generic_suffixes(lang) or len(suffix) != 2:
        return None
    from ..geo import country  # the gazetteer is built on first use

    state = country(suffix)
    return state.timezone if state is not None else None


def zone_of_text(text: str | None, lang: str) -> str | None:
    """The zone of the first city or country a short text names: an outlet's name, a copyright notice."""
    if not text:
        return None
    for run in CAPITALISED_RUN.findall(text):
        for name in _place_names(run, lang):
            zone = _zone_of_place(name, lang)
            if zone:
                return zone
    return None


def _place_names(run: str, lang: str) -> list[str]:
    """The run itself, then each of its words, but never the noun an article opens ("Le Petit",
    "Le Républicain", "L'Écho": the outlet's kind, which may also be some town's name)."""
    articles = set(load(lang, "extract")["outlet_articles"])
    opening = run.replace("’", "'").split()[0].lower()
    opens_on_article = opening in articles or any(a.endswith("'") and opening.startswith(a) for a in articles)
    names, after_article = ([] if opens_on_article else [run]), False
    for word in run.replace("’", "'").split():
        word = _without_elided_particle(word, lang)  # "d'Oran": the place, without its preposition
        lowered = word.lower()
        elision = next((a for a in articles if a.endswith("'") and lowered.startswith(a) and len(lowered) > len(a)), None)
        if not (after_article or elision or lowered in articles):
            names.append(word)
        after_article = lowered in articles
    return [n for n in dict.fromkeys(names) if len(n) > 2]


def _without_elided_particle(word: str, lang: str) -> str:
    """The word without an elided preposition of place names before it ("d'" of "d'Oran")."""
    head, apostrophe, rest = word.partition("'")
    particles = set(load(lang, "extract")["place_particles"]) - {a.rstrip("'") for a in load(lang, "extract")["outlet_articles"]}
    return rest if apostrophe and rest and head.lower() in particles else word


def _zone_of_place(name: str, lang: str, anywhere: bool = False) -> str | None:
    """The zone of the city or country the name means, among the states whose press writes in the
    language (elsewhere a name is more often another meaning of the word than the outlet's home),
    or `anywhere` for a place a stamp names as its zone."""
    from ..geo import lookup  # the gazetteer is built on first use

    press = _press_countries(lang) if not anywhere else None
    if press is None:
        city, state = lookup(name, feature="city"), lookup(name, feature="country")
        if city is not None and city.lat is not None:
            return city.timezone
        return state.timezone if state is not None else None
    city = lookup(name, near=press, feature="city")
    if city is not None and city.country in press and city.population >= MIN_CITY_POPULATION and city.lat is not None:
        return city.timezone
    state = lookup(name, near=press, feature="country")
    return state.timezone if state is not None and state.country in press else None

@lru_cache(maxsize=None)
def _press_countries(lang: str) -> frozenset[str]:
    return frozenset(load(lang, "extract")["press_countries"])


@lru_cache(maxsize=None)
def _generic_suffixes(lang: str) -> frozenset[str]:
    """Country codes that sites take for their sound (`.tv`, `.fm`, `.io`), not for a country."""
    return frozenset(load(lang, "extract")["generic_domain_suffixes"])
