"""The explorer's read queries over the store's tables: articles and events.

The API routes and the web pages both call these functions (never their own SQL), so a page
and its JSON always agree. Event lists are the store's own queries (SqlStore.events), so
`veille serve` filters exactly like `veille events`; every answer comes from the database's
indexes and kept counts, nothing is built in memory.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import ColumnElement, exists, func, or_, select

from ..errors import StoreError
from ..model.record import Record
from ..search import SNIPPET_CLOSE, SNIPPET_OPEN, snippets, text_condition
from ..store import ArticleQuery, EventQuery, SqlStore, StoredEvent, schema
from ..store.actors import RecordKeys
from ..store.queries import article_filters
from ..textnorm import fold_text as fold
from .actors import find_actor, shown_name
from .filters import ArticleFilter, EventFilter, Page
from .quads import quad_of

# Events read per round trip when exporting everything.
EXPORT_CHUNK = 500
SNIPPET_CHARS = 240


@dataclass(frozen=True)
class ArticleHit:
    """An article in a result list."""

    id: str
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    language: str
    url: str | None
    counts: dict[str, int]
    snippet: Markup  # HTML: matched words in <mark>


# -- articles -------------------------------------------------------------------------------------


def search_articles(store: SqlStore, f: ArticleFilter, page: Page) -> tuple[list[ArticleHit], int]:
    """The page of matching articles, newest first, and how many match in all."""
    art = schema.articles
    conditions = _article_conditions(store, f)
    columns = [*[c for c in art.c if c.name not in ("record", "text")],
               func.substr(art.c.text, 1, SNIPPET_CHARS).label("opening")]
    statement = (select(*columns).where(*conditions).order_by(art.c.newest.desc(), art.c.id)
                 .limit(page.limit).offset(page.offset))
    count = select(func.count()).select_from(art).where(*conditions)
    with store.engine.connect() as conn:
        rows = list(conn.execute(statement).mappings())
        total = conn.execute(count).scalar() or 0
        found = snippets(conn, store.dialect.name, f.q, [r["seq"] for r in rows]) if f.q else {}
    return [_hit(row, found.get(row["seq"])) for row in rows], total


def _article_conditions(store: SqlStore, f: ArticleFilter) -> list[ColumnElement[bool]]:
    art = schema.articles
    conditions = article_filters(ArticleQuery(outlet=f.outlet, since=f.since, until=f.until), store.dialect.name)
    if (condition := text_condition(store.dialect.name, f.q)) is not None:
        conditions.append(condition)
    if f.language:
        conditions.append(func.lower(art.c.language) == f.language)
    if f.entity:
        conditions.append(_mentions_entity(store, f.entity))
    return conditions


def _mentions_entity(store: SqlStore, entity: str) -> ColumnElement[bool]:
    """The article mentions this actor (given by key), or an entity whose name, or whose actor's
    name, contains the text (accents and case folded for actors)."""
    ent, art, act = schema.entities, schema.articles, schema.actors
    if (info := find_actor(store, entity)) is not None:  # an exact key: "RUS" must not also match "Brussels"
        return exists(select(ent.c.article).where(ent.c.article == art.c.seq, ent.c.actor == info.key))
    named = select(act.c.key).where(act.c.name_fold.contains(fold(entity), autoescape=True))
    return exists(select(ent.c.article).where(
        ent.c.article == art.c.seq, or_(ent.c.name.icontains(entity, autoescape=True), ent.c.actor.in_(named))))


def _hit(row: Any, snippet: str | None) -> ArticleHit:
    counts = {name: row[f"n_{name}"] for name in ("entities", "times", "places", "quotes", "events")}
    return ArticleHit(
        id=row["id"], name=row["name"], title=row["title"], published=row["published"], outlet=row["outlet"],
        language=row["language"], url=row["url"], counts=counts,
        snippet=_marked(snippet) if snippet else escape(_shorten(row["opening"] or "")),
    )


def _marked(snippet: str) -> Markup:
    """A snippet with its match markers as <mark>, everything else escaped."""
    safe = str(escape(snippet))
    return Markup(safe.replace(SNIPPET_OPEN, "<mark>").replace(SNIPPET_CLOSE, "</mark>"))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) < SNIPPET_CHARS - 10 else text[: text.rfind(" ", 0, SNIPPET_CHARS - 10)] + " …"


def get_article(store: SqlStore, key: str) -> Record:
    """The record with this id (or unique id prefix, or name); StoreError V402 when there is none."""
    record = store.get(key) or store.get(store.resolve(key))
    if record is None:  # removed between resolve and get
        raise StoreError("V402", id=key, url=store.url)
    return record


def facets(store: SqlStore) -> dict[str, list[str]]:
    """The outlets and languages stored, for the search form's choices."""
    art = schema.articles
    with store.engine.connect() as conn:
        outlets = [o for o in conn.execute(select(art.c.outlet).distinct().order_by(art.c.outlet)).scalars() if o]
        languages = list(conn.execute(select(art.c.language).distinct().order_by(art.c.language)).scalars())
    return {"outlets": outlets, "languages": languages}


