"""veille.nlp.timegrammar: the compiled patterns, number words and overlap resolution."""
from __future__ import annotations

import pytest

from veille.nlp.timegrammar import Candidate, candidates, fold, number_value, select


@pytest.mark.parametrize(
    ("written", "value"),
    [("deux", 2), ("vingt-quatre", 24), ("vingt et un", 21), ("quatre-vingt-dix", 90), ("soixante-dix-sept", 77),
     ("trois cents", 300), ("deux mille", 2000), ("444", 444), ("1 084", 1084), ("Une", 1), ("bleu", None)],
)
def test_times_grammar_number_value_reads_digits_and_words(written, value):
    assert number_value(written) == value


def test_times_grammar_select_keeps_the_longest_of_overlapping_matches():
    text = "Il est parti le 12 avril dernier."
    kept = select(candidates(text))
    assert [(c.kind, text[c.start:c.end]) for c in kept] == [("date", "le 12 avril dernier")]


def test_times_grammar_select_breaks_ties_with_the_earlier_pattern():
    short = Candidate("duration", 0, 9, {}, order=5)
    same = Candidate("clock", 0, 9, {}, order=2)
    later = Candidate("year", 10, 14, {}, order=1)
    assert select([short, same, later]) == [same, later]


def test_times_grammar_accepts_both_apostrophes_and_spaced_hyphens():
    for text in ("aujourd'hui", "aujourd’hui", "après-midi", "après midi"):
        assert candidates(f"Il viendra {text}.") or candidates(f"Il viendra cet {text}.")


def test_times_grammar_fold_gives_one_form_per_word():
    assert fold("Après-Midi") == fold("après  midi") == "après midi"
    assert fold("Aujourd’hui") == "aujourd'hui"


def test_times_grammar_roman_numerals_must_be_upper_case():
    assert [c.kind for c in select(candidates("Le XIIe siècle."))] == ["century"]
    assert not [c for c in candidates("Le xve siècle.") if c.kind == "century"]
