"""A cheap language identification: which language's function words the text is made of.

Counting the most frequent short words of each language is enough to tell French news from
English, Spanish, Italian, Portuguese, German or Dutch on a paragraph or more; on shorter text,
or when no language stands out, the language the page declares (or the default) is kept.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lang import load

MIN_WORDS = 20  # below this, word counts say too little
MARGIN = 1.5  # the winner must have this many times the hits of the runner-up


@lru_cache(maxsize=None)
def _cues(lang: str) -> dict[str, frozenset[str]]:
    return {code: frozenset(words) for code, words in load(lang, "extract")["language_cues"].items()}


def identify_language(text: str, declared: str | None, data_lang: str) -> str:
    """The ISO 639-1 code of the text's language, by the cues of `data_lang`'s data; `declared` (else
    `data_lang`, the language articles are expected in) when the text does not say."""
    fallback = declared or data_lang
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < MIN_WORDS:
        return fallback
    counts = Counter(words)
    scores = sorted(
        ((sum(counts[w] for w in cue_words), code) for code, cue_words in _cues(data_lang).items()), reverse=True
    )
    (best, code), (second, _) = scores[0], scores[1]
    if best >= MARGIN * max(second, 1) and best >= 0.1 * len(words):
        return code
    return fallback
