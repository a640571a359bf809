"""Polling a feed: conditional GET, new items only, each item's linked page when robots.txt allows.

`poll_feed` does one poll of one feed and returns its new state (ETag, Last-Modified) and the
articles to analyse; the loop that polls every feed at an interval and stores what it finds is
`veille.usecases.ingest.watch_feeds`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from urllib.parse import urlsplit

from ..errors import FetchError
from ..model.article import RawArticle
from ..model.failure import Failure
from .feeds import feed_items
from .fetch import Fetcher

Polled = RawArticle | Failure


@dataclass(frozen=True)
class FeedState:
    """What the last poll of a feed left to ask the next one with."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def read_feed_list(text: str) -> list[str]:
    """The feed URLs of a list file: one per line, blank lines and `#` comments ignored."""
    urls = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [url for url in urls if url]


def poll_feed(state: FeedState, fetcher: Fetcher, is_known: Callable[[str], bool],
              fetch_pages: bool = True) -> tuple[FeedState, list[Polled]]:
    """One poll: nothing when the feed has not changed (304), else its items not stored yet,
    each as its linked page (or the item's own content when the page cannot be fetched)."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        reply = fetcher.get(state.url, state.conditional_headers())
    except FetchError as err:
        return state, [Failure(_name(state.url), state.url, "fetch", err.code, str(err))]
    if reply.not_modified:
        return replace(state, checked_at=now), []
    if reply.status >= 400:
        error = FetchError("V115", source=state.url, reason=f"HTTP {reply.status}")
        return state, [Failure(_name(state.url), state.url, "fetch", error.code, str(error))]
    headers = {k.lower(): v for k, v in reply.headers.items()}
    new_state = FeedState(state.url, headers.get("etag"), headers.get("last-modified"), now)
    found: list[Polled] = []
    for item in feed_items(reply.body, state.url, _name(state.url)):
        if isinstance(item, RawArticle) and item.url and is_known(item.url):
            continue
        found.append(_with_page(item, fetcher) if fetch_pages and isinstance(item, RawArticle) else item)
    return new_state, found


def _with_page(item: RawArticle, fetcher: Fetcher) -> RawArticle:
    """The item as its linked page, the item's metadata kept; the item itself when the page is out of reach."""
    if not item.url:
        return item
    try:
        reply = fetcher.get(item.url)
    except FetchError:
        return item  # robots.txt or the network said no: the feed's own content stands for the article
    if reply.status >= 400 or not reply.body:
        return item
    fetched = datetime.now(timezone.utc)
    return replace(item, data=reply.body, kind="html", source=item.url, fetched=fetched)


def _name(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc + parts.path).strip("/").replace("/", "_") or "feed"
