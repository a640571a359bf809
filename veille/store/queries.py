"""Query objects to SQL: conditions on articles, and the plan of an event query. Portable SQLAlchemy Core.

An event query is answered from the narrowest table that holds its filters: the pairs of a dyad
(event_pairs), the sides of an actor (event_sides), else the events themselves. Every one of
them carries the event's sort key, days, type and status, so the filter and the order run on one
index; the events and their articles are joined for the page's rows only.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import ColumnElement, FromClause, ScalarSelect, Select, Table, and_, exists, func, select

from ..errors import ConfigError
from ..search import text_condition
from . import schema
from .actors import normalise_key
from .base import ArticleQuery, EventQuery
from .dates import day_text, lower_bound, upper_bound
from .rows import place_key


def article_filters(query: ArticleQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The conditions an article must meet (all of them)."""
    table = schema.articles
    conditions: list[ColumnElement[bool]] = []
    if query.outlet:
        conditions.append(func.lower(table.c.outlet) == query.outlet.strip().lower())
    if (since := lower_bound(query.since)) is not None:
        conditions.append(table.c.newest >= since)
    if (until := upper_bound(query.until)) is not None:
        conditions.append(and_(table.c.newest < until, table.c.newest != ""))
    if query.text and (condition := text_condition(dialect, query.text)) is not None:
        conditions.append(condition)
    return conditions


@dataclass
class EventPlan:
    """Where an event query reads (`driver`: a table with article, position and sort_key) and what it asks."""

    driver: Table
    conditions: list[ColumnElement[bool]]
    joins_articles: bool

    def select(self, *columns) -> Select:  # noqa: ANN002  (columns or tables)
        """SELECT columns FROM the driver (joined to its events and articles as needed) WHERE ..."""
        ev, art = schema.events, schema.articles
        source: FromClause = self.driver
        if self.driver is not ev:
            source = source.join(ev, ev.c.sort_key == self.driver.c.sort_key)
        source = source.join(art, art.c.seq == self.driver.c.article)
        return select(*columns).select_from(source).where(*self.conditions)

    def count(self) -> Select:
        """SELECT count(*) over the matching events, joining only what the filters need."""
        source: FromClause = self.driver
        if self.joins_articles:
            source = source.join(schema.articles, schema.articles.c.seq == self.driver.c.article)
        return select(func.count()).select_from(source).where(*self.conditions)

    def order(self, newest_first: bool) -> list:
        return [self.driver.c.sort_key.desc() if newest_first else self.driver.c.sort_key]

    def after(self, cursor: str, newest_first: bool) -> ColumnElement[bool]:
        """The events after the one this cursor names, in the query's order."""
        key = read_cursor(cursor)
        return self.driver.c.sort_key < key if newest_first else self.driver.c.sort_key > key


def event_plan(query: EventQuery) -> EventPlan:
    """The table to read, and the conditions on it, for this query."""
    sides = schema.event_sides
    wanted = [(query.actor, None), (query.source, "source"), (query.target, "target")]
    if query.dyad or (query.source and query.target):
        source, target = query.dyad or (query.source or "", query.target or "")  # both given, by the test above
        driver = schema.event_pairs
        conditions = _pair_conditions(normalise_key(source), normalise_key(target), bool(query.dyad) and query.symmetric)
        if not query.dyad:
            wanted = wanted[:1]
    elif first := next(((key, role) for key, role in wanted if key), None):
        driver = sides
        conditions = [sides.c.key == normalise_key(first[0])]
        conditions += [sides.c.is_source] if first[1] == "source" else [sides.c.is_target] if first[1] else []
        wanted.remove(first)
    else:
        driver, conditions = schema.events, []
    conditions += [_has_side(driver, normalise_key(key), role) for key, role in wanted if key]
    conditions += _event_conditions(query, driver)
    return EventPlan(driver, conditions, joins_articles=bool(query.article_id or query.outlet))


def _pair_conditions(source: str, target: str, symmetric: bool) -> list[ColumnElement[bool]]:
    """The pair (a <= b) and, unless symmetric, which way the event goes."""
    pairs = schema.event_pairs.c
    a, b = sorted((source, target))
    conditions: list[ColumnElement[bool]] = [pairs.a == a, pairs.b == b]
    if not symmetric:
        conditions.append(pairs.forward if a == source else pairs.backward)
    return conditions


def _has_side(driver: Table, key: str, role: str | None) -> ColumnElement[bool]:
    sides = schema.event_sides.alias("wanted_side")
    conditions = [sides.c.key == key, sides.c.sort_key == driver.c.sort_key]
    if role == "source":
        conditions.append(sides.c.is_source)
    elif role == "target":
        conditions.append(sides.c.is_target)
    return exists(select(sides.c.key).where(*conditions))


