"""TIMEX3 values from the parts of a time expression and an anchor (the publication date).

Pure calendar arithmetic, no spaCy: the times stage reads the words, this module turns
what they mean ("the last Friday", "May without a year", "two months ago") into values:
`2024-03-08`, `2024-03`, `2024-W10`, `P5D`, `2024-03-14/2024-03-15`, `19` (a century)...

Unit codes used throughout: S, MIN, H (clock units), D, W, M, Y, DE (decade), CE (century).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal

from .reaches import TimeReaches

Tense = Literal["past", "future"] | None
Modifier = Literal["next", "last"] | None



def day_value(day: date) -> str:
    """A day: 2024-05-24."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """A month: 2024-05."""
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week holding a day: 2024-W21."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def with_part_of_day(value: str, part: str) -> str:
    """A day with a part of day (MO, AF, EV, NI): 2024-03-14TEV."""
    return f"{value}T{part}"


def with_clock(value: str, hour: int, minute: int = 0) -> str:
    """A day with a clock time: 2024-03-14T07:00."""
    return f"{value}T{hour:02d}:{minute:02d}"


def range_value(first: str, last: str) -> str:
    """A range of two values: 2024-03-14/2024-03-15."""
    return f"{first}/{last}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier when negative), clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(f"no valid day in {year}-{month}")


def weekday_date(anchor: date, weekday: int, tense: Tense = None, modifier: Modifier = None,
                 this_week: bool = False) -> date:
    """The day a weekday name (0 = Monday) points to, seen from the anchor.

    A bare weekday is the last one before the anchor, or the next one when its clause is
    future; the anchor's own weekday is the anchor itself. "ce vendredi" (this_week) is the
    one of the anchor's week unless the tense points the other way; "prochain" / "dernier"
    always move away from the anchor.
    """
    ahead = (weekday - anchor.weekday()) % 7
    behind = (anchor.weekday() - weekday) % 7
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    if modifier == "last":
        return anchor - timedelta(days=behind or 7)
    if this_week and tense is None:
        return anchor + timedelta(days=weekday - anchor.weekday())
    if tense == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=behind)


def infer_year(anchor: date, month: int, day: int | None = None, tense: Tense = None,
               modifier: Modifier = None, *, reaches: TimeReaches = TimeReaches()) -> int:
    """The year of a month (or day and month) written without one.

    The anchor's year, unless "prochain"/"dernier", the tense of the clause, or (with no
    tense) a distance of more than half a year says the nearer neighbouring year is meant.
    """
    year = anchor.year
    if day is None:
        if modifier == "next":
            return year + 1 if month <= anchor.month else year
        if modifier == "last":
            return year - 1 if month >= anchor.month else year
        if tense == "future" and month < anchor.month:
            return year + 1
        if tense == "past" and month > anchor.month:
            return year - 1
        if tense is None and abs(month - anchor.month) > 6:
            return year + 1 if month < anchor.month else year - 1
        return year
    candidate = _safe_date(year, month, day)
    if candidate is None:
        return year
    gap = (candidate - anchor).days
    if modifier == "next":
        return year + 1 if gap <= 0 else year
    if modifier == "last":
        return year - 1 if gap > 0 else year
    if tense == "future" and gap < -reaches.tense_slack_days:
        return year + 1
    if tense == "past" and gap > reaches.tense_slack_days:
        return year - 1
    if tense is None and abs(gap) > reaches.half_year_days:
        return year + 1 if gap < 0 else year - 1
    return year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def make_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None when the day does not exist (31 June)."""
    return _safe_date(year, month, day)


def unit_value(day: date, unit: str) -> str:
    """The calendar unit (D, W, M, Y, DE, CE) holding a day, as a value: the granularity of 'il y a trois semaines'."""
    if unit == "D":
        return day_value(day)
    if unit == "W":
        return week_value(day)
    if unit == "M":
        return month_value(day.year, day.month)
    if unit == "DE":
        return f"{day.year:04d}"[:3]
    if unit == "CE":
        return f"{day.year:04d}"[:2]
    return f"{day.year:04d}"


