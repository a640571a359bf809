"""veille.nlp.times.component: finding time expressions and resolving them, on sentences written for these tests.

Rule tests run on a tokenised-only Doc (no tense: a bare weekday is the last one); the tests
marked `model` run the whole pipeline, whose parser gives the tense of each clause.
"""
from __future__ import annotations

from datetime import datetime

import pytest
import spacy

from veille.model.article import Article
from veille.nlp.extensions import register_extensions
from veille.nlp.times.component import find_times

SUNDAY = "2024-05-26T09:47:00+01:00"


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    return spacy.blank("fr")


def _times(blank, text: str, published: str | None = SUNDAY) -> list[tuple[str, str, str | None]]:
    when = datetime.fromisoformat(published) if published else None
    doc = blank.make_doc(text)
    doc._.article = Article(id="t", name="t", source="test", title=None, published=when,
                            published_precision="minute" if when else None, outlet=None, dateline=None,
                            language="fr", text=text)
    doc._.body_start = 0
    return [(t.text, t.type, t.value) for t in find_times(doc)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le ministre a parlé vendredi à la radio.", [("vendredi", "DATE", "2024-05-24")]),
        ("Ils se sont vus le 9 mai à Rome.", [("le 9 mai", "DATE", "2024-05-09")]),
        ("Le texte date du 3 mars 2019.", [("3 mars 2019", "DATE", "2019-03-03")]),
        ("Le vote aura lieu les 14 et 15 juin.", [("les 14 et 15 juin", "DATE", "2024-06-14/2024-06-15")]),
        ("Le festival se tient du 3 au 5 juin.", [("du 3 au 5 juin", "DATE", "2024-06-03/2024-06-05")]),
        ("Le contrat a été signé en juin.", [("en juin", "DATE", "2024-06")]),
        ("Il prendra ses fonctions en février prochain.", [("en février prochain", "DATE", "2025-02")]),
        ("Les chiffres de 2023 sont meilleurs qu'en 2019.", [("2023", "DATE", "2023"), ("en 2019", "DATE", "2019")]),
        ("Au début du mois, la banque a relevé ses taux.", [("Au début du mois", "DATE", "2024-05")]),
        ("La semaine dernière, les prix ont baissé.", [("La semaine dernière", "DATE", "2024-W20")]),
        ("L'an dernier, la production a chuté.", [("L'an dernier", "DATE", "2023")]),
        ("Le mois dernier, il pleuvait.", [("Le mois dernier", "DATE", "2024-04")]),
        ("Hier, le conseil a voté; demain, il se réunit encore.",
         [("Hier", "DATE", "2024-05-25"), ("demain", "DATE", "2024-05-27")]),
        ("Ce matin, la police a évacué la place.", [("Ce matin", "TIME", "2024-05-26TMO")]),
        ("Mardi soir, la ministre a répondu.", [("Mardi soir", "TIME", "2024-05-21TEV")]),
        ("La séance reprendra demain, à 10 heures.", [("demain, à 10 heures", "TIME", "2024-05-27T10:00")]),
        ("La grève a duré cinq jours.", [("cinq jours", "DURATION", "P5D")]),
        ("Il a été détenu une semaine.", [("une semaine", "DURATION", "P1W")]),
        ("Quinze ans plus tard, le village est reconstruit.", [("Quinze ans plus tard", "DURATION", "P15Y")]),
        ("Les travaux ont continué pendant trois mois.", [("pendant trois mois", "DURATION", "P3M")]),
        ("Les ferries circulent deux jours par semaine.", [("deux jours par semaine", "SET", "P1W")]),
        ("Le festival revient chaque année.", [("chaque année", "SET", "P1Y")]),
        ("Au début du siècle, la ville comptait peu d'habitants.", [("Au début du siècle", "DATE", "20")]),
        ("La fin du XIXe siècle fut troublée.", [("La fin du XIXe siècle", "DATE", "18")]),
        ("Le château date du XIIe siècle.", [("du XIIe siècle", "DATE", "1100/1199")]),
        ("Au début des années 1980, la crise éclata.", [("Au début des années 1980", "DATE", "198")]),
        ("La loi a été abrogée il y a trois mois.", [("il y a trois mois", "DATE", "2024-02")]),
        ("Le scrutin aura lieu dans un peu plus de deux mois.",
         [("dans un peu plus de deux mois", "DATE", "2024-07")]),
        ("Le bilan au premier trimestre 2024 est bon.", [("au premier trimestre 2024", "DATE", "2024-Q1")]),
        ("Dans la nuit de samedi à dimanche, il a plu.", [("Dans la nuit de samedi à dimanche", "TIME", "2024-05-25TNI")]),
        ("La foule s'est dispersée à 8 heures du soir.", [("à 8 heures du soir", "TIME", "2024-05-26T20:00")]),
        ("Tout a commencé samedi 25 mai au soir.", [("samedi 25 mai au soir", "TIME", "2024-05-25TEV")]),
        ("Hier jeudi, le conseil a voté.", [("Hier jeudi", "DATE", "2024-05-25")]),
        ("La séance aura lieu jeudi le 30 mai.", [("jeudi le 30 mai", "DATE", "2024-05-30")]),  # Quebec order
        ("Le budget de l'exercice 2024-2025 est adopté.", [("l'exercice 2024-2025", "DATE", "2024/2025")]),
        ("Les combats ont fait 40 morts au cours des dernières 24 heures.", [("24 heures", "DURATION", "PT24H")]),
        ("Les prix ont grimpé au cours des deux dernières années.",
         [("au cours des deux dernières années", "DURATION", "P2Y")]),
        ("Le procès s'ouvrira à l'automne 2025.", [("l'automne 2025", "DATE", "2025-FA")]),
        ("Le dollar a reculé le week-end dernier.", [("le week-end dernier", "DATE", "2024-05-18/2024-05-19")]),
        ("Le traité sera ratifié entre 2026 et 2028.", [("entre 2026 et 2028", "DATE", "2026/2028")]),
        ("Le scrutin aura lieu les 30 juin et 7 juillet.",
         [("30 juin", "DATE", "2024-06-30"), ("7 juillet", "DATE", "2024-07-07")]),
    ],
)
def test_times_finds_and_resolves_common_expressions(blank, sentence, expected):
    assert _times(blank, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Il entame son troisième mandat à la tête de la région.",
        "Les chiffres définitifs ne sont pas encore publiés.",
        "La frontière mesure 1 312 km entre les deux pays.",
        "Le parti a obtenu 2 000 voix de plus, soit 52,3 % des suffrages.",
        "La résolution 2334 condamne la colonisation.",
        "Un homme de 45 ans a été interpellé.",
        "Il faut compter 1h30 de route.",
        "Le match s'est terminé sur le score de 3 à 1.",
        "La sonde partira pour Mars dans la décennie.",
        "Un jour, il faudra bien choisir.",
        "Selon 20 Minutes, le maire a démissionné.",
        "La mesure vise les 18-25 ans.",
        "Une enfant de 12 ans a été blessée.",
        "La mission pour Mars est reportée.",
    ],
)
def test_times_ignores_numbers_and_words_that_are_not_times(blank, sentence):
    assert _times(blank, sentence) == []


