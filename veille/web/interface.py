"""The interface's language: French or English words around the articles, from
`veille/lang/<lang>/interface.json`, chosen per request.

A reader's choice (`?lang=en`, then kept in a cookie) wins; otherwise the interface speaks French
when the articles stored are French, English when they are not.
"""
from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from .. import lang as lang_data
from ..store import SqlStore, schema

LANGUAGES = ("fr", "en")
COOKIE = "veille_lang"
DEFAULT = "fr"  # an empty database: the project reads French news
# The language the page being rendered speaks: set before a template renders, read by its words.
current: ContextVar[str] = ContextVar("interface_language", default=DEFAULT)


def chosen_language(request: Request, store: SqlStore) -> str:
    """The interface language for this request: asked for, remembered, or that of the articles."""
    for asked in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if asked and asked.lower() in LANGUAGES:
            return asked.lower()
    try:
        return articles_language(store)
    except SQLAlchemyError:  # a page about a database error still renders, in the default language
        return DEFAULT


def articles_language(store: SqlStore) -> str:
    """French when a stored article is French (or none is stored), else English."""
    art = schema.articles
    with store.engine.connect() as conn:
        french = conn.execute(select(art.c.seq).where(art.c.language == "fr").limit(1)).first()
        anything = french or conn.execute(select(art.c.seq).limit(1)).first()
    return "fr" if french or not anything else "en"


def words(lang: str | None = None) -> dict[str, Any]:
    """The interface's words in a language (the current one by default)."""
    return lang_data.load(lang or current.get(), "interface")


def say(key: str, **values: Any) -> str:
    """One interface string in the current language, its {placeholders} filled; the key itself when
    the data file has no such string (shown, so a missing word is noticed rather than hidden)."""
    text = words().get(key, key)
    return text.format(**values) if values else text
