"""Plain text copied from a news page: metadata from its first lines, the rest is the body.

A copied page opens with a header (outlet line, headline, often repeated, date stamp, byline,
"Lyon / Le Courrier du Rhône" dateline) before the first paragraph of prose; the body is what follows,
without the page's furniture.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from ..errors import ExtractionError
from ..lang import load
from ..model.article import Article, RawArticle
from ..textnorm import fold_line as fold
from .body import Found, build_article, read_body_lines
from .boilerplate import is_boilerplate
from .datelines import (
    byline_outlet,
    copyright_outlet,
    dateline_line,
    is_byline,
    is_kicker,
    is_outlet_name,
    outlet_with_slogan,
    place_area_line,
    place_date_line,
    read_stamp_line,
    slash_dateline,
)
from .shapes import is_menu_line, is_prose
from .zones import contact_homes

MAX_HEADER_LINES = 12
OUTLET_MAX_WORDS = 4
# a headline shaped like a sentence is recognised by the stamp or byline printed just under it
HEADLINE_MAX_WORDS = 20
STAMP_BELOW_HEADLINE = 3


@dataclass
class Header:
    """What the header lines say; `rest` holds header lines that are article text after all."""

    candidates: list[str] = field(default_factory=list)  # lines that may be the headline or the outlet
    found: Found = field(default_factory=Found)
    rest: list[str] = field(default_factory=list)


def extract_text(raw: RawArticle, content: str, lang: str) -> Article:
    """Read a copied page: header fields first, then the cleaned body."""
    paragraphs = to_paragraphs(content)
    if not paragraphs:
        raise ExtractionError("V201", source=raw.source)
    start = header_length(paragraphs, lang)
    header = read_header(paragraphs[:start], lang)
    found = header.found
    title, outlet = pick_title_and_outlet(header.candidates, lang)
    found.offer(title=title, outlet=outlet)
    # last resort for the outlet: the copyright notice at the foot of the page
    found.offer(outlet=next(filter(None, map(partial(copyright_outlet, lang=lang), reversed(paragraphs))), None))
    body = read_body_lines(header.rest + paragraphs[start:], found, lang)
    found.homes += [found.outlet or ""] + [line for line in reversed(paragraphs) if copyright_outlet(line, lang)]
    found.homes += contact_homes(list(reversed(paragraphs)), found.outlet, lang)
    return build_article(raw, found, body, lang)


def to_paragraphs(content: str) -> list[str]:
    """Paragraphs of the text: non-empty lines, hard-wrapped lines joined back together."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", content.replace("\r\n", "\n").replace("\r", "\n")):
        # a copied menu is recognised by its wide gaps, which joining the words would lose
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip() and not is_menu_line(line)]
        for i, line in enumerate(lines):
            # a blank line always ends a paragraph; inside a block, wrapped lines are joined
            if i > 0 and _continues(paragraphs[-1], line):
                paragraphs[-1] += " " + line
            else:
                paragraphs.append(line)
    return paragraphs


def header_length(paragraphs: list[str], lang: str) -> int:
    """How many opening paragraphs are header lines: all before the first line of prose.

    A headline may look like a sentence ("... à Sclessin !"): a one-sentence line before any
    headline, with the byline or the date stamp just under it, is the headline.
    """
    for i, paragraph in enumerate(paragraphs[:MAX_HEADER_LINES]):
        if is_boilerplate(paragraph, lang):
            continue  # a cookie banner's sentences above the headline are not the article's first paragraph
        if is_prose(paragraph) and not (_no_headline_yet(paragraphs[:i], lang) and _is_headline_above_stamp(paragraphs, i, lang)):
            return i
    return min(1, len(paragraphs) - 1)  # no prose found: only the first line is taken for the headline


def _no_headline_yet(lines: list[str], lang: str) -> bool:
    return not any(len(line.split()) > OUTLET_MAX_WORDS and not _is_metadata(line, lang) for line in lines)


def _is_headline_above_stamp(paragraphs: list[str], i: int, lang: str) -> bool:
    line = paragraphs[i]
    one_sentence = re.search(r"[.!?…]\s+\S", line) is None
    below = paragraphs[i + 1 : i + 1 + STAMP_BELOW_HEADLINE]
    return one_sentence and len(line.split()) <= HEADLINE_MAX_WORDS and any(_is_metadata(b, lang) for b in below)


def _is_metadata(line: str, lang: str) -> bool:
    return read_stamp_line(line, lang) is not None or is_byline(line, lang) or is_boilerplate(line, lang)


