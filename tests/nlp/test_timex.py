"""veille.nlp.times.timex: calendar arithmetic behind TIMEX3 values, tested without any model."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from veille.nlp.times import timex

SUNDAY = date(2024, 5, 26)
FRIDAY = date(2024, 11, 22)


@pytest.mark.parametrize(
    ("anchor", "weekday", "tense", "modifier", "this_week", "expected"),
    [
        (SUNDAY, 4, None, None, False, date(2024, 5, 24)),  # bare "vendredi": the last one
        (SUNDAY, 6, None, None, False, SUNDAY),  # the publication day itself
        (FRIDAY, 1, "future", None, False, date(2024, 11, 26)),  # "se réuniront mardi"
        (FRIDAY, 2, "future", None, False, date(2024, 11, 27)),  # "attendu mercredi"
        (FRIDAY, 3, "past", None, False, date(2024, 11, 21)),
        (FRIDAY, 0, None, "next", False, date(2024, 11, 25)),  # "lundi prochain"
        (FRIDAY, 4, None, "last", False, date(2024, 11, 15)),  # "vendredi dernier"
        (date(2012, 6, 23), 4, None, None, True, date(2012, 6, 22)),  # "ce vendredi" on a Saturday
        (date(2024, 3, 4), 4, None, None, True, date(2024, 3, 8)),  # "ce vendredi" on a Monday
    ],
)
def test_timex_weekday_date_follows_tense_and_modifiers(anchor, weekday, tense, modifier, this_week, expected):
    assert timex.weekday_date(anchor, weekday, tense, modifier, this_week) == expected


@pytest.mark.parametrize(
    ("anchor", "month", "day", "tense", "modifier", "expected"),
    [
        (SUNDAY, 5, 6, None, None, 2024),
        (FRIDAY, 1, None, None, "next", 2025),  # "janvier prochain"
        (date(2012, 7, 5), 6, None, None, "last", 2012),  # "juin dernier"
        (date(2012, 6, 5), 6, None, None, "last", 2011),
        (date(2025, 1, 5), 12, 20, None, None, 2024),  # no tense: the nearer December
        (date(2025, 1, 5), 12, None, "past", None, 2024),
        (date(2024, 11, 22), 2, None, "future", None, 2025),
        (date(2024, 5, 22), 7, 14, "past", None, 2023),  # a July day told in the past, in May
        (date(2012, 9, 4), 11, None, None, None, 2012),
    ],
)
def test_timex_infer_year_picks_the_sensible_year(anchor, month, day, tense, modifier, expected):
    assert timex.infer_year(anchor, month, day, tense, modifier) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [(2, "D", "P2D"), (1, "W", "P1W"), (20, "Y", "P20Y"), (3, "M", "P3M"), (5, "MIN", "PT5M"),
     (48, "H", "PT48H"), (None, "D", "PXD"), (1.5, "Y", "P1.5Y")],
)
def test_timex_duration_value_writes_timex3_durations(amount, unit, expected):
    assert timex.duration_value(amount, unit) == expected


def test_timex_shifted_keeps_the_granularity_of_the_unit():
    anchor = datetime(2012, 7, 12, 9, 30, tzinfo=timezone.utc)
    assert timex.shifted(anchor, -2, "M") == "2012-05"
    assert timex.shifted(anchor, 1, "M") == "2012-08"
    assert timex.shifted(anchor, -3, "D") == "2012-07-09"
    assert timex.shifted(anchor, -8, "Y") == "2004"
    assert timex.shifted(anchor, -3, "H") == "2012-07-12T06:30"
    assert timex.shifted(date(2024, 5, 22), -1, "W") == "2024-W20"


def test_timex_unit_period_names_this_last_and_next_periods():
    assert timex.unit_period(SUNDAY, "W", -1) == "2024-W20"
    assert timex.unit_period(SUNDAY, "M") == "2024-05"
    assert timex.unit_period(SUNDAY, "Y", -1) == "2023"
    assert timex.unit_period(SUNDAY, "CE") == "20"
    assert timex.unit_period(date(2024, 1, 31), "M", 1) == "2024-02"


def test_timex_weekend_value_is_saturday_to_sunday():
    assert timex.weekend_value(date(2012, 7, 2), -1) == "2012-06-30/2012-07-01"
    assert timex.weekend_value(date(2024, 5, 22)) == "2024-05-25/2024-05-26"


def test_timex_centuries_and_decades():
    assert timex.century_range(15) == "1400/1499"
    assert timex.century_digits(20) == "19"
    assert timex.roman_to_int("XXI") == 21
    assert timex.roman_to_int("XIV") == 14
    assert timex.roman_to_int("ABC") is None
    assert timex.decade_digits("2000") == "200"
    assert timex.decade_digits("90", 2024) == "199"
    assert timex.decade_digits("10", 2024) == "201"


def test_timex_add_months_clamps_to_the_month_length():
    assert timex.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert timex.add_months(date(2024, 3, 15), -3) == date(2023, 12, 15)


def test_timex_make_date_refuses_days_that_do_not_exist():
    assert timex.make_date(2024, 6, 31) is None
    assert timex.make_date(2024, 2, 29) == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("anchor", "season", "offset", "expected"),
    [
        (date(2024, 9, 15), "SP", -1, "2024-SP"),  # spring is over: this year's
        (date(2024, 5, 15), "SP", -1, "2023-SP"),  # spring is on: last year's
        (date(2025, 6, 10), "WI", -1, "2024-WI"),  # the winter of December 2024
        (date(2024, 5, 15), "SU", 1, "2024-SU"),
        (date(2024, 7, 15), "SU", 1, "2025-SU"),
        (date(2024, 7, 15), "SU", 0, "2024-SU"),
    ],
)
def test_timex_relative_season_knows_whether_the_season_has_passed(anchor, season, offset, expected):
    assert timex.relative_season(anchor, season, offset) == expected


WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("anchor", "season", "tense", "modifier", "expected"),
    [
        (WEDNESDAY, "SP", None, None, "2025-SP"),  # "au printemps" in early March: this spring
        (WEDNESDAY, "SP", "past", "last", "2024-SP"),  # "au printemps dernier"
        (WEDNESDAY, "WI", "past", None, "2024-WI"),  # "cet hiver", just over
        (WEDNESDAY, "WI", None, None, "2024-WI"),  # the nearer winter
        (WEDNESDAY, "WI", "future", None, "2025-WI"),
        (WEDNESDAY, "FA", "past", None, "2024-FA"),  # "depuis l'automne"
        (WEDNESDAY, "FA", "future", None, "2025-FA"),  # "attendus à l'automne"
        (date(2025, 9, 15), "SU", "past", None, "2025-SU"),  # "l'été a été chaud", in September
        (date(2025, 6, 10), "SP", None, "next", "2026-SP"),
    ],
)
def test_timex_season_instance_follows_tense_and_modifiers(anchor, season, tense, modifier, expected):
    assert timex.season_instance(anchor, season, tense, modifier) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022", (date(2022, 1, 1), "Y")),
        ("2025-01", (date(2025, 1, 1), "M")),
        ("2025-02-03", (date(2025, 2, 3), "D")),
        ("2025-03-04TEV", (date(2025, 3, 4), "D")),
        ("2025-W07", (date(2025, 2, 10), "W")),
        ("2024-Q3", (date(2024, 7, 1), "Q")),
        ("P3D", None), ("2024-05-26/2024-05-27", None), ("2025-SU", None), ("PAST_REF", None), (None, None),
    ],
)
def test_timex_period_start_reads_the_period_a_value_names(value, expected):
    assert timex.period_start(value) == expected


def test_timex_unit_period_counts_days_quarters_and_halves():
    assert timex.unit_period(date(2024, 2, 10), "Q", 1) == "2024-Q2"
    assert timex.unit_period(date(2025, 1, 10), "Q", -1) == "2024-Q4"
    assert timex.unit_period(date(2024, 8, 1), "H") == "2024-H2"
    assert timex.unit_period(date(2025, 2, 28), "D", 1) == "2025-03-01"


@pytest.mark.parametrize(
    ("day", "weekday", "backward", "expected"),
    [
        (date(2020, 8, 8), 6, None, date(2020, 8, 9)),  # a Saturday's story: "dimanche" is the next day
        (date(2020, 8, 8), 4, None, date(2020, 8, 7)),  # "vendredi" the day before
        (date(2020, 8, 8), 4, True, date(2020, 8, 7)),
        (date(2020, 8, 8), 6, True, date(2020, 8, 2)),  # told as earlier: the Sunday before
        (date(2020, 8, 8), 5, None, date(2020, 8, 8)),
    ],
)
def test_timex_weekday_near_a_story_day(day, weekday, backward, expected):
    assert timex.weekday_near(day, weekday, backward) == expected
