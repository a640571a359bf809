"""What one matched time expression means: its TIMEX3 type and value, given its context.

One reader per kind of pattern (times_patterns.json); each takes the match and a Context
(publication moment, tense of the clause, days named nearby) and returns a Reading. The
calendar arithmetic is in veille.nlp.times.timex.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import timex
from .grammar import Candidate, fold, number_value, vocabulary
from .reaches import TimeReaches
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
    sentence_day: date | None = None  # the day a clock time or a part of day belongs to, when the text names it
    period: tuple[date, str] | None = None  # the last period named ("l'année précédente" counts from it)
    story_day: date | None = None  # the past day a story is about, for its weekdays and day-months
    story_year: int | None = None  # the past year a story is about, for its months and day-months
    pluperfect: bool = False  # the clause tells what had happened before the story's time
    clock_known: bool = True  # the publication time is known to the minute, not only its day
    reaches: TimeReaches = TimeReaches()  # the stage's config: how far a day-month's tense may move its year

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
    return 1 if not written[0].isdigit() else int(written.rstrip("erERe"))  # noqa: B005 (the letters of 1er, 2e, 3ème...)


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
    """The year written, else the story's, else the one the tense and the publication date imply."""
    if written:
        return int(written)
    if ctx.story_year is not None and modifier is None:
        return ctx.story_year
    if ctx.story_day is not None and modifier is None:
        return timex.infer_year(ctx.story_day, month, day, "past" if ctx.pluperfect else None, reaches=ctx.reaches)
    if ctx.day is None:
        return None
    return timex.infer_year(ctx.day, month, day, ctx.tense, modifier, reaches=ctx.reaches)


def _short_year(written: str) -> int:
    """'98' is 1998: two-digit years are only read from 30 to 99 (see {SHORTYEAR})."""
    return 1900 + int(written)


def _written_year(cand: Candidate, full: str = "y", short: str = "ys") -> str | None:
    if cand.parts.get(full):
        return cand.parts[full]
    return f"{_short_year(cand.parts[short]):04d}" if cand.parts.get(short) else None


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
    """entre 2001 et 2005, 2014-2020, 2024-25."""
    first = cand.parts["y1"]
    last = cand.parts.get("y2") or first[:2] + cand.parts["y2s"]
    return Reading("DATE", timex.range_value(first, last))


def read_range_weekdays(cand: Candidate, ctx: Context) -> Reading:
    """de lundi à mercredi: the coming days when the clause is to come, the last ones when it is past."""
    if ctx.day is None:
        return Reading("DATE", None)
    weekdays = vocabulary().weekdays
    first, last = weekdays[cand.part("wd1") or ""], weekdays[cand.part("wd2") or ""]
    if ctx.tense == "future":
        start = timex.weekday_date(ctx.day, first, "future")
        end = start + timedelta(days=(last - first) % 7)
    else:
        end = timex.weekday_date(ctx.day, last, "past")
        start = end - timedelta(days=(last - first) % 7)
    return Reading("DATE", timex.range_value(timex.day_value(start), timex.day_value(end)), start)


def read_month(cand: Candidate, ctx: Context) -> Reading:
    """en octobre, depuis avril, février prochain, septembre 2016, Mai 68."""
    month = _month(cand)
    year = _year(_written_year(cand), ctx, month, None, _modifier(cand))
    return Reading("DATE", timex.month_value(year, month) if year else None)


def read_year(cand: Candidate, ctx: Context) -> Reading:
    """En 2019, pour 2027, en 98."""
    return Reading("DATE", _written_year(cand))


def read_decade(cand: Candidate, ctx: Context) -> Reading:
    """les années 2000, les années quatre-vingt."""
    written = cand.part("dec") or ""
    tens = vocabulary().table("decade_words").get(written)
    if tens is not None:
        return Reading("DATE", f"19{tens}")
    return Reading("DATE", timex.decade_digits(written, ctx.anchor.year if ctx.anchor else None))


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
    if parts.get("season"):
        return read_season(cand, ctx)
    unit = vocabulary().span_units[cand.part("unit") or ""]
    offset = {"next": 1, "last": -1}.get(_modifier(cand, "umod") or "", 0)
    return Reading("DATE", timex.unit_period(ctx.day, unit, offset) if ctx.day else None)


