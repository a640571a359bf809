"""Actors across articles, as the explorer shows them: one row of the `actors` table per real-world actor.

How keys are made (RUS, PER:ion-vrabie) is veille.store.actors; the counts are kept by the
store on every write (veille.store.tally), so nothing is built in memory here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry
from sqlalchemy import ColumnElement, case, func, or_, select

from .. import lang as lang_data
from ..store import SqlStore, schema
from ..store.actors import CODE, PERSON_OR_ORG, STATE, country_name, entity_key, normalise_key, slug
from ..textnorm import fold_text as fold

__all__ = ["CODE", "PERSON_OR_ORG", "ActorInfo", "actor_named", "country_name", "entity_key", "find_actor",
           "normalise_key", "resolve_name", "shown_name", "slug", "suggest_actors"]
SUGGESTIONS = 6


@dataclass(frozen=True)
class ActorInfo:
    """What the A-to-Z index shows about one actor."""

    key: str
    name: str
    kind: str  # state (a code), PER or ORG
    country: str | None
    mentions: int
    articles: int
    events: int

    @classmethod
    def from_row(cls, row: Any) -> "ActorInfo":
        return cls(row.key, shown_name(row.key, row.kind, row.name), row.kind, row.country, row.mentions,
                   row.articles, row.events)


def shown_name(key: str, kind: str, stored: str | None) -> str:
    """The name an actor goes by for a reader. A code that is no country's (WST, EU) has no entity
    to take a name from, so the store names it after the phrase some article used («missiles
    occidentaux sur son territoire», «Bruxelles»): it is shown by the name readers know it by
    instead, or by the code itself. A person, organisation or country keeps its stored name."""
    if kind != STATE or country_name(key) is not None:
        return stored or key
    return code_names().get(key, key)


@lru_cache(maxsize=1)
def code_names() -> dict[str, str]:
    """Codes that are no country's, by name (in the default language, as the store names countries)."""
    return dict(lang_data.load(lang_data.DEFAULT, "actor_codes")["names"])


def shown_fold() -> ColumnElement[str]:
    """The folded name an actor is shown by (shown_name), as SQL: what A to Z sorts and filters on."""
    act = schema.actors
    return case({key: fold(name) for key, name in code_names().items()}, value=act.c.key, else_=act.c.name_fold)


def find_actor(store: SqlStore, key: str) -> ActorInfo | None:
    """The actor under this key (codes and type prefixes are case-insensitive), or None."""
    act = schema.actors
    with store.engine.connect() as conn:
        row = conn.execute(select(act).where(act.c.key == normalise_key(key))).first()
    return ActorInfo.from_row(row) if row else None


def resolve_name(store: SqlStore, text: str) -> str | None:
    """The actor key a reader means by a key, a code or a name (Russie, russie, Belarus, RUS, PER:ion-vrabie),
    or None when nothing stored or no country goes by it."""
    if not (text := text.strip()):
        return None
    if find_actor(store, text) is not None or CODE.match(text):  # a key, or a code written as codes are (NATO)
        return normalise_key(text)
    if (named := actor_named(store, text)) is not None:
        return named.key
    if (code := _country_codes().get(fold(text))) is not None:
        return code
    return None  # a word in lower or mixed case that names nothing (Narnia) is no code


def actor_named(store: SqlStore, name: str) -> ActorInfo | None:
    """The stored actor called this (accents and case folded), or whose entities were so called;
    the one with most events when several are."""
    act, names = schema.actors, schema.actor_names
    by_alias = select(names.c.key).where(func.lower(names.c.name) == name.strip().lower())
    query = (select(act).where(or_(act.c.name_fold == fold(name), act.c.key.in_(by_alias)))
             .order_by(act.c.name_fold != fold(name), act.c.events.desc(), act.c.key).limit(1))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    return ActorInfo.from_row(row) if row else None


def suggest_actors(store: SqlStore, text: str, limit: int = SUGGESTIONS) -> list[ActorInfo]:
    """Stored actors whose name or key contains what was typed (accents and case folded), most active first."""
    act = schema.actors
    wanted = fold(text.strip())
    if not wanted:
        return []
    query = (select(act).where(shown_fold().contains(wanted, autoescape=True)
                               | func.lower(act.c.key).contains(wanted, autoescape=True))
             .order_by(act.c.events.desc(), act.c.mentions.desc(), act.c.key).limit(limit))
    with store.engine.connect() as conn:
        return [ActorInfo.from_row(row) for row in conn.execute(query)]


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Folded country names, English and French (pycountry's ISO 3166 data), to alpha-3 codes."""
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        for name in [*english, country_name(country.alpha_3)]:
            if name:
                codes.setdefault(fold(name), country.alpha_3)
    return codes
