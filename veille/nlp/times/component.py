"""veille.nlp.times.component: time expressions, each resolved to a TIMEX3 value against the publication date.

find_times reads doc.text in five steps: the grammar (veille.nlp.times.grammar) proposes
candidates, `_is_time` drops numbers that are not times (ages, counts, article numbers),
the longest non-overlapping ones are kept and glued where French splits one time in two
("demain, à 10 heures", "hier jeudi", "demain (4 octobre)"), the words that frame them
join them ("jusqu'à", "d'ici à", "à partir de"), then each is read (veille.nlp.times.reading)
with the tense of its clause, the days named around it and the dated past its paragraph
tells (a story of 12 March 2019 has its "la veille", "à 14h" and "jeudi" in 2019).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ...lang import DEFAULT, LanguageData, language_data, language_table
from ...model.record import TimeExpr
from ..extensions import doc_text
from ..stage import Stage
from .grammar import Candidate, fold, number_value, select, vocabulary
from .grammar import candidates as grammar_candidates
from .reaches import TimeReaches
from .reading import Context, Reading, clock_hour_minute, read
from .tense import Clause, clause_of, share_weekday_tenses
from .timex import Tense, add_months, day_value, period_start, with_clock

# Kinds whose reading names one day: they can carry a clock time glued after them.
_DAY_KINDS = frozenset({"date", "numeric_date", "relday", "weekday", "this_part", "anaphoric", "anaphoric_weekday"})
# Kinds resolved with the tense of their clause (a day, month or season written without its year).
_TENSED_KINDS = frozenset({"weekday", "date", "month", "range_days", "range_months", "night", "night_dates", "season",
                           "span", "this_unit", "range_weekdays", "part_of_day", "set"})
# Kinds read on the day the text is about at that point, after every day has been read.
_CLOCK_KINDS = frozenset({"clock", "clock_range"})
# Kinds that name a past day or year outright: they set the story a paragraph tells.
_EXPLICIT_KINDS = frozenset({"date", "numeric_date", "month", "year", "season", "range_days"})
# Kinds counted from the publication moment: they bring the paragraph back to the present.
_DEICTIC_KINDS = frozenset({"relday", "this_part", "this_unit", "rel_unit", "ago", "ahead", "last_night"})
# Kinds that a past story re-dates when they carry no year: weekdays, day-months, months, seasons.
_STORIED_KINDS = frozenset({"weekday", "date", "month", "season", "range_days", "span"})


@dataclass(frozen=True)
class Expression:
    """One time expression: one candidate, or several glued together ("demain, à 10 heures")."""

    pieces: tuple[Candidate, ...]
    framing: str | None = None  # ahead / until / from / back (times.json framing_words)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def main(self) -> Candidate:
        """The piece that names the day (an explicit date beats 'demain', which beats a weekday)."""
        rank = {"date": 0, "numeric_date": 0, "relday": 1}
        dated = [p for p in self.pieces if p.kind != "clock"] or list(self.pieces)
        return min(dated, key=lambda p: rank.get(p.kind, 2))

    @property
    def clock(self) -> Candidate | None:
        """The clock time glued to a day, if any."""
        return next((p for p in self.pieces if p.kind == "clock" and p is not self.main), None)

    @property
    def part(self) -> Candidate | None:
        """The part of day glued to a day ("mardi, dans la soirée"), if any."""
        return next((p for p in self.pieces if p.kind == "part_of_day" and p is not self.main), None)


@dataclass(frozen=True)
class Setting:
    """What the whole text tells about how its times are read."""

    anchor: datetime | None  # the publication moment
    clock_known: bool  # the publication time is known to the minute
    sentences: list[tuple[int, int]]
    paragraphs: list[int]  # where each paragraph starts
    reaches: TimeReaches = TimeReaches()


def find_times(doc: Doc, reaches: TimeReaches = TimeReaches()) -> list[TimeExpr]:
    """Every time expression of the Doc, in text order, with exact character offsets."""
    text = doc_text(doc)
    found = [c for c in grammar_candidates(text) if _is_time(c, doc)]
    expressions = [framed(e, text) for e in glue(select(found), text)]
    anchor = publication_anchor(doc, found, reaches=reaches)
    clauses = [clause_of(doc, e.pieces[0].start, e.end, reaches=reaches) for e in expressions]
    tenses = share_weekday_tenses(
        [e.main for e in expressions],
        [reading_tense(e, c) if e.main.kind in _TENSED_KINDS else None for e, c in zip(expressions, clauses)],
    )
    article = doc._.article
    setting = Setting(anchor, getattr(article, "published_precision", None) == "minute",
                      _sentence_bounds(doc), _paragraph_starts(text), reaches)
    readings, storied = _read_all(expressions, clauses, tenses, setting)
    readings = _weekdays_as_dated(expressions, readings, storied, text, anchor, reaches=reaches)
    return [TimeExpr(text=text[e.start:e.end], type=r.type, value=r.value, start=e.start, end=e.end)
            for e, r in zip(expressions, readings)]


@Language.factory(
    "veille_times", default_config={"language": DEFAULT, **asdict(TimeReaches())}, assigns=["doc._.times"],
)
def make_times_stage(
    nlp: Language, name: str, language: str, dateline_reach: int, past_episode_days: int, dated_weekday_reach: int,
    tense_slack_days: int, half_year_days: int, max_hops: int,
) -> Stage:
    """The times stage reading the data of `language` (a folder of veille/lang) with the config's reaches."""
    reaches = TimeReaches(
        dateline_reach=dateline_reach, past_episode_days=past_episode_days, dated_weekday_reach=dated_weekday_reach,
        tense_slack_days=tense_slack_days, half_year_days=half_year_days, max_hops=max_hops,
    )
    return Stage("times", find_times, language_data(language), reaches=reaches)


