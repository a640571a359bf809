"""Metadata printed as text: datelines ("PARIS (AFP) -", "Lyon / Le Courrier du Rhône", "14 mars 2011, Portugal. -"),
publication lines ("Publié le 3 février 2023 à 09h41") and bylines ("Par Jeanne Martin").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import load
from .boilerplate import fold
from .dates import Published, find_date, fill_placeholders


@dataclass(frozen=True)
class Prefix:
    """What the opening words of a first paragraph say before the dash: place, date, agency."""

    place: str | None
    published: Published | None
    agency: str | None
    length: int  # characters of the paragraph the prefix takes, dash and spaces included


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    return load(lang, "extract")


@lru_cache(maxsize=None)
def _compiled(lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    patterns = _data(lang)[key]
    if isinstance(patterns, str):
        patterns = [patterns]
    return tuple(re.compile(fill_placeholders(p, lang)) for p in patterns)


def split_prefix(paragraph: str, lang: str = "fr") -> Prefix | None:
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


def slash_dateline(line: str, lang: str = "fr") -> tuple[str, str] | None:
    """`Lyon / Le Courrier du Rhône` as (place, outlet): the place of writing and the publication."""
    for pattern in _compiled(lang, "slash_dateline"):
        match = pattern.match(line.strip())
        if match and len(match.group("place").split()) <= 4:
            return normalise_place(match.group("place"), lang), match.group("outlet").strip()
    return None


def dateline_line(line: str, lang: str = "fr") -> str | None:
    """The place of a line such as `De notre envoyé spécial à Dakar`."""
    for pattern in _compiled(lang, "dateline_lines"):
        match = pattern.match(line.strip())
        if match:
            return normalise_place(match.group("place"), lang)
    return None


def publication_line(line: str, lang: str = "fr") -> tuple[Published, bool] | None:
    """A line that is a date stamp: its date, and whether it is the publication (not an update).

    The line must be mostly the date: "Publié le 3 mai 2024 à 10h05" is one, a sentence
    mentioning a date is not.
    """
    found = find_date(line, lang)
    if found is None:
        return None
    head, tail = fold(line[: found.start]), fold(line[found.end :])
    updated = _starts_with_cue(head, "updated_cues", lang)
    if not (head == "" or updated or _starts_with_cue(head, "published_cues", lang)):
        return None
    # what follows the date may only be another stamp ("mis à jour le ...") or a few words
    if tail and not (_mentions_cue(tail, "updated_cues", lang) or len(tail.split()) <= 3):
        return None
    return found.published, not updated


def is_byline(line: str, lang: str = "fr") -> bool:
    """`Par Jeanne Martin`, `Propos recueillis par ...`: the author, not article text."""
    text = line.strip()
    return len(text.split()) <= 12 and re.fullmatch(_data(lang)["author_line"], text, re.IGNORECASE) is not None and (
        not text.endswith(".") or len(text.split()) <= 6
    )


def normalise_place(place: str, lang: str = "fr") -> str:
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


def is_kicker(text: str, lang: str = "fr") -> bool:
    """A rubric or label printed above or before a headline: `VIDÉO`, `Exclusif`, `International`."""
    return fold(text) in _kickers(lang)


@lru_cache(maxsize=None)
def _kickers(lang: str) -> frozenset[str]:
    return frozenset(fold(k) for k in _data(lang)["kickers"])


def _starts_with_cue(folded: str, key: str, lang: str) -> bool:
    return any(folded == fold(c) or folded.startswith(fold(c) + " ") for c in _data(lang)[key])


def _mentions_cue(folded: str, key: str, lang: str) -> bool:
    return any(fold(c) in folded for c in _data(lang)[key])
