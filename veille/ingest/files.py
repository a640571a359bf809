"""Text and HTML files, and folders of them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model.article import RawArticle, SourceKind

KINDS: dict[str, SourceKind] = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the article files inside folders named (sorted), in the order given."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KINDS)
            if not found:
                raise InputError("V106", source=path)
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError("V105", source=path)


def read_file(path: Path) -> RawArticle:
    """One file as a RawArticle; HTML is recognised by extension or by its first bytes."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError("V101", source=path, reason=err.strerror or str(err)) from err
    return RawArticle(name=path.stem, data=data, kind=_kind(path, data), source=str(path))


def _kind(path: Path, data: bytes) -> SourceKind:
    if path.suffix.lower() in KINDS:
        return KINDS[path.suffix.lower()]
    head = data[:1024].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "text"
