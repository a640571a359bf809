"""How veille compares words and names: one place for accent and case folding."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A leading article is not part of a name: "l'OTAN" = "OTAN", "le Caire" = "Caire".
_ARTICLE = re.compile(r"^(?:le |la |les |l'|the )")
_NAME_EDGES = " .,;:!?\"'«»()[]"


def without_accents(text: str) -> str:
    """The text with its diacritics removed (é -> e), case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Names and words are folded over and over in every stage: short ones are folded once (a bounded cache).
CACHED_FOLD_LENGTH = 120


def fold_name(text: str) -> str:
    """The comparison form of a name: lower case, no accents, one kind of apostrophe and space, no article."""
    return _fold_name_cached(text) if len(text) <= CACHED_FOLD_LENGTH else _fold_name(text)


def _fold_name(text: str) -> str:
    text = without_accents(text.replace("\u2019", "'").replace("\u00a0", " ")).lower()
    text = re.sub(r"[\s\-]+", " ", text).strip(_NAME_EDGES)
    return _ARTICLE.sub("", text)


_fold_name_cached = lru_cache(maxsize=65536)(_fold_name)
