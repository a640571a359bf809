"""Datelines, publication lines and bylines printed as text."""
from __future__ import annotations

import pytest

from veille.extract.datelines import (
    copyright_outlet,
    dateline_line,
    is_byline,
    normalise_place,
    outlet_with_slogan,
    publication_line,
    read_stamp_line,
    slash_dateline,
    split_prefix,
)


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
    prefix = split_prefix(paragraph, lang="fr")
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
    assert split_prefix(paragraph, lang="fr") is None


def test_datelines_slash_dateline_gives_place_and_outlet():
    assert slash_dateline("Lille / Le Courrier du Nord", lang="fr") == ("Lille", "Le Courrier du Nord")
    assert slash_dateline("Le prix du pain / de la farine a doublé en un an, selon l'Insee.", lang="fr") is None


@pytest.mark.parametrize(
    ("line", "is_publication"),
    [("Publié le 3 mai 2024 à 10h05", True), ("3 mai 2024 10:05 (UTC+02:00)", True), ("Mis à jour le 4 mai 2024", False)],
)
def test_datelines_publication_line_tells_publication_from_update(line, is_publication):
    found = publication_line(line, lang="fr")
    assert found is not None and found[1] is is_publication


def test_datelines_publication_line_ignores_sentences_with_dates():
    assert publication_line("Le 3 mai 2024, le conseil municipal a voté une hausse des tarifs de cantine.", lang="fr") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Par Jeanne Moreau", True), ("Propos recueillis par Marc Lenoir", True),
     ("Par ailleurs, le gouvernement a annoncé une réforme des retraites dès l'automne.", False)],
)
def test_datelines_is_byline(line, expected):
    assert is_byline(line, lang="fr") is expected


def test_datelines_normalise_place_keeps_particles_lower_case():
    assert normalise_place("BOULOGNE-SUR-MER", lang="fr") == "Boulogne-sur-Mer"
    assert normalise_place("Kiev", lang="fr") == "Kiev"


def test_datelines_split_prefix_reads_an_agency_missing_from_the_list():
    prefix = split_prefix("TALLINN, 4 avril (Agence Balte Informations) - Le gouvernement estonien a annoncé lundi un plan.", lang="fr")
    assert prefix is not None
    assert prefix.place == "Tallinn"
    assert prefix.agency == "Agence Balte Informations"


def test_datelines_split_prefix_reads_an_outlet_in_the_agency_slot():
    prefix = split_prefix("RIGA, 2 juin (Le Courrier Balte) - Les députés lettons ont voté une loi sur la défense.", lang="fr")
    assert prefix is not None and prefix.place == "Riga"


@pytest.mark.parametrize(
    ("line", "published", "updated", "outlet"),
    [
        ("Le Matin du Jura | 03.02.2025 à 09h10 • Mis à jour le 03.02.2025 à 11h02", "2025-02-03T09:10:00", "2025-02-03T11:02:00", "Le Matin du Jura"),
        ("Mis à jour le 07/04/2025 à 16:20 - Publié le 07/04/2025 à 07:05", "2025-04-07T07:05:00", "2025-04-07T16:20:00", None),
        ("Par Awa Diallo • 3 février 2025 à 16h40", "2025-02-03T16:40:00", None, None),
        ("Par Awa Diallo | La Gazette de Thiès | 4 mars 2025", "2025-03-04T00:00:00", None, "La Gazette de Thiès"),
        ("Le 3 avril 2025 à 7 h 45", "2025-04-03T07:45:00", None, None),
        ("Dernière mise à jour : 5 mars 2025 à 10h12", None, "2025-03-05T10:12:00", None),
        ("Publication : 11/09/2025 07:30", "2025-09-11T07:30:00", None, None),
        ("Mise en ligne : 6 mai 2025, 8 h 15", "2025-05-06T08:15:00", None, None),
        ("Publié le 4 mars 2025 Lecture : 3 min", "2025-03-04T00:00:00", None, None),
    ],
)
def test_datelines_read_stamp_line_reads_each_part(line, published, updated, outlet):
    stamp = read_stamp_line(line, lang="fr")
    assert stamp is not None
    assert (stamp.published.when.isoformat() if stamp.published else None) == published
    assert (stamp.updated.when.isoformat() if stamp.updated else None) == updated
    assert stamp.outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Le 14 juin 2024, un incendie avait ravagé un immeuble de la vieille ville.",
        "Match reporté au 4 mars 2025",
        "22 mai 2012, Grèce. - Le gouvernement a annoncé une hausse des impôts, que la majorité juge "
        "nécessaire pour tenir les engagements pris auprès des créanciers du pays, mis à jour en avril.",
        "Il y a 2 h",
    ],
)
def test_datelines_read_stamp_line_refuses_text(line):
    assert read_stamp_line(line, lang="fr") is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("4 mars 2025. - Saint-Flour - Le conseil municipal a voté le budget.", "Saint-Flour"),
        ("Rimouski — Le port a accueilli son premier paquebot de la saison.", "Rimouski"),
        ("Trois-Rivières — La Ville a adopté son budget.", "Trois-Rivières"),
        ("(Québec) Le ministère des Transports devance les travaux.", "Québec"),
    ],
)
def test_datelines_split_prefix_reads_date_first_and_canadian_forms(paragraph, place):
    prefix = split_prefix(paragraph, lang="fr")
    assert prefix is not None and prefix.place == place
    assert paragraph[prefix.length :][:1].isupper()