def shifted(anchor: datetime | date, amount: float, unit: str) -> str:
    """The point `amount` units after the anchor (before when negative), at that unit's granularity."""
    whole = int(round(amount))
    if unit in ("S", "MIN", "H"):
        moment = anchor if isinstance(anchor, datetime) else datetime(anchor.year, anchor.month, anchor.day)
        step = {"S": timedelta(seconds=1), "MIN": timedelta(minutes=1), "H": timedelta(hours=1)}[unit]
        moment = moment + step * amount
        return with_clock(moment.date().isoformat(), moment.hour, moment.minute)
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    if unit == "D":
        return day_value(day + timedelta(days=whole))
    if unit == "W":
        return week_value(day + timedelta(weeks=whole))
    if unit == "M":
        return unit_value(add_months(day, whole), "M")
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit, 1) * whole
    return f"{day.year + years:04d}"


def unit_period(anchor: date, unit: str, offset: int = 0) -> str:
    """The day, week, month, quarter, year... holding the anchor, moved by `offset` units: 'la semaine dernière' is (W, -1)."""
    if unit == "D":
        return day_value(anchor + timedelta(days=offset))
    if unit == "W":
        return week_value(anchor + timedelta(weeks=offset))
    if unit == "M":
        return unit_value(add_months(anchor, offset), "M")
    if unit in _PART_MONTHS:
        size = _PART_MONTHS[unit]
        moved = add_months(date(anchor.year, anchor.month, 1), offset * size)
        return f"{moved.year:04d}-{unit}{(moved.month - 1) // size + 1}"
    if unit == "DE":
        return f"{anchor.year // 10 + offset:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + offset:02d}"
    return f"{anchor.year + offset:04d}"


# Quarters and halves of a year, by their length in months.
_PART_MONTHS = {"Q": 3, "H": 6}


def period_start(value: str | None) -> tuple[date, str] | None:
    """The first day of the period a value names, and its unit: '2022' is (2022-01-01, Y), '2025-W07' a Monday (W).

    What 'l'année précédente' or 'la semaine suivante' count from; None for values that are
    not one period of the calendar (durations, sets, ranges, seasons).
    """
    if not value or "/" in value or value[0] in "PX":
        return None
    head = value.split("T")[0]
    try:
        if len(head) == 4 and head.isdigit():
            return date(int(head), 1, 1), "Y"
        year, rest = int(head[:4]), head[5:]
        if head[4:5] != "-":
            return None
        if rest[:1] == "W":
            return date.fromisocalendar(year, int(rest[1:3]), 1), "W"
        if rest[:1] in _PART_MONTHS:
            return date(year, (int(rest[1:]) - 1) * _PART_MONTHS[rest[0]] + 1, 1), rest[0]
        if len(rest) == 2:
            return date(year, int(rest), 1), "M"
        return date.fromisoformat(head), "D"
    except ValueError:
        return None


# Finer first: a period can be counted from a reference of its own unit or a finer one.
_GRAIN = ["D", "W", "M", "Q", "H", "Y", "DE", "CE"]


def is_finer_or_same(unit: str, than: str) -> bool:
    """Whether a period of `unit` is as precise as one of `than` ('D' is finer than 'M')."""
    return _GRAIN.index(unit) <= _GRAIN.index(than)


def weekday_near(day: date, weekday: int, backward: bool | None = None) -> date:
    """The weekday nearest a story's day (ties go forward); only before it when told as earlier, after when later.

    In a story about 8 August 2020 (a Saturday), "dimanche" is the 9th, "avaient commencé
    vendredi" the 7th.
    """
    ahead = (weekday - day.weekday()) % 7
    behind = (day.weekday() - weekday) % 7
    if backward is True:
        return day - timedelta(days=behind)
    if backward is False or ahead <= behind:
        return day + timedelta(days=ahead)
    return day - timedelta(days=behind)


