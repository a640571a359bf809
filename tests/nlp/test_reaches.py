"""The thresholds of the entities, quotes and times stages come from their spaCy factory config
(sentences written for these tests)."""
from __future__ import annotations

import pytest
import spacy

from veille.nlp.entities.reaches import EntityReaches
from veille.nlp.quotes.reaches import QuoteReaches
from veille.nlp.times.reaches import TimeReaches

pytestmark = pytest.mark.model


def _stage(factory: str, config: dict):
    """A stage built from its factory with `config`, to rerun on a Doc the whole pipeline read."""
    return spacy.blank("fr").add_pipe(factory, config=config)


def test_reaches_default_config_is_the_dataclass_defaults(nlp) -> None:
    assert nlp.get_pipe("veille_entities").settings == {"reaches": EntityReaches()}
    assert nlp.get_pipe("veille_quotes").settings == {"reaches": QuoteReaches()}
    assert nlp.get_pipe("veille_times").settings == {"reaches": TimeReaches()}


def test_reaches_incise_reach_in_the_quotes_config_bounds_the_incise(analyse) -> None:
    doc = analyse(
        "La présidente de l'association des locataires du quartier des Tilleuls, Farida Hamdi, "
        "a reçu mardi la préfète Anne Morel.\n\n"
        "« Les travaux commenceront en mars », lui a répondu la préfète."
    )
    assert [q.speaker for q in doc._.quotes] == ["Anne Morel"]
    # "lui a répondu": the verb is the third token after the closing mark, beyond a reach of one
    assert [q.speaker for q in _stage("veille_quotes", {"incise_reach": 1})(doc)._.quotes] == [None]


def test_reaches_role_window_in_the_entities_config_bounds_the_role_before_a_name(analyse) -> None:
    doc = analyse("Le ministre estonien de la Défense, Hanno Pevkur, s'est rendu mardi à Tartu.")
    mentions = {e.name: [m.text for m in e.mentions] for e in doc._.entities}
    assert mentions["Hanno Pevkur"] == ["ministre estonien de la Défense", "Hanno Pevkur"]
    narrow = {e.name: [m.text for m in e.mentions] for e in _stage("veille_entities", {"role_window": 0})(doc)._.entities}
    assert narrow["Hanno Pevkur"] == ["Hanno Pevkur"]


def _times(doc) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in doc._.times]


def _times_with(doc, config: dict) -> list[tuple[str, str | None]]:
    return _times(_stage("veille_times", config)(doc))


def test_reaches_dateline_reach_in_the_times_config_bounds_where_a_dateline_anchors(analyse) -> None:
    doc = analyse("9 mars 2015. - Le conseil municipal de Valbourg a voté hier le budget de la piscine.", published=None)
    assert _times(doc) == [("9 mars 2015", "2015-03-09"), ("hier", "2015-03-08")]
    # a reach of 0 characters: the date no longer stands in for the missing publication date
    assert _times_with(doc, {"dateline_reach": 0}) == [("9 mars 2015", "2015-03-09"), ("hier", None)]


def test_reaches_past_episode_days_in_the_times_config_decides_which_stories_date_their_weekdays(analyse) -> None:
    doc = analyse("Le 3 mai, les ouvriers de la fonderie ont voté la grève. Mardi, la direction a cédé.")
    assert _times(doc) == [("Le 3 mai", "2024-05-03"), ("Mardi", "2024-04-30")]  # 23 days back: the Tuesday before the story day
    assert _times_with(doc, {"past_episode_days": 40}) == [("Le 3 mai", "2024-05-03"), ("Mardi", "2024-05-21")]


def test_reaches_dated_weekday_reach_in_the_times_config_bounds_a_dated_weekday(analyse) -> None:
    doc = analyse("Les cheminots appellent à la grève jeudi 30 mai.\n\nTrafic très perturbé jeudi sur les lignes régionales.")
    assert _times(doc)[1] == ("jeudi", "2024-05-30")
    # 30 May is 4 days after publication: beyond a reach of 3, the verbless "perturbé jeudi" is read as past
    assert _times_with(doc, {"dated_weekday_reach": 3})[1] == ("jeudi", "2024-05-23")


def test_reaches_tense_slack_days_in_the_times_config_lets_a_past_day_month_lie_a_few_days_ahead(analyse) -> None:
    doc = analyse("Le contrat de rachat a été signé le 30 mai, selon la direction.")
    assert _times(doc) == [("le 30 mai", "2024-05-30")]
    assert _times_with(doc, {"tense_slack_days": 2}) == [("le 30 mai", "2023-05-30")]


def test_reaches_half_year_days_in_the_times_config_picks_the_nearer_year_without_tense(analyse) -> None:
    doc = analyse("Salon du chocolat : le 20 décembre, place de la Mairie.")
    assert _times(doc) == [("le 20 décembre", "2023-12-20")]  # 208 days ahead, no verb: last December is nearer
    assert _times_with(doc, {"half_year_days": 365}) == [("le 20 décembre", "2024-12-20")]


def test_reaches_max_hops_in_the_times_config_bounds_the_search_for_the_governing_verb(analyse) -> None:
    doc = analyse("Les syndicats de la fonction publique manifesteront vendredi devant la préfecture.")
    assert _times(doc) == [("vendredi", "2024-05-31")]
    # no step up from "vendredi": the future verb is not found and the bare weekday is the last one
    assert _times_with(doc, {"max_hops": 0}) == [("vendredi", "2024-05-24")]
