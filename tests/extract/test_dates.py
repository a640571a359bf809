"""Publication dates as pages print them."""
from __future__ import annotations

import pytest

from veille.extract.dates import find_date, parse_offset, parse_stamp


@pytest.mark.parametrize(
    ("line", "iso", "precision"),
    [
        ("14 Février 2024 08:17 (UTC+01:00)", "2024-02-14T08:17:00+01:00", "minute"),
        ("Publié le mardi 7 mars 2023 à 14h05, mis à jour à 16h20", "2023-03-07T14:05:00", "minute"),
        ("le 1er août 2021 à 9h30 CEST", "2021-08-01T09:30:00+02:00", "minute"),
        ("3 janv. 2022 10:00 UTC", "2022-01-03T10:00:00+00:00", "minute"),
        ("12/10/2023 à 18:40", "2023-10-12T18:40:00", "minute"),
        ("9 octobre 2019, Belgique. - Trains et bus", "2019-10-09T00:00:00", "day"),
        ("2024-11-28T22:40:00+01:00", "2024-11-28T22:40:00+01:00", "minute"),
        ("2023-09-12 08:15:07 +02:00", "2023-09-12T08:15:07+02:00", "minute"),
        ("2023-07-19T06:30:00Z", "2023-07-19T06:30:00+00:00", "minute"),
    ],
)
def test_dates_find_date_reads_time_and_offset(line, iso, precision):
    found = find_date(line)
    assert found is not None
    assert found.published.when.isoformat() == iso
    assert found.published.precision == precision


@pytest.mark.parametrize("line", ["31 avril 2024", "le président a parlé", "en 2024", "12 mars"])
def test_dates_find_date_ignores_impossible_or_partial_dates(line):
    assert find_date(line) is None


def test_dates_parse_stamp_reads_markup_values():
    assert parse_stamp(" 2022-05-02 ").precision == "day"
    assert parse_stamp("pas une date") is None


@pytest.mark.parametrize(("raw", "hours"), [("+01:00", 1), ("+0200", 2), ("−3", -3), ("Z", 0)])
def test_dates_parse_offset_accepts_common_spellings(raw, hours):
    assert parse_offset(raw).utcoffset(None).total_seconds() == hours * 3600
