"""Full-text search over stored articles, folding case and accents, with prefix search.

What a user types is read once (`parse_query`): words, "quoted phrases", a trailing * for
prefixes ("negoc*" finds "négociations") and OR between two terms; other terms are ANDed. It
is then written in the database's own language: an FTS5 MATCH expression in SQLite (an index
over `articles` the store writes with each batch, tokenizer unicode61 with diacritics removed), a
tsquery in PostgreSQL (each article stemmed in its own language with accents folded by unaccent,
over a generated column: pg_stemmers). Both indexes are made by the migrations (veille/store/revisions). Queries are bounded: too long a
query, too many terms or a one-letter prefix are refused with a ConfigError naming `q`, before
the database sees them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, bindparam, func, literal_column, or_, text

from . import lang
from .errors import ConfigError

FTS_TABLE = "articles_fts"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # what a configuration's name may be made of
MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MIN_PREFIX = 2

# A phrase in double quotes, or a run of anything else up to a space or a quote.
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
# Characters that stay in a bare word; FTS5 operators and punctuation go.
_WORD_CHARS = re.compile(r"[^\w'’-]+")
_TOKEN = re.compile(r"\w+")
_OPERATORS = {"OR", "AND", "NOT"}
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
OR = "OR"


@dataclass(frozen=True)
class Term:
    """A word (a prefix when `prefix`) or a phrase of words."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_query(user_text: str) -> list[Term | str]:
    """The terms of a query, with "OR" between two of them where the user wrote it; every bound checked."""
    if len(user_text) > MAX_QUERY_CHARS:
        raise ConfigError("V501", name="q", reason=f"the query is {len(user_text)} characters long; "
                          f"at most {MAX_QUERY_CHARS} are read")
    if user_text.count('"') % 2:
        raise ConfigError("V501", name="q", reason=f"unbalanced double quote in {user_text[:80]!r}: close the "
                          'phrase with a second " or remove the quote')
    terms: list[Term | str] = []
    for match in _TERM.finditer(user_text):
        phrase, word = match.group(1), match.group(2)
        if word is not None and word.upper() in _OPERATORS:
            if word.upper() == OR and terms and terms[-1] != OR:
                terms.append(OR)
            continue
        term = _phrase(phrase) if phrase is not None else _word(word)
        if term and term not in terms:
            terms.append(term)
    while terms and terms[-1] == OR:
        terms.pop()
    if sum(1 for t in terms if t != OR) > MAX_TERMS:
        raise ConfigError("V501", name="q", reason=f"the query has more than {MAX_TERMS} different terms; "
                          "narrow it down")
    return terms


def _phrase(phrase: str) -> Term | None:
    words = tuple(phrase.split())
    return Term(words) if words else None


