"""Opening input files: plain or gzipped, with the kind of content they hold."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import InputError

FileKind = Literal["article", "jsonl", "warc", "feed"]

# File name endings (after a .gz is taken off) and what the file holds.
SUFFIXES: dict[str, FileKind] = {
    ".txt": "article", ".html": "article", ".htm": "article", ".xhtml": "article",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
GZIP_MAGIC = b"\x1f\x8b"


def file_kind(path: Path) -> FileKind | None:
    """What a file holds, by its name ("x.warc.gz" -> warc), or None for a kind veille does not read."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIXES.get(Path(name).suffix)


def open_binary(path: Path) -> BinaryIO:
    """The file as a binary stream, gunzipped when it is gzip (by its first bytes, whatever its name)."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError("V101", source=path, reason=err.strerror or str(err)) from err
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


def read_all(path: Path) -> bytes:
    """The whole (gunzipped) content of a file."""
    with open_binary(path) as stream:
        try:
            return stream.read()
        except (EOFError, OSError, zlib.error) as err:
            raise InputError("V108", source=path, reason=str(err) or type(err).__name__) from err


def stem(path: Path) -> str:
    """The file's name without its extensions ("dump.jsonl.gz" -> "dump")."""
    name = path.name
    for _ in range(2):
        if Path(name).suffix.lower() in (*SUFFIXES, ".gz"):
            name = Path(name).stem
    return name