# -- which matches are times ----------------------------------------------------------------

def _is_time(cand: Candidate, doc: Doc) -> bool:
    """Whether a candidate is a time and not a number or a word that looks like one."""
    text = doc_text(doc)
    if cand.kind == "month":
        return _is_month(cand, doc)
    if cand.kind == "year":
        return _is_year(cand, doc)
    if cand.kind == "duration":
        return _is_duration(cand, text)
    if cand.kind == "vague":
        return _is_vague_duration(cand, text)
    if cand.kind == "clock":
        return _is_clock(cand, text)
    if cand.kind == "season" and not (cand.parts.get("y") or cand.parts.get("ys")):
        return not _capitalised_inside(cand, "season", text)  # "le Printemps de Bourges" is a festival
    if cand.kind == "frequency":
        return _is_frequency(cand, text)
    if cand.kind == "weekday" and not cand.parts.get("det"):
        # "du lundi au vendredi": a habit, not a day ("le lundi" is a habit of its own pattern)
        return not re.search(_pattern("habit_before"), text[max(0, cand.start - 5):cand.start], re.I)
    return True


def _capitalised_inside(cand: Candidate, part: str, text: str) -> bool:
    """Whether a part of the match is capitalised where a sentence does not begin: a name, not a time word."""
    word = cand.parts[part]
    where = cand.start + text[cand.start:cand.end].rfind(word)
    return word[0].isupper() and not _opens_sentence(text, where)


def _opens_sentence(text: str, start: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:\n«\"—–-]\s*)$", text[max(0, start - 3):start]))


def _is_month(cand: Candidate, doc: Doc) -> bool:
    """A month name in lower case is a month; capitalised, it needs a preposition, a year, 'dernier'/'prochain',
    or to open a sentence as its subject ("Avril a été..."): mid-sentence it is a name ("une mission pour Mars")."""
    name, text = cand.parts["m"], doc_text(doc)
    dated = cand.parts.get("y") or cand.parts.get("ys")
    if not any(cand.parts.get(k) for k in ("prep", "mod")) and not dated:
        if name.islower():
            return "." not in name  # "sept." alone may be the number
        return _opens_sentence(text, cand.start) and _verb_follows(doc, cand.end)
    mid_sentence = not _opens_sentence(text, cand.start) and cand.parts.get("prep")
    return not (name[0].isupper() and mid_sentence and not dated)


def _verb_follows(doc: Doc, end: int) -> bool:
    """Whether the word after `end` is a verb or an auxiliary ("Avril a été marqué")."""
    if not doc.has_annotation("POS"):
        return False
    span = doc.char_span(end, min(len(doc_text(doc)), end + 30), alignment_mode="expand")
    following = [t for t in span or [] if t.idx >= end]
    return bool(following) and following[0].pos_ in ("VERB", "AUX")


