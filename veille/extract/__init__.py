"""Article-level stages before NLP: RawArticle -> Article."""
from __future__ import annotations

from ..model.article import Article, RawArticle
from .decode import decode
from .html import extract_html
from .text import extract_text


def extract(raw: RawArticle) -> Article:
    """Decode, clean and read the metadata of one article; raises InputError/ExtractionError."""
    content = decode(raw)
    if raw.kind == "html":
        return extract_html(raw, content)
    return extract_text(raw, content)


__all__ = ["extract"]
