"""Line shapes: what a line of a page is by its form alone (running text, a menu), whatever its words.

Grammar of the page rather than word lists: the word lists live in `veille/lang/<lang>/`.
"""
from __future__ import annotations

import re

# a sentence ends on . ! or …; a closing quotation mark ends one only after such a mark
# ("… a-t-il dit." or "« Nous partons. »"): a headline may end on a quotation without one
SENTENCE_END = re.compile(r"(?:[.!…]|[.!?…]\s*[»\"”])$")
# a menu copied from a page keeps the wide gaps between its entries
MENU_GAP = re.compile(r"\t|\s{2,}")
MENU_ITEM_MAX_WORDS = 3
MENU_MIN_ITEMS = 3
# a row of menu entries copied with single spaces: this many capitalised words, no small word between
MENU_ROW_MIN_WORDS = 4


def ends_sentence(line: str) -> bool:
    return SENTENCE_END.search(line.strip()) is not None


def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a headline, stamp or label."""
    words = len(line.split())
    return words >= 25 or words >= 8 and ends_sentence(line)


def is_menu_row(line: str, small_words: frozenset[str]) -> bool:
    """Menu entries copied with single spaces: "Accueil Actualités Sport Économie Culture".

    Four or more words, each capitalised, no punctuation, and none of the language's small words
    (articles, prepositions) that a headline or a name in sentence case would hold; not all capitals.
    """
    words = line.split()
    if len(words) < MENU_ROW_MIN_WORDS or line.isupper() or re.search(r"[^\w\s'’-]", line):
        return False
    return all(w[:1].isupper() and w.lower() not in small_words for w in words)


def is_menu_line(raw: str) -> bool:
    """A row of menu entries as copied, before its spaces are collapsed: "Accueil  Agenda  Dossiers".

    Three or more short entries separated by tabs or wide gaps, none of them ending a sentence.
    """
    items = [item.strip() for item in MENU_GAP.split(raw.strip()) if item.strip()]
    return len(items) >= MENU_MIN_ITEMS and all(
        len(item.split()) <= MENU_ITEM_MAX_WORDS and not re.search(r"[.!?:;,]$", item) for item in items
    )
