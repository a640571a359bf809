"""The explorer's pages: search, article, actors, dyads, events and map, over the API's own queries.

Each view parses its parameters with the API's dependencies and calls the same query function
as the matching /api/ route, then renders a Jinja2 template; nothing here touches SQL.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ..errors import ConfigError
from ..model.record import EventType, Status
from ..queries.actors import resolve_name, suggest_actors
from ..queries.aggregates import actor_detail, dyad_timeline, list_actors, places_summary, resolve_actor
from ..queries.filters import ArticleFilter, EventFilter, Page, split_dyad
from ..queries.filters import period as check_period
from ..queries.lists import (
    article_dict,
    event_dict,
    facets,
    get_article,
    list_events,
    search_articles,
    with_actor_names,
)
from ..queries.quads import QUADS, quad_of
from ..serving.deps import app_store, language_of, page, store_of
from ..serving.errors import ApiError
from ..serving.params import article_params, event_params
from ..store import SqlStore
from .annotate import annotated_html, evidence_html
from .charts import WIDE, Words, period_days, simple_bars, stacked_bars
from .interface import COOKIE, LANGUAGES, chosen_language, current, error_words, say
from .readable import readable

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(QUADS=QUADS, EVENT_TYPES=list(EventType.__members__), STATUSES=[s.value for s in Status])
templates.env.filters.update(quad=quad_of, evidence=evidence_html, keyurl=lambda key: quote(key or "", safe=":"),
                             readable=lambda value: readable(value, current.get()))
templates.env.globals.update(_=say)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page in the reader's interface language (remembered in a cookie when asked for by ?lang=)."""
    lang = _speak(request, app_store(request))  # the template's words and dates read it while it renders, here
    response = templates.TemplateResponse(
        request, name, {"nav": name.split(".")[0], "lang": lang, "languages": _switch(request), **context},
        status_code=status_code)
    if request.query_params.get("lang") == lang:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def _speak(request: Request, store: SqlStore) -> str:
    """Choose the interface language for this request now (for words made before the page renders)."""
    lang = chosen_language(request, store)
    current.set(lang)
    return lang


def _chart_words() -> Words:
    lang = current.get()
    return Words(period=lambda p: readable(p, lang), undated=say("chart.undated"), empty=say("chart.empty"))


def _switch(request: Request) -> list[tuple[str, str]]:
    """This page's address in each interface language."""
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    return [(code, f"{request.url.path}?{urlencode({**params, 'lang': code})}") for code in LANGUAGES]


def _pager(request: Request, window: Page, total: int) -> dict[str, str | int | None]:
    """Links to the previous and next pages, keeping every other parameter."""
    def at(offset: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "offset"}
        return f"{request.url.path}?{urlencode({**params, 'offset': offset})}"

    return {
        "first": window.offset + 1 if total else 0, "last": min(window.offset + window.limit, total), "total": total,
        "prev": at(max(0, window.offset - window.limit)) if window.offset > 0 else None,
        "next": at(window.offset + window.limit) if window.offset + window.limit < total else None,
    }


def render_error(request: Request, error: ApiError) -> Response:
    """An error as a page with the same status (used by the app's error handlers), worded in the
    interface's language; the library's English sentence when the interface has no words for it."""
    _speak(request, app_store(request))
    typed = request.query_params.get(str(error.values.get("name", "")), "")
    message = error_words(error.reason, {"value": typed, **error.values})
    return _page(request, "error.html", status_code=error.status, error=error, message=message or error.message,
                 details=[] if message else error.errors)


