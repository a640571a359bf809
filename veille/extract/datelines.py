"""Metadata printed as text: datelines ("PARIS (AFP) -", "Lyon / Le Courrier du Rhône", "14 mars 2011, Portugal. -"),
publication lines ("Publié le 3 février 2023 à 09h41") and bylines ("Par Jeanne Martin").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lang import load
from ..textnorm import fold_line as fold
from .boilerplate import is_boilerplate
from .dates import Published, fill_placeholders, find_date, find_dates, month_numbers, weekday_names
from .zones import in_zone, stated_zone


@dataclass(frozen=True)
class Prefix:
    """What the opening words of a first paragraph say before the dash: place, date, agency."""

    place: str | None
    published: Published | None
    agency: str | None
    length: int  # characters of the paragraph the prefix takes, dash and spaces included


@dataclass(frozen=True)
class StampLine:
    """What a line of date stamps says: the publication, the last update, an outlet printed with them."""

    published: Published | None
    updated: Published | None
    outlet: str | None
    labelled: bool = True  # a cue, an author or an outlet says it is a stamp; a bare date ("07.03.2025") does not


# what stamp lines put between their parts: "Outlet | 3 mars 2025 • Mis à jour ..."
STAMP_MAX_WORDS = 30
COPYRIGHT_MAX_WORDS = 16
STAMP_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    return load(lang, "extract")


@lru_cache(maxsize=None)
def _compiled(lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    patterns = _data(lang)[key]
    if isinstance(patterns, str):
        patterns = [patterns]
    return tuple(re.compile(fill_placeholders(p, lang)) for p in patterns)


def split_prefix(paragraph: str, lang: str) -> Prefix | None:
    """The dateline or date that opens a paragraph, when it does; None for ordinary text."""
    for pattern in _compiled(lang, "dateline_prefixes"):
        match = pattern.match(paragraph)
        if not match or match.end() >= len(paragraph):
            continue
        groups = match.groupdict()
        if groups.get("bare") is not None:
            place = groups["bare"]
            if not _plausible_bare_place(place, lang):
                continue
        elif groups.get("titled") is not None:
            place = groups["titled"]
            if not _plausible_titled_place(place, lang):
                continue
        else:
            place = groups.get("place")
        published = find_date(groups["date"], lang) if groups.get("date") else None
        return Prefix(
            place=normalise_place(place, lang) if place else None,
            published=published.published if published else None,
            agency=groups.get("agency"),
            length=match.end(),
        )
    return None


def slash_dateline(line: str, lang: str) -> tuple[str, str] | None:
    """`Lyon / Le Courrier du Rhône` as (place, outlet): the place of writing and the publication."""
    for pattern in _compiled(lang, "slash_dateline"):
        match = pattern.match(line.strip())
        if match and len(match.group("place").split()) <= 4:
            return normalise_place(match.group("place"), lang), match.group("outlet").strip()
    return None


def dateline_line(line: str, lang: str) -> str | None:
    """The place of a line such as `De notre envoyé spécial à Dakar`."""
    for pattern in _compiled(lang, "dateline_lines"):
        match = pattern.match(line.strip())
        if match:
            return normalise_place(match.group("place"), lang)
    return None


def byline_outlet(line: str, lang: str) -> str | None:
    """The outlet a byline says the author writes for: `Par Aya Kouassi, pour L'Écho de Bouaké`."""
    if not is_byline(line, lang):
        return None
    match = _compiled(lang, "byline_outlet")[0].search(line.strip())
    name = match.group("outlet").strip() if match else None
    return name if name and is_outlet_name(name, lang) else None


def place_date_line(line: str, lang: str) -> tuple[str, Published] | None:
    """The place and day heading a press release or a letter: `Lyon, le 12 mai 2025`."""
    match = _compiled(lang, "place_date_line")[0].match(line.strip())
    if not match or is_kicker(match.group("place"), lang):
        return None
    found = find_date(match.group("date"), lang)
    return (normalise_place(match.group("place"), lang), found.published) if found else None


def place_area_line(line: str, lang: str) -> str | None:
    """The commune a regional daily prints under its headline with its department: `Ardentes (Indre)`.

    A name followed by a party or an agency in brackets looks the same ("Jean Roux (LR)"): the
    bracket must hold a department number or a place the gazetteer knows."""
    match = _compiled(lang, "place_area_line")[0].match(line.strip())
    if not match or fold(match.group("place").split()[0]) in _first_names(lang):
        return None  # "Marie Dubois (Paris)": an author and where she writes from
    area = match.group("area")
    agencies = {fold(a) for a in _data(lang)["agencies"]}
    if not area.isdigit():
        from ..geo import lookup  # the gazetteer is built on first use, only for such lines

        if fold(area) in agencies or lookup(area) is None:
            return None
    return normalise_place(match.group("place"), lang)


@lru_cache(maxsize=None)
def _first_names(lang: str) -> frozenset[str]:
    names = load(lang, "first_names")
    return frozenset(fold(n) for key, values in names.items() if not key.startswith("_") for n in values)


def publication_line(line: str, lang: str) -> tuple[Published, bool] | None:
    """A line that is a date stamp: its date, and whether it is the publication (not an update)."""
    stamp = read_stamp_line(line, lang)
    if stamp is not None and stamp.published:
        return stamp.published, True
    if stamp is not None and stamp.updated:
        return stamp.updated, False
    return None


def read_stamp_line(line: str, lang: str) -> StampLine | None:
    """A line made of date stamps and their labels, read part by part; None for a line of text.

    "L'Écho | 03.02.2025 à 09h10 • Mis à jour le 03.02.2025 à 11h02", "Mis à jour le ... - Publié
    le ...", "Par Jeanne Martin • 3 février 2025": each date is the publication or the update
    according to the cue just before it; the other parts may only be an author, an outlet's name
    or a few words ("Lecture : 3 min"). A sentence mentioning a date is not a stamp line.
    """
    if len(line.split()) > STAMP_MAX_WORDS:
        return None
    line, zone = _without_zone_statement(line, lang)
    stamp = _read_stamp_parts(line, lang)
    if stamp is None or zone is None:
        return stamp
    return replace(stamp, published=stamp.published and in_zone(stamp.published, zone),
                   updated=stamp.updated and in_zone(stamp.updated, zone))


def _without_zone_statement(line: str, lang: str) -> tuple[str, str | None]:
    """The line without the zone it states in words ("(heure de Paris)"), and that zone."""
    match = _compiled(lang, "zone_statement")[0].search(line)
    if match is None:
        return line, None
    zone = stated_zone(match.group("where"), lang)
    return (line[: match.start()] + " " + line[match.end() :]).strip(), zone


def _read_stamp_parts(line: str, lang: str) -> StampLine | None:
    published = updated = outlet = None
    start = 0
    labelled = False
    for found in find_dates(line, lang):
        parts = [p.strip() for p in STAMP_SEPARATORS.split(line[start : found.start])]
        start = found.end
        kind = _cue_kind(parts[-1], lang)
        labels = _labels(parts[:-1], lang)
        if kind is None or labels is None:
            return None
        # a cue, an outlet or an author before the date says the line is a stamp
        labelled = labelled or bool(fold(parts[-1]) or labels) or any(fold(p) and is_byline(p, lang) for p in parts[:-1])
        outlet = outlet or next(iter(labels), None)
        if kind == "updated":
            updated = updated or found.published
        else:
            published = published or found.published
    if start == 0:
        return None
    tail = _labels([p.strip() for p in STAMP_SEPARATORS.split(line[start:])], lang, tail=True)
    if tail is None:
        return None
    return StampLine(published, updated, outlet or next(iter(tail), None), labelled or bool(tail))


def _cue_kind(cue: str, lang: str) -> str | None:
    """What the words just before a date make of it: "published", "updated", or None (not a stamp)."""
    folded = fold(cue)
    if folded == "" or folded in {fold(w) for w in _data(lang)["date_lead_ins"]}:
        return "published"
    if _starts_with_cue(folded, "updated_cues", lang):
        return "updated"
    if _starts_with_cue(folded, "published_cues", lang) or is_byline(cue.rstrip(" ,:"), lang):
        return "published"
    return None


def _labels(parts: list[str], lang: str, tail: bool = False) -> list[str] | None:
    """The outlet names among the other parts of a stamp line; None when a part is text."""
    names: list[str] = []
    for part in (p for p in parts if fold(p)):
        if is_byline(part, lang) or is_boilerplate(part, lang):
            continue
        if tail and (_starts_with_cue(fold(part), "updated_cues", lang) or len(part.split()) <= 3 and not part[:1].isupper()):
            continue  # ", mis à jour à 16h20", "(heure de Paris)"
        if is_outlet_name(part, lang):
            names.append(part)
        else:
            return None
    return names


def is_outlet_name(text: str, lang: str) -> bool:
    """A publication's name as a label: a few words, capitalised, no sentence punctuation, not a rubric."""
    words = text.split()
    return (
        1 <= len(words) <= _data(lang)["outlet_max_words"] and text[:1].isupper()
        and not re.search(r"[.!?;]$|:", text) and not is_kicker(text, lang)
    )


