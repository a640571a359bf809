"""Institutions named by a lower-case head noun, read on sentences by the French model."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def by_name(doc) -> dict:
    return {e.name: e for e in doc._.entities}


def test_institution_with_place_complement_is_an_organisation_of_that_state(analyse) -> None:
    doc = analyse("Le parquet de Valence a ouvert une information judiciaire après l'incendie.")
    found = by_name(doc)
    body = found["parquet de Valence"]
    assert (body.type, body.country, body.kind) == ("ORG", "FRA", "gov")
    assert found["Valence"].type == "LOC"  # the town stays an entity of its own


def test_embassy_belongs_to_the_state_it_represents_not_the_city_it_sits_in(analyse) -> None:
    doc = analyse("L'ambassade d'Italie à Dakar a fermé ses portes jusqu'à lundi.")
    found = by_name(doc)
    assert found["ambassade d'Italie"].country == "ITA"
    assert found["Dakar"].country == "SEN"


def test_qualifier_alone_makes_a_body_and_nationality_gives_its_state(analyse) -> None:
    doc = analyse("Le tribunal administratif a annulé l'arrêté. Le ministère grec de la Culture proteste.")
    found = by_name(doc)
    assert found["tribunal administratif"].type == "ORG"
    assert (found["ministère grec de la Culture"].type, found["ministère grec de la Culture"].country) == ("ORG", "GRC")
    assert "Culture" not in found


def test_regional_nationality_adjective_names_the_state(analyse) -> None:
    doc = analyse("Le conseil communal bruxellois a voté la motion.")
    assert by_name(doc)["conseil communal bruxellois"].country == "BEL"


@pytest.mark.parametrize("text", [
    "Le tribunal a rejeté la demande de l'avocat.",
    "Un conseil de prudence : ne pas sortir.",
    "La cour de l'immeuble Martin a été repeinte.",
    "L'ambassade russe n'a pas répondu.",
])
def test_a_bare_head_or_a_nationality_alone_is_no_institution(analyse, text: str) -> None:
    doc = analyse(text)
    assert not [e.name for e in doc._.entities if e.kind == "gov"]


def test_a_longer_name_read_by_the_model_wins_over_the_phrase(analyse) -> None:
    doc = analyse("La Cour pénale internationale a émis un mandat d'arrêt.")
    names = [e.name for e in doc._.entities]
    assert "Cour pénale" not in names
    assert any("internationale" in name for name in names)


def test_a_qualified_body_ends_before_the_bracket_of_its_acronym(analyse) -> None:
    doc = analyse("Les résultats ont été proclamés par la Commission électorale indépendante (CEI) dimanche soir.")
    body = next(e for e in doc._.entities if "CEI" in [m.text for m in e.mentions])
    assert body.name == "Commission électorale indépendante"
    assert [m.text for m in body.mentions] == ["Commission électorale indépendante", "CEI"]