def _is_frequency(cand: Candidate, text: str) -> bool:
    """'annuel' after a noun is a frequency; after a determiner it is a noun ('le quotidien Le Soir')."""
    if _capitalised_inside(cand, "freq", text):
        return False
    return not vocabulary().has("determiners", _word_before(text, cand.start))  # "l'" of "l'hebdomadaire" included


def _is_vague_duration(cand: Candidate, text: str) -> bool:
    """'des semaines' is a vague duration; 'des heures supplémentaires', 'des jours fériés' are not."""
    vocab = vocabulary()
    if vocab.has("vague_blockers_after", _word_after(text, cand.end)):
        return False
    return cand.part("q") != "des" or vocab.has("vague_units_after_des", cand.part("unit") or "")


def _word_before(text: str, start: int) -> str:
    match = re.search(r"(\S+)\s*$", text[max(0, start - 30):start])
    return fold(match.group(1)) if match else ""


def _words_before(text: str, start: int, count: int) -> list[str]:
    """The last `count` words before `start`, folded, punctuation left out."""
    return [fold(w) for w in re.findall(r"[\w'’-]+", text[max(0, start - 60):start])[-count:]]


def _word_after(text: str, end: int) -> str:
    match = re.match(r"\s*([^\s,;:.!?()«»\"]+)", text[end:end + 30])
    return fold(match.group(1)) if match else ""


def _is_year(cand: Candidate, doc: Doc) -> bool:
    """A four-digit number is a year unless its neighbours make it a count or a reference number."""
    vocab, text = vocabulary(), doc_text(doc)
    if vocab.has("year_blockers_after", _word_after(text, cand.end)):
        return False
    if cand.parts.get("ys"):
        return not _counts_a_noun(doc, cand.end)  # "en 98" is a year, "en 12 exemplaires" a count
    if cand.parts.get("prep"):
        return True
    if int(cand.parts["y"]) < 1800:
        return False
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line = fold(text[line_start:line_end if line_end >= 0 else len(text)])
    if any(mark in line for mark in vocab.lists["copyright_marks"]):
        return False
    before = _word_before(text, cand.start)
    two_before = " ".join(text[max(0, cand.start - 30):cand.start].split()[-2:])
    if vocab.has("year_blockers_before", before) or vocab.has("year_blockers_before", two_before):
        return False
    return not _counts_a_noun(doc, cand.end)


def _counts_a_noun(doc: Doc, end: int) -> bool:
    """Whether the number ending at `end` is followed by a common noun it counts ('2000 soldats')."""
    if not doc.has_annotation("POS"):
        return False
    span = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    nxt = span[0] if span[0].idx >= end else (span[1] if len(span) > 1 else None)
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()


def _is_duration(cand: Candidate, text: str) -> bool:
    """A number of units is a duration, unless it is an age ('un homme de 30 ans') or 'un jour'."""
    vocab = vocabulary()
    amount = number_value(cand.parts["n"])
    if amount is None or amount <= 0:
        return False
    if vocab.has("not_durations", f"{cand.parts['n']} {cand.parts['unit']}") and not cand.parts.get("prep"):
        return False
    if cand.parts["unit"][0].isupper():
        return False  # "selon 20 Minutes": a title, not a duration
    if _in_list("age_prepositions", fold(cand.parts.get("prep") or "")) and vocab.units[cand.part("unit") or ""] == "H" \
            and amount < 24 and not re.match(_pattern("clock_not_after"), text[cand.end:cand.end + 6]):
        return False  # "à 10 heures demain": the clock pattern reads it
    if vocab.units[cand.part("unit") or ""] == "H" and amount < 24 and _after_a_day(cand, text):
        return False  # "jusqu'à vendredi 6 heures"
    if cand.parts.get("prep") or vocab.units[cand.part("unit") or ""] != "Y":
        return True
    return not _is_age(cand, text)


@language_table
def context_cues(language: LanguageData) -> dict[str, Any]:
    """The patterns and word lists read around a match (times_context.json)."""
    return dict(language.load("times_context"))


def _pattern(name: str) -> str:
    """A named pattern of times_context.json ("habit_before"), as a regex source."""
    return str(context_cues()["patterns"][name])


