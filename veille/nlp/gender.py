"""A person's gender from the words that tell it, for the stages that make pronouns agree (quotes, events).

The tables come from the language's `first_names` and `person_nouns` files; each stage folds
their words the way it compares them, so the fold is passed in.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Fold = Callable[[str], str]


def words_by_gender(data: dict[str, Any], fold: Fold) -> dict[str, str]:
    """{"Fem": [...], "Masc": [...]} -> folded word -> gender (other keys, such as `_doc`, ignored)."""
    return {fold(word): gender for gender in ("Fem", "Masc") for word in data.get(gender, [])}


def noun_form_genders(entries: Iterable[list[str]], fold: Fold) -> dict[str, str]:
    """Form -> gender for person nouns with distinct masculine and feminine forms ("avocat", "avocate")."""
    genders: dict[str, str] = {}
    for entry in entries:
        if len(entry) == 2 and fold(entry[0]) != fold(entry[1]):
            genders[fold(entry[0])], genders[fold(entry[1])] = "Masc", "Fem"
    return genders


def first_name_gender(folded_names: Iterable[str], first_names: dict[str, str]) -> str | None:
    """The gender of the first name among a person's folded names ("me julie moreau" -> Fem): one
    of the first two words, or the first part of a hyphenated one."""
    for name in folded_names:
        for word in name.split()[:2]:
            gender = first_names.get(word) or first_names.get(word.split("-")[0])
            if gender:
                return gender
    return None