def outlet_with_slogan(line: str, lang: str) -> str | None:
    """The name in a masthead line, `Le Phare — L'actualité du Finistère`: a name, then a short slogan about news."""
    parts = STAMP_SEPARATORS.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or not is_outlet_name(parts[0], lang):
        return None
    slogan = re.findall(r"\w+", fold(parts[1]))
    opening = slogan[:3]
    words = {fold(w) for w in _data(lang)["slogan_words"]}
    if len(slogan) <= _data(lang)["slogan_max_words"] and any(w in words for w in opening):
        return parts[0].strip()
    return None


def copyright_outlet(line: str, lang: str) -> str | None:
    """The publication a copyright notice names: `© Le Courrier 2025. Tous droits réservés.` -> `Le Courrier`.

    Only a notice with a year or a rights formula counts, and never one naming an agency: `© AFP`
    under a photo credits the picture, not the page.
    """
    text = " ".join(line.split())
    match = re.match(_data(lang)["copyright_line"], text, re.IGNORECASE)
    if not match or len(text.split()) > COPYRIGHT_MAX_WORDS:
        return None
    name = match.group("outlet").strip(" ,-–")
    rights = fold(match.group("rights") or "")
    dated = re.search(r"\b\d{4}\b", text) is not None
    formal = any(fold(cue) in rights for cue in _data(lang)["rights_cues"])
    agencies = {fold(a) for a in _data(lang)["agencies"]}
    if not (dated or formal) or fold(name) in agencies or not is_outlet_name(name, lang):
        return None
    return name