def test_times_offsets_point_into_the_doc_text(blank):
    text = "Titre\n\nLe sommet s'est tenu le 8 novembre, puis jeudi soir un dîner."
    for found, _, _ in _times(blank, text):
        assert found in text
    doc = blank.make_doc(text)
    doc._.article = None
    doc._.body_start = 0
    for expr in find_times(doc):
        assert text[expr.start:expr.end] == expr.text


def test_times_la_veille_is_the_day_before_the_last_day_named(blank):
    found = _times(blank, "Il a signé hier, samedi 25 mai. Le syndicat avait annoncé la veille son retrait.")
    assert ("la veille", "DATE", "2024-05-24") in found


def test_times_clock_time_takes_the_day_named_in_its_sentence(blank):
    found = _times(blank, "Le 20 mai, l'alerte a été levée à 7 heures locales.")
    assert found[-1] == ("à 7 heures locales", "TIME", "2024-05-20T07:00")


@pytest.mark.parametrize(("text", "expected"), [
    ("La vigilance orange est levée jusqu'à lundi 8 heures.", ("lundi 8 heures", "TIME", "2024-05-27T08:00")),
    ("Le cortège est parti vers 14h30 samedi du port.", ("vers 14h30 samedi", "TIME", "2024-05-25T14:30")),
    ("Le vote aura lieu à 10 heures demain.", ("à 10 heures demain", "TIME", "2024-05-27T10:00")),
])
def test_times_a_clock_time_and_its_day_in_either_order_are_one_time(blank, text, expected):
    assert _times(blank, text) == [expected]


