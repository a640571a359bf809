"""Ingestion: every kind of input veille reads, as RawArticles, through one door.

    read_inputs(["corpus/", "dump.jsonl.gz", "crawl.warc.gz", "feed.rss", "-"])

yields a RawArticle per article (one per file, per JSON line, per WARC response, per feed item),
a Failure for each input or record that cannot be read (named by file and record, the rest
goes on), and a Skipped for each file inside a folder that is no article at all.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model.article import RawArticle
from ..model.failure import Failure, Skipped
from .containers import file_kind, stem
from .feeds import read_feed
from .files import read_file
from .jsonl import read_jsonl, read_stdin
from .warc import read_warc

Input = RawArticle | Failure | Skipped
STDIN = "-"


def read_inputs(paths: Iterable[str | Path], stdin: BinaryIO | None = None) -> Iterator[Input]:
    """Every article of the paths named, in order: files, folders (recursively, sorted), containers
    (JSON Lines, WARC, RSS/Atom, gzipped or not) and "-" for JSON Lines on standard input."""
    for raw in paths:
        if str(raw) == STDIN:
            yield from read_stdin(stdin or sys.stdin.buffer)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from read_folder(path)
        elif path.exists():
            yield from read_path(path)
        else:
            yield _failure(path, InputError("V105", source=path))


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles read_inputs(paths) yields, when that is known without reading them (a
    progress bar's total); None when a container (JSON Lines, WARC, feed) or stdin holds an unknown number."""
    total = 0
    for raw in paths:
        if str(raw) == STDIN:
            return None
        path = Path(raw)
        files = folder_files(path) if path.is_dir() else [path]
        for file in files:
            kind = file_kind(file)
            if kind in ("jsonl", "warc", "feed"):
                return None
            total += kind == "article" or not path.is_dir()
    return total


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder and below it, sorted, hidden ones left out."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def read_folder(folder: Path) -> Iterator[Input]:
    """The articles of every file in a folder and below it; other files are skipped, not errors."""
    found = folder_files(folder)
    readable = [p for p in found if file_kind(p) is not None]
    if not readable:
        yield _failure(folder, InputError("V106", source=folder))
    for path in found:
        if file_kind(path) is None:
            yield Skipped(str(path), "not a kind of file veille reads")
        else:
            yield from read_path(path)


def read_path(path: Path) -> Iterator[Input]:
    """The articles of one file, by what it holds (a file named on its own is read as an article
    unless its name says it is a container)."""
    kind = file_kind(path) or "article"
    try:
        if kind == "article":
            yield read_file(path)
        elif kind == "jsonl":
            yield from read_jsonl(path)
        elif kind == "warc":
            yield from read_warc(path)
        else:
            yield from read_feed(path)
    except InputError as err:
        yield _failure(path, err)


def _failure(path: Path, err: InputError) -> Failure:
    return Failure(name=stem(path), source=str(path), stage="read", code=err.code, message=str(err))


__all__ = ["Input", "count_articles", "read_inputs", "read_path"]
