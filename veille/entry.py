"""The Python API's short ways in: a text, a file, a folder (each analysed by veille.run).

    >>> record = veille.process_text(text, published="2025-03-14")
    >>> record = veille.process_file("article.html")
    >>> for result in veille.process_folder("articles/"): ...
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from .ingest import read_inputs
from .model.article import RawArticle
from .model.failure import Failure, Skipped
from .model.record import Record
from .run import process, process_many
from .settings import Settings


def process_text(
    text: str, *, title: str | None = None, published: str | date | datetime | None = None,
    outlet: str | None = None, url: str | None = None, name: str = "text", settings: Settings | None = None,
) -> Record:
    """One article given as text (copied from a page: a headline and date in it are read like a
    file's) to its Record. What is given here (title, published, outlet) wins over what is read from
    the text. Raises the VeilleError that stops it (an empty text: InputError)."""
    if isinstance(published, date):
        published = published.isoformat()
    meta = {key: value for key, value in (("title", title), ("published", published), ("outlet", outlet)) if value}
    raw = RawArticle(name=name, data=text.encode("utf-8"), kind="text", source=f"<{name}>", url=url, meta=meta)
    return process(raw, settings)


def process_folder(path: str | Path, settings: Settings | None = None) -> Iterator[Record | Failure]:
    """Every article under a folder (or in a file: JSON Lines, WARC, feed) as a Record, or as a Failure
    saying which input could not be read and why; files that are no articles are skipped.
    Lazy: the model loads on the first result, and one bad article never stops the others."""
    for result in process_many(read_inputs([path]), settings):
        if not isinstance(result, Skipped):
            yield result
