"""How veille compares words and names: one place for accent and case folding."""
from __future__ import annotations

import re
import unicodedata

# A leading article is not part of a name: "l'OTAN" = "OTAN", "le Caire" = "Caire".
_ARTICLE = re.compile(r"^(?:le |la |les |l'|the )")
_NAME_EDGES = " .,;:!?\"'«»()[]"


def without_accents(text: str) -> str:
    """The text with its diacritics removed (é -> e), case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_name(text: str) -> str:
    """The comparison form of a name: lower case, no accents, one kind of apostrophe and space, no article."""
    text = without_accents(text.replace("\u2019", "'").replace("\u00a0", " ")).lower()
    text = re.sub(r"[\s\-]+", " ", text).strip(_NAME_EDGES)
    return _ARTICLE.sub("", text)
