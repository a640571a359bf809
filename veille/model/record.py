"""The output contract (../shared/eval/README.md): a Record and its parts.

A Record is assembled from a Doc in exactly one place (veille.records) and is
what the store, exporters and API read. `to_dict` gives the contract JSON;
`from_dict` reads it back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import Any


class EntityType(str, Enum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class Status(str, Enum):
    """How the text presents an event."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class EventType(str, Enum):
    """The sixteen PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity: its surface text and character offsets in Record.text.

    A mention in the headline (Record.title) has start = end = -1; so do times and quotes there.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A real-world entity with all its mentions."""

    id: str
    name: str
    type: str
    country: str | None
    mentions: tuple[Mention, ...]
    kind: str | None = None  # finer class where known: country, city, person, party, igo...


@dataclass(frozen=True)
class TimeExpr:
    """A time expression and its TIMEX3 value resolved against the publication date."""

    text: str
    type: str  # DATE / TIME / DURATION / SET
    value: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """A geocoded place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None  # country / city / region
    entity_id: str | None = None


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker."""

    text: str
    speaker: str | None
    direct: bool
    start: int
    end: int
    speaker_id: str | None = None


@dataclass(frozen=True)
class Actor:
    """An event participant: the state or bloc it acts for (code) and its sector."""

    name: str
    code: str | None
    sector: str | None = None
    entity_id: str | None = None


@dataclass(frozen=True)
class Event:
    """A PLOVER-coded event with its actors, place, date, status and evidence."""

    type: str
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    status: str
    place: str | None = None
    date: str | None = None
    mode: str | None = None
    cameo: str | None = None
    background: bool = False
    sentence: str = ""
    trigger: str = ""
    confidence: float = 0.5


@dataclass(frozen=True)
class Record:
    """Everything veille read in one article."""

    id: str
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    dateline: str | None
    language: str
    text: str
    url: str | None = None
    source: str | None = None
    entities: tuple[Entity, ...] = field(default=())
    times: tuple[TimeExpr, ...] = field(default=())
    places: tuple[Place, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    events: tuple[Event, ...] = field(default=())
    meta: dict[str, Any] = field(default_factory=dict)  # other fields the source gave (a dump's own keys)

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON: mentions as surface strings, compound actors as lists."""
        data = asdict(self)
        data["entities"] = [_entity_dict(e) for e in self.entities]
        data["events"] = [event_to_dict(e) for e in self.events]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        """Read back what to_dict wrote."""
        scalar: dict[str, Any] = {f.name: data.get(f.name) for f in fields(cls) if f.name not in _PARTS}
        scalar["meta"] = data.get("meta") or {}
        return cls(
            **scalar,
            entities=tuple(_entity_from(e) for e in data.get("entities", [])),
            times=tuple(TimeExpr(**t) for t in data.get("times", [])),
            places=tuple(Place(**p) for p in data.get("places", [])),
            quotes=tuple(Quote(**q) for q in data.get("quotes", [])),
            events=tuple(_event_from(e) for e in data.get("events", [])),
        )


_PARTS = {"entities", "times", "places", "quotes", "events"}
# The article's own fields, in the contract's order: the one list the store's rows and the API's
# schemas take theirs from (what was read in the article, and the source's other keys, aside).
ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record) if f.name not in _PARTS and f.name != "meta")


def _entity_dict(entity: Entity) -> dict[str, Any]:
    data = asdict(entity)
    data["mentions"] = [m.text for m in entity.mentions]
    data["spans"] = [[m.start, m.end] for m in entity.mentions]
    return data


def _entity_from(data: dict[str, Any]) -> Entity:
    spans = data.get("spans") or [[0, 0]] * len(data.get("mentions", []))
    mentions = tuple(Mention(t, s, e) for t, (s, e) in zip(data.get("mentions", []), spans))
    rest = {k: v for k, v in data.items() if k not in ("mentions", "spans")}
    return Entity(**rest, mentions=mentions)


def _actors_out(actors: tuple[Actor, ...]) -> dict[str, Any] | list[dict[str, Any]] | None:
    if not actors:
        return None
    if len(actors) == 1:
        return asdict(actors[0])
    return [asdict(a) for a in actors]


def _actors_in(value: Any) -> tuple[Actor, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(Actor(**a) for a in items)


def event_to_dict(event: Event) -> dict[str, Any]:
    """One event in the contract's shape: actors as an object, a list (compound) or None."""
    data = asdict(event)
    data["source"] = _actors_out(event.source)
    data["target"] = _actors_out(event.target)
    return data


def _event_from(data: dict[str, Any]) -> Event:
    rest = {k: v for k, v in data.items() if k not in ("source", "target")}
    return Event(**rest, source=_actors_in(data.get("source")), target=_actors_in(data.get("target")))