def _this_week(cand: Candidate) -> bool:
    return (cand.part("det") or "").endswith("ce")


def read_weekday(cand: Candidate, ctx: Context) -> Reading:
    """vendredi, ce vendredi, jeudi soir, lundi prochain; in a story of a past day, the one nearest it."""
    weekday = vocabulary().weekdays[cand.part("wd") or ""]
    if ctx.story_day is not None and not cand.parts.get("mod"):
        day = timex.weekday_near(ctx.story_day, weekday, backward=True if ctx.pluperfect else None)
        return _day_reading(day, _part_of_day(cand))
    if ctx.day is None:
        return _day_reading(None, _part_of_day(cand))
    tense: Tense = "past" if cand.part("det") == "depuis" else ctx.tense
    day = timex.weekday_date(ctx.day, weekday, tense, _modifier(cand), this_week=_this_week(cand))
    return _day_reading(day, _part_of_day(cand))


def read_anaphoric_weekday(cand: Candidate, ctx: Context) -> Reading:
    """le lundi suivant, le jeudi précédent: counted from the last day named."""
    base = ctx.reference or ctx.day
    if base is None:
        return Reading("DATE", None)
    weekday = vocabulary().weekdays[cand.part("wd") or ""]
    forward = vocabulary().table("anaphoric_modifiers")[cand.part("amod") or ""] > 0
    step = timedelta(days=1 if forward else -1)
    day = base + step
    while day.weekday() != weekday:
        day += step
    return _day_reading(day)


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


def read_part_of_day(cand: Candidate, ctx: Context) -> Reading:
    """dans la matinée, en fin de soirée, dans la soirée de samedi, dans l'après-midi du 2 mars.

    Of the day written after it, else of the day the text is about (ctx.sentence_day), else
    of the publication day, or of the day before when the clause is past and that part of
    day had not begun when the article came out (a morning paper's "dans la soirée").
    """
    part = _day_part_code(cand)
    if cand.parts.get("wd"):
        return _day_reading(_named_weekday(cand, ctx), part)
    if cand.parts.get("d"):
        return _day_reading(read_date(cand, ctx).day, part)
    if ctx.sentence_day is not None:
        return _day_reading(ctx.sentence_day, part)
    if ctx.anchor is None:
        return _day_reading(None, part)
    day = ctx.anchor.date()
    not_begun = ctx.clock_known and vocabulary().table("part_starts")[fold(part)] > ctx.anchor.hour
    if ctx.tense == "past" and not_begun:
        day -= timedelta(days=1)
    return _day_reading(day, part)


def _day_part_code(cand: Candidate) -> str:
    """MO, AF, EV, NI, or DT for the day time: 'en fin de journée' is the evening."""
    vocab = vocabulary()
    word = cand.part("part") or ""
    if word in vocab.parts_of_day:
        return vocab.parts_of_day[word]
    span = vocab.span_words.get(cand.part("span") or "")
    return vocab.table("day_span_parts").get(span or "", "DT")


def _named_weekday(cand: Candidate, ctx: Context) -> date | None:
    if ctx.day is None and ctx.story_day is None:
        return None
    weekday = vocabulary().weekdays[cand.part("wd") or ""]
    if ctx.story_day is not None:
        return timex.weekday_near(ctx.story_day, weekday, backward=True if ctx.pluperfect else None)
    return timex.weekday_date(ctx.day, weekday, ctx.tense)  # type: ignore[arg-type]


def _unit_offset_reading(cand: Candidate, ctx: Context, offset: int) -> Reading:
    """this / last / next week, month, quarter, year, weekend, season, century."""
    if ctx.day is None:
        return Reading("DATE", None)
    unit = cand.part("unit") or ""
    vocab = vocabulary()
    if vocab.has("weekend_units", unit):
        return Reading("DATE", timex.weekend_value(ctx.day, offset + _weekend_gone(ctx, offset)))
    if unit in vocab.seasons:
        if offset == 0:
            return Reading("DATE", timex.season_instance(ctx.day, vocab.seasons[unit], ctx.tense))
        return Reading("DATE", timex.relative_season(ctx.day, vocab.seasons[unit], offset))
    code = vocab.table("period_units").get(unit) or vocab.units[unit]
    return Reading("DATE", timex.unit_period(ctx.day, code, offset))


