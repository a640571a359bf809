"""Datelines, publication lines and bylines printed as text."""
from __future__ import annotations

import pytest

from veille.extract.datelines import is_byline, normalise_place, publication_line, slash_dateline, split_prefix


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "day"),
    [
        ("MALATYA (AFP) - Les secours fouillaient les décombres.", "Malatya", "AFP", None),
        ("Niamey, 18 juillet (Reuters) - Les mares sont à sec.", "Niamey", "Reuters", None),
        ("9 octobre 2019, Belgique. - Trains et bus sont restés au dépôt.", "Belgique", None, "2019-10-09"),
        ("21 mars 2015. - Le conseil a voté le budget.", None, None, "2015-03-21"),
        ("Lyon, le 4 avril 2022 – Le maire a inauguré la ligne.", "Lyon", None, "2022-04-04"),
        ("SAINT-ÉTIENNE-DU-ROUVRAY (AFP) - Une usine a fermé.", "Saint-Étienne-du-Rouvray", "AFP", None),
        ("NEW YORK - Les marchés ont ouvert en baisse.", "New York", None, None),
    ],
)
def test_datelines_split_prefix_reads_place_agency_and_date(paragraph, place, agency, day):
    prefix = split_prefix(paragraph)
    assert prefix is not None
    assert (prefix.place, prefix.agency) == (place, agency)
    assert (prefix.published.when.date().isoformat() if prefix.published else None) == day
    assert paragraph[prefix.length :][:1].isupper()


@pytest.mark.parametrize(
    "paragraph",
    [
        "VIDÉO - Le ministre s'explique sur la réforme.",
        "LE POINT - Les combats continuent.",
        "Le président a parlé - longuement - devant les députés.",
        "AFP - Une dépêche sans lieu.",
    ],
)
def test_datelines_split_prefix_ignores_kickers_and_prose(paragraph):
    assert split_prefix(paragraph) is None


def test_datelines_slash_dateline_gives_place_and_outlet():
    assert slash_dateline("Lille / Le Courrier du Nord") == ("Lille", "Le Courrier du Nord")
    assert slash_dateline("Le prix du pain / de la farine a doublé en un an, selon l'Insee.") is None


@pytest.mark.parametrize(
    ("line", "is_publication"),
    [("Publié le 3 mai 2024 à 10h05", True), ("3 mai 2024 10:05 (UTC+02:00)", True), ("Mis à jour le 4 mai 2024", False)],
)
def test_datelines_publication_line_tells_publication_from_update(line, is_publication):
    found = publication_line(line)
    assert found is not None and found[1] is is_publication


def test_datelines_publication_line_ignores_sentences_with_dates():
    assert publication_line("Le 3 mai 2024, le conseil municipal a voté une hausse des tarifs de cantine.") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Par Jeanne Moreau", True), ("Propos recueillis par Marc Lenoir", True),
     ("Par ailleurs, le gouvernement a annoncé une réforme des retraites dès l'automne.", False)],
)
def test_datelines_is_byline(line, expected):
    assert is_byline(line) is expected


def test_datelines_normalise_place_keeps_particles_lower_case():
    assert normalise_place("BOULOGNE-SUR-MER") == "Boulogne-sur-Mer"
    assert normalise_place("Kiev") == "Kiev"


def test_datelines_split_prefix_reads_an_agency_missing_from_the_list():
    prefix = split_prefix("TALLINN, 4 avril (Agence Balte Informations) - Le gouvernement estonien a annoncé lundi un plan.")
    assert prefix is not None
    assert prefix.place == "Tallinn"
    assert prefix.agency == "Agence Balte Informations"


def test_datelines_split_prefix_reads_an_outlet_in_the_agency_slot():
    prefix = split_prefix("RIGA, 2 juin (Le Courrier Balte) - Les députés lettons ont voté une loi sur la défense.")
    assert prefix is not None and prefix.place == "Riga"
