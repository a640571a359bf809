"""Names at the start of a clause, after a live-blog stamp or a designator noun, and role nouns
that refer back to a named person (sentences written for these tests)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _mentions(doc) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc._.entities}


def test_openings_a_first_name_read_as_a_word_stays_in_the_name(analyse) -> None:
    found = _mentions(analyse("Bienvenu Kalala a marqué deux buts samedi à Lubumbashi."))
    assert found.get("Bienvenu Kalala", ("", []))[0] == "PER"  # the NER read "Kalala" alone, as a place
    assert "Kalala" not in found


def test_openings_one_word_after_a_stamp_is_an_organisation_unless_a_capital_or_a_named_person(analyse) -> None:
    doc = analyse(
        "10h05 - Christophe Béchu arrive à Angers.\n\n"
        "10h20 - Béchu salue les bénévoles.\n\n"
        "10h40 - Lactalis rappelle trois lots de fromage.\n\n"
        "11h00 - Madrid accuse Bruxelles de lenteur."
    )
    found = _mentions(doc)
    assert found["Lactalis"][0] == "ORG"
    assert found["Madrid"][0] == "LOC"
    assert "Béchu" in found["Christophe Béchu"][1]


def test_openings_an_acronym_or_a_name_after_its_designator_is_an_organisation(analyse) -> None:
    found = _mentions(analyse(
        "Selon l'agence ANP, le collectif Parents en lutte, qui réunit 200 familles, manifestera lundi à Niamey."
    ))
    assert found["ANP"][0] == "ORG"
    assert found["Parents en lutte"][0] == "ORG"


def test_openings_a_bare_role_joins_its_only_holder_and_no_one_when_two_hold_it(analyse) -> None:
    one = _mentions(analyse(
        "La maire de Namur, Sophie Lejeune, a rouvert le pont. La maire promet des navettes gratuites."
    ))
    assert "maire" in one["Sophie Lejeune"][1]
    two = analyse(
        "Le maire de Namur, Paul Deville, et le maire de Dinant, Luc Henrard, ont signé l'accord. "
        "Le maire a salué un geste fort."
    )
    assert not any("maire" in mentions for _, mentions in _mentions(two).values())
