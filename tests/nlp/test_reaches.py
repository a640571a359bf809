"""The thresholds of the entities and quotes stages come from their spaCy factory config
(sentences written for these tests)."""
from __future__ import annotations

import pytest
import spacy

from veille.nlp.entities.reaches import EntityReaches
from veille.nlp.quotes.reaches import QuoteReaches

pytestmark = pytest.mark.model


def _stage(factory: str, config: dict):
    """A stage built from its factory with `config`, to rerun on a Doc the whole pipeline read."""
    return spacy.blank("fr").add_pipe(factory, config=config)


def test_reaches_default_config_is_the_dataclass_defaults(nlp) -> None:
    assert nlp.get_pipe("veille_entities").settings == {"reaches": EntityReaches()}
    assert nlp.get_pipe("veille_quotes").settings == {"reaches": QuoteReaches()}


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
