"""Counts over the stored data: actor pages, dyad timelines and the map's places.

Like veille.queries.lists, these are the one implementation the API and the pages share. Actor
pages and unfiltered dyad timelines read the counts the store keeps on every write (actors,
actor_names, actor_months, dyad_days, dyad_totals); a timeline with other filters counts the
dyad's indexed event pairs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

import pycountry
from sqlalchemy import func, literal_column, select, union_all

from .. import lang as lang_data
from ..errors import StoreError
from ..model.plover import QUAD_NUMBER
from ..store import ArticleQuery, SqlStore, schema
from ..store.actors import kind_of
from ..store.queries import article_filters, event_plan, only_dyad
from ..textnorm import fold_text as fold
from .actors import ActorInfo, find_actor, normalise_key, shown_fold, shown_name
from .filters import EventFilter, Page
from .lists import event_dict, event_query, list_events, next_cursor, with_actor_names
from .quads import QUADS, quad_of

TOP_PARTNERS = 12
QUOTES_SHOWN = 50
ALIASES = 8
UNDATED = "undated"
QUAD_KEYS = {number: key for key, number in QUAD_NUMBER.items()}  # the stored quad numbers, as the pages name them


def actor_summary(info: ActorInfo) -> dict[str, Any]:
    """An actor as the A-to-Z index lists it."""
    return {"key": info.key, "name": info.name, "kind": info.kind, "country": info.country,
            "mentions": info.mentions, "articles": info.articles, "events": info.events}


def list_actors(store: SqlStore, *, q: str | None, kind: str | None, letter: str | None,
                page: Page) -> tuple[list[dict[str, Any]], int]:
    """Actors A to Z (accents folded) by the name they are shown by, optionally by kind, first letter
    or part of the name or key."""
    act, shown = schema.actors, shown_fold()
    conditions = []
    if kind:
        conditions.append(func.lower(act.c.kind) == kind.lower())
    if letter:
        conditions.append(shown.startswith(fold(letter), autoescape=True))
    if q:
        conditions.append(shown.contains(fold(q), autoescape=True) | func.lower(act.c.key).contains(fold(q), autoescape=True))
    statement = (select(act).where(*conditions).order_by(shown, act.c.key)
                 .limit(page.limit).offset(page.offset))
    with store.engine.connect() as conn:
        rows = conn.execute(statement).all()
        total = conn.execute(select(func.count()).select_from(act).where(*conditions)).scalar() or 0
    return [actor_summary(ActorInfo.from_row(row)) for row in rows], total


def resolve_actor(store: SqlStore, key: str) -> ActorInfo:
    """The actor under a key, or under the entity `ARTICLE_ID:ENTITY_ID` an article page links to."""
    info = find_actor(store, key)
    if info is None and ":" in key:
        article_id, _, entity_id = key.partition(":")
        ent, art = schema.entities, schema.articles
        query = (select(ent.c.actor).join(art, art.c.seq == ent.c.article)
                 .where(art.c.id == article_id, ent.c.entity_id == entity_id, ent.c.actor.is_not(None)).limit(1))
        with store.engine.connect() as conn:
            own = conn.execute(query).scalar()
        info = find_actor(store, own) if own else None
    if info is None:
        raise StoreError("V402", id=f"actor {normalise_key(key)}", url="the actor index", why="actor",
                         value=normalise_key(key))
    return info


def actor_detail(store: SqlStore, info: ActorInfo, page: Page, language: str) -> dict[str, Any]:
    """One actor: mentions over time, quotes by them, events where they act, their main partners
    (names grouped as a reader of `language`, the articles' language, would)."""
    events, total = list_events(store, EventFilter(actor=info.key), page)
    event_page = _event_page(store, events, total, page)
    with store.engine.connect() as conn:
        return {
            "actor": actor_summary(info),
            "aliases": _aliases(conn, info.key),
            "mentions_by_month": _mentions_by_month(conn, info.key),
            "quotes": _quotes_by(conn, info.key),
            "partners": _partners(conn, info.key, language),
            "events": event_page,
        }


def _event_page(store: SqlStore, events: list, total: int, page: Page) -> dict[str, Any]:
    return {"items": with_actor_names(store, [event_dict(e) for e in events]), "total": total, "limit": page.limit, "offset": page.offset,
            "next": next_cursor(events, page)}


def _aliases(conn: Any, key: str) -> list[str]:
    names = schema.actor_names
    query = (select(names.c.name).where(names.c.key == key, names.c.origin == "entity", names.c.weight > 0)
             .order_by(names.c.weight.desc(), names.c.name).limit(ALIASES))
    return list(conn.execute(query).scalars())


def _mentions_by_month(conn: Any, key: str) -> list[dict[str, Any]]:
    """Mentions per month of publication (articles without a date left out)."""
    months = schema.actor_months
    query = (select(months.c.month, months.c.mentions).where(months.c.key == key, months.c.mentions > 0)
             .order_by(months.c.month))
    return [{"period": month, "count": count} for month, count in conn.execute(query)]


def _quotes_by(conn: Any, key: str) -> list[dict[str, Any]]:
    """Quotes whose speaker is this actor, newest first."""
    qt, art = schema.quotes, schema.articles
    query = (select(art.c.id.label("article_id"), art.c.title, art.c.published, qt.c.text, qt.c.speaker,
                    qt.c.direct, qt.c.start, qt.c.end)
             .join(art, art.c.seq == qt.c.article).where(qt.c.speaker_actor == key)
             .order_by(qt.c.newest.desc(), qt.c.article.desc(), qt.c.position.desc()).limit(QUOTES_SHOWN))
    return [dict(row) for row in conn.execute(query).mappings()]


def _partners(conn: Any, key: str, language: str) -> list[dict[str, Any]]:
    """The actors most often on the other side of this actor's events, one per name a reader sees."""
    totals, act = schema.dyad_totals, schema.actors
    both = union_all(
        select(totals.c.b.label("other"), totals.c.events).where(totals.c.a == key),
        select(totals.c.a.label("other"), totals.c.events).where(totals.c.b == key),
    ).subquery()
    query = (select(both.c.other, both.c.events, act.c.name, act.c.kind).outerjoin(act, act.c.key == both.c.other)
             .where(both.c.events > 0).order_by(both.c.events.desc(), both.c.other).limit(TOP_PARTNERS * 2))
    rows = [{"key": other, "name": shown_name(other, kind or kind_of(other), name), "events": n}
            for other, n, name, kind in conn.execute(query)]
    return group_partners(_blocs_by_entity(conn, rows), language)[:TOP_PARTNERS]


def _blocs_by_entity(conn: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Partners where an organisation always acts as one bloc's code (Nations unies as UN, the
    Organisation du traité de l'Atlantique nord as NATO) as that one actor, under the bloc's key and
    the entity's name; a country's code is left alone (a ministry is not its state)."""
    orgs = {r["key"]: r for r in rows if r["key"].startswith("ORG:")}
    if not orgs:
        return rows
    sides, other = schema.event_sides, schema.event_sides.alias("same_side")
    query = (select(sides.c.key, other.c.key, func.count())
             .join(other, (other.c.sort_key == sides.c.sort_key) & (other.c.key != sides.c.key)
                   & (other.c.is_source == sides.c.is_source) & (other.c.is_target == sides.c.is_target))
             .where(sides.c.key.in_(orgs), other.c.key.not_like("%:%"))
             .group_by(sides.c.key, other.c.key))
    codes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for org, code, n in conn.execute(query):
        codes[org].append((code, n))
    totals = dict(conn.execute(select(sides.c.key, func.count()).where(sides.c.key.in_(orgs))
                               .group_by(sides.c.key)).all())
    blocs = {org: found[0][0] for org, found in codes.items()
             if len(found) == 1 and found[0][1] == totals.get(org) and _is_bloc(found[0][0])}
    by_key = {r["key"]: r for r in rows}
    for org, code in blocs.items():
        if code in by_key:
            by_key[code] = {**by_key[code], "name": orgs[org]["name"],
                            "events": max(by_key[code]["events"], orgs[org]["events"])}
            del by_key[org]
    return list(by_key.values())


def _is_bloc(code: str) -> bool:
    """A code that is no country's (NATO, UN, EU)."""
    return pycountry.countries.get(alpha_3=code) is None if len(code) == 3 else True


def group_partners(rows: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """Partners that a reader would call by one name («La Chine», «Chine») as one, under the key with
    most events; `keys` lists every key grouped. Most events first."""
    articles = lang_data.load(lang, "readable")["name_articles"]
    grouped: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: -r["events"]):
        same = grouped.setdefault(_plain_name(row["name"], articles), {**row, "events": 0, "keys": []})
        same["events"] += row["events"]
        same["keys"].append(row["key"])
    return sorted(grouped.values(), key=lambda r: (-r["events"], r["key"]))


def _plain_name(name: str, articles: list[str]) -> str:
    """A name folded, without the article it may start with."""
    folded = fold(name).strip()
    for article in articles:
        joined = article.endswith("'")
        if folded.startswith(article if joined else article + " ") and len(folded) > len(article) + 1:
            return folded[len(article):].strip()
    return folded


# -- dyads ----------------------------------------------------------------------------------------


def dyad_timeline(store: SqlStore, f: EventFilter, period: str, page: Page) -> dict[str, Any]:
    """Events between two actors (either direction) and their counts per period and quad class."""
    if f.dyad is None:
        raise ValueError("dyad_timeline needs a filter with a dyad")
    a, b = f.dyad
    query = event_query(f, page)
    with store.engine.connect() as conn:
        counts = _dyad_counts(conn, query, store.dialect.period_start, period)
    bins: dict[str, Counter[str]] = defaultdict(Counter)
    for start, quad, n in counts:
        bins[_period_of(start, period)][QUAD_KEYS.get(quad, "other")] += n
    events = store.events(query)
    total = sum(n for _, _, n in counts)  # what count_events would answer, without reading the counts again
    return {
        "a": _side(store, a), "b": _side(store, b), "period": period,
        "quads": [{"key": k, **v} for k, v in QUADS.items()],
        "counts": [{"period": p, "counts": {q: bins[p][q] for q in QUADS}, "total": sum(bins[p].values())}
                   for p in sorted(bins, key=lambda p: (p == UNDATED, p))],
        "totals": {q: sum(c[q] for c in bins.values()) for q in QUADS},
        "events": _event_page(store, events, total, page),
    }


def _dyad_counts(conn: Any, query: Any, period_start: Any, period: str) -> list[tuple[str, int, int]]:
    """(period's start, quad number, events) of the dyad, summed per period by the database (a
    three-year timeline is a hundred rows, not thousands of days): from the kept counts, or a count
    of its filtered pairs."""
    if (pair := only_dyad(query)) is not None:
        days = schema.dyad_days
        start = period_start(days.c.day, period)
        rows = conn.execute(select(start, days.c.quad, func.sum(days.c[pair[2]]))
                            .where(days.c.a == pair[0], days.c.b == pair[1], days.c[pair[2]] > 0)
                            .group_by(start, days.c.quad))
        return [(first, quad, int(n)) for first, quad, n in rows]
    plan = event_plan(replace(query, limit=None, after=None))
    pairs = plan.driver
    start = period_start(func.coalesce(pairs.c.day_from, literal_column("''")), period)
    statement = (plan.count().with_only_columns(start, pairs.c.type, func.count()).group_by(start, pairs.c.type))
    return [(first or "", _quad_number(kind), n) for first, kind, n in conn.execute(statement)]


def _quad_number(event_type: str) -> int:
    return QUAD_NUMBER.get(quad_of(event_type) or "", 0)


def _side(store: SqlStore, key: str) -> dict[str, Any]:
    info = find_actor(store, key)
    return actor_summary(info) if info else {"key": key, "name": shown_name(key, kind_of(key), None),
                                             "kind": kind_of(key), "country": None,
                                             "mentions": 0, "articles": 0, "events": 0}


def _period_of(day: str | None, period: str) -> str:
    """The month (2024-05) or ISO week (2024-W21) of a day (or of a month, or of a week's Monday)."""
    if not day:
        return UNDATED
    if period == "month":
        return day[:7]
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


# -- places ---------------------------------------------------------------------------------------


def places_summary(store: SqlStore, f: EventFilter) -> dict[str, Any]:
    """Geocoded places with how often they are mentioned and how many matching events took place there.

    Places come from the articles in the filter's outlet; an event is placed at the geocoded
    place of its own article whose name is its place. When the filter picks particular events
    (an actor, a type...), only places where such events happened are kept.
    """
    located = _located_events(store, f)
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
    query = (select(pl, art.c.id.label("article_id")).join(art, art.c.seq == pl.c.article)
             .where(pl.c.lat.is_not(None), pl.c.lon.is_not(None),
                    *article_filters(ArticleQuery(outlet=f.outlet), store.dialect.name)))
    if f.article_id:
        query = query.where(art.c.id == f.article_id)
    with store.engine.connect() as conn:
        return list(conn.execute(query.order_by(pl.c.article, pl.c.position)).mappings())


def _located_events(store: SqlStore, f: EventFilter) -> dict[tuple[str, str], list[dict]]:
    """Matching events with a place, by (article_id, folded place name)."""
    ev, art = schema.events, schema.articles
    plan = event_plan(replace(event_query(f), limit=None))
    query = plan.select(art.c.id.label("article_id"), ev.c.position, ev.c.type, ev.c.status, ev.c.place, ev.c.date,
                        art.c.title).where(ev.c.place.is_not(None))
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