def weekend_value(anchor: date, offset: int = 0) -> str:
    """The Saturday-Sunday range of the anchor's week, moved by `offset` weeks (the last one when -1)."""
    saturday = anchor + timedelta(days=5 - anchor.weekday() + 7 * offset)
    return range_value(day_value(saturday), day_value(saturday + timedelta(days=1)))


def season_value(year: int, season: str) -> str:
    """A season of a year (SP, SU, FA, WI): 2024-SU."""
    return f"{year:04d}-{season}"


# The month each season starts in; a winter is named after the year of its December.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def relative_season(anchor: date, season: str, offset: int = 0) -> str:
    """This season (0), the last one of that name (-1) or the next one (1), seen from the anchor."""
    start = _SEASON_START[season]
    # months since the start of this year's season of that name (negative: not begun yet)
    since = (anchor.month - start) if not (season == "WI" and anchor.month <= 2) else anchor.month + 12 - start
    year = anchor.year - (1 if season == "WI" and anchor.month <= 2 else 0)
    if offset < 0:
        return season_value(year if since >= 3 else year - 1, season)
    if offset > 0:
        return season_value(year if since < 0 else year + 1, season)
    return season_value(year, season)


def season_instance(anchor: date, season: str, tense: Tense = None, modifier: Modifier = None) -> str:
    """Which spring, summer... a season named without a year is, seen from the anchor.

    The one under way at the anchor; otherwise the last one when "dernier" or a past clause
    says so, the next one for "prochain" or a clause to come, and with no tense the nearer
    of the two. A winter is named after the year of its December.
    """
    start = _SEASON_START[season] - 1  # month index (0-11) where the season begins
    index = anchor.year * 12 + anchor.month - 1
    year = (index - start) // 12  # the last instance to have begun
    begun = index - (12 * year + start)  # months since it began, 0-11
    under_way = begun <= 2
    if modifier == "last":
        return season_value(year - 1 if under_way else year, season)
    if modifier == "next":
        return season_value(year + 1, season)
    if under_way:
        return season_value(year, season)
    if tense is None:
        tense = "past" if begun - 2 <= 12 - begun else "future"
    return season_value(year if tense == "past" else year + 1, season)


# Clock units are written after a T in durations; minutes share the letter M with months.
_CLOCK_LETTERS = {"S": "S", "MIN": "M", "H": "H"}


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def duration_value(amount: float | None, unit: str) -> str:
    """A duration: P2D, P1W, P20Y, PT5M; an unknown amount is X (PXD)."""
    count = "X" if amount is None else _number(amount)
    if unit in _CLOCK_LETTERS:
        return f"PT{count}{_CLOCK_LETTERS[unit]}"
    return f"P{count}{unit}"


def weekday_set_value(weekday: int) -> str:
    """Every such weekday: XXXX-WXX-1 for Mondays."""
    return f"XXXX-WXX-{weekday + 1}"


def century_range(number: int) -> str:
    """A whole century given by its ordinal: the 15th is 1400/1499."""
    first = (number - 1) * 100
    return range_value(f"{first:04d}", f"{first + 99:04d}")


def century_digits(number: int) -> str:
    """A century as TIMEX3 writes it: the 20th is 19."""
    return f"{number - 1:02d}"


def decade_digits(written: str, anchor_year: int | None = None) -> str:
    """A decade from how it is written ('2000', '90', '1960'): 200, 199, 196.

    Two digits are read in the last century unless that decade of this century has begun.
    """
    if len(written) >= 4:
        return written[:3]
    tens = int(written[-2:])
    if anchor_year is not None and 2000 + tens <= anchor_year:
        return f"20{tens // 10}"
    return f"19{tens // 10}"


def roman_to_int(numeral: str) -> int | None:
    """XXe -> 20; None when the letters are not a Roman numeral."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, previous = 0, 0
    for letter in reversed(numeral.upper()):
        value = values.get(letter)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None
