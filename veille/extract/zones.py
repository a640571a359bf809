"""The time zone of the outlet's home, for a publication time that the page prints without its offset.

A page prints the local time of the outlet. Where the outlet is, the page itself says: the
country code of its address (`.ca`, `.sn`), a place in its name ("La Gazette de Charleroi",
"Sénégal Matin") or in its copyright notice ("© Le Nouvelliste, Trois-Rivières (Québec)"), its
contact details (an e-mail or web address of its own, a newsroom telephone number with its
international prefix). The dateline is not such evidence: it says where the story was written,
often by a correspondent abroad; nor is a currency, which says what the story is about. A
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
from ..textnorm import fold_line as fold
from .dates import Published

# a town this small sharing its name with an ordinary word ("Nouvelle", "Lorrain") is not evidence
MIN_CITY_POPULATION = 20000
# what a telephone home looks like among the homes: "tel:" and the digits after "+"
PHONE_HOME = "tel:"
# a contact line is short: "Rédaction : +216 73 225 410"
CONTACT_MAX_WORDS = 12
# an outlet's name this short ("Le 7") is no evidence about a host name
MIN_OUTLET_KEY = 4
# a host name with a two-letter country code, in a web or e-mail address ("www.journal.sn", "info@x.ch")
_HOST = re.compile(r"(?<![\w.-])(?:https?://)?(?:[\w-]+@)?((?:[a-z0-9-]+\.)+[a-z]{2})(?![\w.-]*[a-z0-9])", re.IGNORECASE)
# an international telephone prefix and the first digits after it ("+216 73 225 410")
_PHONE_PREFIX = re.compile(r"(?<![\w+])\+(\d{1,3})[\s.\u00a0]*\(?\d")
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
    addresses (`https://...`) by their country code, telephone prefixes (`tel:+216`) by their
    state, texts by the places they name."""
    for home in homes:
        if home.startswith(PHONE_HOME):
            zone = zone_of_calling_code(home[len(PHONE_HOME):], lang)
        else:
            zone = zone_of_address(home, lang) if "//" in home else zone_of_text(home, lang)
        if zone:
            return zone
    return None


def contact_homes(lines: list[str], outlet: str | None, lang: str) -> list[str]:
    """The outlet's home as its contact details give it: a web or e-mail address on a contact line
    ("Contact : redaction@leveilleur.sn") or named like the outlet ("www.eclaireur-info.bf" of
    "L'Éclaireur"), as `https://host`; a telephone prefix on a contact line, as `tel:+216`.
    An address or number a story quotes ("sur le site www.officedubac.sn") is no such detail."""
    own = _outlet_key(outlet, lang)
    homes: list[str] = []
    for line in lines:
        contact = _is_contact_line(line, lang)
        for host in _HOST.findall(line):
            if contact or (own and own in re.sub(r"[^a-z]", "", host.lower().rsplit(".", 1)[0])):
                homes.append("https://" + host.lower())
        if contact:
            homes += [PHONE_HOME + code for code in _PHONE_PREFIX.findall(line)]
    return homes


def zone_of_calling_code(digits: str, lang: str) -> str | None:
    """The zone of the state an international telephone prefix opens ("216 73 ..." -> Africa/Tunis)."""
    codes: dict[str, str] = load(lang, "extract")["calling_codes"]
    code = next((digits[:n] for n in (3, 2, 1) if digits[:n] in codes), None)
    if code is None:
        return None
    from ..geo import country  # the gazetteer is built on first use

    state = country(codes[code])
    return state.timezone if state is not None else None


def _is_contact_line(line: str, lang: str) -> bool:
    """A short line opening on a contact word ("Contact :", "Tél. rédaction :", "Écrire à la rédaction :")."""
    words = line.split()
    if not words or len(words) > CONTACT_MAX_WORDS:
        return False
    folded = line.lower().lstrip()
    return any(re.match(re.escape(cue) + r"(?![\w-])", folded) for cue in load(lang, "extract")["contact_cues"])


def _outlet_key(outlet: str | None, lang: str) -> str:
    """The outlet's name as a host may spell it: letters only, its article left out ("L'Éclaireur" -> "eclaireur")."""
    if not outlet:
        return ""
    words = fold(outlet.replace("’", "'")).split()
    articles = [a for a in load(lang, "extract")["outlet_articles"]]
    if words and words[0] in articles:
        words = words[1:]
    elif words and any(a.endswith("'") and words[0].startswith(a) for a in articles):
        words[0] = words[0].split("'", 1)[1]
    key = re.sub(r"[^a-z]", "", "".join(words))
    return key if len(key) >= MIN_OUTLET_KEY else ""


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
