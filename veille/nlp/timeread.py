"""What one matched time expression means: its TIMEX3 type and value, given its context.

One reader per kind of pattern (times_patterns.json); each takes the match and a Context
(publication moment, tense of the clause, days named nearby) and returns a Reading. The
calendar arithmetic is in veille.nlp.timex.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from . import timex
from .timegrammar import Candidate, fold, number_value, vocabulary
from .timex import Modifier, Tense


@dataclass(frozen=True)
class Reading:
    """What an expression means: a TIMEX3 type and value, and the day it names when it names one."""

    type: str
    value: str | None
    day: date | None = None


@dataclass(frozen=True)
class Context:
    """What a reader may look at besides the words matched."""

    anchor: datetime | None  # the publication moment
    tense: Tense = None  # of the clause the expression sits in
    reference: date | None = None  # the last day named before the expression ("la veille" of it)
    sentence_day: date | None = None  # a day named in the same sentence (the day of a clock time)

    @property
    def day(self) -> date | None:
        return self.anchor.date() if self.anchor else None


def read(cand: Candidate, ctx: Context) -> Reading:
    """The meaning of one candidate; a value of None when the anchor it needs is unknown."""
    return _READERS[cand.kind](cand, ctx)


def _modifier(cand: Candidate, name: str = "mod") -> Modifier:
    word = cand.part(name)
    if word is None:
        return None
    lists = vocabulary().lists
    if word in lists["next_words"]:
        return "next"
    return "last" if word in lists["last_words"] else None


def _day_number(written: str) -> int:
    return 1 if not written[0].isdigit() else int(written.rstrip("erERe"))


def _month(cand: Candidate, name: str = "m") -> int:
    return vocabulary().months[cand.part(name) or ""]


def _part_of_day(cand: Candidate) -> str | None:
    word = cand.part("part") or cand.part("part2")
    return vocabulary().parts_of_day.get(word) if word else None


def _day_reading(day: date | None, part: str | None = None) -> Reading:
    """A day, as DATE, or as TIME with a part of day."""
    if day is None:
        return Reading("TIME" if part else "DATE", None)
    value = timex.day_value(day)
    if part:
        return Reading("TIME", timex.with_part_of_day(value, part), day)
    return Reading("DATE", value, day)


def _year(written: str | None, ctx: Context, month: int, day: int | None, modifier: Modifier = None) -> int | None:
    if written:
        return int(written)
    if ctx.day is None:
        return None
    return timex.infer_year(ctx.day, month, day, ctx.tense, modifier)


def read_date(cand: Candidate, ctx: Context) -> Reading:
    """le 9 mars, mardi 14 octobre, le 3 mars 2019, le 12 avril dernier."""
    day, month = _day_number(cand.parts["d"]), _month(cand)
    year = _year(cand.parts.get("y"), ctx, month, day, _modifier(cand))
    return _day_reading(timex.make_date(year, month, day) if year else None, _part_of_day(cand))


def read_numeric_date(cand: Candidate, ctx: Context) -> Reading:
    """14/03/2024, 2024-03-14."""
    return _day_reading(timex.make_date(int(cand.parts["y"]), int(cand.parts["m"]), int(cand.parts["d"])))


def read_range_days(cand: Candidate, ctx: Context) -> Reading:
    """les 14 et 15 mars, du 3 juillet au 9 août 2015."""
    first, last = _day_range(cand, ctx)
    if first is None or last is None:
        return Reading("DATE", None)
    return Reading("DATE", timex.range_value(timex.day_value(first), timex.day_value(last)), first)


def read_night_dates(cand: Candidate, ctx: Context) -> Reading:
    """dans la nuit du 3 au 4 juillet: the night that begins on the first day."""
    first, _ = _day_range(cand, ctx)
    return _day_reading(first, "NI")


def _day_range(cand: Candidate, ctx: Context) -> tuple[date | None, date | None]:
    """The first and last days of 'du 3 au 5 juin', the first month and year taken from the last when unwritten."""
    last_day, last_month = _day_number(cand.parts["d2"]), _month(cand, "m2")
    first_day = _day_number(cand.parts["d1"])
    first_month = _month(cand, "m1") if cand.parts.get("m1") else last_month
    last_year = _year(cand.parts.get("y2"), ctx, last_month, last_day)
    if last_year is None:
        return None, None
    first_year = int(cand.parts["y1"]) if cand.parts.get("y1") else \
        last_year - ((first_month, first_day) > (last_month, last_day))
    return timex.make_date(first_year, first_month, first_day), timex.make_date(last_year, last_month, last_day)


def read_range_months(cand: Candidate, ctx: Context) -> Reading:
    """de janvier à mars 2024."""
    last_month = _month(cand, "m2")
    last_year = _year(cand.parts.get("y2"), ctx, last_month, None)
    if last_year is None:
        return Reading("DATE", None)
    first_month = _month(cand, "m1")
    first_year = int(cand.parts["y1"]) if cand.parts.get("y1") else last_year - (first_month > last_month)
    return Reading("DATE", timex.range_value(timex.month_value(first_year, first_month),
                                             timex.month_value(last_year, last_month)))


def read_range_years(cand: Candidate, ctx: Context) -> Reading:
    """entre 2001 et 2005, 2014-2020."""
    return Reading("DATE", timex.range_value(cand.parts["y1"], cand.parts["y2"]))


def read_month(cand: Candidate, ctx: Context) -> Reading:
    """en octobre, depuis avril, février prochain, septembre 2016."""
    month = _month(cand)
    year = _year(cand.parts.get("y"), ctx, month, None, _modifier(cand))
    return Reading("DATE", timex.month_value(year, month) if year else None)


def read_year(cand: Candidate, ctx: Context) -> Reading:
    """En 2019, pour 2027."""
    return Reading("DATE", cand.parts["y"])


def read_decade(cand: Candidate, ctx: Context) -> Reading:
    """les années 2000."""
    return Reading("DATE", timex.decade_digits(cand.parts["dec"], ctx.anchor.year if ctx.anchor else None))


def _century_number(written: str) -> int | None:
    return int(written) if written.isdigit() else timex.roman_to_int(written)


def read_century(cand: Candidate, ctx: Context) -> Reading:
    """le XIIe siècle: the whole century as a range of years."""
    number = _century_number(cand.parts["cn"])
    return Reading("DATE", timex.century_range(number) if number else None)


def read_span(cand: Candidate, ctx: Context) -> Reading:
    """au début du mois, la fin du XIXe siècle, au début des années 1990, fin 2021, mi-octobre.

    The value is the period the beginning, middle or end belongs to.
    """
    parts = cand.parts
    year = parts.get("y0") or parts.get("y2")
    if year:
        return Reading("DATE", year)
    if parts.get("dec"):
        return read_decade(cand, ctx)
    if parts.get("cn"):
        number = _century_number(parts["cn"])
        return Reading("DATE", timex.century_digits(number) if number else None)
    if parts.get("m"):
        month = _month(cand)
        found = _year(parts.get("y1"), ctx, month, None)
        return Reading("DATE", timex.month_value(found, month) if found else None)
    unit = vocabulary().span_units[cand.part("unit") or ""]
    offset = {"next": 1, "last": -1}.get(_modifier(cand, "umod") or "", 0)
    return Reading("DATE", timex.unit_period(ctx.day, unit, offset) if ctx.day else None)


def _this_week(cand: Candidate) -> bool:
    return (cand.part("det") or "").endswith("ce")


def read_weekday(cand: Candidate, ctx: Context) -> Reading:
    """vendredi, ce vendredi, jeudi soir, lundi prochain."""
    if ctx.day is None:
        return _day_reading(None, _part_of_day(cand))
    weekday = vocabulary().weekdays[cand.part("wd") or ""]
    tense: Tense = "past" if cand.part("det") == "depuis" else ctx.tense
    day = timex.weekday_date(ctx.day, weekday, tense, _modifier(cand), this_week=_this_week(cand))
    return _day_reading(day, _part_of_day(cand))


def read_night(cand: Candidate, ctx: Context) -> Reading:
    """dans la nuit de jeudi à vendredi: the night that begins on the first day."""
    if ctx.day is None:
        return Reading("TIME", None)
    weekdays = vocabulary().weekdays
    if cand.parts.get("wd2"):
        morning = timex.weekday_date(ctx.day, weekdays[cand.part("wd2") or ""], ctx.tense)
        day = morning - timedelta(days=1)
    else:
        day = timex.weekday_date(ctx.day, weekdays[cand.part("wd") or ""], ctx.tense)
    return _day_reading(day, "NI")


def read_relative_day(cand: Candidate, ctx: Context) -> Reading:
    """aujourd'hui, hier, demain matin, hier soir."""
    offset = vocabulary().relative_days[cand.part("rel") or ""]
    day = ctx.day + timedelta(days=offset) if ctx.day else None
    return _day_reading(day, _part_of_day(cand))


