"""Which state an entity belongs to when its name does not say it.

Tried in order: the role the text gives a person ("le président moldave X") or the nationality
between an organisation's designator and its name ("le constructeur japonais X"), a nationality
in apposition ("X, un Ukrainien de 35 ans", "X, correspondant chilien"), the nearest country,
nationality word or national institution in the same sentence (after the state the people table
gives a well-known person), and at last the state the
article's places point to most often.
"""
from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Doc

from ... import geo
from . import roles
from .coref import known_person_country
from .mentions import Candidate
from .reaches import EntityReaches
from .resolved import Resolved

# Kinds of organisation that belong to no single state.
INTERNATIONAL_KINDS = {"igo", "ngo", "armed_group"}
# Mentions that name the entity in running text (not a role noun or a headline in capitals).
NAMING_ORIGINS = ("ner", "institution", "stamp")


def assign_countries(doc: Doc, resolved: list[Resolved], reaches: EntityReaches = EntityReaches()) -> None:
    """Fill the country of the people, organisations and unknown places that have none yet."""
    home = dominant_country(resolved)
    marks = MarkIndex(country_marks(doc, resolved))
    for item in resolved:
        if item.country is not None or not needs_country(item):
            continue
        named = named_mentions(item, reaches.mentions_looked_at)
        found = roles.role_country(doc, item, reaches.role_window) if item.type == "PER" else roles.designator_country(doc, item)
        found = found or apposition_country(doc, named) or (known_country(item) if item.type == "PER" else None)
        item.country = found or nearest_country(doc, item, named, marks) or home


def known_country(item: Resolved) -> str | None:
    """The state the people table gives one of the person's names: surer than a country nearby."""
    return next(filter(None, (known_person_country(c.surface) for c in item.members)), None)


def needs_country(item: Resolved) -> bool:
    """People, national organisations and places the gazetteer did not know."""
    if item.type == "PER":
        return True
    if item.type == "ORG":
        return item.kind not in INTERNATIONAL_KINDS
    return item.type == "LOC" and item.kind is None


def dominant_country(resolved: list[Resolved]) -> str | None:
    """The state the article is mostly about: the one its places point to most often."""
    counts: Counter[str] = Counter()
    for item in resolved:
        if item.type == "LOC" and item.country:
            counts[item.country] += len(item.members)
    return counts.most_common(1)[0][0] if counts else None


def country_marks(doc: Doc, resolved: list[Resolved]) -> list[tuple[int, str]]:
    """(token, state) for every mention of a located place or national body, and every nationality word."""
    marks = [(c.first, item.country) for item in resolved if item.country and item.type != "PER" for c in item.members]
    for token in doc:
        if token.is_alpha and len(token.text) > 3 and token.ent_iob_ == "O":
            country = geo.demonym_country(token.text)
            if country:
                marks.append((token.i, country))
    return marks


class MarkIndex:
    """Country marks by token position, so that a sentence's marks are found by bisection."""

    def __init__(self, marks: list[tuple[int, str]]) -> None:
        self.by_position = sorted(range(len(marks)), key=lambda k: marks[k][0])
        self.positions = [marks[k][0] for k in self.by_position]
        self.marks = marks

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The marks on tokens [start, end), in the order they were listed (ties keep their order)."""
        lo, hi = bisect.bisect_left(self.positions, start), bisect.bisect_left(self.positions, end)
        return [self.marks[k] for k in sorted(self.by_position[lo:hi])]


def nearest_country(doc: Doc, item: Resolved, named: list[Candidate], marks: MarkIndex) -> str | None:
    """The state named closest to one of the entity's first mentions, in the same sentence."""
    own = {c.first for c in item.members}
    best: tuple[int, str] | None = None
    for cand in named:
        sent = doc[cand.first].sent
        for position, country in marks.between(sent.start, sent.end):
            if position not in own:
                distance = min(abs(position - cand.first), abs(position - cand.last))
                if best is None or distance < best[0]:
                    best = (distance, country)
    return best[1] if best else None


def apposition_country(doc: Doc, named: list[Candidate]) -> str | None:
    """"X, un Ukrainien de 35 ans,", "X, correspondant chilien": a nationality in the apposition after the name."""
    for cand in named:
        if cand.last >= len(doc) or doc[cand.last].text != ",":
            continue
        for k in range(cand.last + 1, min(len(doc), cand.last + 6)):
            if doc[k].pos_ in ("VERB", "AUX") or (doc[k].is_punct and doc[k].text != "'"):
                break
            country = geo.demonym_country(doc[k].text) if doc[k].is_alpha else None
            if country:
                return country
    return None


def named_mentions(item: Resolved, looked_at: int) -> list[Candidate]:
    """The entity's first mentions that name it (found by the NER or read as an institution), not nominal or headline ones."""
    return [c for c in item.members if c.origin in NAMING_ORIGINS][:looked_at]