def _weekend_gone(ctx: Context, offset: int) -> int:
    """-1 when "ce week-end" is told in the past on a weekday: the weekend just gone, not the coming one."""
    saturday = 5
    return -1 if offset == 0 and ctx.tense == "past" and ctx.day is not None and ctx.day.weekday() < saturday else 0


def read_this_unit(cand: Candidate, ctx: Context) -> Reading:
    """cette année, cette semaine, ce week-end."""
    return _unit_offset_reading(cand, ctx, 0)


def read_relative_unit(cand: Candidate, ctx: Context) -> Reading:
    """la semaine dernière, l'an dernier, le mois prochain, le week-end dernier."""
    return _unit_offset_reading(cand, ctx, 1 if _modifier(cand) == "next" else -1)


def read_season(cand: Candidate, ctx: Context) -> Reading:
    """l'été 2023, l'été 76, au printemps, depuis l'automne."""
    season = vocabulary().seasons[cand.part("season") or ""]
    written = _written_year(cand)
    if written:
        return Reading("DATE", timex.season_value(int(written), season))
    if ctx.story_year is not None:
        return Reading("DATE", timex.season_value(ctx.story_year, season))
    if ctx.day is None:
        return Reading("DATE", None)
    return Reading("DATE", timex.season_instance(ctx.day, season, ctx.tense, _modifier(cand)))


def read_quarter(cand: Candidate, ctx: Context) -> Reading:
    """au deuxième trimestre 2024, au premier semestre: 2024-Q2, 2024-H1."""
    vocab = vocabulary()
    code = vocab.periods[cand.part("period") or ""]
    number = vocab.ordinals[cand.part("ord") or ""]
    number = (4 if code == "Q" else 2) if number < 0 else number
    year = cand.parts.get("y") or (f"{ctx.day.year:04d}" if ctx.day else None)
    return Reading("DATE", f"{year}-{code}{number}" if year else None)


def read_recent(cand: Candidate, ctx: Context) -> Reading:
    """les 24 dernières heures, au cours des deux dernières années, les neuf premiers mois: a duration."""
    amount, unit = _amount(cand)
    return Reading("DURATION", timex.duration_value(amount, unit))


def _amount(cand: Candidate) -> tuple[float | None, str]:
    """How many units ('deux jours et demi' is 2.5), and the unit's code."""
    amount = number_value(cand.parts["n"]) if cand.parts.get("n") else 1.0
    if amount is not None and cand.parts.get("half"):
        amount += 0.5
    return amount, vocabulary().units[cand.part("unit") or ""]


def read_vague(cand: Candidate, ctx: Context) -> Reading:
    """plusieurs semaines, quelques jours, des années: a duration of unknown length (PXW)."""
    return Reading("DURATION", timex.duration_value(None, vocabulary().units[cand.part("unit") or ""]))


def read_vague_ref(cand: Candidate, ctx: Context) -> Reading:
    """il y a quelques années, dans quelques jours: some time back, or ahead."""
    return Reading("DATE", "PAST_REF" if (cand.part("dir") or "").startswith("il") else "FUTURE_REF")


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


def _singular(table: Mapping[str, Any], word: str | None) -> Any:
    """The table's entry for `word` as written, else for its singular: a word whose singular
    ends in -s ("printemps", "mois") is found as written, a plural ("lundis") without its -s."""
    word = word or ""
    return table[word] if word in table else table.get(word.rstrip("s"))


def read_set(cand: Candidate, ctx: Context) -> Reading:
    """chaque année, tous les deux ans, chaque lundi, deux jours par semaine, par mois, le mercredi, chaque été."""
    vocab = vocabulary()
    if cand.parts.get("per"):
        per = cand.part("per") or ""
        value = vocab.table("per_units").get(per) or timex.duration_value(1, vocab.units[per])
        return Reading("SET", value)
    if cand.parts.get("wd"):
        value = timex.weekday_set_value(_singular(vocab.weekdays, cand.part("wd")))
        part = cand.part("part")
        code = _singular(vocab.parts_of_day, part)
        return Reading("SET", timex.with_part_of_day(value, code) if code else value)
    if cand.parts.get("season"):
        return Reading("SET", f"XXXX-{_singular(vocab.seasons, cand.part('season'))}")
    if cand.parts.get("part"):
        word = cand.part("part") or ""
        code = _singular(vocab.parts_of_day, word) or ""
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


