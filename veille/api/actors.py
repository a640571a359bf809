"""Actors across articles: the same real-world actor read in many articles is one actor.

An actor's key is
- a state or bloc: its code (`RUS`, `NATO`), from a country entity or an event actor's code;
- a person or organisation: its type and normalised name (`PER:ion-vrabie`), so that
  "Ion Vrabie" in two articles is one actor.
Cities and other places are not actors. An event's sides hold every key its actors stand for:
Ion Vrabie acting for Moldova puts both `PER:ion-vrabie` and `MDA` on his side, so
the MDA-ROU dyad counts what Moldova's agents did, as event coders expect.

The index is built from the store's tables in one pass and cached until the database changes
(`fingerprint`): the explorer reads far more often than it ingests.
"""
from __future__ import annotations

import gettext
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from sqlalchemy import func, select

from ..search import fold
from ..store import SqlStore
from ..store import schema

CODE = re.compile(r"^[A-Z]{2,6}$")
PERSON_OR_ORG = ("PER", "ORG")
STATE_KINDS = ("country", "state")
EventKey = tuple[str, int]  # (article_id, event position)


@dataclass
class ActorInfo:
    """What the A-to-Z index shows about one actor."""

    key: str
    name: str
    kind: str  # state (a code), PER or ORG
    country: str | None
    mentions: int = 0
    articles: int = 0
    events: int = 0
    names: Counter[str] = field(default_factory=Counter)  # what its entities are called
    actor_names: Counter[str] = field(default_factory=Counter)  # what event actors with its code are called


@dataclass
class ActorIndex:
    """Every actor, which entity stands for which actor, and which actors are on each event's sides."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    entity_keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (article_id, entity_id) -> key
    entity_rows: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # key -> (article_id, position)
    sides: dict[EventKey, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)

    def get(self, key: str) -> ActorInfo | None:
        """The actor under this key (codes and type prefixes are case-insensitive)."""
        return self.actors.get(normalise_key(key))

    def events_of(self, key: str) -> list[EventKey]:
        """The events with this actor on either side."""
        return [ev for ev, (src, tgt) in self.sides.items() if key in src or key in tgt]


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


def fingerprint(store: SqlStore) -> tuple[int, str | None]:
    """Changes whenever an article is added, replaced or removed."""
    table = schema.articles
    with store.engine.connect() as conn:
        count, latest = conn.execute(select(func.count(), func.max(table.c.ingested_at))).one()
    return int(count), latest


def build_index(store: SqlStore) -> ActorIndex:
    """Read entities, mention counts and event actors once and assemble the index."""
    index = ActorIndex()
    with store.engine.connect() as conn:
        _add_entities(index, conn)
        _add_event_actors(index, conn)
    for info in index.actors.values():
        info.name = _display_name(info)
    return index


def _add_entities(index: ActorIndex, conn) -> None:  # noqa: ANN001  (a SQLAlchemy Connection)
    ent, men = schema.entities, schema.mentions
    counts = (
        select(men.c.article_id, men.c.entity_position, func.count().label("n"))
        .group_by(men.c.article_id, men.c.entity_position).subquery()
    )
    rows = conn.execute(
        select(ent.c.article_id, ent.c.position, ent.c.entity_id, ent.c.name, ent.c.type, ent.c.kind,
               ent.c.country, func.coalesce(counts.c.n, 0).label("n"))
        .outerjoin(counts, (counts.c.article_id == ent.c.article_id) & (counts.c.entity_position == ent.c.position))
    ).mappings()
    states = _country_places(conn)
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        is_state = (row["article_id"], row["entity_id"]) in states
        key = entity_key(row["name"], row["type"], row["kind"], row["country"], is_state)
        if key is None:
            continue
        kind = row["type"] if row["type"] in PERSON_OR_ORG else "state"
        info = index.actors.setdefault(key, ActorInfo(key, row["name"], kind, row["country"]))
        info.mentions += row["n"]
        info.names[row["name"]] += max(row["n"], 1)
        info.country = info.country or row["country"]
        seen[key].add(row["article_id"])
        if row["entity_id"]:
            index.entity_keys[(row["article_id"], row["entity_id"])] = key
        index.entity_rows.setdefault(key, []).append((row["article_id"], row["position"]))
    for key, articles in seen.items():
        index.actors[key].articles = len(articles)


def _country_places(conn) -> set[tuple[str, str]]:  # noqa: ANN001  (a SQLAlchemy Connection)
    """(article_id, entity_id) of the entities geocoded as whole countries."""
    pl = schema.places
    query = select(pl.c.article_id, pl.c.entity_id).where(pl.c.feature == "country", pl.c.entity_id.is_not(None))
    return {(row.article_id, row.entity_id) for row in conn.execute(query)}


def _add_event_actors(index: ActorIndex, conn) -> None:  # noqa: ANN001  (a SQLAlchemy Connection)
    act, ev = schema.event_actors, schema.events
    sides: dict[EventKey, tuple[set[str], set[str]]] = {}
    for row in conn.execute(select(ev.c.article_id, ev.c.position)):
        sides[(row.article_id, row.position)] = (set(), set())
    for row in conn.execute(select(act)).mappings():
        keys = _actor_keys(index, row)
        side = sides.setdefault((row["article_id"], row["event_position"]), (set(), set()))
        side[0 if row["role"] == "source" else 1].update(keys)
        code = (row["code"] or "").upper()
        if code and code not in index.actors:
            index.actors[code] = ActorInfo(code, code, "state", code if len(code) == 3 else None)
        if code and not _is_agent(index, row):
            index.actors[code].actor_names[row["name"]] += 1
    index.sides = {ev: (frozenset(s), frozenset(t)) for ev, (s, t) in sides.items()}
    for source, target in index.sides.values():
        for key in source | target:
            if key in index.actors:
                index.actors[key].events += 1


def _actor_keys(index: ActorIndex, row) -> set[str]:  # noqa: ANN001  (a row mapping of event_actors)
    """The keys one event actor stands for: its own entity's actor and the code it acts for."""
    keys: set[str] = set()
    if row["entity_id"] and (own := index.entity_keys.get((row["article_id"], row["entity_id"]))):
        keys.add(own)
    if row["code"]:
        keys.add(row["code"].upper())
    return keys


def _is_agent(index: ActorIndex, row) -> bool:  # noqa: ANN001
    """True when the event actor is a person or organisation acting for its code's state."""
    own = index.entity_keys.get((row["article_id"], row["entity_id"] or ""))
    return bool(own and own.split(":")[0] in PERSON_OR_ORG)


def _display_name(info: ActorInfo) -> str:
    """The name the actor's entities are most often given, else its country's French name, else what
    event actors with its code are called (for blocs: NATO, UE...)."""
    if info.names:
        return info.names.most_common(1)[0][0]
    if info.kind == "state" and (name := country_name(info.key)):
        return name
    if info.actor_names:
        return info.actor_names.most_common(1)[0][0]
    return info.name


@lru_cache(maxsize=512)
def country_name(code: str) -> str | None:
    """The French short name of an ISO alpha-3 country ("Russie, Fédération de" -> "Russie")."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return None
    name = _french().gettext(country.name)
    return name.split(", ")[0]


@lru_cache(maxsize=1)
def _french() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)


class IndexCache:
    """One ActorIndex per database state, rebuilt when the fingerprint changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: tuple[tuple[int, str | None], ActorIndex] | None = None

    def get(self, store: SqlStore) -> ActorIndex:
        """The index for the database as it is now."""
        current = fingerprint(store)
        with self._lock:
            if self._built is None or self._built[0] != current:
                self._built = (current, build_index(store))
            return self._built[1]
