"""Response models: what /openapi.json documents, derived from the record contract (veille.model.record).

The article's fields and their types are the Record's (ARTICLE_FIELDS), not written again here.
"""
from __future__ import annotations

from typing import Any, get_type_hints

from pydantic import BaseModel, Field, create_model

from ..model.record import ARTICLE_FIELDS, Record


def article_fields(*names: str) -> dict[str, Any]:
    """The Record's article fields of these names (all of them by default), typed as the Record types
    them, each required in an answer (a null is written, never left out)."""
    hints = get_type_hints(Record)
    return {name: (hints[name], ...) for name in names or ARTICLE_FIELDS}


class ErrorBody(BaseModel):
    """The one error envelope (veille.serving.errors.error_body)."""

    ok: bool = False
    error: str = Field(description="one readable sentence saying what was wrong and with which parameter")
    errors: list[dict[str, Any]] = Field(description="each problem: loc (where) and msg (what)")
    status: int


class PageInfo(BaseModel):
    total: int = Field(description="how many items match, all pages together")
    limit: int
    offset: int


ArticleHit = create_model(
    "ArticleHit", **article_fields("id", "name", "title", "published", "outlet", "language", "url"),
    counts=(dict[str, int], Field(description="entities, times, places, quotes and events found")),
    snippet=(str, Field(description="HTML: the passage around the matched words, which are in <mark>")),
)


# ArticleHit is a model made from the Record's fields at import: a type mypy cannot see, pydantic can.
ArticlePage = create_model("ArticlePage", __base__=PageInfo, items=(list[ArticleHit], ...))  # type: ignore[valid-type]


class MentionOut(BaseModel):
    text: str
    start: int
    end: int


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    country: str | None
    kind: str | None
    mentions: list[MentionOut]
    actor: str | None = Field(description="the actor key this entity counts for (GET /api/actors/{key})")


class ActorRef(BaseModel):
    name: str
    code: str | None
    sector: str | None = None
    entity_id: str | None = None
    key: str | None = Field(None, description="actor key: the entity's own actor, else the code")
    actor: str | None = Field(None, description="the name the actor under `key` goes by across articles "
                              "(`name` is how this article wrote it)")


class EventOut(BaseModel):
    id: str = Field(description="ARTICLE_ID:POSITION")
    article_id: str
    position: int
    title: str | None
    published: str | None
    outlet: str | None
    type: str
    quad: str | None = Field(description="verbal-cooperation, material-cooperation, verbal-conflict, material-conflict")
    status: str
    source: list[ActorRef]
    target: list[ActorRef]
    place: str | None
    date: str | None
    mode: str | None
    cameo: str | None
    background: bool
    sentence: str
    trigger: str
    confidence: float


class EventPage(PageInfo):
    items: list[EventOut]
    next: str | None = Field(None, description="pass as `after` for the next page (None on the last page)")


class TimeOut(BaseModel):
    text: str
    type: str
    value: str | None
    start: int
    end: int


class PlaceOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None
    entity_id: str | None = None


class QuoteOut(BaseModel):
    text: str
    speaker: str | None
    direct: bool
    start: int
    end: int
    speaker_id: str | None = None


ArticleOut = create_model(
    "ArticleOut", __doc__="A stored record with offsets kept, plus each entity's actor key and each event's quad class.",
    **article_fields(), entities=(list[EntityOut], ...), times=(list[TimeOut], ...), places=(list[PlaceOut], ...),
    quotes=(list[QuoteOut], ...), events=(list[EventOut], ...),
)


class ActorOut(BaseModel):
    key: str = Field(description="a code (RUS, NATO) or TYPE:normalised-name (PER:ion-vrabie)")
    name: str
    kind: str = Field(description="state (codes, blocs included), PER or ORG")
    country: str | None
    mentions: int
    articles: int
    events: int


class ActorPage(PageInfo):
    items: list[ActorOut]


class PeriodCount(BaseModel):
    period: str
    count: int


class ActorQuote(BaseModel):
    article_id: str
    title: str | None
    published: str | None
    text: str
    speaker: str | None
    direct: bool
    start: int
    end: int


class Partner(BaseModel):
    key: str
    name: str
    events: int


class ActorDetail(BaseModel):
    actor: ActorOut
    aliases: list[str]
    mentions_by_month: list[PeriodCount]
    quotes: list[ActorQuote]
    partners: list[Partner]
    events: EventPage


class QuadOut(BaseModel):
    key: str
    label: str
    colour: str


class DyadCount(BaseModel):
    period: str = Field(description="2024-05 (month), 2024-W21 (ISO week) or undated")
    counts: dict[str, int] = Field(description="events per quad class")
    total: int


class DyadOut(BaseModel):
    a: ActorOut
    b: ActorOut
    period: str
    quads: list[QuadOut]
    counts: list[DyadCount]
    totals: dict[str, int]
    events: EventPage


class MapPlace(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    feature: str | None
    mentions: int
    articles: int
    events: int
    quads: dict[str, int]
    sample: list[dict[str, Any]]


class CountryCount(BaseModel):
    country: str
    numeric: str | None = Field(description="ISO 3166-1 numeric, as the world outlines are keyed")
    mentions: int
    events: int


class PlacesOut(PageInfo):
    places: list[MapPlace]
    countries: list[CountryCount]
