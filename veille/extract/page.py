"""What an HTML page says about itself: JSON-LD objects, meta tags, headings, declared language.

Read once from the parsed tree into a PageFacts, which the field functions of metadata.py query.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

# schema.org types that describe the article itself, most specific first
ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
    "LiveBlogPosting", "BlogPosting", "Article", "Report", "WebPage",
)


# class or id words of the element that holds the site's logo
BRAND_CLASSES = ("logo", "brand", "site-name", "sitename", "masthead")
NOTICE_MAX_WORDS = 16


@dataclass(frozen=True)
class PageFacts:
    """Metadata sources of one page, each kept separate so fields can try them in order of reliability."""

    jsonld: tuple[dict[str, Any], ...] = ()  # every JSON-LD object, @graph flattened
    meta: dict[str, str] = field(default_factory=dict)  # name/property/itemprop (lower-cased) -> content
    title_tag: str | None = None
    headings: tuple[str, ...] = ()  # texts of the <h1> elements, in page order
    times: tuple[str, ...] = ()  # datetime attributes of <time> elements marked as publication, then of the article's first
    lang: str | None = None  # <html lang>
    brands: tuple[str, ...] = ()  # texts (or image alt texts) of the page's logo or brand elements
    notices: tuple[str, ...] = ()  # short texts holding a copyright sign, foot of the page first
    addresses: tuple[str, ...] = ()  # the page's own URL as it states it: canonical link, og:url

    def article_objects(self) -> list[dict[str, Any]]:
        """The JSON-LD objects that describe an article, most specific type first."""
        ranked = [(_type_rank(obj), i, obj) for i, obj in enumerate(self.jsonld)]
        return [obj for rank, _, obj in sorted(ranked, key=lambda t: (t[0], t[1])) if rank < len(ARTICLE_TYPES)]

    def first_meta(self, *names: str) -> str | None:
        """The content of the first of these meta tags that the page has and that is not blank."""
        for name in names:
            value = self.meta.get(name)
            if value and value.strip():
                return clean(value)
        return None


def read_page(tree: HtmlElement) -> PageFacts:
    """Collect the metadata sources of a parsed page."""
    return PageFacts(
        jsonld=tuple(_jsonld_objects(tree)),
        meta=_meta_tags(tree),
        title_tag=_first_text(tree.xpath("//head/title") or tree.xpath("//title")),
        headings=tuple(t for t in (clean(h.text_content()) for h in tree.xpath("//h1")) if t),
        times=tuple(_publication_times(tree)),
        lang=(tree.xpath("string(/html/@lang)") or None),
        brands=tuple(_brands(tree)),
        notices=tuple(_notices(tree)),
        addresses=tuple(_addresses(tree)),
    )


def clean(text: str) -> str:
    """Entities decoded (some pages escape twice) and white space collapsed."""
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def text_value(value: Any) -> str | None:
    """A JSON-LD value as text: strings as they are, objects by their name, lists by their first item."""
    if isinstance(value, list):
        return next((v for v in (text_value(item) for item in value) if v), None)
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("@value"))
    if isinstance(value, str) and value.strip():
        return clean(value)
    return None


def _type_rank(obj: dict[str, Any]) -> int:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    ranks = [ARTICLE_TYPES.index(t) for t in names if isinstance(t, str) and t in ARTICLE_TYPES]
    return min(ranks, default=len(ARTICLE_TYPES))


def _jsonld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every object of every JSON-LD script; a script that does not parse is skipped, not fatal."""
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        # some CMSs wrap the JSON in a CDATA section or an HTML comment
        raw = re.sub(r"^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$", "", raw)
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Meta tags by name, property or itemprop; the first of a repeated name wins."""
    tags: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if key:
            tags.setdefault(key.strip().lower(), meta.get("content", ""))
    return tags


def _publication_times(tree: HtmlElement) -> Iterator[str]:
    """`<time>` stamps that say they are the publication time, then the first `<time>` of the article.

    The article's first stamp, outside asides, lists and footers, is the one printed with the
    headline or the byline; the stamps of related items come after the text.
    """
    for node in tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate or contains(@class, "publi")]'):
        yield node.get("datetime")
    furniture = "ancestor::aside or ancestor::footer or ancestor::nav or ancestor::li"
    for container in ("//article", "//main"):
        for node in tree.xpath(f"{container}//time[@datetime][not({furniture})]")[:1]:
            yield node.get("datetime")


def _brands(tree: HtmlElement) -> Iterator[str]:
    """The site's name where its logo is: the text or the image alt of an element classed as logo or brand."""
    named = " or ".join(f"contains(@class, '{t}') or contains(@id, '{t}')" for t in BRAND_CLASSES)
    for node in tree.xpath(f"//body//*[{named}][not(ancestor::article)]"):
        text = clean(node.text_content()) or next((clean(a) for a in node.xpath(".//img/@alt") if a.strip()), "")
        if text:
            yield text


def _notices(tree: HtmlElement) -> Iterator[str]:
    """Short texts holding a copyright sign or word, from the foot of the page up."""
    nodes = tree.xpath('//body//*[contains(text(), "©") or contains(text(), "opyright")]')
    for node in reversed(nodes):
        text = clean(node.text_content())
        if len(text.split()) <= NOTICE_MAX_WORDS:
            yield text


def _addresses(tree: HtmlElement) -> Iterator[str]:
    """The URLs the page gives for itself: its canonical link, then its og:url."""
    for url in tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'):
        if url.strip():
            yield url.strip()


def _first_text(nodes: list[HtmlElement]) -> str | None:
    for node in nodes:
        text = clean(node.text_content())
        if text:
            return text
    return None