def test_times_hours_after_a_day_are_still_an_amount_before_de(blank):
    found = _times(blank, "Il a été condamné à 10 heures de travaux d'intérêt général.")
    assert found == [("à 10 heures", "DURATION", "PT10H")]


def test_times_glues_a_relative_day_to_the_date_that_explains_it(blank):
    found = _times(blank, "Le texte sera lu demain (27 mai) au Sénat.")
    assert found == [("demain (27 mai)", "DATE", "2024-05-27")]


def test_times_without_publication_date_resolves_only_absolute_ones(blank):
    found = _times(blank, "Le 3 mars 2019, puis vendredi, puis le 9 mai.", published=None)
    assert found == [("Le 3 mars 2019", "DATE", "2019-03-03"), ("vendredi", "DATE", None),
                     ("le 9 mai", "DATE", None)]


def test_times_falls_back_on_a_dateline_date_when_publication_is_unknown(blank):
    found = _times(blank, "9 mars 2015. - Le parlement a voté hier.", published=None)
    assert found[-1] == ("hier", "DATE", "2015-03-08")
    found = _times(blank, "PARIS, 9 mars 2015 (AFP) - Le parlement a voté hier.", published=None)
    assert found[-1] == ("hier", "DATE", "2015-03-08")


def test_times_a_date_opening_the_story_is_not_a_dateline(blank):
    found = _times(blank, "Le 3 mars 2019, les troupes sont entrées dans la ville. Hier, elles ont reculé.", published=None)
    assert found[-1] == ("Hier", "DATE", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("La présidente est attendue mercredi à Lima.", "mercredi", "2024-05-29"),
        ("Il doit se rendre mardi en Norvège.", "mardi", "2024-05-28"),
        ("Les ministres se réuniront jeudi à Bruxelles.", "jeudi", "2024-05-30"),
        ("Le ministre a annoncé jeudi un nouveau plan.", "jeudi", "2024-05-23"),
        ("Elle se promenait vendredi dans le parc.", "vendredi", "2024-05-24"),
        ("Le conseil se réunit dimanche en urgence.", "dimanche", "2024-05-26"),
        ("Le collectif appelle à une marche blanche mardi à Rouen.", "mardi", "2024-05-28"),
        ("Le maire convoque le conseil municipal jeudi.", "jeudi", "2024-05-30"),
        ("Les cheminots reprennent le travail jeudi.", "jeudi", "2024-05-30"),  # hung on the object by the parser
        ("Le Parlement vote mardi la loi sur la fin de vie.", "mardi", "2024-05-28"),  # "vote" tagged a noun
        ("Le conseil municipal statue jeudi sur le projet.", "jeudi", "2024-05-30"),  # "statue" tagged a noun
        ("Le vote de mardi a surpris les élus.", "mardi", "2024-05-21"),  # a real noun: the last Tuesday
    ],
)
def test_times_weekday_direction_follows_the_verb(analyse, sentence, text, value):
    doc = analyse(sentence)
    assert [(t.text, t.value) for t in doc._.times] == [(text, value)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # told in the past on a weekday: the weekend just gone
        ("Le club a perdu ce week-end face à Lorient.", "2025-03-04T08:00:00+01:00", "2025-03-01/2025-03-02"),
        # to come: this week's weekend
        ("Ce week-end, il fera beau sur toute la Bretagne.", "2025-03-04T08:00:00+01:00", "2025-03-08/2025-03-09"),
        # told in the past on the Sunday itself: this weekend
        ("Le marché a attiré 30 000 personnes ce week-end.", "2025-03-09T18:00:00+01:00", "2025-03-08/2025-03-09"),
    ],
)
def test_times_this_weekend_follows_the_tense(analyse, sentence, published, value):
    doc = analyse(sentence, published=published)
    assert [t.value for t in doc._.times] == [value]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Il y a à peine un mois, le club était relégable.", "2024-04"),
        ("Elle avait été élue il y a tout juste deux ans.", "2022"),
    ],
)
def test_times_ago_with_an_adverb_before_the_amount_is_a_date(analyse, sentence, value):
    doc = analyse(sentence)
    assert [(t.type, t.value) for t in doc._.times] == [("DATE", value)]