def _event_conditions(query: EventQuery, driver: Table) -> list[ColumnElement[bool]]:
    """Type, status, days, article and outlet: what every event query may add."""
    d, art = driver.c, schema.articles.c
    conditions: list[ColumnElement[bool]] = []
    since, until = day_text(query.since), day_text(query.until)
    kind, status = _kind_and_status(query)
    if kind:
        conditions.append(d.type == kind)
    if since is not None:
        # an event reaching into the range may start before it: start the index read at the first
        # day of the earliest one (of the type and status asked for), which the kept spans know
        conditions.append(d.sort_key >= _first_day(kind, status, since, until))
    if status:
        conditions.append(d.status == status)
    if since is not None:
        conditions.append(d.day_to >= since)
    if until is not None:
        # sort keys start with day_from: the bound also narrows the index range read
        conditions += [d.day_from <= until, d.sort_key < until + "!"]
    if query.article_id:
        conditions.append(art.id == query.article_id)
    if query.outlet:
        conditions.append(func.lower(art.outlet) == query.outlet.strip().lower())
    if query.place:
        conditions.append(_placed_at(driver, query.place))
    return conditions


def _kind_and_status(query: EventQuery) -> tuple[str | None, str | None]:
    """The type and status asked for, as stored (None when not asked for)."""
    return (query.type.strip().upper() if query.type else None,
            query.status.strip().lower() if query.status else None)


def _first_day(type_: str | None, status: str | None, since: str, until: str | None) -> ScalarSelect:
    """The first day of the earliest event (of this type and status, when given) covering a day from
    `since` to `until` (NULL when there is none: then nothing matches). Without a type it reads every
    kept span, a few rows per type, day and status."""
    spans = schema.event_spans.c
    return select(func.min(spans.day_from)).where(*_span_conditions(type_, status, since, until)).scalar_subquery()


def _span_conditions(type_: str | None, status: str | None, since: str | None,
                     until: str | None) -> list[ColumnElement[bool]]:
    """The kept spans of the events of this type and status (when given) reaching into the range."""
    spans = schema.event_spans.c
    conditions = [spans.type == type_] if type_ else []
    if status:
        conditions.append(spans.status == status)
    if since is not None:
        conditions.append(spans.day_to >= since)
    if until is not None:
        conditions += [spans.day_from <= until, spans.day_from != ""]  # '': undated, in no range
    return conditions


def _placed_at(driver: Table, place: str) -> ColumnElement[bool]:
    """The event's place is this one, case and accents folded (ix_events_place); read from the events,
    whichever table drives."""
    wanted = place_key(place.strip())
    if driver is schema.events:
        return driver.c.place_key == wanted
    ev = schema.events.alias("placed")  # an alias: the page's own join of the events must not correlate
    return exists(select(ev.c.sort_key).where(ev.c.sort_key == driver.c.sort_key, ev.c.place_key == wanted))


def only_actor(query: EventQuery) -> str | None:
    """The actor key when the query asks for nothing but an actor's events (counts are then kept)."""
    others = (query.source, query.target, query.dyad, query.type, query.status, query.since, query.until,
              query.article_id, query.outlet, query.place)
    return normalise_key(query.actor) if query.actor and not any(others) else None


def only_dyad(query: EventQuery) -> tuple[str, str, str] | None:
    """(a, b, count column) when the query asks for nothing but a dyad's events: the pair (a <= b)
    and which of its kept counts answers (events either way, forward a on b, backward b on a)."""
    others = (query.actor, query.source, query.target, query.type, query.status, query.since, query.until,
              query.article_id, query.outlet, query.place)
    if not query.dyad or any(others):
        return None
    source, target = (normalise_key(k) for k in query.dyad)
    a, b = sorted((source, target))
    column = "events" if query.symmetric else ("forward" if a == source else "backward")
    return a, b, column


def span_count(query: EventQuery) -> Select | None:
    """The kept count of the events of a type, a status, a date range, or any of them together, when
    the query asks for nothing else (every event when it asks for nothing)."""
    others = (query.actor, query.source, query.target, query.dyad, query.article_id, query.outlet, query.place)
    if any(others):
        return None
    kind, status = _kind_and_status(query)
    conditions = _span_conditions(kind, status, day_text(query.since), day_text(query.until))
    return select(func.sum(schema.event_spans.c.events)).where(*conditions)


def make_cursor(sort_key: str) -> str:
    """An opaque, URL-safe name for a place in an event list (its event's sort key)."""
    return base64.urlsafe_b64encode(sort_key.encode()).decode().rstrip("=")


def read_cursor(cursor: str) -> str:
    """The sort key a cursor names (ConfigError V501 for anything make_cursor did not write)."""
    try:
        key = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if len(key) <= schema.SORT_KEY and key.count(" ") == 3:
            return key
    except (ValueError, UnicodeDecodeError):
        pass
    raise ConfigError("V501", name="after", reason=f"{cursor[:40]!r} is not a cursor this API gave")
