"""Counts over the stored data: actor pages, dyad timelines and the map's places.

Like veille.api.queries, these are the one implementation the API and the pages share.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

import pycountry
from sqlalchemy import func, select, tuple_

from ..errors import StoreError
from ..search import fold
from ..store import SqlStore
from ..store import schema
from ..store.queries import article_filters
from ..store.base import ArticleQuery
from .actors import ActorIndex, ActorInfo, normalise_key
from .filters import EventFilter, Page
from .quads import QUADS, quad_of
from .queries import event_conditions, event_dict, list_events

PAIRS_CHUNK = 400  # (article_id, position) pairs per IN list
TOP_PARTNERS = 12
QUOTES_SHOWN = 50
UNDATED = "undated"


def actor_summary(info: ActorInfo) -> dict[str, Any]:
    """An actor as the A-to-Z index lists it."""
    return {"key": info.key, "name": info.name, "kind": info.kind, "country": info.country,
            "mentions": info.mentions, "articles": info.articles, "events": info.events}


def list_actors(index: ActorIndex, *, q: str | None, kind: str | None, letter: str | None,
                page: Page) -> tuple[list[dict[str, Any]], int]:
    """Actors A to Z (accents folded), optionally by kind, first letter or part of the name."""
    chosen = [a for a in index.actors.values() if _keep_actor(a, q, kind, letter)]
    chosen.sort(key=lambda a: (fold(a.name), a.key))
    return [actor_summary(a) for a in chosen[page.offset:page.offset + page.limit]], len(chosen)


def _keep_actor(actor: ActorInfo, q: str | None, kind: str | None, letter: str | None) -> bool:
    if kind and actor.kind.lower() != kind.lower():
        return False
    if letter and not fold(actor.name).startswith(fold(letter)):
        return False
    return not q or fold(q) in fold(actor.name) or fold(q) in fold(actor.key)


def resolve_actor(index: ActorIndex, key: str) -> ActorInfo:
    """The actor under a key, or under the entity `ARTICLE_ID:ENTITY_ID` an article page links to."""
    info = index.get(key)
    if info is None and ":" in key:
        article_id, _, entity_id = key.partition(":")
        own = index.entity_keys.get((article_id, entity_id))
        info = index.get(own) if own else None
    if info is None:
        raise StoreError("V402", id=f"actor {normalise_key(key)}", url="the actor index")
    return info


def actor_detail(store: SqlStore, index: ActorIndex, info: ActorInfo, page: Page) -> dict[str, Any]:
    """One actor: mentions over time, quotes by them, events where they act, their main partners."""
    events, total = list_events(store, index, EventFilter(actor=info.key), page)
    return {
        "actor": actor_summary(info),
        "aliases": [name for name, _ in info.names.most_common(8)],
        "mentions_by_month": _mentions_by_month(store, index.entity_rows.get(info.key, [])),
        "quotes": _quotes_by(store, index, info),
        "partners": _partners(index, info.key),
        "events": {"items": [event_dict(e, index) for e in events], "total": total,
                   "limit": page.limit, "offset": page.offset},
    }


def _mentions_by_month(store: SqlStore, rows: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Mentions per month of publication (articles without a date left out)."""
    men, art = schema.mentions, schema.articles
    counts: Counter[str] = Counter()
    with store.engine.connect() as conn:
        for start in range(0, len(rows), PAIRS_CHUNK):
            chosen = tuple_(men.c.article_id, men.c.entity_position).in_(rows[start:start + PAIRS_CHUNK])
            query = (select(func.substr(art.c.published_utc, 1, 7).label("month"), func.count().label("n"))
                     .join(art, art.c.id == men.c.article_id).where(chosen, art.c.published_utc.is_not(None))
                     .group_by("month"))
            counts.update({row.month: row.n for row in conn.execute(query)})
    return [{"period": month, "count": counts[month]} for month in sorted(counts)]


def _quotes_by(store: SqlStore, index: ActorIndex, info: ActorInfo) -> list[dict[str, Any]]:
    """Quotes whose speaker is this actor's entity in its article, newest first."""
    qt, art = schema.quotes, schema.articles
    article_ids = sorted({aid for aid, _ in index.entity_rows.get(info.key, [])})
    found: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for start in range(0, len(article_ids), PAIRS_CHUNK):
            query = (select(qt, art.c.title, art.c.published, art.c.published_utc)
                     .join(art, art.c.id == qt.c.article_id)
                     .where(qt.c.article_id.in_(article_ids[start:start + PAIRS_CHUNK])))
            found += [dict(row) for row in conn.execute(query).mappings() if _spoken_by(row, index, info)]
    found.sort(key=lambda q: (q["published_utc"] or "", q["article_id"], q["position"]), reverse=True)
    return [{k: q[k] for k in ("article_id", "title", "published", "text", "speaker", "direct", "start", "end")}
            for q in found[:QUOTES_SHOWN]]


def _spoken_by(row: Any, index: ActorIndex, info: ActorInfo) -> bool:
    if row["speaker_id"] and index.entity_keys.get((row["article_id"], row["speaker_id"])) == info.key:
        return True
    return bool(row["speaker"]) and fold(row["speaker"]) in {fold(n) for n in info.names}


def _partners(index: ActorIndex, key: str) -> list[dict[str, Any]]:
    """The actors most often on the other side of this actor's events."""
    counts: Counter[str] = Counter()
    for source, target in index.sides.values():
        if key in source:
            counts.update(target - source)
        if key in target:
            counts.update(source - target)
    counts.pop(key, None)
    partners = []
    # most events first, then by key: ties must not depend on set order
    for other, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_PARTNERS]:
        info = index.get(other)
        partners.append({"key": other, "name": info.name if info else other, "events": n})
    return partners