def _in_list(name: str, word: str) -> bool:
    return word in context_cues()[name]


def _is_age(cand: Candidate, text: str) -> bool:
    """'Luc Berthier, 45 ans', 'un homme de 34 ans', 'à 17 ans', 'elle avait 16 ans', 'ses 60 ans', 'les moins de 12 ans'.

    A number of years followed by 'de' is still a duration ('il a 40 ans de carrière',
    'à 5 ans de prison'); so is one in parentheses only when no age cue says otherwise.
    """
    vocab = vocabulary()
    before = text[max(0, cand.start - 40):cand.start]
    followed_by_de = re.match(_pattern("genitive_after"), text[cand.end:cand.end + 5])
    if before.rstrip().endswith("(") and text[cand.end:cand.end + 2].lstrip().startswith(")"):
        return True
    if any(re.search(pattern, before, re.I) for pattern in context_cues()["age_before"]):
        return True
    age = re.search(_pattern("age_noun_before"), before)
    if age and any(vocab.has("age_nouns", word) for word in (age.group(1), _elision_dropped(age.group(1)))):
        return True  # "un homme de 34 ans", "l'arrière de 29 ans"
    if cand.parts.get("approx") and any(re.search(rf"(?<!\w){re.escape(head)}\s*$", before, re.I)
                                        for head in vocab.lists["age_group_heads"]):
        return True  # "les moins de 12 ans", "aux plus de 65 ans"
    words = _words_before(text, cand.start, 2)
    if followed_by_de or not words:
        return False
    if _in_list("age_prepositions", words[-1]):  # "à 17 ans, elle est partie"; "condamné à cinq ans" is a sentence
        return not (len(words) == 2 and vocab.has("sentence_heads", words[0]))
    return vocab.has("age_verbs", words[-1]) or vocab.has("possessives", words[-1])


def _after_a_day(cand: Candidate, text: str) -> bool:
    """A bare number of hours right after a day's name ("vendredi 6 heures") is that day's clock time."""
    return not cand.parts.get("prep") and bool(re.search(_pattern("day_before_clock"), text[max(0, cand.start - 20):cand.start], re.I))


def _elision_dropped(word: str) -> str:
    """"l'arrière" -> "arrière": the word after an elided article."""
    return re.split(r"['’]", word, maxsplit=1)[-1]


def _is_clock(cand: Candidate, text: str) -> bool:
    """'à 10 heures', '7 heures locales', '18:20' are clock times; '15 heures de débat' is not."""
    if cand.parts.get("cw"):
        return True
    separator, minutes = fold(cand.parts["sep"]), cand.parts.get("mi")
    if _in_list("range_prepositions", fold(cand.parts.get("prep") or "")) and not re.match(_pattern("range_after"), text[cand.end:]):
        return False  # "de 14 heures à 18 heures" is a time; "un vol de 10 heures" is not
    if separator == ":" and not minutes:
        return False
    followed_by_de = re.match(_pattern("clock_genitive_after"), text[cand.end:cand.end + 5])
    if followed_by_de and (not minutes or not cand.parts.get("prep")) and not cand.parts.get("tz"):
        return False  # "48 heures de négociations", "1h30 de route": how long, not when
    if _after_a_day(cand, text):
        return True  # "jusqu'à vendredi 6 heures": the hour of that day
    return bool(cand.parts.get("prep") or cand.parts.get("tz") or (minutes and separator in ("h", ":")))


# -- glue: one time written in two pieces ---------------------------------------------------------

def glue(selected: list[Candidate], text: str) -> list[Expression]:
    """Join pieces French writes apart: a day and its clock time, 'hier jeudi', 'demain (4 octobre)'."""
    expressions: list[Expression] = []
    for cand in selected:
        if expressions and _joins(expressions[-1], cand, text):
            expressions[-1] = Expression(expressions[-1].pieces + (cand,))
        else:
            expressions.append(Expression((cand,)))
    return [_close_parenthesis(e, text) for e in expressions]


