"""How place names are compared, beyond folding (veille.textnorm.fold_place_name): a loose spelling key.

French and English transliterate the same Slavic or Arabic name differently
("Lyssytchansk" / "Lysychansk", "Tchernihiv" / "Chernihiv"); the loose key lets a spelling
of the language find the English record when no exact variant is known. The spelling
correspondences are the language's (`loose_spellings` of lang/<code>/places.json).
"""
from __future__ import annotations

import re

from ..textnorm import fold_place_name as fold
from ..textnorm import fold_place_names as fold_many

__all__ = ["fold", "fold_many", "loose_key", "loose_keys"]

_DOUBLE = re.compile(r"(.)\1+")


def loose_keys(folded: list[str], spellings: list[tuple[str, str]]) -> list[str]:
    """Spelling-tolerant keys of folded names: each spelling replaced by its common form, in order, then
    doubled letters once ("Hammamet" = "Hamamet"); the language's and English transliterations usually share one."""
    text = "\n".join(folded)
    for local, common in spellings:
        text = text.replace(local, common)
    return _DOUBLE.sub(r"\1", text).split("\n")


def loose_key(folded: str, spellings: list[tuple[str, str]]) -> str:
    """The loose key of one folded name."""
    return loose_keys([folded], spellings)[0]