@pytest.mark.model
def test_times_headline_weekday_follows_the_same_weekday_in_the_body(analyse):
    doc = analyse("Les ministres se réuniront mardi à Vienne pour en discuter.",
                  title="Sommet des ministres mardi à Vienne")
    assert [t.value for t in doc._.times] == ["2024-05-28", "2024-05-28"]


@pytest.mark.model
def test_times_day_month_told_in_the_past_goes_back_a_year(analyse):
    doc = analyse("Le 14 juillet, le défilé a rassemblé des milliers de personnes.")
    assert [(t.text, t.value) for t in doc._.times] == [("Le 14 juillet", "2023-07-14")]


@pytest.mark.model
def test_times_a_four_digit_count_before_its_noun_is_not_a_year(analyse):
    doc = analyse("Le parti compte 2000 adhérents depuis 2019.")
    assert [(t.text, t.value) for t in doc._.times] == [("2019", "2019")]


@pytest.mark.model
def test_times_bare_weekday_takes_the_date_the_article_gives_it(analyse):
    # published Wednesday 11 June 2025: "jeudi" alone in a present-tense clause is the coming Thursday
    doc = analyse(
        "Les contrôleurs appellent à cesser le travail jeudi. Le préavis court jusqu'au jeudi 12 juin au soir.",
        published="2025-06-11T07:00:00+02:00",
    )
    bare = next(t for t in doc._.times if t.text == "jeudi")
    assert bare.value == "2025-06-12"


WEDNESDAY = "2025-03-05T10:00:00+01:00"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les travaux dureront plusieurs semaines.", [("plusieurs semaines", "DURATION", "PXW")]),
        ("Depuis des mois, les éleveurs protestent.", [("des mois", "DURATION", "PXM")]),
        ("Il a fallu une dizaine de jours.", [("une dizaine de jours", "DURATION", "P10D")]),
        ("Il a passé deux ans et demi en exil.", [("deux ans et demi", "DURATION", "P2.5Y")]),
        ("Il y a quelques années, la ville a changé.", [("Il y a quelques années", "DATE", "PAST_REF")]),
        ("Le site reçoit 300 visites par mois.", [("par mois", "SET", "P1M")]),
        ("Le rapport annuel sera publié.", [("annuel", "SET", "P1Y")]),
        ("Le marché se tient le mercredi.", [("le mercredi", "SET", "XXXX-WXX-3")]),
        ("Le Tour passe chaque été dans les Alpes.", [("chaque été", "SET", "XXXX-SU")]),
        ("Chaque printemps, les apiculteurs comptent leurs ruches.", [("Chaque printemps", "SET", "XXXX-SP")]),
        ("Tous les lundis, le marché ouvre.", [("Tous les lundis", "SET", "XXXX-WXX-1")]),
        ("Il a quitté le club en 98.", [("en 98", "DATE", "1998")]),
        ("Mai 68 reste une référence.", [("Mai 68", "DATE", "1968-05")]),
        ("Les années soixante-dix ont changé la ville.", [("Les années soixante-dix", "DATE", "197")]),
        ("La décennie 2010 a été rude.", [("La décennie 2010", "DATE", "201")]),
        ("Le championnat 2024-25 a repris.", [("2024-25", "DATE", "2024/2025")]),
        ("Le parlement siège les 8, 9 et 10 avril.", [("les 8, 9 et 10 avril", "DATE", "2025-04-08/2025-04-10")]),
        ("Les bureaux ouvrent de 14h à 18h.", [("de 14h à 18h", "TIME", "2025-03-05T14:00/2025-03-05T18:00")]),
        ("Au printemps, la mairie lancera les travaux.", [("Au printemps", "DATE", "2025-SP")]),
        ("Le ministre parlera dans l'après-midi.", [("dans l'après-midi", "TIME", "2025-03-05TAF")]),
        ("Le mois en cours sera difficile.", [("Le mois en cours", "DATE", "2025-03")]),
        ("Le groupe table sur une hausse d'ici à 2030.", [("2030", "DATE", "2030")]),
        ("Le parc est fermé à partir de 22h15.", [("22h15", "TIME", "2025-03-05T22:15")]),
        ("À trois jours du sommet, rien n'est prêt.", [("À trois jours", "DURATION", "P3D")]),
        ("À l'horizon 2040, la ville aura changé.", [("2040", "DATE", "2040")]),
    ],
)
def test_times_reads_vague_recurring_framed_and_short_expressions(blank, sentence, expected):
    assert _times(blank, sentence, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Luc Berthier, 45 ans, a été entendu.",
        "La gratuité est réservée aux moins de 12 ans.",
        "À 17 ans, elle a quitté Dakar.",
        "Elle avait 16 ans au moment des faits.",
        "L'entraîneur a fêté ses 60 ans.",
        "Un Liégeois de 28 ans a été arrêté.",
        "Un automobiliste de 52 ans est mort.",
        "Le vote est ouvert dès 16 ans.",
        "Les jeunes de 18 à 25 ans sont concernés.",
        "Un homme d'une quarantaine d'années a été blessé.",
        "Selon le quotidien Le Soir, rien n'a changé.",
        "L'hebdomadaire satirique a été condamné.",
        "Les enseignants réclament leurs heures supplémentaires.",
        "Le Printemps de Bourges a ouvert ses portes.",
    ],
)
def test_times_ignores_ages_and_words_that_only_look_like_times(blank, sentence):
    assert _times(blank, sentence, WEDNESDAY) == []