def read_clock_range(cand: Candidate, ctx: Context) -> Reading:
    """de 14h à 18h, entre 9h et 11h30: two clock times of one day."""
    hour, minute = clock_hour_minute(cand)
    last_hour, last_minute = int(cand.parts["h2"]), int(cand.parts.get("mi2") or 0)
    day = ctx.sentence_day or ctx.day
    base = timex.day_value(day) if day else "XXXX-XX-XX"
    value = timex.range_value(timex.with_clock(base, hour, minute), timex.with_clock(base, last_hour, last_minute))
    return Reading("TIME", value, day)


def read_clock(cand: Candidate, ctx: Context) -> Reading:
    """à 10 heures, 18:20 (UTC), 7 heures locales: on the day named in the sentence, else the publication day."""
    hour, minute = clock_hour_minute(cand)
    day = ctx.sentence_day or ctx.day
    if day is None:
        return Reading("TIME", timex.with_clock("XXXX-XX-XX", hour, minute))
    return Reading("TIME", timex.with_clock(timex.day_value(day), hour, minute), day)


def read_frequency(cand: Candidate, ctx: Context) -> Reading:
    """annuel, hebdomadaire, mensuellement: a SET of that period."""
    return Reading("SET", vocabulary().table("frequency_words")[cand.part("freq") or ""])


def read_anaphoric(cand: Candidate, ctx: Context) -> Reading:
    """la veille, le lendemain matin: the day before or after the last day named (else the publication day)."""
    offset = vocabulary().anaphoric_days[fold(cand.parts["ana"])]
    base = ctx.reference or ctx.day
    return _day_reading(base + timedelta(days=offset) if base else None, _part_of_day(cand))


def read_anaphoric_part(cand: Candidate, ctx: Context) -> Reading:
    """ce matin-là: a part of the last day named."""
    return _day_reading(ctx.reference or ctx.day, _part_of_day(cand))


def read_anaphoric_unit(cand: Candidate, ctx: Context) -> Reading:
    """l'année précédente, la semaine suivante, le mois d'avant, le jour même, ce jour-là.

    Counted from the last period the text named when it is as precise as the unit (a year
    from a year or a day, a week from a day...), else from the publication date.
    """
    vocab = vocabulary()
    unit = vocab.table("period_units")[cand.part("unit") or ""]
    offset = vocab.table("anaphoric_modifiers").get(cand.part("amod") or "même", 0)
    base = None
    if ctx.period is not None and timex.is_finer_or_same(ctx.period[1], unit):
        base = ctx.period[0]
    if unit == "D" and ctx.reference is not None:
        base = ctx.reference
    base = base or ctx.day
    if base is None:
        return Reading("DATE", None)
    value = timex.unit_period(base, unit, offset)
    day = base + timedelta(days=offset) if unit == "D" else None
    return Reading("DATE", value, day)


_READERS: dict[str, Callable[[Candidate, Context], Reading]] = {
    "date": read_date, "numeric_date": read_numeric_date, "range_days": read_range_days,
    "range_months": read_range_months, "range_years": read_range_years, "month": read_month,
    "year": read_year, "decade": read_decade, "century": read_century, "span": read_span,
    "weekday": read_weekday, "night": read_night, "relday": read_relative_day, "night_dates": read_night_dates, "last_night": read_last_night, "this_part": read_this_part,
    "this_unit": read_this_unit, "rel_unit": read_relative_unit, "season": read_season, "ago": read_ago,
    "ahead": read_ahead, "duration": read_duration, "set": read_set, "clock": read_clock,
    "anaphoric": read_anaphoric, "quarter": read_quarter, "recent": read_recent,
    "range_weekdays": read_range_weekdays, "clock_range": read_clock_range, "part_of_day": read_part_of_day,
    "anaphoric_part": read_anaphoric_part, "anaphoric_unit": read_anaphoric_unit,
    "anaphoric_weekday": read_anaphoric_weekday, "vague": read_vague, "vague_ref": read_vague_ref,
    "frequency": read_frequency,
}
