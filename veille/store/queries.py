"""Query objects to SQL conditions: one function per query type, portable SQLAlchemy Core."""
from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from . import schema
from .base import ArticleQuery, EventQuery
from .dates import day_text, lower_bound, upper_bound


def article_filters(query: ArticleQuery) -> list[ColumnElement[bool]]:
    """The conditions an article must meet (all of them)."""
    table = schema.articles
    conditions: list[ColumnElement[bool]] = []
    if query.outlet:
        conditions.append(func.lower(table.c.outlet) == query.outlet.strip().lower())
    if (since := lower_bound(query.since)) is not None:
        conditions.append(table.c.published_utc >= since)
    if (until := upper_bound(query.until)) is not None:
        conditions.append(table.c.published_utc < until)
    if query.text:
        needle = query.text.strip()
        conditions.append(or_(table.c.title.icontains(needle, autoescape=True),
                              table.c.text.icontains(needle, autoescape=True)))
    return conditions


def event_filters(query: EventQuery) -> list[ColumnElement[bool]]:
    """The conditions an event must meet (all of them)."""
    table = schema.events
    conditions: list[ColumnElement[bool]] = []
    if query.type:
        conditions.append(table.c.type == query.type.strip().upper())
    if query.status:
        conditions.append(table.c.status == query.status.strip().lower())
    if query.article_id:
        conditions.append(table.c.article_id == query.article_id)
    if query.outlet:
        # the caller joins events to their articles
        conditions.append(func.lower(schema.articles.c.outlet) == query.outlet.strip().lower())
    if query.actor:
        conditions.append(or_(_has_actor("source", query.actor), _has_actor("target", query.actor)))
    if query.source:
        conditions.append(_has_actor("source", query.source))
    if query.target:
        conditions.append(_has_actor("target", query.target))
    if query.dyad:
        conditions.append(_dyad(*query.dyad, symmetric=query.symmetric))
    if (since := day_text(query.since)) is not None:
        conditions.append(table.c.day_to >= since)
    if (until := day_text(query.until)) is not None:
        conditions.append(table.c.day_from <= until)
    return conditions


def _has_actor(role: str, code: str) -> ColumnElement[bool]:
    """The event has an actor with this code on this side (codes compare case-insensitively)."""
    actors, events = schema.event_actors, schema.events
    return exists(
        select(actors.c.article_id).where(
            actors.c.article_id == events.c.article_id,
            actors.c.event_position == events.c.position,
            actors.c.role == role,
            actors.c.code == code.strip().upper(),
        )
    )


def _dyad(source: str, target: str, symmetric: bool) -> ColumnElement[bool]:
    forward = and_(_has_actor("source", source), _has_actor("target", target))
    if not symmetric:
        return forward
    return or_(forward, and_(_has_actor("source", target), _has_actor("target", source)))
