"""Where a name starts and ends: feature nouns kept, glued dates and cut states handled (rules, no model)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.nlp.entities.component import find_entities
from veille.nlp.entities.coref import place_key
from veille.nlp.entities.mentions import find_candidates
from veille.nlp.extensions import register_extensions

register_extensions()
VOCAB = spacy.blank("fr").vocab


def tagged(words: list[tuple[str, str, str]], glued: set[int] = frozenset()) -> Doc:
    """A one-sentence Doc from (word, part of speech, IOB tag); words in `glued` have no space after them."""
    texts = [w for w, _, _ in words]
    spaces = [i not in glued and i < len(texts) - 1 for i in range(len(texts))]
    return Doc(VOCAB, words=texts, spaces=spaces, pos=[p for _, p, _ in words], ents=[e for _, _, e in words],
               sent_starts=[i == 0 for i in range(len(texts))])


def surfaces(doc: Doc) -> list[str]:
    return [c.surface for c in find_candidates(doc)]


def test_a_sea_keeps_its_noun() -> None:
    doc = tagged([("Un", "DET", "O"), ("navire", "NOUN", "O"), ("en", "ADP", "O"), ("mer", "NOUN", "B-LOC"),
                  ("Noire", "PROPN", "I-LOC"), ("coule", "VERB", "O")])
    assert surfaces(doc) == ["mer Noire"]


def test_a_feature_noun_the_model_left_out_is_taken_back() -> None:
    doc = tagged([("dans", "ADP", "O"), ("le", "DET", "O"), ("détroit", "NOUN", "O"), ("d'", "ADP", "O"),
                  ("Ormuz", "PROPN", "B-LOC"), ("hier", "ADV", "O")], glued={3})
    assert surfaces(doc) == ["détroit d'Ormuz"]


def test_an_island_known_by_its_own_name_drops_the_noun() -> None:
    doc = tagged([("sur", "ADP", "O"), ("l'", "DET", "O"), ("île", "NOUN", "B-LOC"), ("de", "ADP", "I-LOC"),
                  ("Chypre", "PROPN", "I-LOC"), ("hier", "ADV", "O")], glued={1})
    assert surfaces(doc) == ["Chypre"]


def test_a_weekday_glued_to_a_name_is_left_out() -> None:
    doc = tagged([("à", "ADP", "O"), ("Tournai", "PROPN", "B-LOC"), ("vendredi", "NOUN", "I-LOC"), (".", "PUNCT", "O")])
    assert surfaces(doc) == ["Tournai"]


def test_a_hyphenated_name_cut_by_the_model_is_extended() -> None:
    doc = tagged([("la", "DET", "O"), ("Communauté", "NOUN", "B-ORG"), ("Alpes", "PROPN", "I-ORG"), ("-", "PUNCT", "O"),
                  ("Jura", "PROPN", "O"), ("vote", "VERB", "O")], glued={2, 3})
    assert surfaces(doc) == ["Communauté Alpes-Jura"]


def test_an_organisation_cut_before_its_state_is_joined() -> None:
    doc = tagged([("La", "DET", "O"), ("Ligue", "NOUN", "B-ORG"), ("des", "ADP", "I-ORG"), ("pêcheurs", "NOUN", "I-ORG"),
                  ("artisans", "ADJ", "I-ORG"), ("du", "ADP", "O"), ("Sénégal", "PROPN", "B-LOC"), ("proteste", "VERB", "O")])
    [entity] = find_entities(doc)
    assert (entity.name, entity.type, entity.country) == ("Ligue des pêcheurs artisans du Sénégal", "ORG", "SEN")


def test_place_key_keeps_glued_nouns_and_lakes_named_like_states() -> None:
    assert place_key("mer Baltique") == "baltique"
    assert place_key("Île-de-France") == "ile de france"
    assert place_key("lac Tchad") == "lac tchad"
    assert place_key("île de Malte") == "malte"


def test_a_portfolio_after_a_role_and_its_nationality_is_no_name() -> None:
    doc = tagged([("le", "DET", "O"), ("ministre", "NOUN", "O"), ("malien", "ADJ", "O"), ("de", "ADP", "O"),
                  ("la", "DET", "O"), ("Défense", "PROPN", "B-LOC"), ("est", "AUX", "O"), ("à", "ADP", "O"),
                  ("Bamako", "PROPN", "B-LOC")])
    assert surfaces(doc) == ["Bamako"]


def test_a_town_after_a_role_without_nationality_stays_a_name() -> None:
    doc = tagged([("le", "DET", "O"), ("maire", "NOUN", "O"), ("de", "ADP", "O"), ("Lyon", "PROPN", "B-LOC"),
                  ("parle", "VERB", "O")])
    assert surfaces(doc) == ["Lyon"]


def test_a_capitalised_bare_title_is_no_name() -> None:
    doc = tagged([("Le", "DET", "O"), ("Premier", "ADJ", "B-MISC"), ("ministre", "NOUN", "I-MISC"),
                  ("canadien", "ADJ", "I-MISC"), ("parle", "VERB", "O")])
    assert surfaces(doc) == []


def test_a_known_town_after_a_place_preposition_is_a_place_not_a_person() -> None:
    doc = tagged([("heurts", "NOUN", "O"), ("à", "ADP", "O"), ("Sidi", "PROPN", "B-PER"), ("Bouzid", "PROPN", "I-PER"),
                  ("lundi", "NOUN", "O")])
    assert [(c.surface, c.label) for c in find_candidates(doc)] == [("Sidi Bouzid", "LOC")]