def read_last_night(cand: Candidate, ctx: Context) -> Reading:
    """la nuit dernière: the night that began the day before publication."""
    return _day_reading(ctx.day - timedelta(days=1) if ctx.day else None, "NI")


def read_this_part(cand: Candidate, ctx: Context) -> Reading:
    """ce matin, ce soir, cette nuit: a part of the publication day."""
    return _day_reading(ctx.day, _part_of_day(cand))


def _unit_offset_reading(cand: Candidate, ctx: Context, offset: int) -> Reading:
    """this / last / next week, month, year, weekend, season, century."""
    if ctx.day is None:
        return Reading("DATE", None)
    unit = cand.part("unit") or ""
    vocab = vocabulary()
    if unit.startswith("week"):
        return Reading("DATE", timex.weekend_value(ctx.day, offset))
    if unit in vocab.seasons:
        return Reading("DATE", timex.relative_season(ctx.day, vocab.seasons[unit], offset))
    return Reading("DATE", timex.unit_period(ctx.day, vocab.units[unit], offset))


def read_this_unit(cand: Candidate, ctx: Context) -> Reading:
    """cette année, cette semaine, ce week-end."""
    return _unit_offset_reading(cand, ctx, 0)


def read_relative_unit(cand: Candidate, ctx: Context) -> Reading:
    """la semaine dernière, l'an dernier, le mois prochain, le week-end dernier."""
    return _unit_offset_reading(cand, ctx, 1 if _modifier(cand) == "next" else -1)