def _joins(previous: Expression, cand: Candidate, text: str) -> bool:
    gap = text[previous.end:cand.start]
    last = previous.pieces[-1]
    if cand.kind in _CLOCK_KINDS and previous.clock is None and last.kind in _DAY_KINDS:
        return bool(re.fullmatch(r"\s*,?\s*(?:[-–]\s*)?", gap))
    if cand.kind in ("weekday", "relday") and len(previous.pieces) == 1 and last.kind in _CLOCK_KINDS:
        return bool(re.fullmatch(r"\s+", gap))  # "vers 14h30 mardi": one time, the clock of that day
    if cand.kind == "part_of_day" and not _names_a_day(cand) and last.kind in ("weekday", "date", "relday") \
            and previous.part is None and not last.parts.get("part"):
        return bool(re.fullmatch(r"\s*,?\s*", gap))  # "mardi, dans la soirée"
    if last.kind == "relday" and cand.kind in ("weekday", "date") and not cand.parts.get("det") \
            and re.fullmatch(r"\s+", gap):
        return True
    if cand.kind in ("date", "numeric_date", "weekday") and last.kind in _DAY_KINDS:
        return bool(re.fullmatch(r"\s*\(\s*", gap)) and bool(re.match(r"\s*\)", text[cand.end:]))
    return False


def _names_a_day(cand: Candidate) -> bool:
    return bool(cand.parts.get("wd") or cand.parts.get("d"))


def framed(expression: Expression, text: str) -> Expression:
    """The expression with what the framing words before it say ('jusqu'à', 'd'ici à', 'à partir de':
    until, ahead, from); they set its direction but stay outside its span, as TimeML annotates."""
    before = text[max(0, expression.start - 20):expression.start]
    for framing in _framings():
        if framing.before.search(before):
            # TimeML's span: the framing words are a signal, not part of the expression ("d'ici à 2030" -> "2030")
            return replace(expression, framing=framing.direction)
    opening = fold(text[expression.start:expression.end])
    for framing in _framings():
        match = framing.opening.match(opening)
        if match and match.end() < len(opening):
            # a pattern that took its framing words in ("à partir de 22h15"): the span starts after them
            first = replace(expression.pieces[0], start=expression.pieces[0].start + match.end())
            return replace(expression, pieces=(first, *expression.pieces[1:]), framing=framing.direction)
    return expression


@dataclass(frozen=True)
class Framing:
    """One entry of times.json framing_words, compiled: the words right before an expression, or opening it."""

    direction: str  # ahead / until / from / back
    before: re.Pattern[str]
    opening: re.Pattern[str]


@language_table
def _framings(language: LanguageData) -> tuple[Framing, ...]:
    """The framing words, longest first, compiled once per language (framed runs for every expression)."""
    table = vocabulary().table("framing_words")
    return tuple(
        Framing(table[words], re.compile(rf"(?<!\w){_framing_regex(words)}\s*$", re.I),
                re.compile(rf"{_framing_regex(words)}(?!\w)\s*"))
        for words in sorted(table, key=len, reverse=True)
    )


def _framing_regex(words: str) -> str:
    """A folded framing entry as a regex: any apostrophe, any run of spaces."""
    return r"\s+".join(re.escape(w) for w in words.split(" ")).replace("'", "['’]\\s*")


def reading_tense(expression: Expression, clause: Clause) -> Tense:
    """The direction an expression is read in: its framing words first, then the tense of its verb.

    A deadline or a starting point lies ahead unless its clause is past ('jusqu'à samedi',
    'a été prolongé jusqu'à samedi'); 'd'ici', 'pour' always look ahead, 'depuis' back. A bare
    weekday hanging on a present-tense verb is to come ('le Parlement vote mardi'), unless
    the verb reports speech ('le ministre affirme jeudi').
    """
    if expression.framing == "ahead":
        return "future"
    if expression.framing == "back":
        return "past"
    if expression.framing in ("until", "from"):
        planned = vocabulary().has("forward_heads", clause.lemma)  # "a prolongé la trêve jusqu'à lundi"
        return "past" if clause.tense == "past" and not planned else "future"
    main = expression.main
    present_weekday = main.kind == "weekday" and not main.parts.get("det") and clause.present
    if present_weekday and clause.direct and not clause.reporting:
        return "future"
    return clause.tense


def _close_parenthesis(expression: Expression, text: str) -> Expression:
    """'demain (4 octobre)': the glued expression takes its closing parenthesis."""
    if len(expression.pieces) > 1 and "(" in text[expression.pieces[0].end:expression.pieces[1].start]:
        closing = re.match(r"\s*\)", text[expression.end:])
        if closing:
            last = expression.pieces[-1]
            end = expression.end + closing.end()
            widened = Candidate(last.kind, last.start, end, last.parts, last.order)
            return Expression(expression.pieces[:-1] + (widened,))
    return expression


