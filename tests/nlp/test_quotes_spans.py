"""Pure-text rules of the quotes stage: where quotes lie, how words are counted, the lexicon."""
from __future__ import annotations

import pytest

from veille.nlp.quotes.component import word_count
from veille.nlp.quotes.lexicon import lexicon
from veille.nlp.quotes.spans import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « nous partirons demain » hier.", ["nous partirons demain"]),
        ("Elle a écrit “rien n'est joué” ce matin.", ["rien n'est joué"]),
        ('Le maire a lancé "la rue est à nous" devant la foule.', ["la rue est à nous"]),
        ("Un ‹ petit mot › glissé.", ["petit mot"]),
        ('Il répète "pas question” à chaque fois.', ["pas question"]),
    ],
)
def test_quote_spans_each_kind_of_mark(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_quote_spans_nested_marks_belong_to_the_outer_quote() -> None:
    text = "« Ils criaient “assez” et « plus jamais » sans arrêt », raconte un témoin."
    assert _quoted(text) == ["Ils criaient “assez” et « plus jamais » sans arrêt"]


def test_quote_spans_unclosed_french_quote_runs_to_paragraph_end() -> None:
    text = "Il a prévenu : « nous ne reculerons pas\nLe lendemain, rien n'avait changé."
    assert _quoted(text) == ["nous ne reculerons pas"]


def test_quote_spans_unclosed_straight_quote_is_ignored() -> None:
    text = 'Il a répondu "peut-être plus tard\nPuis « la séance est levée » a conclu le président.'
    assert _quoted(text) == ["la séance est levée"]


def test_quote_spans_offsets_point_into_the_text() -> None:
    text = "Titre\n\nLa ministre a jugé « la situation préoccupante »."
    (span,) = find_quote_spans(text)
    assert text[span.open] == "«" and text[span.close - 1] == "»"
    assert text[span.start:span.end] == "la situation préoccupante"


def test_quote_spans_words_are_counted_as_a_reader_does() -> None:
    assert word_count("arrière-pensée") == 1
    assert word_count("la situation, préoccupante !") == 3


def test_quote_lexicon_reporting_verbs_by_lemma_and_irregular_form() -> None:
    lex = lexicon()
    assert lex.is_reporting("déclarer", "déclaré")
    assert lex.is_reporting("dit", "dit")  # a lemmatizer slip is caught by the form list
    assert not lex.is_reporting("manger", "mange")


@pytest.mark.parametrize("line", ["9h12 - Danone relève", "14h30. Le maire", "10:45 | Viktor Orban", "• 16h05 : Jordan", "18h27 – Karin"])
def test_quote_lexicon_entry_stamp_opens_a_live_blog_entry(line: str) -> None:
    assert lexicon().entry_stamp.match(line)


@pytest.mark.parametrize("line", ["2024 - année record", "12 ans après les faits", "Le 14 juillet à 10h30, le défilé"])
def test_quote_lexicon_entry_stamp_ignores_other_numbers(line: str) -> None:
    assert not lexicon().entry_stamp.match(line)


def test_quote_lexicon_knows_inflected_forms_of_reporting_verbs() -> None:
    lex = lexicon()
    assert all(lex.is_reporting_form(form) for form in ("juge", "tranche", "estimé", "prévient", "répond"))
    assert not lex.is_reporting_form("maison")
