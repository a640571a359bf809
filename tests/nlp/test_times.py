"""veille.times: finding time expressions and resolving them, on sentences written for these tests.

Rule tests run on a tokenised-only Doc (no tense: a bare weekday is the last one); the tests
marked `model` run the whole pipeline, whose parser gives the tense of each clause.
"""
from __future__ import annotations

from datetime import datetime

import pytest
import spacy

from veille.model.article import Article
from veille.nlp.extensions import register_extensions
from veille.nlp.times import find_times

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
    ],
)
def test_times_weekday_direction_follows_the_verb(analyse, sentence, text, value):
    doc = analyse(sentence)
    assert [(t.text, t.value) for t in doc._.times] == [(text, value)]


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
    assert [(t.text, t.value) for t in doc._.times] == [("depuis 2019", "2019")]


@pytest.mark.model
def test_times_bare_weekday_takes_the_date_the_article_gives_it(analyse):
    # published Wednesday 11 June 2025: "jeudi" alone in a present-tense clause is the coming Thursday
    doc = analyse(
        "Les contrôleurs appellent à cesser le travail jeudi. Le préavis court jusqu'au jeudi 12 juin au soir.",
        published="2025-06-11T07:00:00+02:00",
    )
    bare = next(t for t in doc._.times if t.text == "jeudi")
    assert bare.value == "2025-06-12"