# -- reading in context -----------------------------------------------------------------------------

def publication_anchor(doc: Doc, found: list[Candidate], *, reaches: TimeReaches = TimeReaches()) -> datetime | None:
    """The publication moment; failing that, a full date opening the body (a dateline date)."""
    article = doc._.article
    published = getattr(article, "published", None) if article is not None else None
    if published is not None:
        return published
    body_start = doc._.body_start or 0
    for cand in found:
        if cand.kind in ("date", "numeric_date") and cand.parts.get("y") \
                and body_start <= cand.start < body_start + reaches.dateline_reach and _is_dateline(cand, doc_text(doc)):
            reading = read(cand, Context(anchor=None))
            if reading.day is not None:
                return datetime(reading.day.year, reading.day.month, reading.day.day)
    return None


def _is_dateline(cand: Candidate, text: str) -> bool:
    """A date set apart before the story: '9 mars 2015. - ', 'PARIS, 9 mars 2015 (AFP) -', 'Publié le ...'."""
    after = text[cand.end:cand.end + 40]
    before = text[max(0, cand.start - 40):cand.start]
    set_apart = re.match(_pattern("dateline_after"), after)
    announced = re.search(_pattern("dateline_before"), before, re.I)
    return bool(set_apart and announced)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans as character offsets (the parser's, else cut at final punctuation and line ends)."""
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    text = doc_text(doc)
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)] + [len(text)]
    return list(zip(cuts, cuts[1:]))


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (each line) of the text begins."""
    return [0] + [m.end() for m in re.finditer(r"\n+", text)]


@dataclass(frozen=True)
class Story:
    """The dated time a paragraph tells about, as its last explicit date set it."""

    day: date | None  # when the story is about one day
    year: int  # the story's year
    pluperfect: bool  # set in a clause told as background ("l'usine avait été fermée le 12 mars 2019")
    paragraph: int

    def serves(self, clause: Clause) -> bool:
        """A background date dates only other background clauses; a story date dates any."""
        return clause.pluperfect or not self.pluperfect

    def is_past_episode(self, anchor: datetime | None, past_episode_days: int) -> bool:
        """Whether the story lies far enough before publication (`past_episode_days`) to date its own days."""
        if anchor is None:
            return True
        if self.day is not None:
            return self.day < anchor.date() - timedelta(days=past_episode_days)
        return self.year < anchor.year


def _read_all(expressions: list[Expression], clauses: list[Clause], tenses: list[Tense],
              setting: Setting) -> tuple[list[Reading], list[bool]]:
    """Read every expression: days first, each in the story its paragraph tells, then clock times.

    Returns the readings and, for each, whether a past story dated it.
    """
    readings: list[Reading | None] = []
    storied: list[bool] = []
    stories: list[Story | None] = []
    reference: date | None = None  # the last day named: "la veille" is the day before it
    period: tuple[date, str] | None = None  # the last period named: "l'année précédente" counts from it
    story: Story | None = None
    for expression, clause, tense in zip(expressions, clauses, tenses):
        paragraph = bisect_right(setting.paragraphs, expression.start) - 1
        if story is not None and story.paragraph != paragraph:
            story = None
        stories.append(story)
        if expression.main.kind in _CLOCK_KINDS or _is_bare_part(expression.main):
            readings.append(None)
            storied.append(False)
            continue
        if _is_told_day(expression.main, clause):
            expression = replace(expression, pieces=(_as_weekday(expression.main),))
        told = _story_context(expression.main, clause, story, setting.anchor, reaches=setting.reaches)
        ctx = Context(setting.anchor, tense, reference, period=period, clock_known=setting.clock_known,
                      pluperfect=clause.pluperfect, reaches=setting.reaches, **told)
        reading = _read_pieces(expression, ctx)
        reference = reading.day or reference
        period = (period_start(reading.value) if reading.type in ("DATE", "TIME") else None) or period
        story = _next_story(story, expression.main, clause, reading, paragraph)
        story = _moved_story(story, expression.main)
        readings.append(reading)
        storied.append(bool(told))
    return _read_clocks(expressions, readings, clauses, tenses, stories, setting), storied


def _read_clocks(expressions: list[Expression], readings: list[Reading | None], clauses: list[Clause],
                 tenses: list[Tense], stories: list[Story | None], setting: Setting) -> list[Reading]:
    """Clock times and bare parts of day, on the day named in their sentence, else on their story's day."""
    for i, expression in enumerate(expressions):
        if readings[i] is None:
            day = _day_in_sentence(expressions, readings, i, setting.sentences) or \
                _story_day(stories[i], clauses[i], tenses[i], setting.anchor)
            ctx = Context(setting.anchor, tenses[i], sentence_day=day, clock_known=setting.clock_known,
                          reaches=setting.reaches)
            readings[i] = read(expression.main, ctx)
    return [r for r in readings if r is not None]


