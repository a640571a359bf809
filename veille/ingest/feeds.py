"""RSS and Atom feeds through feedparser: each item is an article.

An item's own content (or its summary) is the article as the feed gives it; `veille watch`
fetches the linked page instead when it can. The feed's title is the outlet unless the item
says otherwise.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model.article import RawArticle, SourceKind, content_id
from ..model.failure import Failure
from .containers import read_all, stem


def read_feed(path: Path) -> Iterator[RawArticle | Failure]:
    """The items of a feed file (gzipped or not)."""
    try:
        data = read_all(path)
    except InputError as err:
        yield Failure(stem(path), str(path), "read", err.code, str(err))
        return
    yield from feed_items(data, str(path), stem(path))


def parse_feed(data: bytes, source: str) -> Any:
    """The parsed feed; raises InputError V113 when the bytes hold no feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = str(parsed.get("bozo_exception") or "no items and no feed header").splitlines()[0]
        raise InputError("V113", source=source, reason=reason)
    return parsed


def feed_items(data: bytes, source: str, name: str) -> Iterator[RawArticle | Failure]:
    """Each item of a feed as a RawArticle, or a Failure naming the feed and the item."""
    try:
        parsed = parse_feed(data, source)
    except InputError as err:
        yield Failure(name, source, "read", err.code, str(err))
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{number}"
        ident = f"{name}-{content_id('', entry.get('link'))[:10]}" if entry.get("link") else f"{name}-{number}"
        content = item_content(entry)
        if not content:
            error = InputError("V114", source=where)
            yield Failure(ident, where, "read", error.code, str(error))
            continue
        kind: SourceKind = "html" if "<" in content else "body"
        yield RawArticle(name=ident, data=content.encode("utf-8"), kind=kind, source=where,
                         url=entry.get("link") or None, meta=item_meta(entry, outlet))


def item_content(entry: Any) -> str:
    """The item's full content when it has one, else its summary."""
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            return part["value"]
    return (entry.get("summary") or "").strip()


def item_meta(entry: Any, outlet: str | None) -> dict[str, Any]:
    """What the item says of its article: title, publication time, outlet, author, tags."""
    meta = {
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        "outlet": outlet,
        "author": entry.get("author"),
        "tags": [t.get("term") for t in entry.get("tags") or [] if t.get("term")] or None,
    }
    return {k: v for k, v in meta.items() if v}
