"""The explorer's read queries over the store's tables: articles and events.

The API routes and the web pages both call these functions (never their own SQL), so a page
and its JSON always agree. Filters on dates, types, statuses and codes reuse the store's own
conditions (veille.store.queries), so `veille serve` filters exactly like `veille events`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import ColumnElement, Select, and_, exists, false, func, literal_column, or_, select, tuple_

from ..errors import StoreError
from ..model.record import Record
from ..search import SNIPPET_CLOSE, SNIPPET_OPEN, fold, snippets, text_condition
from ..store import ArticleQuery, EventQuery, SqlStore, StoredEvent
from ..store import schema
from ..store.queries import article_filters, event_filters
from ..store.rows import event_from
from .actors import CODE, ActorIndex, normalise_key
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


def search_articles(store: SqlStore, index: ActorIndex, f: ArticleFilter, page: Page) -> tuple[list[ArticleHit], int]:
    """The page of matching articles, newest first, and how many match in all."""
    art = schema.articles
    conditions = _article_conditions(store, index, f)
    columns = [literal_column("articles.rowid").label("rowid"), *[c for c in art.c if c.name not in ("record", "text")],
               func.substr(art.c.text, 1, SNIPPET_CHARS).label("opening")]
    statement = (
        select(*columns).where(*conditions)
        .order_by(art.c.published_utc.is_(None), art.c.published_utc.desc(), art.c.id)
        .limit(page.limit).offset(page.offset)
    )
    count = select(func.count()).select_from(art).where(*conditions)
    with store.engine.connect() as conn:
        rows = list(conn.execute(statement).mappings())
        total = conn.execute(count).scalar() or 0
    _, expression = text_condition(store.engine, f.q)
    found = snippets(store.engine, expression, [r["rowid"] for r in rows]) if expression else {}
    return [_hit(row, found.get(row["rowid"])) for row in rows], total


def _article_conditions(store: SqlStore, index: ActorIndex, f: ArticleFilter) -> list[ColumnElement[bool]]:
    art = schema.articles
    conditions = article_filters(ArticleQuery(outlet=f.outlet, since=f.since, until=f.until))
    condition, _ = text_condition(store.engine, f.q)
    if condition is not None:
        conditions.append(condition)
    if f.language:
        conditions.append(func.lower(art.c.language) == f.language)
    if f.entity:
        conditions.append(_mentions_entity(index, f.entity))
    return conditions


def _mentions_entity(index: ActorIndex, entity: str) -> ColumnElement[bool]:
    """The article mentions this actor (given by key), or an entity whose name contains the text."""
    ent, art = schema.entities, schema.articles
    key = normalise_key(entity)
    if key in index.actors:  # an exact key: "RUS" must not also match "Brussels" by name
        return art.c.id.in_(sorted({aid for aid, _ in index.entity_rows.get(key, [])}))
    wanted = fold(entity)
    keys = [k for k, info in index.actors.items() if wanted in fold(info.name)]
    article_ids = {aid for k in keys for aid, _ in index.entity_rows.get(k, [])}
    by_name = exists(select(ent.c.article_id).where(ent.c.article_id == art.c.id,
                                                    ent.c.name.icontains(entity, autoescape=True)))
    return or_(by_name, art.c.id.in_(sorted(article_ids))) if article_ids else by_name


def _hit(row: Any, snippet: str | None) -> ArticleHit:
    counts = {name: row[f"n_{name}"] for name in ("entities", "times", "places", "quotes", "events")}
    return ArticleHit(
        id=row["id"], name=row["name"], title=row["title"], published=row["published"], outlet=row["outlet"],
        language=row["language"], url=row["url"], counts=counts,
        snippet=_marked(snippet) if snippet else escape(_shorten(row["opening"] or "")),
    )


def _marked(snippet: str) -> Markup:
    """An FTS snippet with its match markers as <mark>, everything else escaped."""
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
        languages = [lang for lang in conn.execute(select(art.c.language).distinct().order_by(art.c.language)).scalars()]
    return {"outlets": outlets, "languages": languages}


# -- events ---------------------------------------------------------------------------------------


def list_events(store: SqlStore, index: ActorIndex, f: EventFilter, page: Page) -> tuple[list[StoredEvent], int]:
    """The page of matching events, most recent first, and how many match in all."""
    conditions = event_conditions(index, f)
    statement = _events_select(conditions).limit(page.limit).offset(page.offset)
    ev, art = schema.events, schema.articles
    count = select(func.count()).select_from(ev.join(art, art.c.id == ev.c.article_id)).where(*conditions)
    with store.engine.connect() as conn:
        rows = list(conn.execute(statement).mappings())
        total = conn.execute(count).scalar() or 0
        return _with_actors(conn, rows), total


def iter_events(store: SqlStore, index: ActorIndex, f: EventFilter) -> Iterator[StoredEvent]:
    """Every matching event, most recent first, read in chunks (for exports)."""
    conditions = event_conditions(index, f)
    offset = 0
    while True:
        with store.engine.connect() as conn:
            rows = list(conn.execute(_events_select(conditions).limit(EXPORT_CHUNK).offset(offset)).mappings())
            events = _with_actors(conn, rows)
        yield from events
        if len(rows) < EXPORT_CHUNK:
            return
        offset += EXPORT_CHUNK


def event_conditions(index: ActorIndex, f: EventFilter) -> list[ColumnElement[bool]]:
    """The store's event conditions, plus outlet and actors given by key."""
    conditions = event_filters(EventQuery(type=f.type, status=f.status, since=f.since, until=f.until,
                                          article_id=f.article_id))
    if f.outlet:
        conditions.append(func.lower(schema.articles.c.outlet) == f.outlet.lower())
    if f.actor:
        conditions.append(_actor_condition(index, f.actor))
    if f.dyad:
        conditions.append(_dyad_condition(index, *f.dyad, symmetric=f.symmetric))
    return conditions


