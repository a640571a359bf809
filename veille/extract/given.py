"""What the source says of an article (a JSON Lines record's or a feed item's fields): more reliable
than what is read from the text, so it comes first; the other keys stay with the article as metadata."""
from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .dates import Published, parse_stamp

# The fields of an Article a source may give; any other key is kept in Article.meta.
FIELDS = ("title", "published", "outlet", "dateline", "language")
# Other names sources use for them.
ALIASES = {"date": "published", "pubdate": "published", "source_name": "outlet", "site_name": "outlet", "lang": "language"}


def given_fields(meta: dict[str, Any]) -> dict[str, Any]:
    """The article fields a source's metadata gives, by their names in veille (Article fields holding
    text), but the publication time (given_published: it is decided with the others, in body.publication)."""
    return {k: v for k, v in _given_texts(meta).items() if k != "published"}


def given_published(meta: dict[str, Any], lang: str) -> Published | None:
    """The publication time a source's metadata gives, when it gives one that reads as a date."""
    text = _given_texts(meta).get("published")
    return parse_given_date(text, lang) if text else None


def _given_texts(meta: dict[str, Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, value in meta.items():
        name = ALIASES.get(key.lower(), key.lower())
        if name in FIELDS and isinstance(value, str) and value.strip() and name not in fields:
            fields[name] = value.strip()
    return fields


def extra_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The source's keys that are not article fields ("section", "author", "tags"...)."""
    return {k: v for k, v in meta.items() if ALIASES.get(k.lower(), k.lower()) not in FIELDS and k != "id"}


def parse_given_date(value: str, lang: str) -> Published | None:
    """ISO 8601 (`2025-03-04T07:45:00+01:00`, `...Z`, a day), RFC 2822 as feeds write it, or a printed
    date in the language's words; None when it is none of them."""
    text = value.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return Published(when, "day" if len(text) <= 10 else "minute")
    except ValueError:
        pass
    try:
        return Published(parsedate_to_datetime(text), "minute")
    except (TypeError, ValueError, IndexError):
        return parse_stamp(text, lang)