def read_season(cand: Candidate, ctx: Context) -> Reading:
    """l'été 2023."""
    return Reading("DATE", timex.season_value(int(cand.parts["y"]), vocabulary().seasons[cand.part("season") or ""]))


def read_quarter(cand: Candidate, ctx: Context) -> Reading:
    """au deuxième trimestre 2024, au premier semestre: 2024-Q2, 2024-H1."""
    vocab = vocabulary()
    code = vocab.periods[cand.part("period") or ""]
    number = vocab.ordinals[cand.part("ord") or ""]
    number = (4 if code == "Q" else 2) if number < 0 else number
    year = cand.parts.get("y") or (f"{ctx.day.year:04d}" if ctx.day else None)
    return Reading("DATE", f"{year}-{code}{number}" if year else None)


def read_recent(cand: Candidate, ctx: Context) -> Reading:
    """les 24 dernières heures, au cours des deux dernières années: a duration up to (or from) now."""
    amount, unit = _amount(cand)
    return Reading("DURATION", timex.duration_value(amount, unit))


def _amount(cand: Candidate) -> tuple[float | None, str]:
    return number_value(cand.parts["n"]) if cand.parts.get("n") else 1.0, vocabulary().units[cand.part("unit") or ""]


def read_ago(cand: Candidate, ctx: Context) -> Reading:
    """il y a trois semaines: the point that far back, at the unit's granularity."""
    amount, unit = _amount(cand)
    kind = "TIME" if unit in ("H", "MIN", "S") else "DATE"
    if ctx.anchor is None or amount is None:
        return Reading(kind, None)
    return Reading(kind, timex.shifted(ctx.anchor, -amount, unit))


