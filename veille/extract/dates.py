"""Publication dates as pages print them: ISO stamps from markup, dates in the language's words from text.

Month and weekday names are those of the time expressions (`times.json`): one date vocabulary
for the page's stamps and the article's text.

A date found with a time is precise to the minute, a date alone to the day; a UTC offset
or a zone name printed with the time makes the datetime aware, otherwise it stays naive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Literal

from ..lang import load

Precision = Literal["day", "minute"]


@dataclass(frozen=True)
class Published:
    """A publication time and how precise the source was."""

    when: datetime
    precision: Precision


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line: the parsed value and where it sits."""

    published: Published
    start: int
    end: int


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    return load(lang, "extract")


@lru_cache(maxsize=None)
def month_numbers(lang: str) -> dict[str, int]:
    """Month names and abbreviations as stamps print them, without their final dot, to their number:
    the months of the time expressions and the shorter forms only stamps use."""
    times = load(lang, "times")
    return {name.rstrip("."): number for name, number in {**times["months"], **times.get("stamp_months", {})}.items()}


def weekday_names(lang: str) -> list[str]:
    """The weekdays of the time expressions, Monday first."""
    return list(load(lang, "times")["weekdays"])


@lru_cache(maxsize=None)
def date_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The date regular expressions of `extract.json`, placeholders filled in, compiled once."""
    data = _data(lang)
    return tuple(re.compile(fill_placeholders(p, lang), re.IGNORECASE) for p in data["date_patterns"])


def fill_placeholders(pattern: str, lang: str) -> str:
    """Replace {month}, {weekday}, {time}, {zone} and {agency} by their alternations from the data."""
    data = _data(lang)
    # longest names first, so that "septembre" wins over "sept"
    months = "|".join(re.escape(m) for m in sorted(month_numbers(lang), key=len, reverse=True))
    agencies = "|".join(re.escape(a) for a in sorted(data["agencies"], key=len, reverse=True))
    if data.get("agency_generic"):  # any capitalised name in that slot: "ATHÈNES, 8 octobre (Le Progrès Alpin) -"
        agencies += "|" + data["agency_generic"]
    # zone names are capitals and whole words: "CET" is a zone, the start of "cette" is not
    zones = "|".join(re.escape(z) for z in sorted(data["zones"], key=len, reverse=True))
    # a day name may be cut ("mar.") or followed by a comma ("Mardi, 4 mars")
    weekdays = "|".join(weekday_names(lang)) + "|(?:" + "|".join(data.get("weekday_abbreviations", [])) + r")\."
    # month and day names are matched in any case, even inside case-sensitive patterns
    fills = {
        "{month}": f"(?i:{months})", "{weekday}": f"(?i:(?:{weekdays}),?)", "{agency}": agencies,
        "{time}": data["time"], "{zone}": data["zone"], "{zone_name}": f"(?-i:(?:{zones})\\b)",
    }
    for key, value in fills.items():
        pattern = pattern.replace(key, value)
    return pattern


def find_date(line: str, lang: str) -> DateMatch | None:
    """The first well-formed date in a line of text, with its time and offset when printed."""
    found = find_dates(line, lang)
    return found[0] if found else None


def find_dates(line: str, lang: str) -> list[DateMatch]:
    """Every well-formed date of a line, in order; where two readings overlap, the earlier and longer one."""
    found: list[DateMatch] = []
    for pattern in date_patterns(lang):
        for match in pattern.finditer(line):
            published = _from_match(match, lang)
            if published is not None:
                found.append(DateMatch(published, match.start(), match.end()))
    kept: list[DateMatch] = []
    for date_match in sorted(found, key=lambda m: (m.start, -m.end)):
        if not kept or date_match.start >= kept[-1].end:
            kept.append(date_match)
    return kept


def parse_stamp(value: str, lang: str) -> Published | None:
    """A date from markup (`2023-09-12T08:15:07+02:00`, `2023-09-12 08:15:07 +02:00`, or printed)."""
    found = find_date(value.strip(), lang)
    return found.published if found else None


def _from_match(match: re.Match[str], lang: str) -> Published | None:
    """Build the datetime from a match's named groups; None when the date is impossible."""
    groups = match.groupdict()
    month = _month_number(groups, lang)
    if month is None:
        return None
    year = int(groups["year"])
    if year < 100:  # "10/06/25": pages that print two digits mean this century
        year += 2000
    try:
        day = datetime(year, month, int(groups["day"]))
    except ValueError:
        return None
    if groups.get("hour") is None:
        return Published(day, "day")
    when = day.replace(
        hour=int(groups["hour"]), minute=int(groups.get("minute") or 0), second=int(groups.get("second") or 0)
    )
    tz = _offset(groups, lang)
    return Published(when.replace(tzinfo=tz) if tz else when, "minute")


def _month_number(groups: dict[str, str | None], lang: str) -> int | None:
    if groups.get("month_num"):
        number = int(groups["month_num"] or 0)
        return number if 1 <= number <= 12 else None
    name = (groups.get("month") or "").lower().rstrip(".")
    return month_numbers(lang).get(name)


def _offset(groups: dict[str, str | None], lang: str) -> timezone | None:
    """The UTC offset printed after the time: `+01:00`, `UTC+1`, `(UTC)`, `CEST`, `Z`."""
    raw = groups.get("iso_offset") or groups.get("offset")
    zone = groups.get("zone")
    if raw is None and zone:
        raw = _data(lang)["zones"].get(zone.upper())
    if raw is None:
        # "UTC" or "GMT" printed without a number is the zero offset
        return timezone.utc if groups.get("utc") else None
    return parse_offset(raw)


def parse_offset(raw: str) -> timezone | None:
    """`+01:00`, `+0100`, `+1`, `−2`, `Z` as a fixed timezone."""
    text = raw.replace("−", "-").replace(" ", "")
    if text.upper() == "Z":
        return timezone.utc
    match = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", text)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
