"""Page furniture out of the body: loaders, cross-links, share buttons, ads, cookie banners, repeats.

The patterns are per-language data (`veille/lang/<lang>/boilerplate.txt`, and the headings of
cross-link blocks in `boilerplate_blocks.txt`); this module applies them line by line, removes the
linked headlines under a block heading and the headlines that carry a date, and removes headlines
repeated in the body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load
from ..textnorm import fold_line as fold
from .dates import find_dates
from .shapes import ends_sentence, is_menu_row

# bullets, pipes and quotes that menus and share bars put around their words
EDGE_CHARS = " \t\u00a0•·|>»«-–—*#▶►→"
# emoji and arrows that pages put before a link label ("👉 À lire aussi"); quotes, brackets and © are kept
LEADING_SYMBOLS = re.compile(r"^[^\w«\"“(\[©]+\s*")


# a block of cross-links holds at most this many lines under its heading
BLOCK_MAX_LINES = 12
# a line carrying a date is a linked headline only if it is this short
DATED_HEADLINE_MAX_WORDS = 25


@lru_cache(maxsize=None)
def boilerplate_patterns(lang: str, name: str = "boilerplate") -> tuple[re.Pattern[str], ...]:
    """The line patterns of data file `name` for `lang`, compiled once, matched on whole lines."""
    return tuple(re.compile(p, re.IGNORECASE) for p in load(lang, name))


def _bare(line: str) -> str:
    """The line as the patterns see it: one space, no bullets or arrows around, the straight apostrophe."""
    text = " ".join(line.split()).strip(EDGE_CHARS).replace("\u2019", "'")
    return LEADING_SYMBOLS.sub("", text)


def is_boilerplate(line: str, lang: str) -> bool:
    """True when the whole line is page furniture rather than article text."""
    text = _bare(line)
    if not text:
        return True
    if is_menu_row(text, _small_words(lang)):
        return True
    return is_block_heading(line, lang) or any(p.fullmatch(text) for p in boilerplate_patterns(lang))


@lru_cache(maxsize=None)
def _small_words(lang: str) -> frozenset[str]:
    """Articles and prepositions: a line of capitalised words without any of them is a menu."""
    return frozenset(w.lower() for w in load(lang, "extract")["place_particles"] + load(lang, "extract")["outlet_articles"])


def is_block_heading(line: str, lang: str) -> bool:
    """A heading over cross-links: "Sur le même sujet", "Les plus lus", "Vous aimerez aussi"."""
    text = _bare(line)
    return bool(text) and any(p.fullmatch(text) for p in boilerplate_patterns(lang, "boilerplate_blocks"))


def is_dated_headline(line: str, lang: str) -> bool:
    """A linked headline with its date, as related and most-read items print them.

    "Le pont fermé en juin - 28 avril 2025", "29/05/2025 | Le métro fermé": a short line that
    ends no sentence and starts or ends with a date. A sentence that mentions a date ends with
    its full stop and stays.
    """
    text = " ".join(line.split())
    if ends_sentence(text) or len(text.split()) > DATED_HEADLINE_MAX_WORDS:
        return False
    dates = find_dates(text, lang)
    return bool(dates) and (dates[0].start == 0 or not text[dates[-1].end :].strip(EDGE_CHARS + ".,;:()"))


def clean_lines(lines: list[str], title: str | None, lang: str) -> list[str]:
    """The body's paragraphs without furniture, without the headline and without exact repeats."""
    seen: set[str] = set()
    title_key = fold(title) if title else None
    kept: list[str] = []
    block = 0  # lines left in the block of cross-links being removed
    for line in lines:
        key = fold(line)
        if is_block_heading(line, lang):
            block = BLOCK_MAX_LINES
            continue
        if block and not ends_sentence(line):
            block -= 1
            continue
        block = 0
        if not key or is_boilerplate(line, lang) or is_dated_headline(line, lang) or key == title_key or key in seen:
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
