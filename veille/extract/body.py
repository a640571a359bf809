"""From the body's lines to the Article: metadata lines taken out, furniture removed, fields settled.

Shared by the text and HTML readers: both hand over the lines they believe are the body and
a Found holding the fields their more reliable sources already gave.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ExtractionError
from ..model.article import Article, RawArticle, content_id
from .boilerplate import clean_lines, is_block_heading, trim_trailing_furniture
from .datelines import byline_outlet, dateline_line, is_byline, read_stamp_line, slash_dateline, split_prefix
from .dates import Published
from .given import given_published
from .language import identify_language
from .metadata import recase_title
from .shapes import is_prose
from .zones import localise

# metadata lines (stamps, bylines) are looked for only among the body's first lines
METADATA_ZONE = 6
# a body without a single line this long is a menu or a form, not an article
MIN_SENTENCE_WORDS = 6


@dataclass
class Found:
    """Document fields as sources give them; the first source to offer a field wins."""

    title: str | None = None
    published: Published | None = None
    updated: Published | None = None  # a "mis à jour" stamp: the publication only when the page gives no other
    outlet: str | None = None
    dateline: str | None = None
    language: str | None = None  # the language the page declares
    # where the page says the outlet is, most reliable first: its address, its name, its notices;
    # read only for a time printed without its offset
    homes: list[str] = field(default_factory=list)

    def offer(self, **fields: object) -> None:
        """Set each field that no more reliable source has set yet; blank values are ignored."""
        for name, value in fields.items():
            if getattr(self, name) is None and value not in (None, ""):
                setattr(self, name, value)


def read_body_lines(lines: list[str], found: Found, lang: str) -> list[str]:
    """The body's paragraphs: stamps, bylines and the opening dateline read into `found`, then cleaned."""
    lines = _take_metadata_lines(lines, found, lang)
    _take_late_stamp(lines, found, lang)
    lines = clean_lines(lines, found.title, lang)
    lines = _take_opening_prefix(lines, found, lang)
    return trim_trailing_furniture(lines)


def build_article(raw: RawArticle, found: Found, body: list[str], lang: str) -> Article:
    """The frozen Article; a page left with no body text is refused (V201)."""
    text = "\n\n".join(body)
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in body):
        raise ExtractionError("V201", source=raw.source)
    title = recase_title(found.title, text) if found.title else None
    published = publication(raw, found, lang)
    return Article(
        id=content_id(text, raw.url), name=raw.name, source=raw.source, title=title,
        published=published.when if published else None,
        published_precision=published.precision if published else None,
        outlet=found.outlet, dateline=found.dateline, language=identify_language(text, found.language, lang),
        text=text, url=raw.url, paragraphs=paragraph_offsets(body),
    )


def publication(raw: RawArticle, found: Found, lang: str) -> Published | None:
    """The publication time, decided here only: the one the source gives (a dump's or a feed's
    field), else the first a reader of the page offered (they offer its sources in the order they
    trust them: metadata, stamps, the dateline, the markup's date last), else its last update.
    A time the page printed without its offset is the local time of the outlet's home, when the
    page says where that is."""
    read = found.published or found.updated
    return given_published(raw.meta, lang) or (localise(read, ([raw.url] if raw.url else []) + found.homes, lang) if read else None)


def paragraph_offsets(paragraphs: list[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph in the body joined by blank lines."""
    offsets, start = [], 0
    for paragraph in paragraphs:
        offsets.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return tuple(offsets)


def _take_metadata_lines(lines: list[str], found: Found, lang: str) -> list[str]:
    """Read and drop the stamps, bylines and datelines that open the body.

    They are looked for up to the second paragraph of prose: a standfirst often stands above
    the byline and the date stamp. Under prose, a bare date is not read: related items carry them;
    nor is anything under a heading of related items.
    """
    kept: list[str] = []
    prose = 0
    for i, line in enumerate(lines):
        if i >= METADATA_ZONE or prose >= 2 or is_block_heading(line, lang):
            kept.extend(lines[i:])
            break
        stamp, slash, place = read_stamp_line(line, lang), slash_dateline(line, lang), dateline_line(line, lang)
        if stamp and prose and not stamp.labelled:
            kept.append(line)  # a bare date under the text is a related item's: left to the furniture rules
        elif stamp:
            found.offer(published=stamp.published, updated=stamp.updated, outlet=stamp.outlet)
        elif slash:
            found.offer(dateline=slash[0], outlet=slash[1])
        elif place:
            found.offer(dateline=place)
        elif is_byline(line, lang):
            found.offer(outlet=byline_outlet(line, lang))
        else:
            kept.append(line)
            prose += is_prose(line)
    return kept


def _take_late_stamp(lines: list[str], found: Found, lang: str) -> None:
    """A stamp that says what it is ("Publié le ...") printed further down, as some pages do under the text.

    Only when the opening gave none, and above any block of related items; the line itself goes
    with the furniture. Bare dates down there belong to related items and are not read.
    """
    if found.published is not None:
        return
    for line in lines:
        if is_block_heading(line, lang):
            return
        stamp = read_stamp_line(line, lang)
        if stamp is not None and stamp.labelled and stamp.published:
            found.offer(published=stamp.published)
            return


def _take_opening_prefix(lines: list[str], found: Found, lang: str) -> list[str]:
    """Cut the dateline or date that opens the first paragraph ("PARIS (AFP) -") and keep what it says."""
    for i, line in enumerate(lines[:2]):
        prefix = split_prefix(line, lang)
        # a standfirst may precede the first paragraph; there, only a prefix with a date or agency counts
        if prefix is None or i > 0 and not (prefix.published or prefix.agency):
            continue
        found.offer(dateline=prefix.place, published=prefix.published)
        rest = line[prefix.length :].strip()
        lines = lines[:i] + ([rest] if rest else []) + lines[i + 1 :]
        break
    return lines
