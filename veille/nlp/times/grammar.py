"""The grammar of time expressions: vocabulary and patterns from veille/lang/<code>, compiled once per language.

`candidates(text)` lists every pattern match (a kind, its span and its named parts); `select`
keeps the longest of overlapping ones. What the parts mean is the times stage's business.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...lang import LanguageData, language_table
from ...textnorm import fold_key as fold

_APOSTROPHES = "['’]"
_SPACE = "[\\s\u00a0\u202f]"


@dataclass(frozen=True)
class Vocabulary:
    """The word tables of times.json, with keys folded to lower case and one apostrophe."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    units: dict[str, str]
    parts_of_day: dict[str, str]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]
    span_words: dict[str, str]
    span_units: dict[str, str]
    seasons: dict[str, str]
    clock_words: dict[str, int]
    ordinals: dict[str, int]
    periods: dict[str, str]
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)

    def has(self, list_name: str, word: str) -> bool:
        """Whether a (folded) word is in one of the plain word lists (age_nouns, future_heads...)."""
        return fold(word) in self.lists.get(list_name, frozenset())

    def table(self, name: str) -> dict[str, Any]:
        """Any word table of times.json (framing_words, frequency_words...), keys folded."""
        return self.tables[name]


@dataclass(frozen=True)
class Candidate:
    """One pattern match in the text: its kind, where it is, and its named parts."""

    kind: str
    start: int
    end: int
    parts: dict[str, str]
    order: int  # the pattern's rank in the grammar: breaks ties between equally long matches

    def part(self, name: str) -> str | None:
        """A named part, folded (lower case, one apostrophe, single spaces), or None."""
        value = self.parts.get(name)
        return fold(value) if value else None


@language_table
def vocabulary(language: LanguageData) -> Vocabulary:
    """The word tables of the language read, loaded once per language."""
    data: dict[str, Any] = language.load("times")

    def table(name: str) -> dict[str, Any]:
        return {fold(k): v for k, v in data[name].items()}

    lists = {name: frozenset(fold(w) for w in value) for name, value in data.items()
             if isinstance(value, list)}
    tables = {name: table(name) for name, value in data.items() if isinstance(value, dict)}
    return Vocabulary(
        months=table("months"), weekdays=table("weekdays"), numbers=table("numbers"), units=table("units"),
        parts_of_day=table("parts_of_day"), relative_days=table("relative_days"),
        anaphoric_days=table("anaphoric_days"), span_words=table("span_words"),
        span_units=table("span_units"), seasons=table("seasons"), clock_words=table("clock_words"),
        ordinals=table("ordinals"), periods=table("periods"), lists=lists, tables=tables,
    )


def _word_regex(word: str, plural: bool = False) -> str:
    """A folded vocabulary entry as a regex: any apostrophe, a hyphen or spaces between its words, whole words."""
    pattern = "(?:-|[\\s\u00a0\u202f]+)".join(re.escape(part) for part in word.split(" "))
    pattern = pattern.replace("'", _APOSTROPHES) + ("s?" if plural else "")
    return pattern + ("(?!\\w)" if word[-1].isalnum() else "")


def _alternation(words: Iterable[str], plural: bool = False) -> str:
    """Longest first, so that 'quatre-vingt' is tried before 'quatre'."""
    ordered = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(_word_regex(w, plural) for w in ordered) + ")"


