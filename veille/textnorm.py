"""How veille compares words and names: the one place for accent, case, apostrophe and space folding.

Each variant says what it keeps, as its callers need different things:

    without_accents(text)     diacritics removed, case kept
    fold_word(text)           a word: lower case, no accents, one apostrophe
    fold_name(text)           a name: fold_word, one space for runs of spaces and hyphens, no edge
                              punctuation, no leading article ("l'OTAN" = "otan")
    fold_key(text)            a lookup key that keeps accents: lower case, one apostrophe, one space
    fold_place_name(name)     a place name: fold_name, also for dashes, slashes and the Latin letters
                              that do not decompose ("Łódź" = "lodz"); fold_place_names does many at once
    fold_line(text)           a line of a page: fold_word, one space, no edge punctuation or dashes
    fold_text(text)           any text for sorting and searching: casefold, no accents

The leading articles dropped from names are the language's (`lang/<code>/words.json`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lang import LanguageData, current

_NAME_EDGES = " .,;:!?\"'«»()[]"
_LINE_EDGES = " .,;:!?\"'«»()[]-–—"
# Hyphens, dashes, slashes and odd spaces compare as one plain space, curly apostrophes as straight ones,
# and the Latin letters that do not decompose under NFKD as their plain form.
_PLACE_TABLE = str.maketrans(
    {c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015_/\t\u00a0\u202f"}
    | {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u02bb": "'", "`": "'"}
    | {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "ss",
       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"}
)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACES = re.compile(" {2,}")
_PLACE_EDGES = re.compile(r"(?m)^[ .,;:!?\"'«»()\[\]]+|[ .,;:!?\"'«»()\[\]]+$")
_KEY_SPACES = re.compile(r"[-‐\s\u00a0\u202f]+")

# Names and words are folded over and over in every stage: short ones are folded once (a bounded cache).
CACHED_FOLD_LENGTH = 120


def without_accents(text: str) -> str:
    """The text with its diacritics removed (é -> e), case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_word(text: str) -> str:
    """Lower case without accents, with typographic apostrophes unified (for comparing words)."""
    return _fold_word_cached(text) if len(text) <= CACHED_FOLD_LENGTH else _fold_word(text)


def _fold_word(text: str) -> str:
    return without_accents(text.replace("\u2019", "'").lower())


_fold_word_cached = lru_cache(maxsize=65536)(_fold_word)


def fold_name(text: str) -> str:
    """The comparison form of a name: lower case, no accents, one kind of apostrophe and space, no article."""
    language = current()
    return _fold_name_cached(text, language) if len(text) <= CACHED_FOLD_LENGTH else _fold_name(text, language)


def _fold_name(text: str, language: LanguageData | None = None) -> str:
    text = without_accents(text.replace("\u2019", "'").replace("\u00a0", " ")).lower()
    text = re.sub(r"[\s\-]+", " ", text).strip(_NAME_EDGES)
    return leading_article(language or current()).sub("", text)


_fold_name_cached = lru_cache(maxsize=65536)(_fold_name)


def fold_key(text: str) -> str:
    """Lower case, ’ as ', hyphens and runs of spaces as one space, accents kept: a key of the time vocabulary."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    return _KEY_SPACES.sub(" ", text).strip()


def fold_place_names(names: list[str]) -> list[str]:
    """The comparison form of many place names at once (the work is done on one joined string, much faster):
    lower case, no accents, hyphens and dashes as spaces, no leading article."""
    text = "\n".join(name.replace("\n", " ") for name in names)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = _SPACES.sub(" ", text.translate(_PLACE_TABLE).lower())
    return leading_article(current(), each_line=True).sub("", _PLACE_EDGES.sub("", text)).split("\n")


def fold_place_name(name: str) -> str:
    """fold_place_names of one name."""
    return fold_place_names([name])[0]


def fold_line(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe and space, no edge punctuation: lines as readers compare them."""
    text = without_accents(text).replace("\u2019", "'").replace("\u00a0", " ").lower()
    return re.sub(r"\s+", " ", text).strip(_LINE_EDGES)


def fold_text(value: str) -> str:
    """Case-folded without accents: how names are sorted and searched (Émile = emile)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def leading_article(language: LanguageData, each_line: bool = False) -> re.Pattern[str]:
    """The articles a name may open with in the language (folded: "le ", "l'"), as a pattern anchored at its start."""
    return language.table(_each_line_article if each_line else _article)


def _article(language: LanguageData) -> re.Pattern[str]:
    return re.compile(_article_source(language))


def _each_line_article(language: LanguageData) -> re.Pattern[str]:
    return re.compile("(?m)" + _article_source(language))


def _article_source(language: LanguageData) -> str:
    articles = sorted(language.load("words")["leading_articles"], key=len, reverse=True)
    return "^(?:" + "|".join(re.escape(a) for a in articles) + ")" if articles else "(?!)"
