"""Plain text copied from a news page: metadata from its first lines, the rest is the body."""
from __future__ import annotations

from ..errors import ExtractionError
from ..model.article import Article, RawArticle, content_id


def extract_text(raw: RawArticle, content: str) -> Article:
    """A first, naive reading: the first line is the title, the rest the body."""
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    if len(lines) < 2:
        raise ExtractionError("V201", source=raw.source)
    title, body = lines[0], "\n\n".join(lines[1:])
    return Article(
        id=content_id(body, raw.url), name=raw.name, source=raw.source, title=title, published=None,
        published_precision=None, outlet=None, dateline=None, language="fr", text=body, url=raw.url,
    )