def read_ahead(cand: Candidate, ctx: Context) -> Reading:
    """dans un peu plus de trois semaines, d'ici deux ans."""
    amount, unit = _amount(cand)
    kind = "TIME" if unit in ("H", "MIN", "S") else "DATE"
    if ctx.anchor is None or amount is None:
        return Reading(kind, None)
    return Reading(kind, timex.shifted(ctx.anchor, amount, unit))


def read_duration(cand: Candidate, ctx: Context) -> Reading:
    """cinq jours, pendant trois mois, 15 ans plus tard."""
    amount, unit = _amount(cand)
    return Reading("DURATION", timex.duration_value(amount, unit))


def read_set(cand: Candidate, ctx: Context) -> Reading:
    """chaque année, tous les deux ans, chaque lundi, deux jours par semaine."""
    vocab = vocabulary()
    if cand.parts.get("per"):
        return Reading("SET", timex.duration_value(1, vocab.units[cand.part("per") or ""]))
    if cand.parts.get("wd"):
        return Reading("SET", timex.weekday_set_value(vocab.weekdays[(cand.part("wd") or "").rstrip("s")]))
    if cand.parts.get("part"):
        word = cand.part("part") or ""
        code = vocab.parts_of_day.get(word) or vocab.parts_of_day.get(word.rstrip("s"), "")
        return Reading("SET", f"XXXX-XX-XXT{code}")
    amount, unit = _amount(cand)
    return Reading("SET", timex.duration_value(amount, unit))


def clock_hour_minute(cand: Candidate) -> tuple[int, int]:
    """The hour and minute a clock expression gives."""
    if cand.parts.get("cw"):
        return vocabulary().clock_words[cand.part("cw") or ""], 0
    hour = int(cand.parts["h"])
    if hour < 12 and vocabulary().has("afternoon_zones", cand.part("tz") or ""):
        hour += 12  # "8 heures du soir"
    return hour, int(cand.parts.get("mi") or 0)


def read_clock(cand: Candidate, ctx: Context) -> Reading:
    """à 10 heures, 18:20 (UTC), 7 heures locales: on the day named in the sentence, else the publication day."""
    hour, minute = clock_hour_minute(cand)
    day = ctx.sentence_day or ctx.day
    if day is None:
        return Reading("TIME", timex.with_clock("XXXX-XX-XX", hour, minute))
    return Reading("TIME", timex.with_clock(timex.day_value(day), hour, minute), day)


def read_anaphoric(cand: Candidate, ctx: Context) -> Reading:
    """la veille, le lendemain: the day before or after the last day named (else the publication day)."""
    offset = vocabulary().anaphoric_days[fold(cand.parts["ana"])]
    base = ctx.reference or ctx.day
    return _day_reading(base + timedelta(days=offset) if base else None)


_READERS: dict[str, Callable[[Candidate, Context], Reading]] = {
    "date": read_date, "numeric_date": read_numeric_date, "range_days": read_range_days,
    "range_months": read_range_months, "range_years": read_range_years, "month": read_month,
    "year": read_year, "decade": read_decade, "century": read_century, "span": read_span,
    "weekday": read_weekday, "night": read_night, "relday": read_relative_day, "night_dates": read_night_dates, "last_night": read_last_night, "this_part": read_this_part,
    "this_unit": read_this_unit, "rel_unit": read_relative_unit, "season": read_season, "ago": read_ago,
    "ahead": read_ahead, "duration": read_duration, "set": read_set, "clock": read_clock,
    "anaphoric": read_anaphoric, "quarter": read_quarter, "recent": read_recent,
}
