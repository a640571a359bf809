"""HTML pages: the main text through trafilatura, the fields from the page's own metadata first.

trafilatura's options are built in one place (extractor_options); page furniture it might keep
(cross-links, consent banners, share bars) is pruned beforehand by class names from the
language data, and what is left of it is removed line by line afterwards (boilerplate.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document, Extractor
from trafilatura.utils import load_html

from ..errors import ExtractionError
from ..lang import load
from ..model.article import Article, RawArticle
from ..textnorm import fold_line as fold
from .body import Found, build_article, read_body_lines
from .datelines import STAMP_MAX_WORDS, StampLine, byline_outlet, read_stamp_line
from .dates import parse_stamp
from .metadata import page_dateline, page_language, page_outlet, page_published, page_title
from .page import read_page
from .zones import contact_homes

# a pruned block must not hold a paragraph this long: article text is never furniture
PRUNE_GUARD_CHARS = 200
# a line the balanced extraction dropped is recovered only if it is this long: menus are shorter
OPENING_MIN_WORDS = 12
# the depth of nested tags past which libxml2's HTML parser drops what it reads (no page goes so deep)
PARSER_DEPTH = 255


def extractor_options() -> Extractor:
    """trafilatura's settings for news pages, in one object: one balanced run reads the body and
    the page's metadata together.

    Tables are left out: their cells come out as fragments that read as neither prose nor data.
    The date search stays on the markup: a date found in running text is not the publication.
    """
    date_params: dict[str, Any] = {"extensive_search": False, "original_date": True}  # htmldate's own settings
    return Extractor(
        output_format="python", comments=False, tables=False, links=False, images=False,
        with_metadata=True, date_params=date_params,
    )


def extract_html(raw: RawArticle, content: str, lang: str) -> Article:
    """Read an HTML page: page metadata, then trafilatura's main text, then text heuristics."""
    tree = load_html(content)
    if tree is None:
        raise ExtractionError("V201", source=raw.source)
    page = read_page(tree)
    found = Found(title=page_title(page, lang), published=page_published(page, lang), outlet=page_outlet(page, lang))
    found.offer(dateline=page_dateline(page), language=page_language(page))
    doc = _main_text(tree, lang)  # the one trafilatura run: body and metadata
    if doc is not None:
        found.offer(title=doc.title, outlet=doc.sitename)
    lines = _lines(doc.text if doc is not None and doc.text else "")
    if _flattened(lines, tree):
        lines = []  # the page's own paragraphs are read instead
    lines = _opening_lines(tree, lines, lang) + lines if lines else _paragraphs(tree)
    lines = _standfirst(tree, lines, lang) + lines
    body = read_body_lines(lines, found, lang)
    stamp = printed_stamp(tree, lang)
    if stamp is not None:  # a stamp printed outside the extracted text, above the headline or in a byline box
        found.offer(published=stamp.published, updated=stamp.updated)
    found.offer(outlet=printed_byline_outlet(tree, lang))
    found.homes += [*page.addresses, found.outlet or "", *page.notices, *contact_homes(list(page.notices), found.outlet, lang)]
    if doc is not None and doc.date:
        # last resort, after the text's own dateline: trafilatura's reading of the markup, to the day
        day = parse_stamp(doc.date[:10], lang)
        found.offer(published=day)
    try:
        return build_article(raw, found, body, lang)
    except ExtractionError as err:
        if err.code == "V201" and _cut_by_depth(tree):
            raise ExtractionError("V204", source=raw.source, depth=PARSER_DEPTH) from err
        raise


def _cut_by_depth(tree: HtmlElement) -> bool:
    """True when the parser stopped at its depth limit: what was nested below it is lost."""
    return bool(tree.xpath(f"boolean(//*[count(ancestor::*) >= {PARSER_DEPTH}])"))


def _main_text(tree: HtmlElement, lang: str) -> Document | None:
    """trafilatura's extraction of the main text; None when it finds none (it never raises for that)."""
    try:
        result = trafilatura.bare_extraction(tree, options=extractor_options(), prune_xpath=prune_xpath(lang))
    except (ValueError, etree.LxmlError):
        return None  # a tree trafilatura cannot walk: the caller falls back to the page's paragraphs
    return result if isinstance(result, Document) else None


# the elements a paragraph of prose above the body may be printed in
OPENING_ELEMENTS = "self::p or self::h2 or self::h3 or self::blockquote or self::div[not(*)]"
FURNITURE_ANCESTORS = "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::li or ancestor::form"


def _opening_lines(tree: HtmlElement, lines: list[str], lang: str) -> list[str]:
    """Paragraphs of prose printed above the body's first line, which the extraction leaves out
    (a standfirst printed as a subheading, outside the body's container).

    Read from the page's own elements before the one holding that line, outside navigation,
    asides, lists, forms and the blocks pruned as furniture: trafilatura runs once per page."""
    holder = _holder(tree, lines[0])
    if holder is None:
        return []
    # a paragraph of OPENING_MIN_WORDS words is longer than this many characters: a cheap first sift
    long_enough = f"string-length(normalize-space()) >= {OPENING_MIN_WORDS * 3}"
    nodes = holder.xpath(f"preceding::*[{OPENING_ELEMENTS}][{long_enough}][ancestor::body][not({FURNITURE_ANCESTORS})]")
    if not nodes:
        return []
    pruned = set(tree.xpath(prune_xpath(lang)))
    opening: list[str] = []
    for node in nodes:
        text = " ".join(node.text_content().split())
        if len(text.split()) >= OPENING_MIN_WORDS and node not in pruned and not pruned.intersection(node.iterancestors()):
            opening.append(text)
    return opening


