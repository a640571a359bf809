"""French grammar the stages ask about that is not a word list: reached as `LanguageData.rules`.

Each function answers one question a stage asks of any language (a near future, a negation
particle, an elided article); another language's folder gives its own `rules.py` with the
same functions.
"""
from __future__ import annotations

from typing import Any

# "n'" and "l'" are written with either apostrophe.
_APOSTROPHES = ("'", "\u2019")


def is_near_future(auxiliary: Any, verb: Any) -> bool:
    """'aller' + infinitive ("va continuer"): `auxiliary` the finite verb of the group, `verb` its head."""
    return bool(auxiliary.lemma_ == "aller" and "Inf" in verb.morph.get("VerbForm", []))


def is_going_to(auxiliary: Any) -> bool:
    """An auxiliary that makes the near future when in the present ("va", "vont")."""
    return bool(auxiliary.lemma_ == "aller" and "Pres" in auxiliary.morph.get("Tense", []))


def is_have_auxiliary(auxiliary: Any) -> bool:
    """The auxiliary 'avoir' of compound tenses ("ont fixé"), as opposed to 'être' ("est attendu")."""
    return bool(auxiliary.lemma_ == "avoir")


def is_negation_particle(word: str) -> bool:
    """The 'ne' of 'ne ... pas', elided or not."""
    return word == "ne" or (len(word) == 2 and word[0] == "n" and word[1] in _APOSTROPHES)


def regular_future_stem(lemma: str) -> str:
    """The stem of the future of a regular verb: the infinitive, less the final 'e' of '-re' ("rendre" -> "rendr")."""
    return lemma[:-1] if lemma.endswith("re") else lemma


def without_elision(word: str) -> str:
    """A lower-case word without its elided article or preposition ("d'ormuz" -> "ormuz", "l'elysee" -> "elysee")."""
    return word[2:] if word[:1] in ("d", "l") and word[1:2] in _APOSTROPHES else word


def elided_genitive(word: str) -> str | None:
    """What follows an elided 'de' ("d'Ormuz" -> "Ormuz"), or None for a word that does not open with one."""
    return word[2:] if word[:1] == "d" and word[1:2] in _APOSTROPHES else None
