"""Title, publication time, outlet and dateline of an HTML page: one function per field.

Each function tries the page's sources in order of reliability (JSON-LD, then OpenGraph and
other meta tags, then headings and the <title>) and returns a value or None; the text
heuristics (datelines, publication lines) live in datelines.py and are tried after these.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lang import load
from ..textnorm import fold_line as fold
from .datelines import copyright_outlet, is_kicker
from .dates import Published, parse_stamp
from .page import PageFacts, text_value

# meta tags that carry the publication time, most reliable first
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "publish-date", "publishdate",
    "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "sailthru.date", "date.available", "date",
)
OUTLET_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "apple-mobile-web-app-title")


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    return load(lang, "extract")


def page_title(page: PageFacts, lang: str) -> str | None:
    """The headline: JSON-LD `headline`, the page's <h1>, og:title, twitter:title, then <title>."""
    heading = _main_heading(page, lang)
    for obj in page.article_objects():
        headline = text_value(obj.get("headline")) or text_value(obj.get("name"))
        if headline:
            # some sites cut the JSON-LD headline to a set length; the printed one is then whole
            cut = headline.rstrip(" .…")
            return heading if heading and len(heading) > len(cut) and heading.startswith(cut) else headline
    if heading:
        return heading
    social = page.first_meta("og:title", "twitter:title")
    if social:
        return strip_outlet_suffix(social, page_outlet(page, lang), lang)
    if page.title_tag:
        return strip_outlet_suffix(page.title_tag, page_outlet(page, lang), lang)
    return None


def page_published(page: PageFacts, lang: str) -> Published | None:
    """The publication time: JSON-LD `datePublished`, then meta tags, then marked <time> elements."""
    stamps: list[str] = []
    for obj in page.article_objects():
        stamps += [v for v in (text_value(obj.get("datePublished")), text_value(obj.get("dateCreated"))) if v]
    stamps += [v for v in (page.first_meta(name) for name in PUBLISHED_META) if v]
    stamps += list(page.times)
    parsed = [p for p in (parse_stamp(stamp, lang) for stamp in stamps) if p is not None]
    if not parsed:
        return None
    first = parsed[0]
    if first.when.tzinfo is None and first.precision == "minute":
        # the same time given elsewhere with its offset is the same stamp, more precisely
        same = (p for p in parsed if p.when.tzinfo is not None and p.when.replace(tzinfo=None) == first.when)
        return next(same, first)
    return first


def page_outlet(page: PageFacts, lang: str) -> str | None:
    """The publication: the article's JSON-LD publisher, og:site_name and kin, the site's JSON-LD name,
    the <title> suffix, the logo, the copyright notice; a name rather than a domain (`lecourrier.ch`)."""
    names = list(_outlet_names(page, lang))
    return next((n for n in names if not is_domain(n)), next(iter(names), None))


def _outlet_names(page: PageFacts, lang: str) -> Iterator[str]:
    """The page's names for its publication, most reliable first."""
    for obj in page.article_objects():
        publisher = text_value(obj.get("publisher"))
        if publisher:
            yield publisher
    yield from filter(None, (page.first_meta(name) for name in OUTLET_META))
    for obj in page.jsonld:
        if obj.get("@type") in ("NewsMediaOrganization", "Organization", "WebSite") and (name := text_value(obj.get("name"))):
            yield name
    if page.title_tag and (suffix := _title_suffix(page.title_tag, lang)):
        yield suffix
    if page.title_tag and (prefix := _title_prefix(page.title_tag, lang)):
        yield prefix
    yield from (b for b in page.brands if len(b.split()) <= _data(lang)["outlet_max_words"])
    yield from filter(None, (copyright_outlet(n, lang) for n in page.notices))


def is_domain(name: str) -> bool:
    """`lecourrier.ch`, `www.journal.fr`: a site's address given where its name is expected."""
    return re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", name.strip(), re.IGNORECASE) is not None


def page_dateline(page: PageFacts) -> str | None:
    """The place of writing when the page's JSON-LD states it (schema.org `dateline`)."""
    for obj in page.article_objects():
        dateline = text_value(obj.get("dateline")) or text_value(obj.get("locationCreated"))
        if dateline:
            return dateline
    return None


