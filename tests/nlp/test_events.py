"""veille.nlp.events.component: PLOVER events with actors, status and date, on sentences written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def events_of(analyse, body: str, title: str | None = None):
    return analyse(body, title=title)._.events


def codes(actors) -> set[str]:
    return {a.code for a in actors}


def test_events_visit_is_consult_with_dyad(analyse):
    found = events_of(analyse, "Le président brésilien a rencontré le Premier ministre indien à New Delhi.")
    assert [(e.type, codes(e.source), codes(e.target), e.status) for e in found] == [
        ("CONSULT", {"BRA"}, {"IND"}, "asserted")
    ]


def test_events_passive_agent_is_the_source(analyse):
    found = events_of(analyse, "La ville de Kharkiv a été bombardée par l'armée russe.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and codes(assault[0].source) == {"RUS"} and codes(assault[0].target) == {"UKR"}


def test_events_nominalisation_with_par_agent_keeps_its_recalled_date(analyse):
    found = events_of(analyse, "L'invasion du Koweït par l'Irak le 2 août 1990 a bouleversé la région.")
    invasion = [e for e in found if e.type == "ASSAULT"]
    assert invasion and codes(invasion[0].source) == {"IRQ"} and codes(invasion[0].target) == {"KWT"}
    assert invasion[0].date == "1990-08-02" and invasion[0].background


def test_events_compound_actor_is_one_event(analyse):
    found = events_of(analyse, "La France et l'Allemagne ont signé un accord avec le Japon.")
    agree = [e for e in found if e.type == "AGREE"]
    assert len(agree) == 1
    assert codes(agree[0].source) == {"FRA", "DEU"} and codes(agree[0].target) == {"JPN"}


def test_events_pronoun_takes_its_antecedent(analyse):
    body = "Le président kényan est arrivé lundi soir. Il a reçu mardi le ministre japonais des Affaires étrangères."
    consult = [e for e in events_of(analyse, body) if e.type == "CONSULT"]
    assert consult and codes(consult[0].source) == {"KEN"} and codes(consult[0].target) == {"JPN"}


def test_events_pronoun_agrees_in_gender_with_its_antecedent(analyse):
    body = ("La ministre autrichienne de l'Intérieur a reçu jeudi le ministre slovaque. Le ministre slovaque a "
            "plaidé pour des patrouilles communes. Elle lui a demandé de renforcer les contrôles à la frontière.")
    request = [e for e in events_of(analyse, body) if e.type == "REQUEST" and "Elle" in e.sentence]
    assert request and codes(request[0].source) == {"AUT"} and codes(request[0].target) == {"SVK"}


def test_events_two_owners_of_one_actor_noun_are_two_actors(analyse):
    body = "Le président togolais a retrouvé à Lomé ses homologues du Bénin et du Ghana."
    consult = [e for e in events_of(analyse, body) if e.type == "CONSULT"]
    assert consult and codes(consult[0].target) == {"BEN", "GHA"}


def test_events_victim_of_an_attack_is_its_target(analyse):
    found = events_of(analyse, "La mairie de Brest a été victime d'une cyberattaque dans la nuit de lundi.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and not assault[0].source and codes(assault[0].target) == {"FRA"}


def test_events_planned_trip_has_its_date(analyse):
    found = events_of(analyse, "Le président chinois se rendra en Espagne le 12 juin.")
    assert [(e.type, e.status, e.date) for e in found] == [("CONSULT", "planned", "2024-06-12")]


def test_events_refused_act_is_never_asserted(analyse):
    found = events_of(analyse, "Le Canada s'est abstenu d'envoyer des soldats au Mali.")
    # the refused sending is read, as negated (an all() over the MOBILIZE events passed on a miss)
    assert [(e.type, e.status, codes(e.source)) for e in found] == [("MOBILIZE", "negated", {"CAN"})]


def test_events_hypothetical_strike_is_not_a_fact(analyse):
    found = events_of(analyse, "L'Iran pourrait frapper Israël si les négociations échouaient.")
    assert [(e.type, e.status, codes(e.source), codes(e.target)) for e in found] == [
        ("ASSAULT", "hypothetical", {"IRN"}, {"ISR"})
    ]


def test_events_opinion_and_reporting_are_not_events(analyse):
    assert events_of(analyse, "Le ministre français estime que la situation reste grave, a-t-il déclaré.") == []


def test_events_headline_is_not_coded_again(analyse):
    found = events_of(
        analyse,
        "Le Canada a imposé mardi de nouvelles sanctions contre la Russie.",
        title="Le Canada impose des sanctions à la Russie",
    )
    assert len([e for e in found if e.type == "SANCTION"]) == 1


def test_events_carry_evidence(analyse):
    found = events_of(analyse, "Des milliers de personnes ont manifesté samedi à Madrid contre la réforme.")
    protest = [e for e in found if e.type == "PROTEST"]
    assert protest and codes(protest[0].source) == {"ESP"}
    assert "manifesté" in protest[0].trigger and protest[0].sentence.startswith("Des milliers")


def test_events_compound_signatories_sign_with_each_other(analyse):
    found = events_of(analyse, "La Grèce et la Turquie ont signé mercredi à Athènes un accord de coopération.")
    agree = [e for e in found if e.type == "AGREE"]
    assert len(agree) == 1
    assert codes(agree[0].source) | codes(agree[0].target) == {"GRC", "TUR"}
    assert codes(agree[0].source) != codes(agree[0].target)


def test_events_object_cut_off_by_the_parser_still_counts(analyse):
    # the small model makes "accord" a root of its own after the adjuncts "mardi à Vilnius"
    found = events_of(analyse, "La Lituanie et la Pologne ont signé mardi à Vilnius un accord de défense.")
    assert [e.type for e in found if e.type == "AGREE"] == ["AGREE"]


def test_events_object_hung_on_a_time_of_two_words(analyse):
    # the parser makes "deux suspects" a complement of "soir", itself a complement of "mardi"
    found = events_of(analyse, "Les policiers ont arrêté mardi soir deux suspects à Lyon.")
    assert [(e.type, codes(e.source)) for e in found] == [("COERCE", {"FRA"})]


def test_events_fronted_participle_acts_on_the_subject_after_the_comma(analyse):
    found = events_of(analyse, "Expulsé par les autorités russes, le journaliste allemand est rentré à Berlin.")
    assert [(codes(e.source), codes(e.target)) for e in found if e.type in ("COERCE", "SANCTION")] == [
        ({"RUS"}, {"DEU"})
    ]


def test_events_fronted_participle_without_agent_keeps_an_unknown_author(analyse):
    found = events_of(analyse, "Blessé par balle à Marseille, un policier a été hospitalisé.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert len(assault) == 1 and not assault[0].source and codes(assault[0].target) == {"FRA"}


def test_events_place_is_not_the_country_of_an_actor(analyse):
    found = events_of(analyse, "Le président ghanéen a accueilli ses homologues du Togo et du Bénin à Accra.")
    assert [(e.type, e.place) for e in found] == [("CONSULT", "Accra")]


def test_events_definite_description_stands_for_the_last_entity_of_its_type(analyse):
    found = events_of(analyse, "Médecins sans frontières a ouvert un hôpital à Gao. "
                               "L'organisation a dénoncé jeudi les pillages commis par des soldats maliens.")
    accuse = [e for e in found if e.type == "ACCUSE"]
    assert [(codes(e.source), codes(e.target)) for e in accuse] == [({"NGO"}, {"MLI"})]


def test_events_ce_dernier_is_the_last_actor_named_not_the_last_subject(analyse):
    found = events_of(analyse, "Le Premier ministre japonais a appelé lundi le président sud-coréen. "
                               "Ce dernier a rejeté toute discussion sur les îles disputées.")
    assert [codes(e.source) for e in found if e.type == "REJECT"] == [{"KOR"}]


def test_events_compound_past_without_passive_auxiliary_is_active(analyse):
    # the tagger marks "condamné" as a passive participle with "Il" as its passive subject
    found = events_of(analyse, "Le chancelier allemand a reçu le président polonais.\n\n"
                               "Il a ensuite condamné les frappes russes contre Kiev.")
    assert [(codes(e.source), codes(e.target)) for e in found if e.type == "ACCUSE"] == [({"DEU"}, {"RUS"})]


def test_events_body_named_after_an_elided_article_speaks_for_it(analyse):
    # "de l'OMS": the body is found past the elided article, and its officer is no lone person
    found = events_of(analyse, "Le directeur général de l'OMS a exhorté le Brésil à protéger les peuples autochtones.")
    request = [e for e in found if e.type == "REQUEST"]
    assert [(codes(e.source), codes(e.target)) for e in request] == [({"UN"}, {"BRA"})]
    assert request[0].source[0].sector == "government"  # "général" of "directeur général" is no army rank


def test_events_addressee_after_a_compound_preposition_on_the_carrying_verb(analyse):
    found = events_of(analyse, "Le Maroc a formulé une requête auprès de l'Espagne pour le retour de ses mineurs.")
    assert [(codes(e.source), codes(e.target)) for e in found if e.type == "REQUEST"] == [({"MAR"}, {"ESP"})]


def test_events_police_questioning_a_mayor_is_no_demand(analyse):
    found = events_of(analyse, "Les policiers ont interpellé le maire de Namur mardi.")
    assert not [e for e in found if e.type == "REQUEST"]


@pytest.mark.parametrize("sentence", ["La Chine a promis des représailles.", "Moscou a promis une riposte."])
def test_events_a_state_named_as_a_whole_is_not_its_own_target(analyse, sentence):
    threats = [e for e in events_of(analyse, sentence) if e.type == "THREATEN"]
    assert threats and all(codes(e.target) != codes(e.source) for e in threats)


def test_events_a_state_s_police_still_act_at_home(analyse):
    coerce = [e for e in events_of(analyse, "Les policiers ont interpellé trois hommes à Lyon.") if e.type == "COERCE"]
    assert coerce and codes(coerce[0].target) == {"FRA"}


def test_events_participle_tagged_as_noun_after_its_auxiliary_is_read_as_the_verb(analyse):
    # the small model tags "téléphoné" as a noun here: subject and addressee are read by position
    found = events_of(analyse, "Le ministre portugais a téléphoné jeudi au président angolais.")
    assert [(e.type, codes(e.source), codes(e.target)) for e in found] == [("CONSULT", {"PRT"}, {"AGO"})]


def test_events_participle_tagged_as_adjective_keeps_its_negation(analyse):
    # "gelé" tagged as an adjective, "n'... pas" hung on "a": the freeze did not happen
    found = events_of(analyse, "Vienne n'a pas gelé les avoirs du ministre biélorusse.")
    assert [(e.type, e.status, codes(e.source)) for e in found] == [("SANCTION", "negated", {"AUT"})]


def test_events_denial_verb_tagged_as_adverb_still_governs_the_act(analyse):
    # "dément" tagged as an adverb outside the tree: the bombing it denies is no fact
    found = events_of(analyse, "Moscou dément avoir bombardé la gare de Kramatorsk.")
    assert [e for e in found if e.type == "ASSAULT"] and all(e.status != "asserted" for e in found)


def test_events_one_noun_with_two_nationalities_is_two_actors(analyse):
    found = events_of(analyse, "Les gouvernements grec et chypriote ont demandé à la Commission européenne un délai.")
    request = [e for e in found if e.type == "REQUEST"]
    assert request and codes(request[0].source) == {"GRC", "CYP"} and codes(request[0].target) == {"EU"}


def test_events_one_nationality_stays_one_actor(analyse):
    found = events_of(analyse, "Les policiers portugais et leurs chiens ont arrêté un suspect à Porto.")
    arrest = [e for e in found if e.type == "COERCE"]
    assert arrest and codes(arrest[0].source) == {"PRT"}


def test_events_a_nickname_of_a_state_acts_for_that_state(analyse):
    found = events_of(analyse, "L'État hébreu a accusé jeudi le Liban d'abriter des combattants.")
    accuse = [e for e in found if e.type == "ACCUSE"]
    assert accuse and codes(accuse[0].source) == {"ISR"} and codes(accuse[0].target) == {"LBN"}
