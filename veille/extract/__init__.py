"""Article-level stages before NLP: RawArticle -> Article."""
from __future__ import annotations

import re

from ..model.article import Article, RawArticle
from .decode import decode
from .html import extract_html
from .text import extract_text


def extract(raw: RawArticle) -> Article:
    """Decode, clean and read the metadata of one article; raises InputError/ExtractionError."""
    content = decode(raw)
    if looks_like_html(content) and (raw.kind == "html" or _is_html_document(content)):
        return extract_html(raw, content)
    return extract_text(raw, content)


def looks_like_html(content: str) -> bool:
    """A page with tags; a `.html` file holding plain text is read as text."""
    return re.search(r"<(html|body|head|p|div|article|h1|meta|title)\b", content[:20000], re.IGNORECASE) is not None



def _is_html_document(content: str) -> bool:
    """A whole page saved under a text name (`article.txt` holding `<!DOCTYPE html>...`)."""
    return content.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


__all__ = ["extract"]
