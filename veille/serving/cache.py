"""Answers kept between ingests: a GET answered once is answered again from memory until the
database changes.

Every page and API answer is a function of the request and of what the database holds, so an
answer is kept under the store's fingerprint, a value that changes with every committed write:

- SQLite: the size and modification time of the database file and of its write-ahead log, and
  the head of the WAL index (`-shm`), whose change counter and salts move with every commit
  (https://www.sqlite.org/walformat.html); a few system calls, no query.
- PostgreSQL: the current snapshot (`pg_current_snapshot()`), which says which transactions are
  visible: it moves when any write commits.

An ingest in another process is therefore seen by the next request. Only complete 200 answers
that set no cookie are kept, in a store bounded in bytes, least recently used out first; the
request's interface-language cookie is part of the key. Streamed answers (exports) pass as
they are. `veille serve --cache-mb 0` turns the cache off.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from anyio import to_thread
from sqlalchemy import text
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store import SqlStore
from ..store.sqlite import MEMORY, sqlite_path

# The WAL-index header: version, change counter, page size, last frame, salts and checksums.
WAL_INDEX_HEADER = 48
# An answer larger than this share of the cache is not kept (it would push out many others).
LARGEST_SHARE = 8
# Request cookies that change an answer (the interface language).
VARYING_COOKIES = ("veille_lang",)
# Answer headers that make an answer the client's own.
PERSONAL_HEADERS = (b"set-cookie",)

Fingerprint = Callable[[], str | None]


def store_fingerprint(store: SqlStore) -> tuple[Fingerprint, bool]:
    """A function giving the store's fingerprint (None: unknown, keep nothing), and whether calling
    it blocks on the database (then it runs in a thread)."""
    if store.dialect.name == "postgresql":
        return lambda: _snapshot(store), True
    path = sqlite_path(store.url)
    if path == MEMORY:
        return lambda: None, False  # a private database written through this very store: never kept
    database = Path(path).expanduser()
    return lambda: _file_state(database), False


def _file_state(database: Path) -> str | None:
    parts = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(f"{database}{suffix}")
        except FileNotFoundError:
            parts.append("-")
            continue
        except OSError:
            return None
        parts.append(f"{stat.st_ino}.{stat.st_size}.{stat.st_mtime_ns}")
    parts.append(_wal_index_head(Path(f"{database}-shm")))
    return ":".join(parts)


def _wal_index_head(shm: Path) -> str:
    try:
        with shm.open("rb") as index:
            return index.read(WAL_INDEX_HEADER).hex()
    except FileNotFoundError:
        return "-"


def _snapshot(store: SqlStore) -> str | None:
    with store.engine.connect() as conn:
        return str(conn.execute(text("SELECT pg_current_snapshot()::text")).scalar())


@dataclass
class Kept:
    """One answer: its status line, headers and body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers)


@dataclass
class AnswerStore:
    """Answers by key, at most `capacity` bytes, least recently used out first."""

    capacity: int
    answers: OrderedDict[tuple, Kept] = field(default_factory=OrderedDict)
    used: int = 0
    fingerprint: str | None = None

    def get(self, fingerprint: str, key: tuple) -> Kept | None:
        self._follow(fingerprint)
        kept = self.answers.get(key)
        if kept is not None:
            self.answers.move_to_end(key)
        return kept

    def put(self, fingerprint: str, key: tuple, kept: Kept) -> None:
        self._follow(fingerprint)
        if kept.size * LARGEST_SHARE > self.capacity or key in self.answers:
            return
        self.answers[key] = kept
        self.used += kept.size
        while self.used > self.capacity:
            _, oldest = self.answers.popitem(last=False)
            self.used -= oldest.size

    def _follow(self, fingerprint: str) -> None:
        """The database changed: every answer kept is out of date."""
        if fingerprint != self.fingerprint:
            self.answers.clear()
            self.used = 0
            self.fingerprint = fingerprint


class AnswerCache:
    """ASGI middleware answering a GET from the AnswerStore when the database has not changed."""

    def __init__(self, app: ASGIApp, store: SqlStore, capacity: int) -> None:
        self.app = app
        self.fingerprint, self.blocking = store_fingerprint(store)
        self.kept = AnswerStore(capacity)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.kept.capacity <= 0:
            await self.app(scope, receive, send)
            return
        fingerprint = await self._fingerprint()
        if fingerprint is None:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], _varying_cookies(scope))
        if (kept := self.kept.get(fingerprint, key)) is not None:
            await _replay(kept, send)
            return
        await self.app(scope, receive, self._keeping(fingerprint, key, send))

    async def _fingerprint(self) -> str | None:
        return await to_thread.run_sync(self.fingerprint) if self.blocking else self.fingerprint()

    def _keeping(self, fingerprint: str, key: tuple, send: Send) -> Send:
        """`send`, keeping a copy of a 200 answer sent whole that sets no cookie."""
        start: Message = {}

        async def send_and_keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message, headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body" and _keepable(start):
                if message.get("more_body", False):  # streamed (an export): passed on, never kept
                    start.clear()
                else:
                    self.kept.put(fingerprint, key, Kept(start["status"], start["headers"], message.get("body", b"")))
            await send(message)

        return send_and_keep


def _keepable(start: Message) -> bool:
    return start.get("status") == 200 and not any(name.lower() in PERSONAL_HEADERS
                                                  for name, _ in start.get("headers", []))


async def _replay(kept: Kept, send: Send) -> None:
    await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
    await send({"type": "http.response.body", "body": kept.body})


def _varying_cookies(scope: Scope) -> tuple[str, ...]:
    """The values of the request cookies an answer depends on, read as Starlette reads them."""
    header = next((value for name, value in scope.get("headers", []) if name == b"cookie"), b"")
    cookies = cookie_parser(header.decode("latin-1")) if header else {}
    return tuple(cookies.get(name, "") for name in VARYING_COOKIES)