def _story_day(story: Story | None, clause: Clause, tense: Tense, anchor: datetime | None) -> date | None:
    """The day a clock time or part of day with no day of its own belongs to: the story's, if its clause is of it.

    "Hier soir, les trains ont été arrêtés. Ils devraient reprendre dans la journée": a
    clause to come does not belong to yesterday's story.
    """
    if story is None or story.day is None or not story.serves(clause):
        return None
    if tense == "future" and anchor is not None and story.day < anchor.date():
        return None
    return story.day


def _read_pieces(expression: Expression, ctx: Context) -> Reading:
    """The reading of the day an expression names, with the clock time or part of day glued to it."""
    reading = read(expression.main, ctx)
    if expression.clock is not None:
        reading = _with_clock(reading, expression.clock)
    if expression.part is not None and reading.day is not None:
        part = read(expression.part, replace(ctx, sentence_day=reading.day))
        reading = Reading(part.type, part.value, reading.day)
    return reading


def _is_told_day(cand: Candidate, clause: Clause) -> bool:
    """'le mardi' is a habit ('le musée ferme le lundi'), but one day in a story told in the passé composé
    or the passé simple ('le mardi, les négociations ont échoué')."""
    perfective = clause.tense == "past" and not clause.imperfect
    return cand.kind == "set" and bool(cand.parts.get("hab")) and perfective and not cand.parts["wd"].endswith("s")


def _as_weekday(cand: Candidate) -> Candidate:
    parts = {k: v for k, v in cand.parts.items() if k in ("wd", "part")}
    return Candidate("weekday", cand.start, cand.end, parts, cand.order)


def _is_bare_part(cand: Candidate) -> bool:
    """'dans la soirée' with no day of its own: read, like a clock time, on the day the text is about."""
    return cand.kind == "part_of_day" and not _names_a_day(cand)


def _story_context(cand: Candidate, clause: Clause, story: Story | None, anchor: datetime | None, *,
                   reaches: TimeReaches = TimeReaches()) -> dict:
    """The story day or year a weekday, day-month or month without a year is read in, when a past story dates it."""
    if story is None or cand.kind not in _STORIED_KINDS or clause.tense != "past" or not story.serves(clause):
        return {}
    if not story.is_past_episode(anchor, reaches.past_episode_days) or any(cand.parts.get(k) for k in ("y", "ys", "y1", "y2", "mod")):
        return {}
    if (cand.part("det") or "").endswith(("ce", "cette")):
        return {}  # "ce vendredi" is this week's
    if cand.kind == "span" and not (cand.parts.get("m") or cand.parts.get("season")):
        return {}
    if story.day is not None:
        return {"story_day": story.day}
    return {} if cand.kind == "weekday" else {"story_year": story.year}


def _next_story(story: Story | None, cand: Candidate, clause: Clause, reading: Reading, paragraph: int) -> Story | None:
    """The story after an expression: an explicit date or a day starts one, a deictic period ends it."""
    if clause.noun_modifier:
        return story  # "la hausse décidée la semaine dernière" leaves the story where it was
    if cand.kind in _DEICTIC_KINDS and reading.day is None:
        return None
    if reading.type not in ("DATE", "TIME") or not reading.value:
        return story
    names_day = reading.day is not None and cand.kind not in ("range_days",)
    if cand.kind == "anaphoric" and reading.day is not None and story is not None and story.day is not None \
            and reading.day < story.day:
        return story  # "la veille" looks back from the story without moving it
    if names_day and clause.pluperfect and story is not None and not story.pluperfect:
        return story  # a flashback ("ils étaient arrivés dès vendredi") leaves the story on its day
    if names_day and reading.day is not None:
        return Story(reading.day, reading.day.year, clause.pluperfect, paragraph)
    if clause.imperfect or clause.bare_participle:
        return story  # "En 2019, le chômage était de 8 %", "Arrivé en 2015, il...": a backdrop, not a story
    if cand.kind in _EXPLICIT_KINDS and reading.value[:4].isdigit():
        return Story(None, int(reading.value[:4]), clause.pluperfect, paragraph)
    return story


