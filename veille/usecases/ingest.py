"""Ingestion into a store: inputs -> articles -> records -> store, failures kept next to the records.

Each result is yielded as it comes, so a caller can show progress; writes are grouped into
transactions of `chunk` results. An input that cannot be read becomes a Failure like any other.

Each input is known by its source (path, path#record, URL) and the hash of what it holds: an input
already stored with the same bytes is not analysed again (an Unchanged), and a known source holding
new bytes is stored as another article or a new version of its own, never in place of another, and
said so (a Changed after its Record).
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import BinaryIO, NamedTuple

import orjson

from ..ingest import read_inputs
from ..ingest.fetch import Fetcher
from ..ingest.jsonl import STDIN_SOURCE
from ..ingest.watch import poll_feed
from ..model.article import RawArticle
from ..model.failure import Changed, Failure, Skipped, Unchanged
from ..model.record import Record
from ..settings import Settings
from ..store.base import Store

Result = Record | Failure | Skipped | Changed
# Results written per transaction: few commits, and little lost if the batch is interrupted.
CHUNK = 32
# Inputs whose hashes are looked up in the store at once.
LOOKUP = 64


class Seen(NamedTuple):
    """What ingestion knows of an input about to be analysed: its hash, and whether its source was
    stored before holding other bytes."""

    digest: str
    changed: bool


def store_results(results: Iterable[Result], store: Store, chunk: int = CHUNK,
                  seen: dict[str, Seen] | None = None) -> Iterator[Result]:
    """Write records (upsert) and failures to the store, yielding each result once it is read.

    `seen` holds the hash of each input read (see `new_inputs`): stored with its record, so that
    the same input is known next time; a Changed follows the record of a known source with new bytes.
    """
    seen = {} if seen is None else seen
    records: list[Record] = []
    failures: list[Failure] = []
    hashes: dict[str, str] = {}
    for result in results:
        if isinstance(result, Record):
            records.append(result)
        elif isinstance(result, Failure):
            failures.append(result)
        yield result
        if isinstance(result, Record | Failure) and result.source and (input_seen := seen.pop(result.source, None)):
            hashes[result.source] = input_seen.digest
            if isinstance(result, Record) and input_seen.changed:
                yield Changed(result.source, result.id, replaced=store.get(result.id) is not None)
        if len(records) + len(failures) >= chunk:
            _flush(store, records, failures, hashes)
    _flush(store, records, failures, hashes)


def ingest_files(paths: Iterable[str | Path], store: Store, settings: Settings | None = None,
                 stdin: BinaryIO | None = None, again: bool = False) -> Iterator[Result]:
    """Read, analyse and store every article of the inputs named (see `veille.ingest.read_inputs`).

    Yields a Record, a Failure or a Skipped per article or input, in order of reading: an Unchanged
    (a Skipped) for an input already stored with the same bytes, unless `again`; a Changed after
    the Record of a known source that holds new bytes.
    """
    from ..run import process_many  # the NLP stack is loaded only by those who ingest

    seen: dict[str, Seen] = {}
    fresh = new_inputs(read_inputs(paths, stdin), store, seen, again)
    yield from store_results(process_many(fresh, settings), store, seen=seen)


def new_inputs(items: Iterable, store: Store, seen: dict[str, Seen], again: bool = False) -> Iterator:
    """The items to analyse: an article already stored from its source with the same bytes becomes an
    Unchanged (unless `again`); every other article's hash is noted in `seen`, under its source."""
    items = iter(items)
    while chunk := list(islice(items, LOOKUP)):
        raws = [item for item in chunk if isinstance(item, RawArticle)]
        stored = store.input_hashes(raw.source for raw in raws)
        for item in chunk:
            if not isinstance(item, RawArticle):
                yield item
                continue
            digest = input_hash(item)
            before = stored.get(item.source, set())
            if digest in before and not again:
                yield Unchanged(item.source)
                continue
            # standard input is no place a text was kept in: another text read there is just another article
            changed = bool(before) and digest not in before and not item.source.startswith(STDIN_SOURCE)
            seen[item.source] = Seen(digest, changed)
            yield item


def input_hash(raw: RawArticle) -> str:
    """The hash of what an input holds: its bytes, and what its container says of it (URL, metadata)."""
    given = orjson.dumps({"url": raw.url, "meta": raw.meta}, option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.sha256(raw.data + b"\0" + given).hexdigest()[:32]


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


def _flush(store: Store, records: list[Record], failures: list[Failure], hashes: dict[str, str]) -> None:
    if records:
        store.upsert(records, inputs={r.source: hashes[r.source] for r in records if r.source in hashes})
    if failures:
        store.add_failures(failures)
    records.clear()
    failures.clear()
    hashes.clear()
