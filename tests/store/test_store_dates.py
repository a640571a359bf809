"""Dates for filters: TIMEX3 values as day spans, publication times in UTC, user input."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from veille.errors import ConfigError
from veille.store.dates import lower_bound, parse_when, published_utc, timex_span, upper_bound


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2024-05-24", ("2024-05-24", "2024-05-24")),
        ("2015-04-30TMO", ("2015-04-30", "2015-04-30")),
        ("2024-05-26T09:47", ("2024-05-26", "2024-05-26")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2024-W21", ("2024-05-20", "2024-05-26")),
        ("2023", ("2023-01-01", "2023-12-31")),
        ("2024-05-26/2024-05-27", ("2024-05-26", "2024-05-27")),
        ("P2D", None),
        ("XXXX-05-01", None),
        ("2024-13", None),
        (None, None),
    ],
)
def test_timex_span_days_covered(value, span):
    assert timex_span(value) == span


def test_published_utc_converts_offsets_and_keeps_days():
    assert published_utc("2024-05-26T09:47:00+01:00") == "2024-05-26T08:47:00"
    assert published_utc("2012-11-02") == "2012-11-02T00:00:00"
    assert published_utc("pas une date") is None


def test_bounds_make_a_day_inclusive():
    assert lower_bound(date(2024, 5, 26)) == "2024-05-26T00:00:00"
    assert upper_bound(date(2024, 5, 26)) == "2024-05-27T00:00:00"
    assert upper_bound("2024-05-26T08:47:00Z") == "2024-05-26T08:47:01"


def test_parse_when_reads_days_and_instants():
    assert parse_when("2024-05-26") == date(2024, 5, 26)
    assert parse_when("2024-05-26T09:47+01:00").utcoffset().total_seconds() == 3600
    assert isinstance(parse_when("2024-05-26 09:47"), datetime)


def test_parse_when_names_the_option_on_bad_input():
    with pytest.raises(ConfigError, match="--since.*26/05/2024"):
        parse_when("26/05/2024", "--since")