def _moved_story(story: Story | None, cand: Candidate) -> Story | None:
    """'Trois ans plus tard', 'deux jours plus tôt' carry the story that far along."""
    if story is None or cand.kind != "duration" or not cand.parts.get("rel"):
        return story
    amount, unit = number_value(cand.parts["n"]), vocabulary().units[cand.part("unit") or ""]
    if amount is None or unit not in ("D", "W", "M", "Y"):
        return story
    steps = int(amount) * (-1 if vocabulary().has("earlier_words", cand.part("rel") or "") else 1)
    if story.day is None:
        return replace(story, year=story.year + steps) if unit == "Y" else story
    day = add_months(story.day, steps * (12 if unit == "Y" else 1)) if unit in ("M", "Y") \
        else story.day + timedelta(days=steps * (7 if unit == "W" else 1))
    return replace(story, day=day, year=day.year)


def _weekdays_as_dated(expressions: list[Expression], readings: list[Reading], storied: list[bool], text: str,
                       anchor: datetime | None, *, reaches: TimeReaches = TimeReaches()) -> list[Reading]:
    """A bare "jeudi" means the "jeudi 12 juin" the same article dates, when that day is near publication.

    Tense alone misreads a weekday in a clause with no verb ("trafic perturbé jeudi") or in the
    present ("appellent à cesser le travail jeudi"); the article's own dated weekday settles it.
    """
    if anchor is None:
        return readings
    weekdays: dict[str, int] = vocabulary().weekdays
    dated: dict[int, Reading] = {}
    for expression, reading in zip(expressions, readings):
        words = re.findall(r"\w+", fold(text[expression.start:expression.end]))
        if expression.main.kind != "weekday" and reading.day and words and words[-1] not in weekdays:
            named = [weekdays[w] for w in words if w in weekdays]
            near = abs((reading.day - anchor.date()).days) <= reaches.dated_weekday_reach
            if named and named[0] == reading.day.weekday() and near:
                dated.setdefault(named[0], reading)
    return [
        reading if told else _dated_weekday(expression, reading, dated, weekdays, text)
        for expression, reading, told in zip(expressions, readings, storied)
    ]


def _dated_weekday(expression: Expression, reading: Reading, dated: dict[int, Reading], weekdays: dict[str, int],
                   text: str) -> Reading:
    if expression.main.kind != "weekday" or expression.main.parts.get("det") or reading.type != "DATE":
        return reading
    words = re.findall(r"\w+", fold(text[expression.main.start:expression.main.end]))
    day = weekdays.get(words[-1]) if words else None
    known = dated.get(day) if day is not None else None
    return Reading(reading.type, day_value(known.day), known.day) if known is not None and known.day else reading


def _with_clock(reading: Reading, clock: Candidate) -> Reading:
    if reading.day is None:
        return Reading("TIME", reading.value, None)
    hour, minute = clock_hour_minute(clock)
    return Reading("TIME", with_clock(day_value(reading.day), hour, minute), reading.day)


def _day_in_sentence(expressions: list[Expression], readings: list[Reading | None], index: int,
                     sentences: list[tuple[int, int]]) -> date | None:
    """The day named nearest to a clock time in its sentence, looking back first."""
    start = expressions[index].start
    bounds = next(((a, b) for a, b in sentences if a <= start < b), (start, start + 1))
    inside = [i for i, e in enumerate(expressions) if bounds[0] <= e.start < bounds[1] and i != index]
    before = [i for i in inside if i < index][::-1]
    after = [i for i in inside if i > index]
    for i in before + after:
        reading = readings[i]
        if reading is not None and reading.day is not None:
            return reading.day
    return None
