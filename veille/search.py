"""Full-text search over stored articles: SQLite FTS5, folding case and accents, with prefix search.

The store's `articles` table stays the single source of truth; `articles_fts` is an index kept
in step with it by triggers, keyed by the article's rowid. `ensure_fts` creates both idempotently
(and indexes articles written before the triggers existed), so any SQLite database the store
made can be searched. What a user types goes through `fts_query`, which accepts words, "quoted
phrases", a trailing * for prefixes ("negoc*" finds "négociations") and OR, and refuses what
FTS5 would choke on (an unbalanced quote) with a clear ConfigError instead of a database error.
"""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, Engine, literal_column, text

from .errors import ConfigError

FTS_TABLE = "articles_fts"

# The index is rebuilt from `articles` by the triggers: delete-then-insert in the store's upsert
# fires the delete and insert triggers; an in-place UPDATE fires the update one.
_FTS_DDL = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE}
        USING fts5(title, text, tokenize="unicode61 remove_diacritics 2")""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = new.rowid;
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE ON articles BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid;
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid;
    END""",
)
# Catch up with articles written while no trigger existed, and drop entries whose article is gone.
_FTS_SYNC = (
    f"""INSERT INTO {FTS_TABLE}(rowid, title, text)
        SELECT rowid, coalesce(title, ''), text FROM articles WHERE rowid NOT IN (SELECT rowid FROM {FTS_TABLE})""",
    f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT rowid FROM articles)",
)

# A phrase in double quotes, or a run of anything else up to a space or a quote.
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
# Characters that stay in a bare word; FTS5 operators and punctuation go.
_WORD_CHARS = re.compile(r"[^\w'’-]+")
_OPERATORS = {"OR", "AND", "NOT"}
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def supports_fts(engine: Engine) -> bool:
    """True when the database is SQLite (FTS5 is compiled into the SQLite Python ships)."""
    return engine.dialect.name == "sqlite"


def ensure_fts(engine: Engine) -> bool:
    """Create the FTS5 index and its triggers if missing and bring the index up to date.

    Returns False, doing nothing, on a database without FTS5 (search then falls back to
    substring matching in `text_condition`).
    """
    if not supports_fts(engine):
        return False
    with engine.begin() as conn:
        for statement in (*_FTS_DDL, *_FTS_SYNC):
            conn.execute(text(statement))
    return True


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed, or None when it holds no word.

    Every word and phrase becomes a quoted FTS5 string (so punctuation cannot break the syntax);
    a trailing * makes it a prefix; OR between two terms is kept; terms are otherwise ANDed.
    """
    if user_text.count('"') % 2:
        raise ConfigError("V501", name="q", reason=f"unbalanced double quote in {user_text!r}: close the phrase "
                          'with a second " or remove the quote')
    terms: list[str] = []
    for match in _TERM.finditer(user_text):
        phrase, word = match.group(1), match.group(2)
        if word is not None and word.upper() in _OPERATORS:
            if word.upper() == "OR" and terms and terms[-1] != "OR":
                terms.append("OR")
            continue
        term = _phrase(phrase) if phrase is not None else _word(word)
        if term:
            terms.append(term)
    while terms and terms[-1] == "OR":
        terms.pop()
    return " ".join(terms) or None


def _phrase(phrase: str) -> str | None:
    """A quoted phrase, as an FTS5 string."""
    cleaned = " ".join(phrase.split())
    return f'"{cleaned}"' if cleaned else None


def _word(word: str) -> str | None:
    """A bare word as an FTS5 string, with * kept as a prefix marker when it ends the word."""
    prefix = word.endswith("*")
    cleaned = _WORD_CHARS.sub(" ", word).strip(" -'’")
    if not cleaned:
        return None
    return f'"{cleaned}"' + ("*" if prefix else "")


def text_condition(engine: Engine, user_text: str | None) -> tuple[ColumnElement[bool] | None, str | None]:
    """The WHERE condition on `articles` for a text search, and the MATCH expression used (or None).

    On SQLite the condition is membership in the FTS5 index; elsewhere, a case-insensitive
    substring of the title or text for each word (accents are then not folded).
    """
    if not user_text or not user_text.strip():
        return None, None
    expression = fts_query(user_text)
    if expression is None:
        return None, None
    if supports_fts(engine):
        condition = literal_column("articles.rowid").in_(
            text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_expression")
            .bindparams(fts_expression=expression)
        )
        return condition, expression
    return _substring_condition(user_text), None


def _substring_condition(user_text: str) -> ColumnElement[bool]:
    """Every word as a case-insensitive substring of the title or text (databases without FTS5)."""
    from sqlalchemy import and_, or_

    from .store.schema import articles

    words = [w.strip("*") for w in _WORD_CHARS.sub(" ", user_text.replace('"', " ")).split()]
    return and_(*[or_(articles.c.title.icontains(w, autoescape=True), articles.c.text.icontains(w, autoescape=True))
                  for w in words if w])


def snippets(engine: Engine, expression: str, rowids: list[int], tokens: int = 16) -> dict[int, str]:
    """A short extract of each article's text around the matched words, matches wrapped in \\x02..\\x03."""
    if not rowids or not supports_fts(engine):
        return {}
    placeholders = ", ".join(str(int(r)) for r in rowids)  # ints from our own query: safe to inline
    statement = text(
        f"SELECT rowid, snippet({FTS_TABLE}, 1, :open, :close, '…', :tokens) AS snip FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH :fts_expression AND rowid IN ({placeholders})"
    ).bindparams(open=SNIPPET_OPEN, close=SNIPPET_CLOSE, tokens=tokens, fts_expression=expression)
    with engine.connect() as conn:
        return {row.rowid: row.snip for row in conn.execute(statement)}


def fold(value: str) -> str:
    """Lower case without accents: how names are compared and sorted (Émile = emile)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
