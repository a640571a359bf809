"""Article-level stages before NLP: RawArticle -> Article."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model.article import Article, RawArticle
from .body import Found, build_article, read_body_lines
from .decode import decode
from .given import extra_meta, given_fields
from .html import extract_html
from .text import extract_text, to_paragraphs


def extract(raw: RawArticle, lang: str) -> Article:
    """Decode, clean and read the metadata of one article with the data of language `lang` (the
    setting's); raises InputError/ExtractionError. The fields its source gave (a dump's, a feed's)
    come before those read from the text."""
    content = decode(raw)
    if raw.kind == "body" and not looks_like_html(content):
        article = extract_body(raw, content, lang)
    elif looks_like_html(content) and (raw.kind != "text" or _is_html_document(content)):
        article = extract_html(raw, content, lang)
    else:
        article = extract_text(raw, content, lang)
    return with_given(article, raw) if raw.meta else article


def extract_body(raw: RawArticle, content: str, lang: str) -> Article:
    """An article whose body came clean with its metadata: its paragraphs, furniture removed."""
    found = Found()
    found.offer(**given_fields(raw.meta))
    return build_article(raw, found, read_body_lines(to_paragraphs(content), found, lang), lang)


def with_given(article: Article, raw: RawArticle) -> Article:
    """The article with the fields its source gave put over those read from its text (the
    publication time is already the source's: build_article decides it)."""
    return replace(article, **given_fields(raw.meta), meta={**article.meta, **extra_meta(raw.meta)})


def looks_like_html(content: str) -> bool:
    """A page with tags; a `.html` file holding plain text is read as text."""
    return re.search(r"<(html|body|head|p|div|article|h1|meta|title)\b", content[:20000], re.IGNORECASE) is not None



def _is_html_document(content: str) -> bool:
    """A whole page saved under a text name (`article.txt` holding `<!DOCTYPE html>...`)."""
    return content.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


__all__ = ["extract"]
