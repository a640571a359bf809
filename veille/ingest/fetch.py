"""Fetching pages and feeds politely: conditional requests, a delay per host, robots.txt.

`Fetcher` is the small protocol the watcher talks to; `HttpFetcher` is the real one (httpx),
`PoliteFetcher` wraps any fetcher with robots.txt and a minimum delay between two requests to
one host. Tests pass a fetcher of their own or a local server.
"""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from ..errors import FetchError

USER_AGENT = "veille/0.1 (+https://example.invalid/veille; news event coder)"
# A page or feed larger than this is refused: an article is a few hundred kilobytes at most.
MAX_BYTES = 20_000_000
TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Response:
    """What a fetch brought back."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher(Protocol):
    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response: ...


class HttpFetcher:
    """GET over HTTP(S) with httpx: redirects followed, a timeout, a size limit."""

    def __init__(self, user_agent: str = USER_AGENT, timeout: float = TIMEOUT_S) -> None:
        import httpx

        self._client = httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": user_agent})
        self._errors = (httpx.HTTPError, httpx.InvalidURL)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        try:
            with self._client.stream("GET", url, headers=dict(headers or {})) as reply:
                body = bytearray()
                for chunk in reply.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise FetchError("V115", source=url, reason=f"larger than {MAX_BYTES // 1_000_000} MB")
                return Response(str(reply.url), reply.status_code, dict(reply.headers), bytes(body))
        except self._errors as err:
            raise FetchError("V115", source=url, reason=str(err) or type(err).__name__) from err

    def close(self) -> None:
        self._client.close()


@dataclass
class PoliteFetcher:
    """A fetcher that asks robots.txt first and waits `delay` seconds between two requests to a host."""

    inner: Fetcher
    delay: float = 1.0
    user_agent: str = USER_AGENT
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        if not self.allowed(url):
            raise FetchError("V116", source=url)
        return self._timed_get(url, headers)

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets veille fetch the URL (no robots.txt: yes)."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        return self._robots[host].can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser()
        try:
            reply = self._timed_get(f"{host}/robots.txt", None)
        except FetchError:
            reply = Response(host, 404, {})
        if reply.status >= 400 or not reply.body:
            parser.parse([])  # no robots.txt: everything is allowed
        else:
            parser.parse(reply.body.decode("utf-8", "replace").splitlines())
        return parser

    def _timed_get(self, url: str, headers: Mapping[str, str] | None) -> Response:
        host = urlsplit(url).netloc
        wait = self._last.get(host, float("-inf")) + self.delay - self.clock()
        if wait > 0:
            self.sleep(wait)
        try:
            return self.inner.get(url, headers)
        finally:
            self._last[host] = self.clock()
