"""Text and HTML files, gzipped or not."""
from __future__ import annotations

from pathlib import Path

from ..model.article import RawArticle, SourceKind
from .containers import read_all, stem

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_file(path: Path) -> RawArticle:
    """One file as a RawArticle; HTML is recognised by extension or by its first bytes."""
    data = read_all(path)
    return RawArticle(name=stem(path), data=data, kind=_kind(path, data), source=str(path))


def _kind(path: Path, data: bytes) -> SourceKind:
    name = path.name.lower().removesuffix(".gz")
    if Path(name).suffix in HTML_SUFFIXES:
        return "html"
    if Path(name).suffix == ".txt":
        return "text"
    head = data[:1024].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "text"
