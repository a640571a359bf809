"""A Parquet batch loaded into a store: its records upserted (by id: loading twice changes
nothing) and its failures kept beside them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..export.parquet import chunks, read_failures, read_records
from ..model.failure import Failure
from ..model.record import Record
from ..store.base import Store

# Records per transaction: the store's bulk writes pay off from a few hundred rows on.
CHUNK = 1000


def load_parquet(folder: str | Path, store: Store, chunk: int = CHUNK) -> Iterator[Record | Failure]:
    """Upsert every record of the batch folder, yielding each once it is stored; then add and yield the
    batch's failures (those of sources whose record is stored are not kept: it was read since)."""
    stored: set[str] = set()
    for records in chunks(read_records(folder), chunk):
        store.upsert(records)
        stored.update(r.source for r in records if r.source)
        yield from records
    failures = [f for f in read_failures(folder) if f.source not in stored]
    if failures:
        store.add_failures(failures)
    yield from failures