# -- dyads ----------------------------------------------------------------------------------------


def dyad_timeline(store: SqlStore, index: ActorIndex, f: EventFilter, period: str, page: Page) -> dict[str, Any]:
    """Events between two actors (either direction) and their counts per period and quad class."""
    if f.dyad is None:
        raise ValueError("dyad_timeline needs a filter with a dyad")
    a, b = f.dyad
    ev, art = schema.events, schema.articles
    query = (select(ev.c.type, ev.c.day_from).join(art, art.c.id == ev.c.article_id)
             .where(*event_conditions(index, f)))
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    bins: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        bins[_period_of(row.day_from, period)][quad_of(row.type) or "other"] += 1
    events, total = list_events(store, index, f, page)
    return {
        "a": _side(index, a), "b": _side(index, b), "period": period,
        "quads": [{"key": k, **v} for k, v in QUADS.items()],
        "counts": [{"period": p, "counts": {q: bins[p][q] for q in QUADS}, "total": sum(bins[p].values())}
                   for p in sorted(bins, key=lambda p: (p == UNDATED, p))],
        "totals": {q: sum(c[q] for c in bins.values()) for q in QUADS},
        "events": {"items": [event_dict(e, index) for e in events], "total": total,
                   "limit": page.limit, "offset": page.offset},
    }


def _side(index: ActorIndex, key: str) -> dict[str, Any]:
    info = index.get(key)
    return actor_summary(info) if info else {"key": key, "name": key, "kind": "state", "country": None,
                                             "mentions": 0, "articles": 0, "events": 0}


def _period_of(day: str | None, period: str) -> str:
    """The month (2024-05) or ISO week (2024-W21) of a day."""
    if not day:
        return UNDATED
    if period == "month":
        return day[:7]
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


# -- places ---------------------------------------------------------------------------------------


def places_summary(store: SqlStore, index: ActorIndex, f: EventFilter) -> dict[str, Any]:
    """Geocoded places with how often they are mentioned and how many matching events took place there.

    Places come from the articles in the filter's outlet and period; an event is placed at the
    geocoded place of its own article whose name is its place. When the filter picks particular
    events (an actor, a type...), only places where such events happened are kept.
    """
    located = _located_events(store, index, f)
    places: dict[tuple[str, str | None], dict[str, Any]] = {}
    for row in _place_rows(store, f):
        key = (fold(row["name"]), row["country"])
        place = places.setdefault(key, {"name": row["name"], "country": row["country"], "lat": row["lat"],
                                        "lon": row["lon"], "feature": row["feature"], "mentions": 0,
                                        "articles": set(), "events": 0, "quads": Counter(), "sample": []})
        place["mentions"] += 1
        place["articles"].add(row["article_id"])
        for event in located.pop((row["article_id"], fold(row["name"])), []):
            _add_event(place, event)
    # An event whose place its own article did not geocode goes to a place of that name read elsewhere.
    by_name = {name: place for (name, _), place in places.items()}
    for (_, name), events in located.items():
        for event in events if name in by_name else []:
            _add_event(by_name[name], event)
    chosen = [p for p in places.values() if p["events"] or not f.picks_events]
    for place in chosen:
        place["articles"] = len(place["articles"])
        place["quads"] = dict(place["quads"])
    chosen.sort(key=lambda p: (-p["events"], -p["mentions"], fold(p["name"])))
    return {"places": chosen, "countries": _countries(chosen)}


def _add_event(place: dict[str, Any], event: dict[str, Any]) -> None:
    place["events"] += 1
    place["quads"][event["quad"] or "other"] += 1
    if len(place["sample"]) < 5:
        place["sample"].append(event)


def _place_rows(store: SqlStore, f: EventFilter) -> list[Any]:
    pl, art = schema.places, schema.articles
    query = (select(pl).join(art, art.c.id == pl.c.article_id)
             .where(pl.c.lat.is_not(None), pl.c.lon.is_not(None),
                    *article_filters(ArticleQuery(outlet=f.outlet))))
    if f.article_id:
        query = query.where(pl.c.article_id == f.article_id)
    with store.engine.connect() as conn:
        return list(conn.execute(query.order_by(pl.c.article_id, pl.c.position)).mappings())


def _located_events(store: SqlStore, index: ActorIndex, f: EventFilter) -> dict[tuple[str, str], list[dict]]:
    """Matching events with a place, by (article_id, folded place name)."""
    ev, art = schema.events, schema.articles
    query = (select(ev.c.article_id, ev.c.position, ev.c.type, ev.c.status, ev.c.place, ev.c.date, art.c.title)
             .join(art, art.c.id == ev.c.article_id).where(ev.c.place.is_not(None), *event_conditions(index, f)))
    found: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            found[(row["article_id"], fold(row["place"]))].append(
                {"article_id": row["article_id"], "position": row["position"], "type": row["type"],
                 "quad": quad_of(row["type"]), "status": row["status"], "date": row["date"], "title": row["title"]})
    return found


def _countries(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per country: mentions and events, with the ISO numeric code the world outlines are keyed by."""
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for place in places:
        if place["country"]:
            totals[place["country"]]["mentions"] += place["mentions"]
            totals[place["country"]]["events"] += place["events"]
    out = []
    for code, counts in sorted(totals.items()):
        country = pycountry.countries.get(alpha_3=code)
        out.append({"country": code, "numeric": country.numeric if country else None,
                    "mentions": counts["mentions"], "events": counts["events"]})
    return out
