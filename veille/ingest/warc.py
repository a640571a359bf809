"""WARC files (CC-NEWS and other crawls) through warcio: each HTML response is an article.

The record's URL and crawl date are kept (the crawl date is when the page was fetched, not
when it was published). A file cut short ends with one Failure saying how far it was read.
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..model.article import RawArticle
from ..model.failure import Failure
from .containers import GZIP_MAGIC, stem

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[RawArticle | Failure]:
    """The HTML responses of a WARC file (gzipped or not), one RawArticle each."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    done = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if not _is_html_response(record):
                    continue
                done += 1
                yield _article(record, path, done)
        _check_complete(path)
    # warcio meets a corrupt record with any of these (an AttributeError on a header cut in two)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        error = InputError("V112", source=path, done=done, reason=reason)
        yield Failure(f"{stem(path)}-{done + 1}", f"{path}#{done + 1}", "read", error.code, str(error))


def _check_complete(path: Path) -> None:
    """Raise EOFError when a gzipped WARC is cut short: warcio then just stops, the last records lost."""
    with path.open("rb") as raw:
        if raw.read(2) != GZIP_MAGIC:
            return
    with gzip.open(path, "rb") as stream:
        while stream.read(1 << 20):
            pass


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def _article(record, path: Path, number: int) -> RawArticle:
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = _date(record.rec_headers.get_header("WARC-Date"))
    data = record.content_stream().read()
    return RawArticle(name=f"{stem(path)}-{number}", data=data, kind="html", source=f"{path}#{number}",
                      url=url, fetched=fetched)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
