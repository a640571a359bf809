"""Where quotes lie in a text: the outermost stretches between quotation marks.

Pure text work, no parse: « », “ ”, " ", ‹ › and „ “ as quotes.json lists them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import QuoteLexicon, lexicon

_SPACES = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True)
class QuoteSpan:
    """Where a quote lies in the text: its marks (open, close) and the words between (start, end)."""

    open: int
    start: int
    end: int
    close: int


def find_quote_spans(text: str, lex: QuoteLexicon | None = None) -> list[QuoteSpan]:
    """Every outermost quoted stretch, paragraph by paragraph.

    Marks nested inside a quote belong to it. A French quote left open runs to the
    end of its paragraph (the press reopens it on the next one); a straight quote
    left open is ignored, since it cannot be told from a stray mark.
    """
    lex = lex or lexicon()
    spans: list[QuoteSpan] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend(_paragraph_spans(paragraph, offset, lex))
        offset += len(paragraph) + 1
    return spans


def _paragraph_spans(paragraph: str, offset: int, lex: QuoteLexicon) -> list[QuoteSpan]:
    """The outermost quotes of one paragraph (offsets into the whole text)."""
    spans: list[QuoteSpan] = []
    i = 0
    while i < len(paragraph):
        opener = paragraph[i]
        if opener not in lex.marks:
            i += 1
            continue
        close = _closing_mark(paragraph, i, lex)
        if close is None and opener in lex.marks[opener]:
            i += 1
            continue
        end = close if close is not None else len(paragraph)
        span = _trimmed(paragraph, i, end, offset, closed=close is not None)
        if span is not None:
            spans.append(span)
        i = end + 1
    return spans


def _closing_mark(paragraph: str, at: int, lex: QuoteLexicon) -> int | None:
    """Offset of the mark closing the quote opened at `at`, counting nested quotes of the same kind."""
    opener, closers = paragraph[at], lex.marks[paragraph[at]]
    depth = 0
    for j in range(at + 1, len(paragraph)):
        char = paragraph[j]
        if char in closers:
            if depth == 0:
                return j
            depth -= 1
        elif char == opener:
            depth += 1
    return None


def _trimmed(paragraph: str, open_at: int, end: int, offset: int, closed: bool) -> QuoteSpan | None:
    """The span without the spaces just inside the marks; None when nothing is quoted."""
    start, stop = open_at + 1, end
    while start < stop and paragraph[start] in _SPACES:
        start += 1
    while stop > start and paragraph[stop - 1] in _SPACES:
        stop -= 1
    if start == stop:
        return None
    close = end + 1 if closed else end
    return QuoteSpan(open=offset + open_at, start=offset + start, end=offset + stop, close=offset + close)
