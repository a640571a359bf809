"""The interface's language: French or English words around the articles, from
`veille/lang/<lang>/interface.json`, chosen per request.

A reader's choice (`?lang=en`, then kept in a cookie) wins; otherwise the interface speaks the
language veille reads (the `language` setting) when articles in it are stored, English when not.
"""
from __future__ import annotations

from contextvars import ContextVar
from string import Formatter
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from .. import lang as lang_data
from ..errors import ConfigError
from ..settings import DEFAULT_LANGUAGE
from ..store import SqlStore, schema

COOKIE = "veille_lang"
DEFAULT = DEFAULT_LANGUAGE  # an empty database: the words of the language veille reads by default
FALLBACK = "en"  # articles in a language the interface has no words for: the most widely read one


def interface_languages() -> tuple[str, ...]:
    """The languages the interface has words for (`interface.json`), the default one first."""
    known = [code for code in lang_data.available() if _has_interface(code)]
    return tuple(sorted(known, key=lambda code: (code != DEFAULT, code)))


def _has_interface(code: str) -> bool:
    try:
        lang_data.load(code, "interface")
    except ConfigError:
        return False
    return True


LANGUAGES = interface_languages()
# The language the page being rendered speaks: set before a template renders, read by its words.
current: ContextVar[str] = ContextVar("interface_language", default=DEFAULT)


def chosen_language(request: Request, store: SqlStore) -> str:
    """The interface language for this request: asked for, remembered, or that of the articles."""
    for asked in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if asked and asked.lower() in LANGUAGES:
            return asked.lower()
    try:
        return articles_language(store, request.app.state.settings.language)
    except SQLAlchemyError:  # a page about a database error still renders, in the default language
        return DEFAULT


def articles_language(store: SqlStore, language: str) -> str:
    """`language` (the one veille reads) when a stored article is in it (or none is stored) and the
    interface has its words, else English."""
    art = schema.articles
    with store.engine.connect() as conn:
        read = conn.execute(select(art.c.seq).where(art.c.language == language).limit(1)).first()
        anything = read or conn.execute(select(art.c.seq).limit(1)).first()
    return language if (read or not anything) and language in LANGUAGES else FALLBACK


def words(lang: str | None = None) -> dict[str, Any]:
    """The interface's words in a language (the current one by default)."""
    return lang_data.load(lang or current.get(), "interface")


def say(key: str, **values: Any) -> str:
    """One interface string in the current language, its {placeholders} filled; the key itself when
    the data file has no such string (shown, so a missing word is noticed rather than hidden)."""
    text = words().get(key, key)
    return text.format(**values) if values else text


def error_words(reason: str | None, values: dict[str, Any]) -> str | None:
    """An error in the current language: the interface's `error.<code>.<why>`, `error.<code>.<name>` or
    `error.<code>` (the first it has) filled with the error's values, or None when it has none."""
    if not reason:
        return None
    table = words()
    keys = [f"{reason}.{values[field]}" for field in ("why", "name") if values.get(field)] + [reason]
    text = next((table[f"error.{key}"] for key in keys if f"error.{key}" in table), None)
    return None if text is None else _fill(text, values)


def _fill(text: str, values: dict[str, Any]) -> str:
    """`text` with its {placeholders} filled; one the error does not give stays empty."""
    wanted = {field for _, field, _, _ in Formatter().parse(text) if field}
    return text.format(**{field: values.get(field, "") for field in wanted})
