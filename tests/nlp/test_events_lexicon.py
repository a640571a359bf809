"""The event lexicon: its line format, profiles, classes and multiword expressions."""
from __future__ import annotations

import pytest

from veille.lang import language_data
from veille.model.record import EventType
from veille.nlp.events.lexicon import load_lexicon, parse_form, parse_options, participle

GRAMMAR = load_lexicon(language_data("fr")).grammar


def test_event_lexicon_reads_reflexive_clitic_and_tail():
    head, expression, reflexive = parse_form("s'en prendre à", GRAMMAR)
    assert (head, reflexive) == ("prendre", True)
    assert expression.before == ("en",) and expression.tail == ("à",)


def test_event_lexicon_determiners_and_elisions_in_expressions():
    _, expression, _ = parse_form("apporter son soutien", GRAMMAR)
    assert expression.tail == ("DET", "soutien")
    _, expression, _ = parse_form("prendre d'assaut", GRAMMAR)
    assert expression.tail == ("de", "assaut")
    assert parse_form("arrêter", GRAMMAR) == ("arrêter", None, False)


def test_event_lexicon_options_flags_lists_classes_and_no():
    classes = {"penalty": frozenset({"prison", "amende"})}
    options = parse_options("target=obj,à prep=à:@penalty needs_target domestic=no status=planned", classes)
    assert options["target"] == ["obj", "à"]
    assert options["prep"] == ["à:amende", "à:prison"]
    assert options["needs_target"] is True and options["domestic"] is False
    assert options["status"] == "planned"
    with pytest.raises(ValueError):
        parse_options("objects=@nosuchclass", classes)


def test_event_lexicon_participles_regular_and_irregular():
    assert participle("blesser", GRAMMAR) == "blessé"
    assert participle("prendre", GRAMMAR) == "pris"
    assert participle("détenir", GRAMMAR) == "détenu"
    assert participle("abattre", GRAMMAR) == "abattu"
    assert load_lexicon(language_data("fr")).participles["arrêtées"] == "arrêter"


def test_event_lexicon_every_file_is_a_plover_type_and_loads():
    lexicon = load_lexicon(language_data("fr"))
    types = {r["type"] for table in (lexicon.verbs, lexicon.nouns) for rs in table.values() for r in rs}
    assert types == {t.value for t in EventType}
    assert all(r.get("cameo") for table in (lexicon.verbs, lexicon.nouns) for rs in table.values() for r in rs)


def test_event_lexicon_expressions_are_tried_before_single_words():
    readings = load_lexicon(language_data("fr")).readings("verb", "prendre")
    assert readings and "expression" in readings[0]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, kind, words",
    [
        ("Le suspect a été placé mardi en garde à vue à Valence.", "COERCE", "garde à vue"),
        ("Les militaires ont ouvert le feu sur des manifestants à Conakry.", "ASSAULT", "le feu"),
        ("Deux hommes s'en sont pris à un contrôleur à Charleroi.", "ASSAULT", "pris à"),
        # an adjective between the expression's determiner and its noun
        ("L'Iran a procédé à un nouvel essai nucléaire, selon Washington.", "MOBILIZE", "essai nucléaire"),
        ("L'Égypte a proposé ses bons offices entre l'Éthiopie et le Soudan.", "CONSULT", "bons offices"),
    ],
)
def test_event_lexicon_expressions_trigger_events(analyse, text, kind, words):
    doc = analyse(text)
    found = [e for e in doc._.events if e.type == kind]
    assert found, [(e.type, e.trigger) for e in doc._.events]
    assert words in found[0].trigger


@pytest.mark.model
def test_events_reply_is_aimed_at_the_author_of_the_act_it_refers_to(analyse):
    doc = analyse("La Grèce a demandé à la Turquie de retirer ses navires. Ankara a rejeté cette demande.")
    rejections = [e for e in doc._.events if e.type == "REJECT"]
    assert [(e.source[0].code, e.target[0].code) for e in rejections] == [("TUR", "GRC")]


@pytest.mark.model
def test_events_unnamed_attackers_and_victims_take_the_country_of_the_place(analyse):
    doc = analyse("Deux policiers ont été tués lors d'un contrôle routier à Montréal.")
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert assaults and not assaults[0].source and assaults[0].target[0].code == "CAN"


@pytest.mark.model
def test_events_no_attack_from_an_accident_or_a_non_actor(analyse):
    assert not analyse("Trois personnes ont été tuées dans un accident de la route près de Namur.")._.events
    assert not analyse("Le typhon a tué trente personnes aux Philippines.")._.events


@pytest.mark.model
def test_events_object_of_a_verb_hung_on_a_weekday(analyse):
    doc = analyse("Le Premier ministre indien a rencontré vendredi son homologue australien à Canberra.")
    assert [(e.type, e.target[0].code) for e in doc._.events if e.type == "CONSULT"] == [("CONSULT", "AUS")]


@pytest.mark.model
def test_events_verb_read_as_an_adjective_by_the_tagger(analyse):
    doc = analyse("Le Brésil critique la décision américaine d'imposer des droits de douane sur l'acier.")
    assert [(e.type, e.source[0].code, e.target[0].code) for e in doc._.events if e.type == "ACCUSE"] == [
        ("ACCUSE", "BRA", "USA")
    ]


@pytest.mark.model
def test_events_habits_are_not_events(analyse):
    assert not analyse("Chaque vendredi, des centaines de personnes manifestent devant le Parlement à Alger.")._.events


@pytest.mark.model
def test_events_a_recurring_adjective_on_the_event_noun_is_no_habit(analyse):
    doc = analyse("L'Inde et la France ont entamé leurs exercices navals annuels au large de Goa.")
    assert [e.type for e in doc._.events] == ["MOBILIZE"]


@pytest.mark.model
def test_events_cancelled_meeting_is_negated(analyse):
    doc = analyse("Le sommet entre le Kenya et l'Éthiopie, prévu jeudi à Nairobi, a été annulé.")
    assert [e.status for e in doc._.events if e.type == "CONSULT"] == ["negated"]


@pytest.mark.model
def test_events_no_target_from_a_scare_quote(analyse):
    doc = analyse("La députée a fustigé un projet de loi « dicté par Bruxelles », selon ses mots.")
    assert all(a.code != "EU" for e in doc._.events for a in e.target)


@pytest.mark.model
def test_events_an_opening_pair_of_capitals_stays_the_subject(analyse):
    doc = analyse("Kinshasa et Kigali ont conclu un accord de paix à Luanda.")
    assert len(list(doc.sents)) == 1
    assert {a.code for e in doc._.events if e.type == "AGREE" for a in e.source + e.target} == {"COD", "RWA"}


@pytest.mark.model
def test_events_the_subject_of_a_receiving_verb_is_the_target(analyse):
    doc = analyse("Le président tunisien a reçu le soutien de l'Algérie.")
    assert [(e.source[0].code, e.target[0].code) for e in doc._.events if e.type == "SUPPORT"] == [("DZA", "TUN")]


@pytest.mark.model
def test_events_a_judging_verb_does_not_lend_its_subject_to_the_act_it_judges(analyse):
    doc = analyse("Le Brésil a dénoncé l'aide militaire à la junte.")
    assert not [e for e in doc._.events if e.type == "AID" and any(a.code == "BRA" for a in e.source)]