def _holder(tree: HtmlElement, line: str) -> HtmlElement | None:
    """The innermost element of the body whose text holds the line's opening words."""
    holders = tree.xpath("//body//*[contains(normalize-space(.), $line)]", line=" ".join(line.split()[:8]))
    return holders[-1] if holders else None  # elements come in document order, each after its ancestors


@lru_cache(maxsize=None)
def prune_xpath(lang: str) -> str:
    """One XPath selecting the blocks whose class or id names page furniture, guarded against article text."""
    tokens = load(lang, "extract")["prune_classes"]
    named = " or ".join(f"contains(@class, '{t}') or contains(@id, '{t}')" for t in tokens)
    keep = "self::html or self::body or self::article or self::main"
    return f"//*[{named}][not({keep})][not(.//p[string-length(normalize-space()) > {PRUNE_GUARD_CHARS}])]"


@lru_cache(maxsize=None)
def _standfirst_names(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(re.split(r"[-_]", name)) for name in load(lang, "extract")["standfirst_classes"])


def is_standfirst_class(css_class: str, lang: str) -> bool:
    """True when a class attribute names a standfirst: `article__chapo`, `c-article-summary`, `lead`.

    Class names are compared word by word (split at spaces, dashes and underscores), so that
    `lead` does not match `leaderboard`.
    """
    words = re.split(r"[\s_-]+", css_class.lower())
    for name in _standfirst_names(lang):
        size = len(name)
        if any(tuple(words[i : i + size]) == name for i in range(len(words) - size + 1)):
            return True
    return False


def _standfirst(tree: HtmlElement, lines: list[str], lang: str) -> list[str]:
    """The page's standfirst when the extraction left it out: it often sits outside the body's container."""
    body = fold(" ".join(lines))
    for node in tree.xpath("//body//*[self::p or self::div or self::h2 or self::h3 or self::span][@class]"):
        if not is_standfirst_class(node.get("class", ""), lang):
            continue
        text = " ".join(node.text_content().split())
        # a standfirst is a sentence or two of prose, not a menu that happens to carry the class
        if len(text.split()) >= OPENING_MIN_WORDS and re.search(r"[.!?…»\"”]$", text):
            return [] if fold(text) in body else [text]
    return []


def printed_stamp(tree: HtmlElement, lang: str) -> StampLine | None:
    """The first date stamp printed in the page as its own short element, outside asides, lists and footers.

    A bare date ("07.03.2025") counts only above the article's text: below it, bare dates are
    those of related items; a stamp that says what it is ("Publié le ...") counts anywhere.
    """
    furniture = "ancestor::aside or ancestor::footer or ancestor::nav or ancestor::li or ancestor::header[not(.//h1)]"
    below_text = False
    for node in tree.xpath(f"//body//*[self::span or self::div or self::p or self::time or self::small][not({furniture})]"):
        text = " ".join(node.text_content().split())
        below_text = below_text or node.tag == "p" and len(text.split()) >= OPENING_MIN_WORDS
        if not text or len(text.split()) > STAMP_MAX_WORDS:
            continue
        stamp = read_stamp_line(text, lang)
        if stamp is not None and (stamp.published or stamp.updated) and (stamp.labelled or not below_text):
            return stamp
    return None


def printed_byline_outlet(tree: HtmlElement, lang: str) -> str | None:
    """The outlet a byline printed as its own short element writes for ("Par X, pour Le Courrier")."""
    short = f"string-length(normalize-space()) <= {STAMP_MAX_WORDS * 8}"
    for node in tree.xpath(f"//body//*[self::div or self::p or self::span or self::address][{short}][not(ancestor::aside or ancestor::footer)]"):
        text = " ".join(node.text_content().split())
        if text and len(text.split()) <= STAMP_MAX_WORDS and (outlet := byline_outlet(text, lang)):
            return outlet
    return None


def _flattened(lines: list[str], tree: HtmlElement) -> bool:
    """trafilatura's fallback extraction sometimes joins a whole article, headline and captions included, into one line."""
    if len(lines) != 1:
        return False
    joined = fold(lines[0])
    return sum(fold(p) in joined for p in _paragraphs(tree)) >= 2


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _paragraphs(tree: HtmlElement) -> list[str]:
    """The page's headings and paragraphs in order: the fallback when trafilatura finds no main text."""
    nodes = tree.xpath("//body//*[self::p or self::h2 or self::h3 or self::blockquote]")
    return [text for text in (" ".join(node.text_content().split()) for node in nodes) if text]
