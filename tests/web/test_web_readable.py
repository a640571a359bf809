"""TIMEX3 values and ISO dates as the explorer shows them, in French and in English."""
from __future__ import annotations

import pytest

from veille.web.readable import readable


@pytest.mark.parametrize(("value", "french", "english"), [
    ("2024-11-21TEV", "21 nov. 2024, soir", "Nov. 21, 2024, evening"),
    ("2024-11-21", "21 nov. 2024", "Nov. 21, 2024"),
    ("2025-03-01", "1er mars 2025", "Mar. 1, 2025"),
    ("2024-11", "nov. 2024", "Nov. 2024"),
    ("2025-W10", "semaine 10 de 2025", "week 10 of 2025"),
    ("2024-Q1", "1er trimestre 2024", "Q1 2024"),
    ("2024-SU", "été 2024", "summer 2024"),
    ("XXXX-SU", "été", "summer"),
    ("2024", "2024", "2024"),
    ("202", "années 2020", "the 2020s"),
    ("19", "XXe siècle", "the 1900s"),
    ("2015-01-07T11:30", "7 janv. 2015, 11 h 30", "Jan. 7, 2015, 11:30"),
    ("2024-05-26T09:47:00+01:00", "26 mai 2024, 9 h 47", "May 26, 2024, 09:47"),
    ("XXXX-WXX-1", "le lundi", "on Mondays"),
    ("XXXX-XX-XXTMO", "le matin", "in the morning"),
    ("2024-03/2024-06", "mars 2024 – juin 2024", "Mar. 2024 – June 2024"),
    ("P2D", "2 jours", "2 days"),
    ("P1D", "1 jour", "1 day"),
    ("P1.5M", "1,5 mois", "1.5 months"),
    ("PT30H", "30 heures", "30 hours"),
    ("PTXM", "plusieurs minutes", "several minutes"),
    ("PXY", "plusieurs ans", "several years"),
    ("PXDE", "plusieurs décennies", "several decades"),
    ("P1Y6M", "1 an et 6 mois", "1 year and 6 months"),
    ("PRESENT_REF", "maintenant", "now"),
])
def test_values_read_as_a_reader_writes_them(value, french, english):
    assert readable(value, "fr") == french
    assert readable(value, "en") == english


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "P", "PT", "hier", "2024-W10-3x", "XXXX-WXX-9"])
def test_what_is_not_a_value_is_shown_as_it_is(value):
    assert readable(value, "fr") == value


def test_nothing_is_nothing():
    assert readable(None, "fr") == "" and readable("", "fr") == ""
