"""Names after a live blog's time stamps, and companies named like towns (rules, no model)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.nlp.entities.component import find_entities
from veille.nlp.entities.liveblog import with_stamped_subjects
from veille.nlp.entities.mentions import find_candidates
from veille.nlp.extensions import register_extensions

register_extensions()
VOCAB = spacy.blank("fr").vocab


def lines(*entries: list[tuple[str, str, str]]) -> Doc:
    """A Doc of live-blog entries, one per line, each a list of (word, part of speech, IOB tag)."""
    words, pos, ents, spaces, starts = [], [], [], [], []
    for n, entry in enumerate(entries):
        for k, (w, p, e) in enumerate(entry):
            words.append(w), pos.append(p), ents.append(e), starts.append(k == 0)
            spaces.append(k < len(entry) - 1 and entry[k + 1][0] not in (".", ","))
        if n < len(entries) - 1:
            words.append("\n"), pos.append("SPACE"), ents.append("O"), starts.append(False)
            spaces[-1:] = [False]
            spaces.append(False)
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, ents=ents, sent_starts=starts)


def test_the_subject_after_a_stamp_is_a_name() -> None:
    doc = lines([("9h12", "NOUN", "O"), ("-", "PUNCT", "O"), ("Veltora", "NOUN", "O"), ("relève", "VERB", "O"),
                 ("ses", "DET", "O"), ("prévisions", "NOUN", "O"), (".", "PUNCT", "O")],
                [("9h40", "NOUN", "O"), ("-", "PUNCT", "O"), ("Ingrid", "PROPN", "O"), ("Solberg", "PROPN", "O"),
                 ("s'", "PRON", "O"), ("exprime", "VERB", "O"), (".", "PUNCT", "O")])
    found = {e.name: e.type for e in find_entities(doc)}
    assert found == {"Veltora": "ORG", "Ingrid Solberg": "PER"}


def test_a_stamp_followed_by_a_common_word_or_no_verb_gives_no_name() -> None:
    doc = lines([("10h05", "NOUN", "O"), ("Le", "DET", "O"), ("titre", "NOUN", "O"), ("recule", "VERB", "O"), (".", "PUNCT", "O")],
                [("10h20", "NOUN", "O"), ("Nouvelle", "ADJ", "O"), ("alerte", "NOUN", "O"), ("à", "ADP", "O"),
                 ("Lyon", "PROPN", "B-LOC"), (".", "PUNCT", "O")])
    assert [c.surface for c in with_stamped_subjects(doc, find_candidates(doc))] == ["Lyon"]


def test_a_company_named_like_a_foreign_town_stays_a_company() -> None:
    doc = lines([("Hier", "ADV", "O"), ("Carrefour", "PROPN", "B-ORG"), ("a", "AUX", "O"), ("fermé", "VERB", "O"),
                 ("des", "DET", "O"), ("magasins", "NOUN", "O"), (".", "PUNCT", "O")])
    [entity] = find_entities(doc)
    assert (entity.name, entity.type) == ("Carrefour", "ORG")


def test_a_capital_named_as_an_organisation_is_still_the_place() -> None:
    doc = lines([("Hier", "ADV", "O"), ("Ankara", "PROPN", "B-ORG"), ("a", "AUX", "O"), ("protesté", "VERB", "O"),
                 (".", "PUNCT", "O")])
    [entity] = find_entities(doc)
    assert (entity.type, entity.country) == ("LOC", "TUR")
