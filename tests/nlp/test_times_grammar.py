"""veille.nlp.times.grammar: the compiled patterns, number words and overlap resolution."""
from __future__ import annotations

import pytest

from veille.nlp.times.grammar import Candidate, candidates, fold, number_value, select


@pytest.mark.parametrize(
    ("written", "value"),
    [("deux", 2), ("vingt-quatre", 24), ("vingt et un", 21), ("quatre-vingt-dix", 90), ("soixante-dix-sept", 77),
     ("trois cents", 300), ("deux mille", 2000), ("444", 444), ("1 084", 1084), ("Une", 1), ("bleu", None),
     ("septante-cinq", 75), ("huitante", 80), ("octante-huit", 88), ("nonante-deux", 92)],  # Belgian and Swiss tens
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


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Il a fallu une dizaine de jours.", "duration", "une dizaine de jours"),
        ("Il a passé un mois et demi à l'hôpital.", "duration", "un mois et demi"),
        ("Les travaux dureront plusieurs semaines.", "vague", "plusieurs semaines"),
        ("Le site reçoit 300 visites par mois.", "set", "par mois"),
        ("Le marché se tient le mercredi matin.", "set", "le mercredi matin"),
        ("Le rapport annuel est paru.", "frequency", "annuel"),
        ("Il a quitté le club en 98 pour Lyon.", "year", "en 98"),
        ("Mai 68 reste une référence.", "month", "Mai 68"),
        ("Les années quatre-vingt ont changé la ville.", "decade", "Les années quatre-vingt"),
        ("La saison 2024-25 a repris.", "range_years", "2024-25"),
        ("Les 8, 9 et 10 avril, le Parlement siège.", "range_days", "Les 8, 9 et 10 avril"),
        ("Elle a voyagé entre le 2 octobre et le 15 janvier.", "range_days", "entre le 2 octobre et le 15 janvier"),
        ("Les bureaux ouvrent de 14h à 18h.", "clock_range", "de 14h à 18h"),
        ("Le sommet a lieu du mardi au jeudi.", "range_weekdays", "du mardi au jeudi"),
        ("Au printemps, la mairie lancera les travaux.", "season", "Au printemps"),
        ("Dans la matinée de mardi, un colis a été trouvé.", "part_of_day", "Dans la matinée de mardi"),
        ("La veille au soir, il avait reçu des menaces.", "anaphoric", "La veille au soir"),
        ("Ce matin-là, la salle était pleine.", "anaphoric_part", "Ce matin-là"),
        ("L'année précédente, il avait perdu.", "anaphoric_unit", "L'année précédente"),
        ("Ce jour-là, tout a changé.", "anaphoric_unit", "Ce jour-là"),
        ("Les neuf premiers mois ont été bons.", "recent", "Les neuf premiers mois"),
        ("Le mois en cours sera difficile.", "this_unit", "Le mois en cours"),
        ("À trois jours du sommet, rien n'est prêt.", "duration", "À trois jours"),
        ("Il y a quelques années, la ville a changé.", "vague_ref", "Il y a quelques années"),
    ],
)
def test_times_grammar_finds_each_kind_of_expression(text, kind, found):
    kept = select(candidates(text))
    assert (kind, found) in [(c.kind, text[c.start:c.end]) for c in kept]


def test_times_grammar_reads_round_numbers():
    assert number_value("quinzaine") == 15
    assert number_value("centaine") == 100


def test_times_grammar_a_season_is_not_the_arab_spring():
    assert not [c for c in select(candidates("Le Printemps arabe a commencé en Tunisie.")) if c.kind == "season"]
