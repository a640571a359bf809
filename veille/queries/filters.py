"""What the explorer can ask for: filters and pages, shared by the API routes and the web pages.

Parsing what a user typed (a date, a dyad) happens here, once, raising ConfigError with the
parameter's name; the API answers that with a 400 in its error envelope, the pages with an
error page. Each error also says why as a word (`why`) with what was typed (`value`) and what
would do (`known`, `hints`), so that the pages can word it in their interface language.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..errors import ConfigError
from ..model.record import EventType, Status
from ..store import SqlStore, schema
from ..store.dates import parse_when
from .actors import find_actor, normalise_key, resolve_name, suggest_actors

When = date | datetime
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# Offsets past this are refused (422): a database skips rows one by one; event lists page with cursors.
MAX_OFFSET = 100_000
PERIODS = ("week", "month")


@dataclass(frozen=True)
class Page:
    """A window on a result list."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0
    after: str | None = None  # event lists: the cursor of the previous page's last event


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles to find: every filter set must hold."""

    q: str | None = None  # full-text search (FTS5 syntax subset, see veille.search)
    outlet: str | None = None
    since: When | None = None
    until: When | None = None
    language: str | None = None
    entity: str | None = None  # an actor key (RUS, PER:ion-vrabie) or part of an entity's name


@dataclass(frozen=True)
class EventFilter:
    """Which events to list: the filters of `veille events`, plus outlet and actor keys."""

    actor: str | None = None  # an actor key on either side
    dyad: tuple[str, str] | None = None
    symmetric: bool = True  # a dyad either way round
    type: str | None = None
    status: str | None = None
    since: When | None = None
    until: When | None = None
    outlet: str | None = None
    article_id: str | None = None
    place: str | None = None  # the event's place as read (case and accents folded)

    @property
    def picks_events(self) -> bool:
        """True when the filter picks particular events (not just an outlet)."""
        return any((self.actor, self.dyad, self.type, self.status, self.article_id, self.since, self.until,
                    self.place))


def when(value: str | None, name: str) -> When | None:
    """A date or instant parameter, or None when left empty."""
    if value is None or not value.strip():
        return None
    return parse_when(value, name)


def optional(value: str | None) -> str | None:
    """An empty form field means no filter."""
    return value.strip() if value and value.strip() else None


def event_type(value: str | None) -> str | None:
    """A PLOVER type, checked."""
    if not (value := optional(value)):
        return None
    if value.upper() not in EventType.__members__:
        known = ", ".join(EventType.__members__)
        raise ConfigError("V501", name="type", reason=f"{value!r} is not a PLOVER type ({known})", why="type",
                          value=value, known=known)
    return value.upper()


def status(value: str | None) -> str | None:
    """An event status, checked."""
    if not (value := optional(value)):
        return None
    known = [s.value for s in Status]
    if value.lower() not in known:
        raise ConfigError("V501", name="status", reason=f"{value!r} is not one of {', '.join(known)}", why="status",
                          value=value, known=", ".join(known))
    return value.lower()


def period(value: str | None) -> str:
    """The length of a timeline bar: week or month."""
    chosen = (optional(value) or "month").lower()
    if chosen not in PERIODS:
        raise ConfigError("V501", name="period", reason=f"{value!r} is not one of {', '.join(PERIODS)}", why="period",
                          value=value, known=", ".join(PERIODS))
    return chosen


def split_dyad(pair: str, store: SqlStore, name: str = "dyad") -> tuple[str, str]:
    """`RUS-BLR`, `Russie-Belarus`, `PER:ion-vrabie-BLR` as two actor keys.

    Names and keys of people hold hyphens too, so every hyphen is tried as the separator; a split
    leaving two stored actors wins, then one leaving two actors or codes. When none does, the
    error names the side that is no actor and suggests stored ones.
    """
    text = pair.strip()
    splits = [(text[:at], text[at + 1:]) for at, c in enumerate(text) if c == "-"]
    if (keys := _stored_pair(store, splits)) is not None:
        return keys
    resolved = [(left, right, resolve_name(store, left), resolve_name(store, right)) for left, right in splits]
    found = [(a, b) for _, _, a, b in resolved if a and b]
    if found:
        stored = [(a, b) for a, b in found if find_actor(store, a) and find_actor(store, b)]
        return (stored or found)[0]
    raise ConfigError("V501", name=name, **_no_dyad(text, resolved, store))


def _stored_pair(store: SqlStore, splits: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first split whose two sides are keys of stored actors (RUS-BLR as a link writes it), found
    in one query: the names of every split are tried only when none is."""
    sides = {normalise_key(side) for split in splits for side in split if side.strip()}
    if not sides:
        return None
    act = schema.actors
    with store.engine.connect() as conn:
        stored = set(conn.execute(select(act.c.key).where(act.c.key.in_(sides))).scalars())
    pairs = ((normalise_key(left), normalise_key(right)) for left, right in splits)
    return next(((a, b) for a, b in pairs if a in stored and b in stored), None)


def _no_dyad(text: str, resolved: list[tuple[str, str, str | None, str | None]], store: SqlStore) -> dict[str, str]:
    """Why a pair is no dyad, naming what is not an actor, with suggestions (the error's fields)."""
    if not resolved:
        return {"reason": f"{text!r} is not two actors joined by a hyphen, like RUS-BLR or Russie-Belarus",
                "why": "dyad_shape", "value": text}
    left, right, a, _ = next((r for r in resolved if r[2] or r[3]), resolved[0])
    missing = (right if a else left).strip()
    hints = ", ".join(f"{s.name} ({s.key})" for s in suggest_actors(store, missing))
    return {"reason": f"no actor is called {missing!r}" + (f"; did you mean {hints}?" if hints else ""),
            "why": "no_actor_hints" if hints else "no_actor", "value": missing, "hints": hints}


def event_filter(
    store: SqlStore, *, actor: str | None = None, dyad: str | None = None, type: str | None = None,
    status_: str | None = None, since: str | None = None, until: str | None = None, outlet: str | None = None,
    article: str | None = None, place: str | None = None,
) -> EventFilter:
    """An EventFilter from query-string values, each checked."""
    return EventFilter(
        actor=normalise_key(a) if (a := optional(actor)) else None,
        dyad=split_dyad(d, store) if (d := optional(dyad)) else None,
        type=event_type(type), status=status(status_),
        since=when(since, "since"), until=when(until, "until"),
        outlet=optional(outlet), article_id=optional(article), place=optional(place),
    )


def article_filter(
    *, q: str | None = None, outlet: str | None = None, since: str | None = None, until: str | None = None,
    language: str | None = None, entity: str | None = None,
) -> ArticleFilter:
    """An ArticleFilter from query-string values, each checked."""
    return ArticleFilter(
        q=optional(q), outlet=optional(outlet), since=when(since, "since"), until=when(until, "until"),
        language=(optional(language) or "").lower() or None, entity=optional(entity),
    )