@pytest.mark.parametrize(
    "paragraph", ["Mardi — Le conseil a siégé.", "Reportage — Les pêcheurs sont partis.", "Justin Trudeau — Le premier ministre a parlé.",
                  "(Vidéo) Le maire s'explique.", "(Mise à jour) Le bilan s'alourdit."],
)
def test_datelines_split_prefix_ignores_day_names_and_rubrics_before_a_dash(paragraph):
    assert split_prefix(paragraph, lang="fr") is None


@pytest.mark.parametrize(
    ("line", "place"),
    [("De notre correspondante à Libreville, Claire Mbadinga", "Libreville"),
     ("(De notre envoyé spécial à Kharkiv)", "Kharkiv"), ("De notre correspondant régional à Gap", "Gap"),
     ("Berlin, correspondance", "Berlin"), ("Envoyée spéciale à Rafah", "Rafah")],
)
def test_datelines_dateline_line_reads_correspondent_variants(line, place):
    assert dateline_line(line, lang="fr") == place


def test_datelines_outlet_with_slogan():
    assert outlet_with_slogan("Le Phare du Léon — L'actualité du Finistère nord", lang="fr") == "Le Phare du Léon"
    assert outlet_with_slogan("L'Écho du Sahel | Le quotidien du Niger", lang="fr") == "L'Écho du Sahel"
    assert outlet_with_slogan("Climat — les glaciers des Alpes reculent encore", lang="fr") is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© La Voix du Saint-Laurent 2025. Tous droits réservés.", "La Voix du Saint-Laurent"),
        ("© 2025 Le Matin de Thiès - Tous droits réservés", "Le Matin de Thiès"),
        ("Copyright 2024 Presse Nord", "Presse Nord"),
        ("Copyright © 2025 Le Messager du Wouri, Douala. Tous droits réservés.", "Le Messager du Wouri"),
        ("© AFP 2025", None),  # an agency's credit, not the page's publisher
        ("© AFP / Gaizka Iroz", None),
        ("© Jean Dupont", None),  # neither a year nor a rights formula: a photographer's credit
    ],
)
def test_datelines_copyright_outlet(line, outlet):
    assert copyright_outlet(line, lang="fr") == outlet


def test_datelines_read_stamp_line_tells_a_labelled_stamp_from_a_bare_date():
    assert read_stamp_line("Publié le 28 mai 2025 à 16h40", lang="fr").labelled
    assert read_stamp_line("Le Matin du Jura | 03.02.2025", lang="fr").labelled
    assert not read_stamp_line("12.09.2025", lang="fr").labelled
    # a related headline before its date is no outlet label
    assert read_stamp_line("Bastogne : le musée rouvre - 7 janvier 2025", lang="fr") is None


def test_byline_outlet_reads_the_outlet_a_byline_writes_for():
    from veille.extract.datelines import byline_outlet

    assert byline_outlet("Par Aya Kouassi, pour L'Écho de Bouaké", "fr") == "L'Écho de Bouaké"
    assert byline_outlet("Par Leïla Ben Salah (pour Maghreb Hebdo)", "fr") == "Maghreb Hebdo"
    assert byline_outlet("Par Jean Roux", "fr") is None


def test_place_date_line_reads_a_release_heading():
    from veille.extract.datelines import place_date_line

    place, day = place_date_line("Lyon, le 12 mai 2025", "fr")
    assert place == "Lyon" and day.when.date().isoformat() == "2025-05-12" and day.precision == "day"
    assert place_date_line("Lyon, le maire a parlé le 12 mai 2025", "fr") is None


@pytest.mark.parametrize(("line", "place"), [
    ("Ardentes (Indre)", "Ardentes"), ("Plouay (56)", "Plouay"), ("Bastogne (Luxembourg)", "Bastogne"),
    ("Jean Roux (LR)", None), ("Marie Dubois (Genève)", None), ("Lucie Martin (AFP)", None),
])
def test_place_area_line_needs_a_department_or_a_known_place_and_no_first_name(line, place):
    from veille.extract.datelines import place_area_line

    assert place_area_line(line, "fr") == place


@pytest.mark.parametrize("line", [
    "Posté par Admin le 18 août 2025 à 09:30", "Écrit par Gwenaëlle Le Bihan le 27 juin 2025 à 14h00",
    "Par Patrick Mbuyi | 19 novembre 2025 à 18:30", "Publié le 04-03-2025 à 10:12",
])
def test_stamps_with_an_author_or_dashed_date_are_labelled_publications(line):
    stamp = read_stamp_line(line, "fr")
    assert stamp is not None and stamp.labelled and stamp.published.precision == "minute"


def test_a_bare_masthead_day_is_not_labelled():
    stamp = read_stamp_line("Mardi 4 mars 2025", "fr")
    assert stamp is not None and not stamp.labelled
