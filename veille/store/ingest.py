"""Ingestion into a store: files -> articles -> records -> store, failures kept next to the records.

Each result is yielded as it comes, so a caller can show progress; writes are grouped into
transactions of `chunk` results. A file that cannot be read becomes a Failure like any other.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import VeilleError
from ..ingest.files import expand, read_file
from ..model.article import RawArticle
from ..model.failure import Failure
from ..model.record import Record
from ..settings import Settings
from .base import Store

Result = Record | Failure
# Results written per transaction: few commits, and little lost if the batch is interrupted.
CHUNK = 32


def list_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """The article files named or inside the folders named, and a Failure for each path that has none."""
    files: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            files.extend(expand([path]))
        except VeilleError as err:
            failures.append(_failure(Path(path), "read", err))
    return files, failures


def store_results(results: Iterable[Result], store: Store, chunk: int = CHUNK) -> Iterator[Result]:
    """Write records (upsert) and failures to the store, yielding each result once it is read."""
    records: list[Record] = []
    failures: list[Failure] = []
    for result in results:
        (failures if isinstance(result, Failure) else records).append(result)  # type: ignore[arg-type]
        yield result
        if len(records) + len(failures) >= chunk:
            _flush(store, records, failures)
    _flush(store, records, failures)


def ingest_files(paths: Iterable[str | Path], store: Store, settings: Settings | None = None) -> Iterator[Result]:
    """Read, analyse and store every article file named or inside the folders named.

    Yields a Record or a Failure per file (and a Failure per path with no file), in order of reading.
    """
    from ..run import process_many  # the NLP stack is loaded only by those who ingest

    files, failures = list_files(paths)
    unreadable: deque[Failure] = deque(failures)
    results = _with_unreadable(process_many(_read(files, unreadable), settings), unreadable)
    yield from store_results(results, store)


def _read(files: list[Path], unreadable: deque[Failure]) -> Iterator[RawArticle]:
    for path in files:
        try:
            yield read_file(path)
        except VeilleError as err:
            unreadable.append(_failure(path, "read", err))


def _with_unreadable(results: Iterable[Result], unreadable: deque[Failure]) -> Iterator[Result]:
    """The pipeline's results with the read failures put in as they are found."""
    while unreadable:
        yield unreadable.popleft()
    for result in results:
        yield result
        while unreadable:
            yield unreadable.popleft()
    while unreadable:
        yield unreadable.popleft()


def _flush(store: Store, records: list[Record], failures: list[Failure]) -> None:
    if records:
        store.upsert(records)
    if failures:
        store.add_failures(failures)
    records.clear()
    failures.clear()


def _failure(path: Path, stage: str, err: VeilleError) -> Failure:
    return Failure(name=path.stem, source=str(path), stage=stage, code=err.code, message=str(err))