def _placeholders(vocab: Vocabulary, data: dict[str, Any], context: dict[str, Any]) -> dict[str, str]:
    """What each {NAME} in the patterns stands for."""
    number_words = _alternation(vocab.numbers)
    joiner = _alternation(context["number_joiners"]) if context["number_joiners"] else "(?!)"
    digits = f"\\d+(?:{_SPACE}\\d{{3}})*(?:,\\d+)?(?!\\d)"
    return {
        "APOS": _APOSTROPHES,
        "MONTH": _alternation(vocab.months),
        "WEEKDAY": _alternation(vocab.weekdays),
        "WEEKDAYS": _alternation(vocab.weekdays, plural=True),
        "NUM": f"(?:{digits}|{number_words}(?:(?:-|{_SPACE}+{joiner}{_SPACE}+|-{joiner}-|{_SPACE}+){number_words})*)",
        "UNIT": _alternation(vocab.units),
        "PART": _alternation(vocab.parts_of_day),
        "PARTS": _alternation(vocab.parts_of_day, plural=True),
        "REL": _alternation(vocab.relative_days),
        "ANAPH": _alternation(vocab.anaphoric_days),
        "NEXT": _alternation(data["next_words"]),
        "LAST": _alternation(data["last_words"]),
        "SPAN": _alternation(vocab.span_words),
        "SPANUNIT": _alternation(vocab.span_units),
        "SEASON": _alternation(vocab.seasons),
        "APPROX": _alternation(data["approximations"]),
        "TZ": _alternation(data["time_zones"]),
        "CLOCKWORD": _alternation(vocab.clock_words),
        "ORDINAL": _alternation(vocab.ordinals),
        "PERIOD": _alternation(vocab.periods),
        "ROUND": _alternation(vocab.table("round_numbers")),
        "DECADE": f"(?:(?:19|20)?\\d0(?!\\d)|{_alternation(vocab.table('decade_words'))})",
        "SHORTYEAR": "(?<![\\d.,])[3-9]\\d(?![\\d.,]\\d|\\d|{_SPACE}*%)".replace("{_SPACE}", _SPACE),
        "VAGUE": _alternation(data["vague_quantifiers"]),
        "AMOD": _alternation(vocab.table("anaphoric_modifiers")),
        "PUNIT": _alternation(vocab.table("period_units")),
        "PER": _alternation(vocab.table("per_units")),
        "FREQ": _alternation(vocab.table("frequency_words")),
        "DAY": f"(?<!\\d)(?:{_first_day(context)}0?[1-9]|[12]\\d|3[01])(?!\\d)",
        "YEAR": f"(?<![\\d.,])(?<!\\d{_SPACE})(?:1\\d{{3}}|20\\d{{2}})(?!\\d|[.,]\\d|{_SPACE}\\d{{3}}(?!\\d))",
        "ROMAN": "(?-i:[IVXLC]+)",
    }


def _first_day(context: dict[str, Any]) -> str:
    """The ways of writing the first of the month ("1er"), as alternatives opening the DAY pattern."""
    return "".join(re.escape(word) + "|" for word in context["first_day"])


@language_table
def number_joiners(language: LanguageData) -> frozenset[str]:
    """The words between the words of a number ("vingt et un")."""
    return frozenset(fold(w) for w in language.load("times_context")["number_joiners"])


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns, in order, each with the kind of expression it finds."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@language_table
def grammar(language: LanguageData) -> Grammar:
    """The patterns of times_patterns.json with their placeholders filled, compiled once per language."""
    data: dict[str, Any] = language.load("times")
    fills = _placeholders(vocabulary(), data, language.load("times_context"))
    compiled = []
    for entry in language.load("times_patterns")["patterns"]:
        source = entry["pattern"]
        for name, regex in fills.items():
            source = source.replace("{" + name + "}", regex)
        compiled.append((entry["kind"], re.compile(f"(?<!\\w)(?:{source})(?!\\w)", re.IGNORECASE)))
    return Grammar(tuple(compiled))


def candidates(text: str) -> list[Candidate]:
    """Every match of every pattern, in text order."""
    found = []
    for order, (kind, pattern) in enumerate(grammar().patterns):
        for match in pattern.finditer(text):
            parts = {k: v for k, v in match.groupdict().items() if v is not None}
            found.append(Candidate(kind, match.start(), match.end(), parts, order))
    return sorted(found, key=lambda c: (c.start, c.end))


def select(found: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap (ties: the earlier pattern), in text order."""
    kept: list[Candidate] = []  # in text order and never overlapping, so only a new one's neighbours can overlap it
    starts: list[int] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        at = bisect.bisect_right(starts, cand.start)
        if all(cand.end <= k.start or cand.start >= k.end for k in kept[max(0, at - 1):at + 1]):
            kept.insert(at, cand)
            starts.insert(at, cand.start)
    return kept


def number_value(written: str) -> float | None:
    """A number written in digits or words ('444', '1 084', 'vingt-quatre', 'un peu'): its value or None."""
    text = fold(written)
    digits = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    vocab = vocabulary()
    if text in vocab.table("round_numbers"):
        return float(vocab.table("round_numbers")[text])
    numbers = vocab.numbers
    joiners = number_joiners()
    words = [w for w in text.split() if w not in joiners]
    total, current, i = 0.0, 0.0, 0
    while i < len(words):
        # compounds listed whole ("quatre-vingt", "soixante-dix") before their parts
        for size in (3, 2, 1):
            key = " ".join(words[i:i + size])
            if size <= len(words) - i and key in numbers:
                break
        else:
            return None
        value = numbers[key]
        i += size
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
    return total + current