def read_header(lines: list[str], lang: str) -> Header:
    """Sort the header lines into stamps, datelines, bylines and headline or outlet candidates.

    A bare date ("Samedi 8 mars 2025", the day a site prints in its masthead) counts only when no
    stamp that says what it is ("Publié le ...") is there."""
    header = Header()
    bare_stamps = []
    for line in lines:
        stamp = read_stamp_line(line, lang)
        if stamp and not stamp.labelled:
            bare_stamps.append(stamp)
            continue
        if stamp:
            header.found.offer(published=stamp.published, updated=stamp.updated, outlet=stamp.outlet)
            continue
        if is_boilerplate(line, lang) or is_byline(line, lang):
            header.found.offer(outlet=byline_outlet(line, lang))
            continue
        if not _read_dateline(line, header, lang):
            _sort_candidate(line, header, lang)
    for stamp in bare_stamps:
        header.found.offer(published=stamp.published, updated=stamp.updated, outlet=stamp.outlet)
    return header


def _read_dateline(line: str, header: Header, lang: str) -> bool:
    """Read a line that gives the place of writing ("Lyon / Le Courrier", "Ardentes (Indre)",
    "Lyon, le 12 mai 2025"); False for any other line."""
    slash, place = slash_dateline(line, lang), dateline_line(line, lang) or place_area_line(line, lang)
    dated = place_date_line(line, lang)
    if slash:
        header.found.offer(dateline=slash[0], outlet=slash[1])
    elif dated:
        header.found.offer(dateline=dated[0], published=dated[1])
    elif place:
        header.found.offer(dateline=place)
    return bool(slash or dated or place)


def _sort_candidate(line: str, header: Header, lang: str) -> None:
    masthead = outlet_with_slogan(line, lang)
    if masthead and not header.candidates:  # a masthead opens the page
        header.found.offer(outlet=masthead)
    elif len(line.split()) > 30:
        header.rest.append(line)  # a long unpunctuated paragraph is text, not a headline
    else:
        header.candidates.append(line)


def pick_title_and_outlet(candidates: list[str], lang: str) -> tuple[str | None, str | None]:
    """The headline is the line the page repeats most (else the first real one); a short line above it
    is the outlet, and so is the tail of a tab title that repeats the headline ("Titre - Le Journal")."""
    candidates, tab_outlet = _without_tab_title(candidates, lang)
    if not candidates:
        return None, tab_outlet
    counts = Counter(fold(c) for c in candidates)
    best = max(counts.values())
    if best > 1:
        title = next(c for c in candidates if counts[fold(c)] == best)
    else:
        # a name-shaped line with a line under it is the outlet above the headline
        title = next((c for i, c in enumerate(candidates) if len(c.split()) > OUTLET_MAX_WORDS
                      and not (_name_shaped(c, lang) and i < len(candidates) - 1)), _short_headline(candidates, lang))
    above = candidates[: candidates.index(title)]
    outlet = next((c for c in above if (len(c.split()) <= OUTLET_MAX_WORDS or _name_shaped(c, lang)) and not is_kicker(c, lang)), None)
    return title, tab_outlet or outlet


def _short_headline(candidates: list[str], lang: str) -> str:
    """When every line is short, the headline is the last of them that is not a rubric: the
    outlet's name and the rubrics are printed above it ("Info Riviera", "La Fête des Vignerons")."""
    return next((c for c in reversed(candidates) if not is_kicker(c, lang)), candidates[0])


def _without_tab_title(candidates: list[str], lang: str) -> tuple[list[str], str | None]:
    """The candidates without the browser tab's title, and the outlet its tail names, when the
    page prints the headline again on its own ("Vannes : le marché déménage - Le Ponant Hebdo")."""
    folded = {fold(c) for c in candidates}
    for candidate in candidates:
        for sep in load(lang, "extract")["title_separators"]:
            head, _, tail = candidate.rpartition(sep)
            if head and fold(head) in folded and is_outlet_name(tail.strip(), lang):
                return [c for c in candidates if c is not candidate], tail.strip()
    return candidates, None


def _name_shaped(line: str, lang: str) -> bool:
    """A publication's name rather than a headline: a few words opening on an article, each word
    but the small ones capitalised ("Le Populaire de la Marche"; a headline is in sentence case)."""
    words = line.replace("’", "'").split()
    small = {fold(w) for w in load(lang, "extract")["place_particles"]}
    elided = tuple(a for a in load(lang, "extract")["outlet_articles"] if a.endswith("'"))
    first = fold(words[0]) if words else ""
    opens_on_article = first in {fold(a) for a in load(lang, "extract")["outlet_articles"]} or first.startswith(elided)
    rest = [w for w in words[1:] if fold(w) not in small]
    return opens_on_article and 2 <= len(words) <= load(lang, "extract")["outlet_max_words"] and all(w[:1].isupper() for w in rest)


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one starts in lower case."""
    return not re.search(r"[.!?…:»\"”)]$", previous) and line[:1].islower()
