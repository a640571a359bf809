"""Dates for filtering: what a user types (--since), publication times, and TIMEX3 event dates as day spans.

Filters work on days or UTC instants stored as ISO strings, which sort like the times they name
in SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from ..errors import ConfigError

# TIMEX3 values veille writes: a year, a month, an ISO week, a day (with an optional time or part of day).
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")

DaySpan = tuple[str, str]
# A filter bound: a day, an instant, or either as ISO text (what a command line or URL gives).
Bound = date | datetime | str


def parse_when(text: str, name: str = "date") -> date | datetime:
    """A day (2024-03-14) or an instant (2024-03-14T09:30, optionally with an offset) typed by a user."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError("V501", name=name, reason=f"{text!r} is not an ISO date like 2024-05-26") from None


def as_when(bound: Bound) -> date | datetime:
    """A bound as a date or datetime, parsing text."""
    return parse_when(bound) if isinstance(bound, str) else bound


@lru_cache(maxsize=65_536)
def published_utc(published: str | None) -> str | None:
    """The publication time as a sortable UTC string (a bare day or naive time is taken as UTC)."""
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return None
    return _utc_text(when)


def lower_bound(bound: Bound | None) -> str | None:
    """`since` as a UTC string: a day starts at its midnight."""
    if bound is None:
        return None
    when = as_when(bound)
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day)
    return _utc_text(when)


def upper_bound(bound: Bound | None) -> str | None:
    """`until` as an exclusive UTC string: a day includes all of itself."""
    if bound is None:
        return None
    when = as_when(bound)
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day) + timedelta(days=1)
        return _utc_text(when)
    # stored times have whole seconds: the second named is included
    return _utc_text(when.replace(microsecond=0) + timedelta(seconds=1))


def day_text(bound: Bound | None) -> str | None:
    """The day of a filter bound, for day-level comparisons."""
    if bound is None:
        return None
    when = as_when(bound)
    return (when.date() if isinstance(when, datetime) else when).isoformat()


@lru_cache(maxsize=65_536)
def timex_span(value: str | None) -> DaySpan | None:
    """The first and last day a TIMEX3 value covers (2024-05 -> May 1st..31st); None if it names no day."""
    if not value:
        return None
    if "/" in value:
        start, _, end = value.partition("/")
        first, last = timex_span(start), timex_span(end)
        return (first[0], last[1]) if first and last else None
    try:
        return _single_span(value.strip())
    except ValueError:  # a month 13 or a week 60: not a date
        return None


def _single_span(value: str) -> DaySpan | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    return None


def _utc_text(when: datetime) -> str:
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when.isoformat(timespec="seconds")