@router.get("/")
def search_page(
    request: Request, f: ArticleFilter = Depends(article_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> HTMLResponse:
    """Full-text search and filters over the articles."""
    hits, total = search_articles(store, f, window)
    return _page(request, "search.html", f=f, hits=hits, paging=_pager(request, window, total),
                 facets=facets(store), params=request.query_params)


@router.get("/articles/{article_id}")
def article_page(
    request: Request, article_id: str, store: SqlStore = Depends(store_of),
) -> HTMLResponse:
    """The article's text with its annotations in place, and its events."""
    article = article_dict(get_article(store, article_id))
    with_actor_names(store, article["events"])
    body = annotated_html(article, _speak(request, store))
    return _page(request, "article.html", article=article, body=body)


@router.get("/actors")
def actors_page(
    request: Request, q: str | None = Query(None), kind: str | None = Query(None),
    letter: str | None = Query(None, max_length=1), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> HTMLResponse:
    """Actors A to Z."""
    kind = kind if kind in ("state", "PER", "ORG") else None
    items, total = list_actors(store, q=q, kind=kind, letter=letter, page=window)
    return _page(request, "actors.html", actors=items, paging=_pager(request, window, total), letters=LETTERS,
                 letter=(letter or "").upper(), kind=kind, q=q or "", params=request.query_params)


@router.get("/actors/{key}")
def actor_page(
    request: Request, key: str, window: Page = Depends(page),
    store: SqlStore = Depends(store_of), language: str = Depends(language_of),
) -> HTMLResponse:
    """One actor across articles."""
    _speak(request, store)
    detail = actor_detail(store, resolve_actor(store, key), window, language)

    def articles_of(month: str) -> str:  # a bar leads to the articles whose mentions it counts
        since, until = period_days(month)
        return f"/?{urlencode({'entity': detail['actor']['key'], 'since': since, 'until': until})}"

    chart = simple_bars(detail["mentions_by_month"], "#4a6fa5", say("actor.mentions_chart"), words=_chart_words(),
                        link=articles_of)
    return _page(request, "actor.html", d=detail, chart=chart, paging=_pager(request, window, detail["events"]["total"]))


@router.get("/dyads", response_model=None)
def dyad_form(
    request: Request, a: str | None = Query(None), b: str | None = Query(None),
    store: SqlStore = Depends(store_of),
) -> Response:
    """Pick two actors by name or code; with both found, go to their dyad page, else suggest actors."""
    sides = [(typed.strip(), resolve_name(store, typed)) for typed in (a, b) if typed and typed.strip()]
    keys = [key for _, key in sides if key]
    if len(sides) == 2 and len(keys) == 2:
        return RedirectResponse(_dyad_url(keys[0], keys[1]), status_code=303)
    _speak(request, store)
    missing = [{"text": typed, "suggestions": suggest_actors(store, typed)} for typed, key in sides if not key]
    known = list_actors(store, q=None, kind=None, letter=None, page=Page(limit=10_000))[0]
    return _page(request, "dyad_form.html", actors=known, a=a or "", b=b or "", missing=missing,
                 other={typed: key for typed, key in sides if key})


def _dyad_url(a: str, b: str) -> str:
    return f"/dyads/{quote(a, safe=':')}-{quote(b, safe=':')}"


@router.get("/dyads/{pair}", response_model=None)
def dyad_page(
    request: Request, pair: str, period: str | None = Query(None), f: EventFilter = Depends(event_params),
    window: Page = Depends(page), store: SqlStore = Depends(store_of),
) -> Response:
    """A dyad's timeline coloured by quad class, and its events; a pair given by names goes to its keys' page."""
    _speak(request, store)
    try:
        keys = split_dyad(pair, store, name="pair")
    except ConfigError:
        if "-" not in pair:
            raise
        left, _, right = pair.partition("-")  # the form says which side is no actor and suggests some
        return RedirectResponse(f"/dyads?{urlencode({'a': left, 'b': right})}", status_code=303)
    if pair != "-".join(keys):
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(_dyad_url(*keys) + query, status_code=307)
    chosen = replace(f, dyad=keys, symmetric=True)
    data = dyad_timeline(store, chosen, check_period(period), window)
    layers = [{**q, "label": say(f"quad.{q['key']}")} for q in data["quads"]]

    def events_of(bar: str) -> str:  # a bar leads to the events it counts
        since, until = period_days(bar)
        return f"/events?{urlencode({'dyad': pair, 'since': since, 'until': until})}"

    chart = stacked_bars(data["counts"], layers, say("dyad.chart", a=data["a"]["name"], b=data["b"]["name"]),
                         words=_chart_words(), link=events_of, width=WIDE)
    return _page(request, "dyad.html", d=data, chart=chart, pair=pair, paging=_pager(request, window,
                                                                                     data["events"]["total"]))


@router.get("/events")
def events_page(
    request: Request, f: EventFilter = Depends(event_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> HTMLResponse:
    """The events table with the filters of `veille events`, exportable as CSV or JSON."""
    found, total = list_events(store, f, window)
    filters = {k: v for k, v in request.query_params.items() if k not in ("limit", "offset") and v}
    return _page(request, "events.html", events=with_actor_names(store, [event_dict(e) for e in found]), params=request.query_params,
                 paging=_pager(request, window, total), export=urlencode(filters), facets=facets(store))


@router.get("/map")
def map_page(
    request: Request, f: EventFilter = Depends(event_params),
    store: SqlStore = Depends(store_of),
) -> HTMLResponse:
    """Places and events on a world map drawn from locally installed outlines."""
    summary = places_summary(store, f)  # for the table under the map, and to fail early on bad filters
    filters = {k: v for k, v in request.query_params.items() if v and k != "lang"}

    def events_at(place: str) -> str:  # the events behind a place's count: the map's filters and the place
        return urlencode({**filters, "place": place})

    return _page(request, "map.html", places=summary["places"][:100], total=len(summary["places"]),
                 query=urlencode(filters), event_query=events_at, params=request.query_params, facets=facets(store))
