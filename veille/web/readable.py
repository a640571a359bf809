"""TIMEX3 values and ISO dates as a reader writes them: 2024-11-21TEV as «21 nov. 2024, soir», P2D as
«2 jours», 2025-W10 as «semaine 10 de 2025».

The words and their order come from `veille/lang/<lang>/readable.json`; the patterns below are
TIMEX3's own format (ISO 8601 with its extensions), not language. A value this module does not
know is shown as it is: the pages never hide what was stored.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .. import lang as lang_data

Words = dict[str, Any]

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])")
_DURATION = re.compile(r"P((?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|[YMWD]))*)(?:T((?:(?:\d+(?:\.\d+)?|X)[HMS])+))?")


def readable(value: str | None, lang: str) -> str:
    """The value in words of this interface language; the value itself when it is not one TIMEX3 writes."""
    if not value:
        return ""
    words = lang_data.load(lang, "readable")
    try:
        return _read(value.strip(), words) or value
    except (ValueError, IndexError, KeyError):  # a malformed value (month 13): shown raw
        return value


def _read(value: str, words: Words) -> str | None:
    if value in words["references"]:
        return words["references"][value]
    if "/" in value:
        start, _, end = value.partition("/")
        first, last = _read(start, words), _read(end, words)
        return words["range"].format(start=first, end=last) if first and last else None
    if value.startswith("P"):
        return _duration(value, words)
    for pattern, form in _POINTS:
        if found := pattern.fullmatch(value):
            return form(words, *found.groups())
    return None


def _day(words: Words, year: str, month: str, day: str) -> str:
    number = int(day)
    datetime(int(year), int(month), number)  # checks the day exists (ValueError)
    shown = words["first_day"] if number == 1 else str(number)
    return words["day"].format(day=shown, month=words["months"][int(month) - 1], year=int(year))


def _month(words: Words, year: str, month: str) -> str:
    if not 1 <= int(month) <= 12:
        raise ValueError(month)
    return words["month"].format(month=words["months"][int(month) - 1], year=int(year))


def _part_of_day(words: Words, year: str, month: str, day: str, part: str) -> str:
    return words["with_time"].format(date=_day(words, year, month, day), time=words["parts_of_day"][part])


def _instant(words: Words, text: str) -> str:
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))  # the time as the article wrote it, offset kept apart
    clock = words["clock"].format(hour=when.hour, minute=when.minute)
    date = _day(words, str(when.year), str(when.month), str(when.day))
    return words["with_time"].format(date=date, time=clock)


def _week(words: Words, year: str, week: str) -> str:
    return words["week"].format(week=int(week), year=int(year))


def _quarter(words: Words, year: str, kind: str, number: str) -> str:
    forms = words["quarters"] if kind == "Q" else words["halves"]
    return forms[int(number) - 1].format(year=int(year))


def _season(words: Words, year: str, season: str) -> str:
    name = words["seasons"][season]
    return name if year == "XXXX" else words["season"].format(season=name, year=int(year))


def _every_weekday(words: Words, day: str) -> str:
    return words["every_weekday"].format(weekday=words["weekdays"][int(day) - 1])


def _any_part_of_day(words: Words, part: str) -> str:
    return words["any_part_of_day"][part]


def _decade(words: Words, digits: str) -> str:
    return words["decade"].format(start=int(digits) * 10)


def _century(words: Words, digits: str) -> str:
    # TIMEX3 "19" is the years 1900-1999: the 20th century
    return words["century"].format(start=int(digits) * 100, roman=_roman(int(digits) + 1))


def _roman(number: int) -> str:
    """A century's number in Roman numerals (XXe siècle)."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _duration(value: str, words: Words) -> str | None:
    """P2D, P1.5M, PT30H, PXY (some years), P1Y6M: each amount with its unit, joined."""
    found = _DURATION.fullmatch(value)
    if not found or not (found.group(1) or found.group(2)):
        return None
    parts = [_amount(n, unit, words) for n, unit in _DURATION_PART.findall(found.group(1) or "")]
    parts += [_amount(n, "TM" if unit == "M" else unit, words) for n, unit in _DURATION_PART.findall(found.group(2) or "")]
    return words["and"].join(parts)


def _amount(number: str, unit: str, words: Words) -> str:
    one, many = words["units"][unit]
    if number == "X":
        return words["some_units"].format(unit=many)
    amount = float(number)
    shown = str(int(amount)) if amount.is_integer() else number.replace(".", words["decimal"])
    singular = amount < 2 if words["plural"] == "below two" else amount == 1
    return f"{shown} {one if singular else many}"


_POINTS: list[tuple[re.Pattern[str], Callable[..., str]]] = [
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), _day),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)"), _part_of_day),
    (re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)"), _instant),
    (re.compile(r"(\d{4})-(\d{2})"), _month),
    (re.compile(r"(\d{4})-W(\d{2})"), _week),
    (re.compile(r"(\d{4})-(Q|H)([1-4])"), _quarter),
    (re.compile(r"(\d{4}|XXXX)-(SP|SU|FA|WI)"), _season),
    (re.compile(r"XXXX-WXX-([1-7])"), _every_weekday),
    (re.compile(r"XXXX-XX-XXT(MO|MI|AF|EV|NI|DT)"), _any_part_of_day),
    (re.compile(r"(\d{4})"), lambda words, year: str(int(year))),
    (re.compile(r"(\d{3})"), _decade),
    (re.compile(r"(\d{2})"), _century),
]