def is_byline(line: str, lang: str) -> bool:
    """`Par Jeanne Martin`, `Propos recueillis par ...`: the author, not article text."""
    text = line.strip()
    return len(text.split()) <= 12 and re.fullmatch(_data(lang)["author_line"], text, re.IGNORECASE) is not None and (
        not text.endswith(".") or len(text.split()) <= 6
    )


def normalise_place(place: str, lang: str) -> str:
    """A dateline place as it is written in running text: `SAINT-ÉTIENNE` -> `Saint-Étienne`."""
    place = " ".join(place.strip(" .,;:-–—").split())
    if not place.isupper() or len(place) <= 3:
        return place
    particles = set(_data(lang)["place_particles"])
    words = re.split(r"([ \-'’])", place.lower())
    out = []
    for i, word in enumerate(words):
        out.append(word if (i > 0 and word in particles) else word[:1].upper() + word[1:])
    return "".join(out)


def _plausible_bare_place(text: str, lang: str) -> bool:
    """An upper-case opener without agency or date is a place only if it is short and not a kicker."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not text.isupper():
        return False
    agencies = {fold(a) for a in _data(lang)["agencies"]}
    return not is_kicker(text, lang) and fold(text) not in agencies


def _plausible_titled_place(text: str, lang: str) -> bool:
    """A capitalised opener before a long dash ("Ottawa — ") is a dateline only if the gazetteer knows the place.

    In ordinary case a person's name looks the same ("Justin Trudeau — "); rubrics, agencies and
    day or month names are refused before the lookup.
    """
    data = _data(lang)
    calendar = {fold(w) for w in weekday_names(lang)} | {fold(m) for m in month_numbers(lang)}
    agencies = {fold(a) for a in data["agencies"]}
    if is_kicker(text, lang) or fold(text) in agencies or fold(text.split()[0]) in calendar:
        return False
    from ..geo import lookup  # the gazetteer is built on first use, only for such openers

    return lookup(text) is not None


def is_kicker(text: str, lang: str) -> bool:
    """A rubric or label printed above or before a headline: `VIDÉO`, `Exclusif`, `International`."""
    return fold(text) in _kickers(lang)


@lru_cache(maxsize=None)
def _kickers(lang: str) -> frozenset[str]:
    return frozenset(fold(k) for k in _data(lang)["kickers"])


def _starts_with_cue(folded: str, key: str, lang: str) -> bool:
    return any(folded == fold(c) or folded.startswith(fold(c) + " ") for c in _data(lang)[key])