def _actor_condition(index: ActorIndex, key: str) -> ColumnElement[bool]:
    if CODE.match(key):  # a code: the store's SQL, which scales to any number of events
        return and_(*event_filters(EventQuery(actor=key)))
    return _among(index.events_of(key))


def _dyad_condition(index: ActorIndex, a: str, b: str, symmetric: bool) -> ColumnElement[bool]:
    if CODE.match(a) and CODE.match(b):
        return and_(*event_filters(EventQuery(dyad=(a, b), symmetric=symmetric)))
    chosen = [ev for ev, (src, tgt) in index.sides.items()
              if (a in src and b in tgt) or (symmetric and b in src and a in tgt)]
    return _among(chosen)


def _among(events: list[tuple[str, int]]) -> ColumnElement[bool]:
    """The event is one of these (article_id, position) pairs."""
    if not events:
        return false()
    ev = schema.events
    return tuple_(ev.c.article_id, ev.c.position).in_(sorted(events))


def _events_select(conditions: list[ColumnElement[bool]]) -> Select[Any]:
    ev, art = schema.events, schema.articles
    return (
        select(ev, art.c.title, art.c.published, art.c.outlet)
        .join(art, art.c.id == ev.c.article_id)
        .where(*conditions)
        .order_by(ev.c.day_from.is_(None), ev.c.day_from.desc(), art.c.published_utc.desc(), ev.c.article_id,
                  ev.c.position)
    )


def _with_actors(conn: Any, rows: list[Any]) -> list[StoredEvent]:
    """Events rows with their actors, read in one query."""
    if not rows:
        return []
    act = schema.event_actors
    ids = sorted({row["article_id"] for row in rows})
    found: dict[tuple[str, int], list[Any]] = {}
    for row in conn.execute(select(act).where(act.c.article_id.in_(ids))).mappings():
        found.setdefault((row["article_id"], row["event_position"]), []).append(row)
    return [event_from(row, found.get((row["article_id"], row["position"]), [])) for row in rows]


def event_dict(stored: StoredEvent, index: ActorIndex) -> dict[str, Any]:
    """An event as the API and the pages show it: where it was read, its quad class, actor keys."""
    e = stored.event
    return {
        "id": f"{stored.article_id}:{stored.position}", "article_id": stored.article_id, "position": stored.position,
        "title": stored.title, "published": stored.published, "outlet": stored.outlet,
        "type": e.type, "quad": quad_of(e.type), "status": e.status,
        "source": [_actor_dict(a, stored.article_id, index) for a in e.source],
        "target": [_actor_dict(a, stored.article_id, index) for a in e.target],
        "place": e.place, "date": e.date, "mode": e.mode, "cameo": e.cameo, "background": e.background,
        "sentence": e.sentence, "trigger": e.trigger, "confidence": e.confidence,
    }


def _actor_dict(actor: Any, article_id: str, index: ActorIndex) -> dict[str, Any]:
    own = index.entity_keys.get((article_id, actor.entity_id or ""))
    key = own or (actor.code.upper() if actor.code else None)
    return {"name": actor.name, "code": actor.code, "sector": actor.sector, "entity_id": actor.entity_id, "key": key}


def article_dict(record: Record, index: ActorIndex) -> dict[str, Any]:
    """A record for the API and the article page: offsets kept, entities with their actor key."""
    data = record.to_dict()
    data["entities"] = [
        {"id": e.id, "name": e.name, "type": e.type, "country": e.country, "kind": e.kind,
         "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
         "actor": index.entity_keys.get((record.id, e.id))}
        for e in record.entities
    ]
    data["events"] = [
        event_dict(StoredEvent(record.id, i, e, record.title, record.published, record.outlet), index)
        for i, e in enumerate(record.events)
    ]
    return data
