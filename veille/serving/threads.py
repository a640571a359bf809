"""How many requests of one server process do database work at once.

FastAPI runs each plain `def` route in a thread of anyio's pool (40 threads by default). The
store keeps a few connections open and opens one more for each thread beyond them, closing it
after its query: under 50 clients most requests paid for opening a connection (the schema read
again, the page cache cold) and 25 threads fought over one interpreter lock, so requests per
second fell as clients were added. Running as many threads as the store keeps connections, the
other requests waiting their turn in arrival order, serves each of them sooner.
"""
from __future__ import annotations

from anyio import to_thread

from ..store import SqlStore

# Threads when the store's pool does not say how many connections it keeps (an in-memory database).
DEFAULT_THREADS = 4


def kept_connections(store: SqlStore) -> int:
    """How many connections the store's pool keeps open."""
    size = getattr(store.engine.pool, "size", None)
    return max(1, size()) if callable(size) else DEFAULT_THREADS


def limit_threads(count: int) -> None:
    """At most `count` routes of this event loop run in threads at once (call it inside the loop)."""
    to_thread.current_default_thread_limiter().total_tokens = count