def test_times_a_sentence_in_years_is_still_a_duration(blank):
    assert _times(blank, "Il a été condamné à cinq ans de prison.", WEDNESDAY) == [("à cinq ans", "DURATION", "P5Y")]
    assert _times(blank, "Il a été condamné à cinq ans.", WEDNESDAY) == [("cinq ans", "DURATION", "P5Y")]


def test_times_periods_count_from_the_last_period_named(blank):
    found = _times(blank, "En 2022, les ventes ont progressé. L'année d'avant, elles avaient reculé.", WEDNESDAY)
    assert found[-1] == ("L'année d'avant", "DATE", "2021")
    found = _times(blank, "Le 3 février, le maire a parlé. La semaine suivante, le conseil a voté.", WEDNESDAY)
    assert found[-1] == ("La semaine suivante", "DATE", "2025-W07")
    found = _times(blank, "Le 4 février 2024, un enseignant a été agressé. Le même jour, une enquête a été ouverte.",
                   WEDNESDAY)
    assert found[-1] == ("Le même jour", "DATE", "2024-02-04")


def test_times_anaphoric_days_take_their_part_of_day(blank):
    found = _times(blank, "Le 3 mars, le maire a porté plainte. La veille au soir, il avait reçu des menaces.", WEDNESDAY)
    assert found[-1] == ("La veille au soir", "TIME", "2025-03-02TEV")


