"""veille.nlp.events.actors: phrases to Actors with a state or bloc code and a sector."""
from __future__ import annotations

import pytest

from veille.model.record import Entity, Mention
from veille.nlp.events.actors import ActorFinder, find_group, find_sector, fold, is_foreign_voice


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("les pays occidentaux", "WST"),
        ("l'Occident", "WST"),
        ("l’Otan", "NATO"),
        ("Bruxelles", "EU"),
        ("la Commission européenne", "EU"),
        ("le Conseil de sécurité de l'ONU", "UN"),
        ("l'ONG", "NGO"),
        ("Amnesty International", "NGO"),
        ("la Cour pénale internationale", "ICC"),
    ],
)
def test_actors_find_group_names_blocs_and_bodies(text, code):
    found = find_group(text)
    assert found is not None and found[0] == code


def test_actors_find_group_ignores_plain_words():
    assert find_group("le boulanger du village") is None


@pytest.mark.parametrize(
    ("name", "voice"),
    [("le ministère russe des Affaires étrangères", True), ("La diplomatie algérienne", True),
     ("l’ambassade d'Espagne à Rabat", True), ("le Quai d’Orsay", True),
     ("le ministère de l'Intérieur", False), ("le maire de Lille", False), ("les affaires courantes", False)],
)
def test_actors_is_foreign_voice(name, voice):
    assert is_foreign_voice(name) is voice


@pytest.mark.parametrize(
    ("words", "sector"),
    [(["soldat", "russe"], "military"), (["police"], "police"), (["Conseil", "constitutionnel"], "judiciary"),
     (["gouvernement"], "government"), (["manifestant"], "civilians")],
)
def test_actors_find_sector(words, sector):
    assert find_sector(words) == sector


def test_actors_fold_drops_case_accents_and_article():
    assert fold("L’Union  Européenne") == "union europeenne"


def parse(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("veille"):
            doc = proc(doc)
    return doc


@pytest.mark.model
def test_actors_demonym_gives_code_and_sector(nlp):
    doc = parse(nlp, "Les soldats russes sont entrés dans la ville.")
    actor = ActorFinder(doc, entities=[]).actor(next(t for t in doc if t.text == "soldats"))
    assert actor is not None and actor.code == "RUS" and actor.sector == "military"


@pytest.mark.model
def test_actors_entity_country_names_the_actor(nlp):
    doc = parse(nlp, "Le chancelier Olaf Scholz a rencontré des syndicalistes.")
    start = doc.text.index("Olaf")
    scholz = Entity("e1", "Olaf Scholz", "PER", "DEU", (Mention("Olaf Scholz", start, start + 11),))
    actor = ActorFinder(doc, entities=[scholz]).actor(next(t for t in doc if t.text == "Olaf"))
    assert actor is not None and (actor.code, actor.entity_id, actor.sector) == ("DEU", "e1", "government")


@pytest.mark.model
def test_actors_complement_place_gives_code(nlp):
    doc = parse(nlp, "Le roi du Maroc a reçu une délégation.")
    start = doc.text.index("Maroc")
    maroc = Entity("e1", "Maroc", "LOC", "MAR", (Mention("Maroc", start, start + 5),))
    actor = ActorFinder(doc, entities=[maroc]).actor(next(t for t in doc if t.text == "roi"))
    assert actor is not None and actor.code == "MAR"


@pytest.mark.model
def test_actors_unnamed_phrase_has_no_actor(nlp):
    doc = parse(nlp, "Des experts ont publié un rapport.")
    assert ActorFinder(doc, entities=[]).actor(next(t for t in doc if t.text == "experts")) is None
