"""Ingestion into a store: inputs -> articles -> records -> store, failures kept next to the records.

Each result is yielded as it comes, so a caller can show progress; writes are grouped into
transactions of `chunk` results. An input that cannot be read becomes a Failure like any other.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..ingest import read_inputs
from ..ingest.containers import file_kind
from ..ingest.fetch import Fetcher
from ..ingest.watch import poll_feed
from ..model.failure import Failure, Skipped
from ..model.record import Record
from ..settings import Settings
from .base import Store

Result = Record | Failure | Skipped
# Results written per transaction: few commits, and little lost if the batch is interrupted.
CHUNK = 32


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles the paths hold, when that is known without reading them; None when a
    container (JSON Lines, WARC, feed) or stdin holds an unknown number."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")] if path.is_dir() else [path]
        for file in files:
            kind = file_kind(file)
            if kind in ("jsonl", "warc", "feed"):
                return None
            total += kind == "article" or not path.is_dir()
    return total


def store_results(results: Iterable[Result], store: Store, chunk: int = CHUNK) -> Iterator[Result]:
    """Write records (upsert) and failures to the store, yielding each result once it is read."""
    records: list[Record] = []
    failures: list[Failure] = []
    for result in results:
        if isinstance(result, Record):
            records.append(result)
        elif isinstance(result, Failure):
            failures.append(result)
        yield result
        if len(records) + len(failures) >= chunk:
            _flush(store, records, failures)
    _flush(store, records, failures)


def ingest_files(paths: Iterable[str | Path], store: Store, settings: Settings | None = None,
                 stdin: BinaryIO | None = None) -> Iterator[Result]:
    """Read, analyse and store every article of the inputs named (see `veille.ingest.read_inputs`).

    Yields a Record, a Failure or a Skipped per article or input, in order of reading.
    """
    from ..run import process_many  # the NLP stack is loaded only by those who ingest

    yield from store_results(process_many(read_inputs(paths, stdin), settings), store)


def watch_feeds(feeds: list[str], store: Store, fetcher: Fetcher, every: float, settings: Settings | None = None,
                rounds: int | None = None, stop: threading.Event | None = None) -> Iterator[Result]:
    """Poll every feed, analyse and store its new articles, then wait `every` seconds and again,
    until `rounds` polls are done or `stop` is set (a Ctrl-C sets it: the current round is stored)."""
    from ..run import process_many

    stop = stop or threading.Event()
    done = 0
    while not stop.is_set():
        found = []
        for url in feeds:
            state, items = poll_feed(store.feed_state(url), fetcher, lambda u: bool(store.known_urls([u])))
            store.save_feed_state(state)
            found.extend(items)
        yield from store_results(process_many(found, settings), store)
        done += 1
        if rounds is not None and done >= rounds or stop.wait(every):
            return


def _flush(store: Store, records: list[Record], failures: list[Failure]) -> None:
    if records:
        store.upsert(records)
    if failures:
        store.add_failures(failures)
    records.clear()
    failures.clear()
