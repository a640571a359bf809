"""Publication dates as pages print them."""
from __future__ import annotations

import pytest

from veille.extract.dates import find_date, find_dates, parse_offset, parse_stamp


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
    found = find_date(line, lang="fr")
    assert found is not None
    assert found.published.when.isoformat() == iso
    assert found.published.precision == precision


@pytest.mark.parametrize("line", ["31 avril 2024", "le président a parlé", "en 2024", "12 mars"])
def test_dates_find_date_ignores_impossible_or_partial_dates(line):
    assert find_date(line, lang="fr") is None


def test_dates_parse_stamp_reads_markup_values():
    assert parse_stamp(" 2022-05-02 ", lang="fr").precision == "day"
    assert parse_stamp("pas une date", lang="fr") is None


@pytest.mark.parametrize(("raw", "hours"), [("+01:00", 1), ("+0200", 2), ("−3", -3), ("Z", 0)])
def test_dates_parse_offset_accepts_common_spellings(raw, hours):
    assert parse_offset(raw).utcoffset(None).total_seconds() == hours * 3600


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publié le 10/06/25 à 19h12", "2025-06-10T19:12:00"),  # two-digit year
        ("Publié à 10h05, le 12 avril 2025", "2025-04-12T10:05:00"),  # time before the date
        ("Publié le 14 janvier 2025 à 6 h 10 HNE", "2025-01-14T06:10:00-05:00"),  # Canadian zone names
        ("le 2 octobre 2025 à 9 h 05 HAE", "2025-10-02T09:05:00-04:00"),
        ("le 4 mars 2025 à 07h45 cette semaine", "2025-03-04T07:45:00"),  # "cet..." is no zone
        ("4 mars 2025 | 07:45", "2025-03-04T07:45:00"),
        ("Publié le jeu. 6 mars 2025 à 18h00", "2025-03-06T18:00:00"),  # a cut day name
        ("Mardi, 4 mars 2025 - 07:45", "2025-03-04T07:45:00"),
    ],
)
def test_dates_find_date_reads_more_stamp_forms(line, iso):
    assert find_date(line, lang="fr").published.when.isoformat() == iso


def test_dates_find_dates_gives_each_date_once_in_order():
    found = find_dates("Publié le : 27/01/2025 - 06:12 Modifié le : 28/01/2025 - 09:58", lang="fr")
    assert [m.published.when.isoformat() for m in found] == ["2025-01-27T06:12:00", "2025-01-28T09:58:00"]
    assert find_dates("Il y a 2 h", lang="fr") == []