# -- events ---------------------------------------------------------------------------------------


def event_query(f: EventFilter, page: Page | None = None) -> EventQuery:
    """The store's query for an explorer filter: newest first, the page's window or cursor."""
    window = page or Page(limit=EXPORT_CHUNK)
    return EventQuery(
        actor=f.actor, dyad=f.dyad, symmetric=f.symmetric, type=f.type, status=f.status, since=f.since,
        until=f.until, article_id=f.article_id, outlet=f.outlet, place=f.place, newest_first=True,
        limit=window.limit, offset=0 if window.after else window.offset, after=window.after,
    )


def list_events(store: SqlStore, f: EventFilter, page: Page) -> tuple[list[StoredEvent], int]:
    """The page of matching events, most recent first, and how many match in all."""
    query = event_query(f, page)
    return store.events(query), store.count_events(query)


def next_cursor(events: list[StoredEvent], page: Page) -> str | None:
    """The cursor of the next page, when this one is full."""
    return events[-1].cursor if len(events) == page.limit and events else None


def iter_events(store: SqlStore, f: EventFilter) -> Iterator[StoredEvent]:
    """Every matching event, most recent first, read a page at a time by cursor (for exports)."""
    query = event_query(f)
    while True:
        events = store.events(query)
        yield from events
        if len(events) < EXPORT_CHUNK:
            return
        query = EventQuery(**{**vars(query), "after": events[-1].cursor})


def event_dict(stored: StoredEvent) -> dict[str, Any]:
    """An event as the API and the pages show it: where it was read, its quad class, actor keys."""
    e = stored.event
    sources, targets = stored.keys
    return {
        "id": f"{stored.article_id}:{stored.position}", "article_id": stored.article_id, "position": stored.position,
        "title": stored.title, "published": stored.published, "outlet": stored.outlet,
        "type": e.type, "quad": quad_of(e.type), "status": e.status,
        "source": [_actor_dict(a, k) for a, k in zip(e.source, sources or [None] * len(e.source))],
        "target": [_actor_dict(a, k) for a, k in zip(e.target, targets or [None] * len(e.target))],
        "place": e.place, "date": e.date, "mode": e.mode, "cameo": e.cameo, "background": e.background,
        "sentence": e.sentence, "trigger": e.trigger, "confidence": e.confidence,
    }


def with_actor_names(store: SqlStore, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events (event_dict) with each side's `actor`: the name its key goes by across articles, so
    that "La Chine" and "Chine", or a phrase coded CHN, read as the one actor they are."""
    keys = {a["key"] for e in events for a in e["source"] + e["target"] if a["key"]}
    names: dict[str, str] = {}
    if keys:
        act = schema.actors
        with store.engine.connect() as conn:
            names = {key: shown_name(key, kind, name) for key, name, kind
                     in conn.execute(select(act.c.key, act.c.name, act.c.kind).where(act.c.key.in_(keys)))}
    for e in events:
        for side in e["source"] + e["target"]:
            side["actor"] = names.get(side["key"] or "")
    return events


def _actor_dict(actor: Any, key: str | None) -> dict[str, Any]:
    return {"name": actor.name, "code": actor.code, "sector": actor.sector, "entity_id": actor.entity_id, "key": key}


def article_dict(record: Record) -> dict[str, Any]:
    """A record for the API and the article page: offsets kept, entities with their actor key."""
    keys = RecordKeys(record)
    data = record.to_dict()
    data["entities"] = [
        {"id": e.id, "name": e.name, "type": e.type, "country": e.country, "kind": e.kind,
         "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
         "actor": keys.by_id.get(e.id)}
        for e in record.entities
    ]
    data["events"] = [
        event_dict(StoredEvent(record.id, i, e, record.title, record.published, record.outlet,
                               keys=(tuple(keys.own(a) for a in e.source), tuple(keys.own(a) for a in e.target))))
        for i, e in enumerate(record.events)
    ]
    return data
