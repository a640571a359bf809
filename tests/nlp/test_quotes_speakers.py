"""Who a pronoun or a description stands for: gender, number and the roles people are introduced with
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from veille.nlp.quotes.lexicon import lexicon
from veille.nlp.quotes.profiles import build_profiles
from veille.nlp.quotes.referents import Referents

pytestmark = pytest.mark.model


def _speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc._.quotes]


def _profiles(doc) -> dict[str, tuple[str | None, list[str]]]:
    referents = Referents(doc, [], lexicon())
    found = build_profiles(doc, referents.mentions, lexicon())
    return {e.name: (found[e.id].gender, [r.key for r in found[e.id].roles]) for e in doc._.entities if e.id in found}


def test_profiles_gender_from_title_role_and_first_name(analyse) -> None:
    doc = analyse(
        "La ministre de la Culture, Yassine Mbaye, a reçu Mme Berthelot puis Karim Haddad, "
        "directeur du festival de Dakar."
    )
    profiles = _profiles(doc)
    assert profiles["Yassine Mbaye"] == ("Fem", ["ministre"])  # the role's determiner outweighs a male first name
    assert profiles["Karim Haddad"] == ("Masc", ["directeur"])
    assert next(g for name, (g, _) in profiles.items() if "Berthelot" in name) == "Fem"


def test_profiles_a_masculine_title_before_a_woman_s_first_name_does_not_make_her_a_man(analyse) -> None:
    doc = analyse(
        "Le ministre de la Santé, Mariama Touré, a visité l'hôpital de Thiès avec le directeur, Ousmane Kane. "
        "« Les urgences auront trois médecins de plus », a-t-elle promis. Le ministre Paul Ndour était absent."
    )
    profiles = _profiles(doc)
    assert profiles["Mariama Touré"][0] == "Fem"
    assert profiles["Ousmane Kane"][0] == "Masc"
    assert profiles["Paul Ndour"][0] == "Masc"
    assert _speakers(doc) == ["Mariama Touré"]


def test_speakers_another_title_of_the_same_office_finds_its_holder(analyse) -> None:
    doc = analyse(
        "Le président Patrice Talon a inauguré lundi le port de Cotonou. Le ministre des Finances, Romuald Wadagni, "
        "l'accompagnait. « Ce port fera du Bénin une porte de l'Afrique de l'Ouest », a affirmé le chef de l'État."
    )
    assert _speakers(doc) == ["Patrice Talon"]


def test_speakers_a_foreign_president_received_is_not_the_unnamed_head_of_state(analyse) -> None:
    doc = analyse(
        "Emmanuel Macron a reçu jeudi le président kényan, William Ruto, à l'Élysée. "
        "« Nos deux pays partagent les mêmes ambitions pour le climat », a déclaré le chef de l'État."
    )
    assert _speakers(doc) != ["William Ruto"]


def test_speakers_a_coach_called_le_technicien_after_a_fronted_clause_naming_a_player(analyse) -> None:
    doc = analyse(
        "La sélectionneuse des Bleues, Sonia Berthaud, a donné sa liste mardi. Questionnée sur le forfait de son "
        "attaquante Léa Marchal, la technicienne a été brève. « Léa sera là pour l'Euro. »"
    )
    profiles = _profiles(doc)
    assert "technicien" not in profiles["Léa Marchal"][1]
    assert _speakers(doc) == ["Sonia Berthaud"]


def test_speakers_a_request_in_an_incise_reports_speech(analyse) -> None:
    doc = analyse("« Fermez vos volets et ne sortez pas », a demandé jeudi la maire de Sète, Claire Ravel, aux habitants.")
    assert _speakers(doc) == ["Claire Ravel"]


def test_profiles_a_name_after_de_is_not_given_the_role_before_it(analyse) -> None:
    doc = analyse("La fille de Jacques Morin, Claire, a témoigné devant la cour. Le fils du président, Paul Morin, aussi.")
    profiles = _profiles(doc)
    assert profiles["Jacques Morin"][1] == []
    assert profiles["Paul Morin"][1] == ["fils"]


def test_quotes_elle_is_the_woman_even_when_a_man_was_named_last(analyse) -> None:
    doc = analyse(
        "La maire de Besançon, Anne Vignot, a reçu mardi le préfet du Doubs. "
        "Rémi Bastille a présenté son plan de rénovation urbaine. "
        "« Nous voulons des moyens pour les quartiers nord », a-t-elle déclaré."
    )
    assert _speakers(doc) == ["Anne Vignot"]


def test_quotes_il_is_the_man_even_when_a_woman_was_named_last(analyse) -> None:
    doc = analyse(
        "Le président du club, Olivier Sadran, a reçu la maire de Toulouse. "
        "Claire Dumas lui a présenté le projet de rénovation. "
        "« Le stade sera rénové d'ici trois ans », a-t-il promis."
    )
    assert _speakers(doc) == ["Olivier Sadran"]


def test_quotes_a_role_speaker_is_who_was_introduced_with_it(analyse) -> None:
    doc = analyse(
        "Marc Lefèvre, procureur de la République de Rouen, a tenu une conférence de presse. "
        "Le suspect, Dylan Petit, a été placé en garde à vue. "
        "« Les faits sont établis », a indiqué le procureur."
    )
    assert _speakers(doc) == ["Marc Lefèvre"]


def test_quotes_an_office_nobody_holds_is_not_the_person_introduced_with_another_role(analyse) -> None:
    doc = analyse(
        "Le député de la circonscription, Hervé Lenoir, a visité le chantier du collège mardi. "
        "« Les travaux s'achèveront à la Toussaint », a indiqué le maire."
    )
    assert _speakers(doc) == [None]


def test_quotes_a_descriptive_noun_still_stands_for_the_person_introduced_with_a_related_role(analyse) -> None:
    doc = analyse(
        "Nadia Ferhat, infirmière et déléguée syndicale au CHU de Caen, a rencontré la direction. "
        "« On supprime des postes tous les mois », a dénoncé la syndicaliste."
    )
    assert _speakers(doc) == ["Nadia Ferhat"]


def test_quotes_a_feminine_role_picks_the_woman_holding_it(analyse) -> None:
    doc = analyse(
        "La ministre du Travail, Sophie Renaud, et le ministre de l'Économie, Hugo Bellamy, ont présenté "
        "la réforme. « Aucun droit ne sera supprimé », a assuré la ministre."
    )
    assert _speakers(doc) == ["Sophie Renaud"]


def test_quotes_an_organisation_described_by_its_kind(analyse) -> None:
    doc = analyse(
        "Le quotidien La Tribune de Genève a publié jeudi une enquête. La Banque cantonale de Genève "
        "n'a pas souhaité réagir. « Les contrôles ont été allégés », écrit le quotidien."
    )
    assert _speakers(doc) == ["La Tribune de Genève"]


def test_quotes_a_plural_description_names_no_one(analyse) -> None:
    doc = analyse(
        "Le maire, Paul Girard, a ouvert la séance. Les députés ont dénoncé « une manœuvre indigne de la République »."
    )
    assert _speakers(doc) == [None]


def test_quotes_a_ministry_named_as_an_organisation_speaks_as_its_country(analyse) -> None:
    doc = analyse(
        "Le Maroc et l'Algérie s'opposent de nouveau. Le ministère algérien des Affaires étrangères a dénoncé "
        "« une provocation contraire au droit international »."
    )
    algeria = next(e for e in doc._.entities if e.name == "Algérie")
    assert [(q.speaker, q.speaker_id) for q in doc._.quotes] == [("Algérie", algeria.id)]


def test_quotes_a_possessive_description_and_an_epicene_title(analyse) -> None:
    doc = analyse(
        "Le ministre des Affaires étrangères, Jean-Noël Barrot, a rencontré à Kiev son homologue ukrainien, "
        "Andriï Sybiha. Son homologue a salué « un soutien constant et précieux ». "
        "La maire de Montréal, Valérie Plante, a reçu le premier ministre, Mark Carney. "
        "« Montréal a besoin du fédéral pour le logement », a insisté la mairesse."
    )
    assert _speakers(doc) == ["Andriï Sybiha", "Valérie Plante"]


def test_quotes_a_pronoun_incise_right_after_a_quote_goes_on_with_its_speaker(analyse) -> None:
    doc = analyse(
        "« Nous ne céderons pas », a déclaré Pierre Lambert face au maire Paul Girard. "
        "« C'est une question de principe », a-t-il ajouté."
    )
    assert _speakers(doc) == ["Pierre Lambert", "Pierre Lambert"]


def test_quotes_a_pronoun_incise_after_a_sentence_of_narration_takes_its_subject(analyse) -> None:
    doc = analyse(
        "« Nous ne céderons pas », a déclaré Pierre Lambert. Paul Girard l'a aussitôt interrompu. "
        "« C'est faux et vous le savez », a-t-il répondu."
    )
    assert _speakers(doc) == ["Pierre Lambert", "Paul Girard"]


def test_quotes_words_named_as_someone_s_before_a_colon_are_theirs(analyse) -> None:
    doc = analyse(
        "La directrice de la crèche, Lucie Marchand, a reçu les parents avec l'adjoint Hugo Petit. Les familles "
        "lui ont remis une pétition. Sa réponse a été immédiate : « Aucune place ne sera supprimée. »"
    )
    assert _speakers(doc) == ["Lucie Marchand"]


def test_quotes_a_light_verb_incise_reports_speech(analyse) -> None:
    doc = analyse(
        "Le conducteur du tram, Bernard Claes, a été blessé. "
        "« Les horaires de la ligne 92 sont adaptés jusqu'à nouvel ordre », a fait savoir la STIB lundi soir."
    )
    assert _speakers(doc) == ["STIB"]


def test_speakers_a_quote_left_open_takes_the_speaker_of_its_reopening(analyse) -> None:
    doc = analyse(
        "La directrice de l'usine, Hélène Roussel, a reçu les délégués mardi.\n\n"
        "« Nous irons jusqu'au bout de ce conflit.\n\n"
        "« Les salariés ne lâcheront rien », a ajouté le délégué FO, Kevin Morin."
    )
    assert [q.speaker for q in doc._.quotes] == ["Kevin Morin", "Kevin Morin"]
