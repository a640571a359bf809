"""The French word lists the quotes stage reads, loaded once from veille/lang/fr.

reporting_verbs.txt lists lemmas of verbs of saying; quotes.json holds quotation marks,
pronouns, the nouns that name organisations and governments, and the cues of names and
terms that are quoted without being speech (see its `_doc`); person_nouns.json the nouns
that describe people, with their gender; first_names.json gendered first names; titles.json
the titles of one office ("le président", "le chef de l'État").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...errors import ConfigError
from ...lang import LanguageData, language_table
from ...textnorm import fold_word as fold
from ..gender import noun_form_genders, words_by_gender


@dataclass(frozen=True)
class Pronoun:
    """Gender and number a subject pronoun agrees with (spaCy morph values)."""

    gender: str
    number: str


@dataclass(frozen=True)
class QuoteLexicon:
    """Everything the quotes stage knows about French, as sets and maps."""

    marks: dict[str, frozenset[str]]
    pull_quote_dashes: frozenset[str]
    min_words: int
    short_words: int
    reporting_lemmas: frozenset[str]
    reporting_forms: frozenset[str]
    incise_lemmas: frozenset[str]
    comparison_words: frozenset[str]
    phrase_prepositions: frozenset[str]
    attribution_prepositions: frozenset[str]
    trailing_prepositions: frozenset[str]
    subject_pronouns: dict[str, Pronoun]
    relative_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    person_roles: dict[str, str]
    person_noun_genders: dict[str, str]
    offices: frozenset[str]
    generic_roles: frozenset[str]
    role_classes: dict[str, str]
    courtesy_genders: dict[str, str]
    first_name_genders: dict[str, str]
    organisation_nouns: frozenset[str]
    kind_nouns: dict[str, frozenset[str]]
    government_nouns: frozenset[str]
    document_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    light_reporting_verbs: dict[str, frozenset[str]]
    speaker_possessives: frozenset[str]
    definite_determiners: frozenset[str]
    incise_skip_words: frozenset[str]
    np_stop_words: frozenset[str]
    naming_verbs: frozenset[str]
    naming_words: frozenset[str]
    term_markers: frozenset[str]
    demonyms: dict[str, str]
    entry_stamp: re.Pattern[str]
    interview_address: frozenset[str]

    def is_reporting(self, lemma: str, text: str) -> bool:
        """Whether a verb (by lemma, or by an inflected form the lemmatizer may miss) reports speech."""
        return fold(lemma) in self.reporting_lemmas or fold(text) in self.reporting_forms

    def is_reporting_form(self, text: str) -> bool:
        """Whether a word is an inflected verb of saying, whatever the tagger made of it ("juge", "estime")."""
        return fold(text) in self.reporting_forms


@language_table
def lexicon(language: LanguageData) -> QuoteLexicon:
    """The French quote lexicon (read from the data files once per process)."""
    data = language.load("quotes")
    verbs = language.load("reporting_verbs")
    forms = [form for verb_forms in data["verb_forms"].values() for form in verb_forms]
    forms += [form for verb in verbs for form in _conjugated(verb, data["verb_inflection"])]
    nouns = language.load("person_nouns")
    return QuoteLexicon(
        marks={opener: frozenset(closers) for opener, closers in data["marks"].items()},
        pull_quote_dashes=frozenset(data["pull_quote_dashes"]),
        min_words=int(data["min_words"]),
        short_words=int(data["short_words"]),
        reporting_lemmas=_folded(verbs),
        reporting_forms=_folded(forms),
        incise_lemmas=_folded(data.get("incise_verbs", [])),
        comparison_words=_folded(data.get("comparison_words", [])),
        phrase_prepositions=_folded(data.get("phrase_prepositions", [])),
        attribution_prepositions=_folded(data["attribution_prepositions"]),
        trailing_prepositions=_folded(data["trailing_prepositions"]),
        subject_pronouns={fold(p): Pronoun(**agr) for p, agr in data["subject_pronouns"].items()},
        relative_pronouns=_folded(data["relative_pronouns"]),
        person_nouns=_folded([form for entry in nouns["nouns"] for form in entry]),
        person_roles={fold(form): fold(entry[0]) for entry in nouns["nouns"] for form in entry},
        person_noun_genders=noun_form_genders(nouns["nouns"], fold),
        offices=_folded(nouns.get("offices", [])),
        generic_roles=_folded(nouns.get("generic_roles", [])),
        role_classes={fold(role): group for group, roles in language.load("titles")["role_classes"].items() for role in roles},
        courtesy_genders=words_by_gender(nouns["courtesy_titles"], fold),
        first_name_genders=words_by_gender(language.load("first_names"), fold),
        organisation_nouns=_folded(data["organisation_nouns"]),
        kind_nouns={kind: _folded(words) for kind, words in data["kind_nouns"].items()},
        government_nouns=_folded(data["government_nouns"]),
        document_nouns=_folded(data["document_nouns"]),
        speech_nouns=_folded(data.get("speech_nouns", [])),
        light_reporting_verbs={fold(v): _folded(c) for v, c in data.get("light_reporting_verbs", {}).items()},
        speaker_possessives=_folded(data.get("speaker_possessives", [])),
        definite_determiners=_folded(data["definite_determiners"]),
        incise_skip_words=_folded(data["incise_skip_words"]),
        np_stop_words=_folded(data["np_stop_words"]),
        naming_verbs=_folded(data["naming_verbs"]),
        naming_words=_folded(data["naming_words"]),
        term_markers=_folded(data["term_markers"]),
        demonyms=_demonym_table(language),
        entry_stamp=re.compile(data["entry_stamp"]),
        interview_address=_folded(data["interview_address"]),
    )


def _conjugated(verb: str, rules: list[dict]) -> list[str]:
    """The regular inflected forms of a verb of saying, by the longest ending rule that fits."""
    for rule in sorted(rules, key=lambda r: -len(r["ending"])):
        if verb.endswith(rule["ending"]):
            stem = verb[: len(verb) - len(rule["ending"])]
            return [stem + suffix for suffix in rule["forms"]]
    return []


def _folded(words: list[str]) -> frozenset[str]:
    """Word lists are compared folded: the press is not consistent with accents and capitals."""
    return frozenset(fold(word) for word in words)


def _demonym_table(language: LanguageData) -> dict[str, str]:
    """Inflected nationality adjective -> alpha-3 code, from the entities stage's demonyms.json.

    The table belongs to the entities stage; the quotes stage only reads it to tell which
    country a government speaks for ("le gouvernement péruvien"). Without it that rule is off.
    """
    try:
        data = language.load("demonyms")
    except ConfigError:
        return {}
    table: dict[str, str] = {}
    for code, words in data.get("demonyms", {}).items():
        for word in words:
            for form in _inflections(word, data):
                table.setdefault(fold(form), code)
    return table


def _inflections(word: str, data: dict) -> list[str]:
    """The feminine and plural forms of a nationality adjective, by the file's own rules."""
    irregular = data.get("forms", {})
    if word in irregular:
        return list(irregular[word])
    for rule in sorted(data.get("inflection", []), key=lambda r: -len(r["ending"])):
        if word.endswith(rule["ending"]):
            return [word + suffix for suffix in rule["forms"]]
    return [word]