def test_times_a_part_of_day_after_a_weekday_is_of_that_weekday(blank):
    found = _times(blank, "Lundi, le maire a reçu les syndicats. Dans la soirée, il a cédé.", WEDNESDAY)
    assert found == [("Lundi", "DATE", "2025-03-03"), ("Dans la soirée", "TIME", "2025-03-03TEV")]
    assert _times(blank, "Mardi, dans la soirée, un incendie a éclaté.", WEDNESDAY) == \
        [("Mardi, dans la soirée", "TIME", "2025-03-04TEV")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        # a clock time, "la veille" and a weekday in a story of a past day
        ("Le 12 mars 2019, les pompiers ont été appelés. La veille, une alarme s'était déclenchée. "
         "Vers 14h, le toit s'est effondré.", "Vers 14h", "2019-03-12T14:00"),
        ("Le 8 août 2020, un incendie s'est déclaré en forêt. Dimanche, les pompiers ont fixé le feu.",
         "Dimanche", "2020-08-09"),
        ("En 2008, la banque a frôlé la faillite. Le 15 septembre, son titre a perdu 40 %.",
         "Le 15 septembre", "2008-09-15"),
        ("En 2016, la région a connu une sécheresse. En juillet, les nappes étaient au plus bas.",
         "En juillet", "2016-07"),
        # a date told as background does not move the story; a year qualifying a noun sets none
        ("Le 12 mars 2019, l'usine avait été placée en redressement. Mardi, le tribunal a validé son rachat.",
         "Mardi", "2025-03-04"),
        ("Le maire, élu en 2014, a inauguré le 2 mars la nouvelle médiathèque.", "le 2 mars", "2025-03-02"),
    ],
)
def test_times_a_past_story_dates_its_own_days(analyse, text, said, value):
    doc = analyse(text, published=WEDNESDAY)
    assert (said, value) in [(t.text, t.value) for t in doc._.times]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "said", "value"),
    [
        ("Les inscriptions sont ouvertes jusqu'au 30 novembre.", "30 novembre", "2025-11-30"),
        ("Le rapport doit être rendu d'ici vendredi.", "vendredi", "2025-03-07"),
        ("Grève des contrôleurs jusqu'à samedi.", "samedi", "2025-03-08"),
        ("Il a été détenu jusqu'à lundi.", "lundi", "2025-03-03"),
        ("La ministre a promis des annonces avant l'été.", "l'été", "2025-SU"),
        ("Un préavis de grève a été déposé pour jeudi.", "jeudi", "2025-03-06"),
        ("L'usine était à l'arrêt depuis octobre.", "octobre", "2024-10"),
        ("Le ministre présente vendredi son plan pour l'hôpital.", "vendredi", "2025-03-07"),
        ("Le texte a été adopté en septembre.", "en septembre", "2024-09"),
        ("La réforme entrera en vigueur en septembre.", "en septembre", "2025-09"),
        ("L'entraîneur fêtera ses 60 ans en mai.", "en mai", "2025-05"),
    ],
)
def test_times_framing_words_and_tense_set_the_direction(analyse, sentence, said, value):
    doc = analyse(sentence, published=WEDNESDAY)
    assert (said, value) in [(t.text, t.value) for t in doc._.times]


@pytest.mark.model
def test_times_a_past_evening_after_a_morning_publication_is_the_day_before(analyse):
    doc = analyse("Les bureaux de vote ont fermé en début de soirée.", published="2025-03-05T07:00:00+01:00")
    assert [(t.text, t.value) for t in doc._.times] == [("en début de soirée", "2025-03-04TEV")]
    doc = analyse("Dans la matinée, la neige a recouvert les routes.", published=WEDNESDAY)
    assert [(t.text, t.value) for t in doc._.times] == [("Dans la matinée", "2025-03-05TMO")]


@pytest.mark.model
def test_times_le_mardi_is_a_habit_unless_a_story_tells_that_day(analyse):
    doc = analyse("Le musée était fermé le lundi.", published=WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in doc._.times] == [("le lundi", "SET", "XXXX-WXX-1")]
    doc = analyse("Le 3 février, les délégués sont arrivés à Genève. Le mardi, les négociations ont échoué.",
                  published=WEDNESDAY)
    assert ("Le mardi", "DATE", "2025-02-04") in [(t.text, t.type, t.value) for t in doc._.times]


@pytest.mark.model
def test_times_a_story_moves_with_plus_tard_and_a_backdrop_sets_none(analyse):
    doc = analyse("Le 24 février 2022, l'armée a franchi la frontière. Trois ans plus tard, jeudi, "
                  "les dirigeants se sont réunis à Kiev.", published=WEDNESDAY)
    assert ("jeudi", "2025-02-27") in [(t.text, t.value) for t in doc._.times]
    doc = analyse("En 2019, le chômage était de 8 %. En janvier, il est passé à 7 %.", published=WEDNESDAY)
    assert ("En janvier", "2025-01") in [(t.text, t.value) for t in doc._.times]
