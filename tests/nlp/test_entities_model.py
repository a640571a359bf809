"""The entities stage on sentences read by the French model."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def entity_with(doc, text: str):
    """The entity one of whose mentions is `text`."""
    return next(e for e in doc._.entities if text in [m.text for m in e.mentions])


def test_entities_person_with_title_surname_and_role(analyse) -> None:
    doc = analyse(
        "Le président moldave Ion Vrabie a accueilli mardi à Chisinau son homologue japonais. "
        "M. Vrabie a vanté un partenariat « solide ». "
        "Le dirigeant moldave a ensuite quitté la salle sans répondre aux questions. "
        "Vrabie partira en Corée le mois prochain."
    )
    person = entity_with(doc, "Ion Vrabie")
    mentions = [m.text for m in person.mentions]
    assert person.name == "Ion Vrabie" and person.type == "PER" and person.country == "MDA"
    assert {"M. Vrabie", "Vrabie", "dirigeant moldave"} <= set(mentions)
    assert sum(1 for e in doc._.entities if "Vrabie" in e.name) == 1


def test_entities_mentions_point_into_the_text(analyse) -> None:
    doc = analyse("La ministre suédoise des Affaires étrangères, Karin Lindqvist, est arrivée à Kiev mardi.")
    for entity in doc._.entities:
        for mention in entity.mentions:
            assert doc.text[mention.start : mention.end] == mention.text


def test_entities_country_from_the_role_nationality(analyse) -> None:
    doc = analyse("La ministre suédoise des Affaires étrangères, Karin Lindqvist, est arrivée à Kiev mardi.")
    person = entity_with(doc, "Karin Lindqvist")
    assert (person.type, person.country) == ("PER", "SWE")
    assert entity_with(doc, "Kiev").country == "UKR"


def test_entities_upper_case_headline_is_not_a_name(analyse) -> None:
    doc = analyse(
        "Le chancelier allemand Olaf Scholz a rencontré le Premier ministre polonais Donald Tusk à Varsovie.",
        title="SCHOLZ ET TUSK ÉVOQUENT L'ÉNERGIE À VARSOVIE",
    )
    names = [e.name for e in doc._.entities]
    assert not any("ÉVOQUENT" in name.upper() for name in names)
    assert "SCHOLZ" in [m.text for m in entity_with(doc, "Olaf Scholz").mentions]
    assert "VARSOVIE" in [m.text for m in entity_with(doc, "Varsovie").mentions]


def test_entities_organisation_and_its_acronym(analyse) -> None:
    doc = analyse(
        "L'Organisation mondiale de la santé (OMS) a lancé une alerte. "
        "Selon l'OMS, la situation reste préoccupante au Soudan."
    )
    who = entity_with(doc, "OMS")
    assert who.type == "ORG" and who.kind == "igo" and who.country is None
    assert "Organisation mondiale de la santé" in [m.text for m in who.mentions]
    assert entity_with(doc, "Soudan").country == "SDN"


def test_entities_nominal_role_joins_the_person_introduced_with_it(analyse) -> None:
    doc = analyse(
        "Le chef de la diplomatie américaine, Mark Ellison, est arrivé à Pékin. "
        "Le chef de la diplomatie américaine doit rencontrer des responsables chinois vendredi."
    )
    person = entity_with(doc, "Mark Ellison")
    assert person.country == "USA"
    assert "chef de la diplomatie américaine" in [m.text for m in person.mentions]


def test_entities_headline_common_word_is_not_a_place(analyse) -> None:
    # "Grève" is also a town in a gazetteer; the body writes "grève" in lower case
    doc = analyse(
        "Les contrôleurs aériens ont entamé une grève de deux jours à Marseille.",
        title="Grève des contrôleurs aériens à Marseille",
    )
    names = {e.name for e in doc._.entities}
    assert "Grève" not in names and "Marseille" in names


def test_entities_a_later_role_with_a_nationality_gives_the_person_introduced_with_the_bare_role_a_state(analyse) -> None:
    doc = analyse(
        "Le président Halvard Strand a menacé le Danemark de sanctions. "
        "Le président norvégien a ensuite signé un décret."
    )
    person = entity_with(doc, "Halvard Strand")
    assert person.country == "NOR"
    assert "président norvégien" in [m.text for m in person.mentions]
