"""HTML pages: main text and metadata through trafilatura."""
from __future__ import annotations

import trafilatura

from ..errors import ExtractionError
from ..model.article import Article, RawArticle, content_id


def extract_html(raw: RawArticle, content: str) -> Article:
    """A first reading through trafilatura's own extraction."""
    doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, as_dict=True)
    if not doc or not (doc.get("text") or "").strip():
        raise ExtractionError("V201", source=raw.source)
    text = doc["text"]
    return Article(
        id=content_id(text, raw.url), name=raw.name, source=raw.source, title=doc.get("title"), published=None,
        published_precision=None, outlet=doc.get("sitename"), dateline=None, language="fr", text=text, url=raw.url,
    )
