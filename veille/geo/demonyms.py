"""Adjectives and nouns of nationality ("russe", "Biélorusses", "américaine") to the state they name."""
from __future__ import annotations

from typing import Any

from ..lang import LanguageData
from .text import fold


def inflect(word: str, rules: list[dict[str, Any]], irregular: dict[str, list[str]]) -> list[str]:
    """Every gender and number of a masculine singular form, by the longest matching ending rule."""
    if word in irregular:
        return irregular[word]
    for rule in sorted(rules, key=lambda r: -len(r["ending"])):
        if word.endswith(rule["ending"]):
            return [word + suffix for suffix in rule["forms"]]
    return [word]


def build_demonym_index(language: LanguageData) -> dict[str, str]:
    """Folded demonym form -> alpha-3, for every form of every demonym in demonyms.json.

    National demonyms are indexed first: a form that is also a regional one stays the nation's.
    """
    data = language.load("demonyms")
    rules, irregular = data["inflection"], data.get("forms", {})
    index: dict[str, str] = {}
    for table in (data["demonyms"], data.get("regional", {})):
        for alpha3, words in table.items():
            for word in words:
                for form in inflect(word, rules, irregular):
                    index.setdefault(fold(form), alpha3)
    return index
