"""JSON Lines: one article a line (`url`, `title`, `text` or `html`, `published`, `outlet`;
other keys are kept as the article's metadata), from a file (gzipped or not) or stdin.

Each line is an article of its own: a line that is not JSON, or that holds no text, becomes
a Failure naming the file and the line, and the others are read.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model.article import RawArticle, SourceKind
from ..model.failure import Failure
from .containers import open_binary, stem

# The keys that say what the article is; every other key is kept as metadata.
TEXT_KEYS = ("html", "text", "content", "body")
META_KEYS = ("title", "published", "date", "outlet", "source_name", "dateline", "language", "id")


def read_jsonl(path: Path) -> Iterator[RawArticle | Failure]:
    """The articles of a JSON Lines file, one per line."""
    with open_binary(path) as stream:
        yield from read_lines(_lines(stream, path), str(path), stem(path))


# The source of the records read from standard input: a name, not a place that keeps what it held.
STDIN_SOURCE = "<stdin>"


def read_stdin(stream: BinaryIO) -> Iterator[RawArticle | Failure]:
    """The articles of JSON Lines read from standard input."""
    yield from read_lines(_lines(stream, STDIN_SOURCE), STDIN_SOURCE, "stdin")


def _lines(stream: BinaryIO, source: object) -> Iterator[bytes]:
    try:
        yield from stream
    except (EOFError, OSError, zlib.error) as err:
        raise InputError("V108", source=source, reason=str(err) or type(err).__name__) from err


def read_lines(lines: Iterable[bytes], source: str, name: str) -> Iterator[RawArticle | Failure]:
    """Each non-blank line as a RawArticle, or as a Failure naming `source` and the line."""
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _article_or_failure(line, source, name, number)
    except InputError as err:
        yield Failure(f"{name}-{number + 1}", f"{source}#{number + 1}", "read", err.code, str(err))


def _article_or_failure(line: bytes, source: str, name: str, number: int) -> RawArticle | Failure:
    where = f"{source}#{number}"
    try:
        return record_article(_parse(line, source, number), where, f"{name}-{number}")
    except InputError as err:
        return Failure(f"{name}-{number}", where, "read", err.code, str(err))


def _parse(line: bytes, source: str, number: int) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError("V110", source=source, line=number, reason=str(err)) from err
    if not isinstance(value, dict):
        raise InputError("V110", source=source, line=number, reason=f"a {type(value).__name__}, not an object")
    return value


def record_article(record: dict[str, Any], where: str, name: str) -> RawArticle:
    """One JSON record as a RawArticle: its text or page, its metadata apart."""
    key = next((k for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if key is None:
        raise InputError("V111", source=where, keys=", ".join(sorted(record)) or "none")
    kind: SourceKind = "html" if key == "html" else "body"
    meta = {k: v for k, v in record.items() if k not in TEXT_KEYS and k != "url" and v not in (None, "")}
    ident = str(record.get("id") or name)
    return RawArticle(name=ident, data=record[key].encode("utf-8"), kind=kind, source=where,
                      url=record.get("url") or None, meta=meta)
