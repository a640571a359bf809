"""What ingestion produces (RawArticle) and what extraction makes of it (Article)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

# html: a page; text: text copied from a page (header and furniture included); body: the clean body
# of an article whose metadata came with it (a JSON Lines dump, a feed item)
SourceKind = Literal["html", "text", "body"]


@dataclass(frozen=True)
class RawArticle:
    """An article as it arrived: undecoded bytes, where they came from, nothing parsed yet."""

    name: str  # the record's id in exports: a file's stem, a feed entry's id
    data: bytes
    kind: SourceKind
    source: str  # path or URL, for error messages and provenance (path#line for a record in a container)
    url: str | None = None
    fetched: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # what the source says of the article: title, published...


@dataclass(frozen=True)
class Article:
    """The cleaned article: metadata plus the clean body, frozen once extraction is done."""

    id: str  # content hash: the storage key
    name: str
    source: str
    title: str | None
    published: datetime | None  # aware when the source gives an offset
    published_precision: Literal["day", "minute"] | None
    outlet: str | None
    dateline: str | None
    language: str
    text: str
    url: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = field(default=())  # char offsets of paragraphs in text
    meta: dict[str, Any] = field(default_factory=dict)  # other fields the source gave (a dump's keys)

    @property
    def published_iso(self) -> str | None:
        """The publication time as the contract wants it: a day, or a minute with its offset."""
        if self.published is None:
            return None
        if self.published_precision == "day":
            return self.published.date().isoformat()
        return self.published.isoformat(timespec="seconds")


def content_id(text: str, url: str | None = None) -> str:
    """A stable id: the hash of the canonical URL when there is one, else of the clean text."""
    basis = url.strip() if url else " ".join(text.split())
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
