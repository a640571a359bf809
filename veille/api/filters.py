"""What the explorer can ask for: filters and pages, shared by the API routes and the web pages.

Parsing what a user typed (a date, a dyad) happens here, once, raising ConfigError with the
parameter's name; the API answers that with a 400 in its error envelope, the pages with an
error page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..errors import ConfigError
from ..model.record import EventType, Status
from ..store.dates import parse_when
from ..store import SqlStore
from .actors import CODE, find_actor, normalise_key

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
    place: str | None = None  # the event's place as read (case-insensitive)

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
        raise ConfigError("V501", name="type", reason=f"{value!r} is not a PLOVER type ({known})")
    return value.upper()


def status(value: str | None) -> str | None:
    """An event status, checked."""
    if not (value := optional(value)):
        return None
    known = [s.value for s in Status]
    if value.lower() not in known:
        raise ConfigError("V501", name="status", reason=f"{value!r} is not one of {', '.join(known)}")
    return value.lower()


def period(value: str | None) -> str:
    """The length of a timeline bar: week or month."""
    chosen = (optional(value) or "month").lower()
    if chosen not in PERIODS:
        raise ConfigError("V501", name="period", reason=f"{value!r} is not one of {', '.join(PERIODS)}")
    return chosen


def split_dyad(pair: str, store: SqlStore, name: str = "dyad") -> tuple[str, str]:
    """`RUS-BLR` or `PER:ion-vrabie-BLR` as two actor keys.

    Keys of people hold hyphens too, so every hyphen is tried as the separator and the one
    leaving two known actors (or two codes) wins.
    """
    text = pair.strip()
    candidates: list[tuple[str, str]] = []
    for at in [i for i, c in enumerate(text) if c == "-"]:
        left, right = normalise_key(text[:at]), normalise_key(text[at + 1:])
        if left and right and _plausible(left, store) and _plausible(right, store):
            candidates.append((left, right))
    if not candidates:
        raise ConfigError("V501", name=name, reason=f"{pair!r} is not two actors joined by a hyphen, like RUS-BLR")
    known = [c for c in candidates if find_actor(store, c[0]) and find_actor(store, c[1])]
    return (known or candidates)[0]


def _plausible(key: str, store: SqlStore) -> bool:
    """A code, or the key of a stored person or organisation."""
    return bool(CODE.match(key)) or find_actor(store, key) is not None


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
