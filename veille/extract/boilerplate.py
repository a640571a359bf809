"""Page furniture out of the body: loaders, cross-links, share buttons, ads, cookie banners, repeats.

The patterns are per-language data (`veille/lang/<lang>/boilerplate.txt`); this module only applies
them, line by line, and removes headlines repeated in the body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load
from ..textnorm import without_accents

# bullets, pipes and quotes that menus and share bars put around their words
EDGE_CHARS = " \t\u00a0•·|>»«-–—*#▶►→"


@lru_cache(maxsize=None)
def boilerplate_patterns(lang: str = "fr") -> tuple[re.Pattern[str], ...]:
    """The boilerplate line patterns for `lang`, compiled once, matched on whole lines."""
    return tuple(re.compile(p, re.IGNORECASE) for p in load(lang, "boilerplate"))


def is_boilerplate(line: str, lang: str = "fr") -> bool:
    """True when the whole line is page furniture rather than article text."""
    # the patterns are written with the straight apostrophe; pages use both
    text = " ".join(line.split()).strip(EDGE_CHARS).replace("\u2019", "'")
    if not text:
        return True
    return any(p.fullmatch(text) for p in boilerplate_patterns(lang))


def fold(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe and space: to compare lines as readers would."""
    text = without_accents(text).replace("\u2019", "'").replace("\u00a0", " ").lower()
    return re.sub(r"\s+", " ", text).strip(" .,;:!?\"'«»()[]-–—")


def clean_lines(lines: list[str], title: str | None, lang: str = "fr") -> list[str]:
    """The body's paragraphs without furniture, without the headline and without exact repeats."""
    seen: set[str] = set()
    title_key = fold(title) if title else None
    kept: list[str] = []
    for line in lines:
        key = fold(line)
        if not key or is_boilerplate(line, lang) or key == title_key or key in seen:
            continue
        seen.add(key)
        kept.append(line.strip())
    return kept


def trim_trailing_furniture(lines: list[str]) -> list[str]:
    """Drop the short, unpunctuated lines a copied page leaves after the last real paragraph.

    Link labels and menu entries pile up at the end of copied pages ("Tous nos services", "Météo");
    an article never ends on a line without final punctuation, except a credit such as "(avec AFP)".
    """
    end = len(lines)
    while end > 1 and _is_stub(lines[end - 1]):
        end -= 1
    return lines[:end]


def _is_stub(line: str) -> bool:
    text = line.strip()
    if text.startswith("(") and text.endswith(")"):
        return False  # "(avec AFP)", "(Reuters)": a credit, part of the article
    return len(text.split()) <= 6 and not re.search(r"[.!?…»\"”)]$", text)