def _word(word: str) -> Term | None:
    prefix = word.endswith("*")
    cleaned = _WORD_CHARS.sub(" ", word).strip(" -'’")
    if not cleaned:
        return None
    if prefix and len(cleaned) < MIN_PREFIX:
        raise ConfigError("V501", name="q", reason=f"{word!r}: a prefix search needs at least {MIN_PREFIX} letters "
                          "before the *")
    return Term(tuple(cleaned.split()), prefix)


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed, or None when it holds no word.

    Every word and phrase becomes a quoted FTS5 string (so punctuation cannot break the syntax);
    a trailing * makes it a prefix; OR between two terms is kept; terms are otherwise ANDed.
    """
    parts = []
    for term in parse_query(user_text):
        if isinstance(term, str):  # the only words parse_query yields bare are the OR between terms
            parts.append(OR)
        else:
            parts.append('"' + " ".join(term.words).replace('"', "") + '"' + ("*" if term.prefix else ""))
    return " ".join(parts) or None


def ts_query(user_text: str) -> str | None:
    """The PostgreSQL to_tsquery text for what a user typed, or None when it holds no word.

    Each word is a quoted lexeme (the configuration stems it and folds its accents), a phrase
    its words joined by <->, a prefix ends in :*; terms are joined by & or, where asked, |.
    """
    expression, join_or = "", False
    for term in parse_query(user_text):
        if isinstance(term, str):  # OR
            join_or = True
            continue
        lexemes = [_lexeme(t) for word in term.words for t in _TOKEN.findall(word)]
        if not lexemes:
            continue
        if term.prefix:
            lexemes[-1] += ":*"
        if expression:
            expression += " | " if join_or else " & "
        expression += "(" + " <-> ".join(lexemes) + ")"
        join_or = False
    return expression or None


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def pg_stemmers() -> dict[str, tuple[str, str]]:
    """The PostgreSQL configuration and stemmer of each analysed language that names them
    (veille/lang/<code>/search.json): its articles are indexed with `veille_<code>`, a copy with
    accents folded, which the migrations make (veille/store/revisions); others word by word."""
    from .settings import analysed_languages

    found = {}
    for code in analysed_languages():
        try:
            data = lang.load(code, "search")
        except ConfigError:  # no search.json: the language is indexed word by word
            continue
        found[code] = (data["postgresql_configuration"], data["postgresql_stemmer"])
    return found


def pg_configuration(language: str) -> str:
    """The name of the text search configuration made for a language."""
    if not _LANGUAGE_CODE.match(language):
        raise ConfigError("V501", name="language", reason=f"{language!r} is not a language code")
    return f"veille_{language}"


def text_condition(dialect: str, user_text: str | None) -> ColumnElement[bool] | None:
    """The WHERE condition on `articles` for a text search (None when the text holds no word)."""
    if not user_text or not user_text.strip():
        return None
    if dialect == "postgresql":
        expression = ts_query(user_text)
        return None if expression is None else _pg_condition(expression)
    expression = fts_query(user_text)
    if expression is None:
        return None
    return literal_column("articles.seq").in_(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_expression")
        .bindparams(fts_expression=expression)
    )


def _pg_condition(expression: str) -> ColumnElement[bool]:
    """The articles of each analysed language whose index holds the query read in that language (by
    the database's veille_search_config, as the index was made), and those of any other language
    whose words do: one branch per language, so that each reads the GIN index."""
    from .settings import analysed_languages

    language: ColumnElement[str] = literal_column("articles.language")
    search: ColumnElement[str] = literal_column("articles.search")
    languages = analysed_languages()
    branches = [and_(language == code, search.op("@@")(func.to_tsquery(func.veille_search_config(code), expression)))
                for code in languages]
    branches.append(and_(language.not_in(languages),
                         search.op("@@")(func.to_tsquery(literal_column("'simple'::regconfig"), expression))))
    return or_(*branches)


def snippets(conn: Connection, dialect: str, user_text: str | None, seqs: list[int], words: int = 16) -> dict[int, str]:
    """A short extract of each article's text around the matched words, matches wrapped in \\x02..\\x03."""
    if not seqs or not user_text:
        return {}
    if dialect == "postgresql":
        expression = ts_query(user_text)
        statement = text(
            "SELECT seq, ts_headline(veille_search_config(language), text, "
            "to_tsquery(veille_search_config(language), :q), :options) AS snip "
            "FROM articles WHERE seq IN :seqs"
        ).bindparams(bindparam("seqs", expanding=True))
        options = f"StartSel={SNIPPET_OPEN}, StopSel={SNIPPET_CLOSE}, MaxWords={words}, MinWords={words // 2}"
        params: dict[str, Any] = {"q": expression, "options": options, "seqs": seqs}
    else:
        expression = fts_query(user_text)
        statement = text(
            f"SELECT rowid AS seq, snippet({FTS_TABLE}, 1, :open, :close, '…', :tokens) AS snip FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :q AND rowid IN :seqs"
        ).bindparams(bindparam("seqs", expanding=True))
        params = {"open": SNIPPET_OPEN, "close": SNIPPET_CLOSE, "tokens": words, "q": expression, "seqs": seqs}
    if expression is None:
        return {}
    return {row.seq: row.snip for row in conn.execute(statement, params)}


