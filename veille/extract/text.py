"""Plain text copied from a news page: metadata from its first lines, the rest is the body.

A copied page opens with a header (outlet line, headline, often repeated, date stamp, byline,
"Lyon / Le Courrier du Rhône" dateline) before the first paragraph of prose; the body is what follows,
without the page's furniture.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import ExtractionError
from ..model.article import Article, RawArticle
from .boilerplate import fold, is_boilerplate
from .body import Found, build_article, read_body_lines
from .dates import Published
from .datelines import dateline_line, is_byline, is_kicker, publication_line, slash_dateline

MAX_HEADER_LINES = 12
OUTLET_MAX_WORDS = 4


@dataclass
class Header:
    """What the header lines say; `rest` holds header lines that are article text after all."""

    candidates: list[str] = field(default_factory=list)  # lines that may be the headline or the outlet
    found: Found = field(default_factory=Found)
    updated: Published | None = None  # a "mis à jour" stamp: used only when no publication date is given
    rest: list[str] = field(default_factory=list)


def extract_text(raw: RawArticle, content: str) -> Article:
    """Read a copied page: header fields first, then the cleaned body."""
    paragraphs = to_paragraphs(content)
    if not paragraphs:
        raise ExtractionError("V201", source=raw.source)
    start = header_length(paragraphs)
    header = read_header(paragraphs[:start])
    found = header.found
    title, outlet = pick_title_and_outlet(header.candidates)
    found.offer(title=title, outlet=outlet)
    if found.published is None and header.updated is not None:
        found.offer(published=header.updated)
    body = read_body_lines(header.rest + paragraphs[start:], found)
    return build_article(raw, found, body)


def to_paragraphs(content: str) -> list[str]:
    """Paragraphs of the text: non-empty lines, hard-wrapped lines joined back together."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", content.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        for i, line in enumerate(lines):
            # a blank line always ends a paragraph; inside a block, wrapped lines are joined
            if i > 0 and _continues(paragraphs[-1], line):
                paragraphs[-1] += " " + line
            else:
                paragraphs.append(line)
    return paragraphs


def header_length(paragraphs: list[str]) -> int:
    """How many opening paragraphs are header lines: all before the first line of prose."""
    for i, paragraph in enumerate(paragraphs[:MAX_HEADER_LINES]):
        if is_prose(paragraph):
            return i
    return min(1, len(paragraphs) - 1)  # no prose found: only the first line is taken for the headline


def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a headline, stamp or label."""
    words = len(line.split())
    return words >= 25 or words >= 8 and re.search(r"[.!…»\"”]$", line.strip()) is not None


def read_header(lines: list[str]) -> Header:
    """Sort the header lines into stamps, datelines, bylines and headline or outlet candidates."""
    header = Header()
    for line in lines:
        if is_boilerplate(line) or is_byline(line):
            continue
        slash, place, stamp = slash_dateline(line), dateline_line(line), publication_line(line)
        if slash:
            header.found.offer(dateline=slash[0], outlet=slash[1])
        elif place:
            header.found.offer(dateline=place)
        elif stamp and stamp[1]:
            header.found.offer(published=stamp[0])
        elif stamp:
            header.updated = header.updated or stamp[0]
        elif len(line.split()) > 30:
            header.rest.append(line)  # a long unpunctuated paragraph is text, not a headline
        else:
            header.candidates.append(line)
    return header


def pick_title_and_outlet(candidates: list[str]) -> tuple[str | None, str | None]:
    """The headline is the line the page repeats most (else the first real one); a short line above it is the outlet."""
    if not candidates:
        return None, None
    counts = Counter(fold(c) for c in candidates)
    best = max(counts.values())
    if best > 1:
        title = next(c for c in candidates if counts[fold(c)] == best)
    else:
        title = next((c for c in candidates if len(c.split()) > OUTLET_MAX_WORDS), candidates[0])
    above = candidates[: candidates.index(title)]
    outlet = next((c for c in above if len(c.split()) <= OUTLET_MAX_WORDS and not is_kicker(c)), None)
    return title, outlet


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one starts in lower case."""
    return not re.search(r"[.!?…:»\"”)]$", previous) and line[:1].islower()