def page_language(page: PageFacts) -> str | None:
    """The language the page declares: JSON-LD `inLanguage`, og:locale, <html lang>, as ISO 639-1."""
    declared = [text_value(obj.get("inLanguage")) for obj in page.article_objects()]
    declared += [page.first_meta("og:locale", "content-language", "language", "dc.language"), page.lang]
    for value in declared:
        if value and re.match(r"^[A-Za-z]{2}\b", value.strip()):
            return value.strip()[:2].lower()
    return None


def strip_outlet_suffix(title: str, outlet: str | None, lang: str) -> str:
    """`Headline | Outlet` -> `Headline`: drop a trailing part naming the outlet or as short as a name.

    Some sites put their name first (`Le Courrier | Headline`): a leading part is dropped when it
    is the outlet, or when it reads like a publication's name (a few words opening on an article).
    """
    for sep in _data(lang)["title_separators"]:
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            short = len(tail.split()) <= _data(lang)["outlet_max_words"]
            if head.strip() and (outlet and fold(outlet) in fold(tail) or short and len(head) > len(tail)):
                return head.strip()
    for sep in _data(lang)["title_separators"]:
        if sep in title:
            head, tail = title.split(sep, 1)
            if tail.strip() and (outlet and fold(outlet) == fold(head) or _reads_like_outlet(head, lang) and len(tail) > len(head)):
                return tail.strip()
    return title.strip()


def _reads_like_outlet(text: str, lang: str) -> bool:
    """`Le Régional Jurassien`, `L'Écho du Rift`: a few capitalised words opening on an article, not a rubric."""
    words = text.split()
    first = fold(words[0]) if words else ""
    articles = {fold(a) for a in _data(lang)["outlet_articles"]}
    opens_on_article = first in articles or any(first.startswith(a) for a in articles if a.endswith("'"))
    return 2 <= len(words) <= _data(lang)["outlet_max_words"] and opens_on_article and not is_kicker(text, lang)


def recase_title(title: str, body: str) -> str:
    """An all-capitals headline in sentence case, keeping the capitals of names as the body writes them.

    `VRABIE ET TAMM À LISBONNE` -> `Vrabie et Tamm à Lisbonne`: each word takes the
    form the body gives it when the body only ever capitalises it, else lower case.
    """
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return title
    forms: dict[str, set[str]] = {}
    for word in re.findall(r"\w+", body):
        forms.setdefault(word.lower(), set()).add(word)

    def recase(match: re.Match[str]) -> str:
        word = match.group(0)
        seen = forms.get(word.lower(), set())
        if seen and all(w[:1].isupper() for w in seen):
            return sorted(seen, key=lambda w: (w.isupper(), w))[0]
        return word.lower()

    cased = re.sub(r"\w+", recase, title)
    return cased[:1].upper() + cased[1:]


def _main_heading(page: PageFacts, lang: str) -> str | None:
    """The <h1> that is the headline, not a logo: the one the <title> repeats, else the first that is not the outlet."""
    headings = [h for h in page.headings if len(h.split()) >= 3]
    titles = [fold(t) for t in (page.title_tag, page.first_meta("og:title")) if t]
    outlet = fold(page_outlet(page, lang) or "")
    echoed = [h for h in headings if fold(h) != outlet and any(fold(h) in t for t in titles)]
    if echoed:
        return max(echoed, key=len)
    return next((h for h in headings if fold(h) != outlet), None)


def _title_prefix(title: str, lang: str) -> str | None:
    """`Le Journal de Liège | Huy : le fort rouvre`: a leading part that reads like a publication's name."""
    for sep in _data(lang)["title_separators"]:
        head, _, tail = title.partition(sep)
        if tail.strip() and _reads_like_outlet(head.strip(), lang) and len(tail) > len(head):
            return head.strip()
    return None


def _title_suffix(title: str, lang: str) -> str | None:
    for sep in _data(lang)["title_separators"]:
        if sep in title:
            tail = title.rsplit(sep, 1)[1].strip()
            if tail and len(tail.split()) <= _data(lang)["outlet_max_words"]:
                return tail
    return None
