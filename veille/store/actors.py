"""Actor keys: the same real-world actor read in many articles is one actor.

An actor's key is
- a state or bloc: its code (`RUS`, `NATO`), from a country entity or an event actor's code;
- a person or organisation: its type and normalised name (`PER:ion-vrabie`), so that
  "Ion Vrabie" in two articles is one actor.
Cities and other places are not actors. An event's sides hold every key its actors stand for:
Ion Vrabie acting for Moldova puts both `PER:ion-vrabie` and `MDA` on his side, so the MDA-ROU
dyad counts what Moldova's agents did, as event coders expect.

Keys are computed once, when a record is written (veille.store.rows), from that record alone;
queries read them from the tables.
"""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from ..model.record import Actor, Record
from ..settings import DEFAULT_LANGUAGE
from ..textnorm import fold_text as fold

CODE = re.compile(r"^[A-Z]{2,6}$")
PERSON_OR_ORG = ("PER", "ORG")
STATE_KINDS = ("country", "state")
STATE = "state"


@lru_cache(maxsize=65_536)
def slug(name: str) -> str:
    """A name folded to ascii-ish lower case words joined by hyphens: "Emmanuel Macron" -> emmanuel-macron."""
    return re.sub(r"[^\w]+", "-", fold(name)).strip("-")


def normalise_key(key: str) -> str:
    """The canonical spelling of a key a user typed: `rus` -> RUS, `per:Émile Zola` -> PER:emile-zola."""
    key = key.strip()
    kind, sep, name = key.partition(":")
    if sep and kind.upper() in PERSON_OR_ORG:
        return f"{kind.upper()}:{slug(name)}"
    return key.upper() if CODE.match(key.upper()) else key


def entity_key(name: str, type_: str, kind: str | None, country: str | None, is_state: bool = False) -> str | None:
    """The actor an entity stands for, or None for places that are not states and MISC.

    A place is a state when its entity says so (kind) or, for entities without a kind, when it
    was geocoded as a country (`is_state`).
    """
    if type_ in PERSON_OR_ORG:
        return f"{type_}:{slug(name)}" if slug(name) else None
    if type_ == "LOC" and country and ((kind or "").lower() in STATE_KINDS or (kind is None and is_state)):
        return country.upper()
    return None


def kind_of(key: str) -> str:
    """state, PER or ORG: what a key names."""
    prefix, sep, _ = key.partition(":")
    return prefix if sep and prefix in PERSON_OR_ORG else STATE


class RecordKeys:
    """The actor keys of one record's entities, and of its event actors."""

    def __init__(self, record: Record) -> None:
        states = {p.entity_id for p in record.places if p.feature == "country" and p.entity_id is not None}
        self.of_entity: list[str | None] = [
            entity_key(e.name, e.type, e.kind, e.country, e.id in states) for e in record.entities
        ]
        self.by_id: dict[str, str] = {}
        for entity, key in zip(record.entities, self.of_entity):
            if key is not None and entity.id not in self.by_id:
                self.by_id[entity.id] = key

    def of_actor(self, actor: Actor) -> list[str]:
        """The keys one event actor stands for: its own entity's actor and the code it acts for."""
        keys = []
        if actor.entity_id and (own := self.by_id.get(actor.entity_id)):
            keys.append(own)
        if actor.code and actor.code.upper() not in keys:
            keys.append(actor.code.upper())
        return keys

    def own(self, actor: Actor) -> str | None:
        """The key an event actor links to on a page: its entity's actor, else its code."""
        if actor.entity_id and (own := self.by_id.get(actor.entity_id)):
            return own
        return actor.code.upper() if actor.code else None

    def is_agent(self, actor: Actor) -> bool:
        """True when the event actor is a person or organisation acting for its code's state."""
        own = self.by_id.get(actor.entity_id or "")
        return bool(own and kind_of(own) in PERSON_OR_ORG)

    def side(self, actors: tuple[Actor, ...]) -> list[str]:
        """Every key standing on one side of an event, each once, in order."""
        if len(actors) == 1:
            return self.of_actor(actors[0])
        return list(dict.fromkeys(key for actor in actors for key in self.of_actor(actor)))


@lru_cache(maxsize=512)
def country_name(code: str, language: str = DEFAULT_LANGUAGE) -> str | None:
    """The short name of an ISO alpha-3 country in this language ("RUS", "fr": "Russie, Fédération de"
    -> "Russie"); the store names states in the language of the articles that speak of them."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return None
    name = _translation(language).gettext(country.name)
    return name.split(", ")[0]


@lru_cache(maxsize=16)
def _translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
