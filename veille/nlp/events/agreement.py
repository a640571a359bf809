"""veille.nlp.events.agreement: the gender and number of an actor phrase, for pronouns to agree with.

"La ministre belge, Hadja Lahbib, a reçu l'ambassadeur russe. Le diplomate ... Elle lui a demandé":
"elle" is the minister, not the last subject. A phrase's gender comes, from the surest: a courtesy
title before a name (Mme, M.), a person's first name, the determiner of a noun ("la ministre"),
the noun's feminine or masculine form ("l'ambassadrice"), the tagger's gender of a common noun
("les autorités"). A name with none of these (Moscou, the tagger guessing) has no gender and
agrees with any pronoun.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lang import LanguageData, language_table
from ...textnorm import fold_name as fold
from ..gender import first_name_gender, noun_form_genders, words_by_gender
from .actors import ActorFinder


@dataclass(frozen=True)
class GenderWords:
    """Words that tell a person's gender: first names, courtesy titles, person nouns' two forms."""

    first_names: dict[str, str]
    courtesy: dict[str, str]
    noun_forms: dict[str, str]


@language_table
def gender_words(language: LanguageData) -> GenderWords:
    nouns = language.load("person_nouns")
    return GenderWords(words_by_gender(language.load("first_names"), fold),
                       words_by_gender(nouns["courtesy_titles"], fold), noun_form_genders(nouns["nouns"], fold))


def phrase_gender(head: Token, finder: ActorFinder) -> str | None:
    """"Fem", "Masc" or None (unknown) for the phrase headed by `head`."""
    words = gender_words()
    person = next((e for e in finder.entities_in(head.idx, head.idx + len(head.text)) if e.type == "PER"), None)
    if person is not None:
        return _person_gender(head, [person.name, *(m.text for m in person.mentions)], words)
    if head.pos_ == "PROPN":  # a place or a body: the tagger's gender of a name that is no person's is a fair guess
        return _determiner_gender(head) or _morph_gender(head)
    return _determiner_gender(head) or words.noun_forms.get(fold(head.text)) or _morph_gender(head)


def _person_gender(head: Token, names: list[str], words: GenderWords) -> str | None:
    before = head.doc[head.i - 1] if head.i > 0 else None
    title = words.courtesy.get(fold(before.text)) if before is not None else None
    if title:
        return title
    return first_name_gender(map(fold, names), words.first_names)


def _determiner_gender(noun: Token) -> str | None:
    genders = [g for c in noun.children if c.dep_ == "det" for g in c.morph.get("Gender", [])]
    return genders[0] if len(set(genders)) == 1 else None


def _morph_gender(noun: Token) -> str | None:
    genders = noun.morph.get("Gender", [])
    return genders[0] if len(genders) == 1 else None


def phrase_number(head: Token) -> str | None:
    """"Plur" for coordinated or plural phrases ("la Russie et la Chine", "les autorités"), "Sing", or None."""
    if any(c.dep_ == "conj" for c in head.children):
        return "Plur"
    numbers = head.morph.get("Number", [])
    return numbers[0] if len(numbers) == 1 else None


def pronoun_gender(pronoun: Token) -> list[str]:
    """A pronoun's gender; for an elided object clitic, that of the past participle agreeing with it
    ("l'a menacée": a woman, "l'a appelé": a man)."""
    own = pronoun.morph.get("Gender", [])
    verb = pronoun.head
    if own or pronoun.dep_ != "obj" or "Part" not in verb.morph.get("VerbForm", []) or verb.i < pronoun.i:
        return own
    return verb.morph.get("Gender", [])


def agrees(pronoun: Token, gender: str | None, number: str | None) -> bool:
    """Whether a pronoun may stand for a phrase of this gender and number (unknown agrees with all)."""
    own_gender, own_number = pronoun_gender(pronoun), pronoun.morph.get("Number", [])
    if gender and own_gender and gender not in own_gender:
        return False
    return not (number and own_number and number not in own_number)
