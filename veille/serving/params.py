"""Query-string parameters shared by routes and pages, turned into checked filters."""
from __future__ import annotations

from fastapi import Depends, Query

from ..queries.filters import ArticleFilter, EventFilter, article_filter, event_filter
from ..store import SqlStore
from .deps import store_of

DATE_HELP = "ISO day (2024-03-14) or instant (2024-03-14T09:30+01:00)"


async def article_params(
    q: str | None = Query(None, description='full-text search: words, "a phrase", prefix* (negoc* finds '
                          "négociations), OR; case and accents are ignored"),
    outlet: str | None = Query(None, description="the outlet, exactly (case ignored)"),
    since: str | None = Query(None, description=f"published on or after: {DATE_HELP}"),
    until: str | None = Query(None, description=f"published on or before: {DATE_HELP}"),
    language: str | None = Query(None, description="ISO 639-1 language, e.g. fr"),
    entity: str | None = Query(None, description="an actor key (RUS, PER:ion-vrabie) or part of an entity name"),
) -> ArticleFilter:
    """The article filters of a request (a coroutine: checking them reads no database)."""
    return article_filter(q=q, outlet=outlet, since=since, until=until, language=language, entity=entity)


def event_params(
    store: SqlStore = Depends(store_of),
    actor: str | None = Query(None, description="an actor key on either side: RUS, NATO, PER:ion-vrabie"),
    dyad: str | None = Query(None, description="two actor keys joined by a hyphen, either direction: RUS-BLR"),
    type: str | None = Query(None, description="a PLOVER event type, e.g. ASSAULT"),
    status: str | None = Query(None, description="asserted, planned, hypothetical or negated"),
    since: str | None = Query(None, description=f"events on or after this day: {DATE_HELP}"),
    until: str | None = Query(None, description=f"events on or before this day: {DATE_HELP}"),
    outlet: str | None = Query(None, description="the outlet of the article, exactly (case ignored)"),
    article: str | None = Query(None, description="only the events of this article id"),
    place: str | None = Query(None, description="the event's place as read, e.g. Kyiv (case and accents ignored)"),
) -> EventFilter:
    """The event filters of a request (the filters of `veille events`)."""
    return event_filter(store, actor=actor, dyad=dyad, type=type, status_=status, since=since, until=until,
                        outlet=outlet, article=article, place=place)
