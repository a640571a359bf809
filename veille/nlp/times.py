"""veille.times: time expressions, each resolved to a TIMEX3 value against the publication date.

find_times reads doc.text in four steps: the grammar (veille.nlp.timegrammar) proposes
candidates, `_is_time` drops numbers that are not times (ages, counts, article numbers),
the longest non-overlapping ones are kept and glued where French splits one time in two
("demain, à 10 heures", "hier jeudi", "demain (4 octobre)"), then each is read
(veille.nlp.timeread) with the tense of its clause and the days named around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from ..model.record import TimeExpr
from .timegrammar import Candidate, fold, number_value, select, vocabulary
from .timegrammar import candidates as grammar_candidates
from .timeread import Context, Reading, clock_hour_minute, read
from .timetense import clause_tense, share_weekday_tenses
from .timex import Tense, day_value, with_clock

# Kinds whose reading names one day: they can carry a clock time glued after them.
_DAY_KINDS = frozenset({"date", "numeric_date", "relday", "weekday", "this_part", "anaphoric"})
# Kinds resolved with the tense of their clause (a day or month written without its year).
_TENSED_KINDS = frozenset({"weekday", "date", "month", "range_days", "range_months", "night", "night_dates"})
# A dateline date ("9 mars 2015. - ...") stands in for a missing publication date only this close to the body start.
_DATELINE_REACH = 200


@dataclass(frozen=True)
class Expression:
    """One time expression: one candidate, or several glued together ("demain, à 10 heures")."""

    pieces: tuple[Candidate, ...]

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


def find_times(doc: Doc) -> list[TimeExpr]:
    """Every time expression of the Doc, in text order, with exact character offsets."""
    text = doc.text
    found = [c for c in grammar_candidates(text) if _is_time(c, doc)]
    expressions = glue(select(found), text)
    anchor = publication_anchor(doc, found)
    tenses = share_weekday_tenses(
        [e.main for e in expressions],
        [clause_tense(doc, e.start, e.end) if e.main.kind in _TENSED_KINDS else None for e in expressions],
    )
    readings = _read_all(expressions, tenses, anchor, _sentence_bounds(doc))
    readings = _weekdays_as_dated(expressions, readings, text, anchor)
    return [TimeExpr(text=text[e.start:e.end], type=r.type, value=r.value, start=e.start, end=e.end)
            for e, r in zip(expressions, readings)]


@Language.component("veille_times", assigns=["doc._.times"])
def times_component(doc: Doc) -> Doc:
    doc._.times = find_times(doc)
    return doc


# -- which matches are times ----------------------------------------------------------------

def _is_time(cand: Candidate, doc: Doc) -> bool:
    """Whether a candidate is a time and not a number that looks like one."""
    if cand.kind == "month":
        return _is_month(cand, doc.text)
    if cand.kind == "year":
        return _is_year(cand, doc)
    if cand.kind == "duration":
        return _is_duration(cand, doc.text)
    if cand.kind == "clock":
        return _is_clock(cand, doc.text)
    if cand.kind == "weekday" and not cand.parts.get("det"):
        # "le lundi", "du lundi au vendredi": a habit, not a day
        return not re.search(r"(?<!\w)(?:le|les|du|au)\s+$", doc.text[max(0, cand.start - 5):cand.start], re.I)
    return True


def _is_month(cand: Candidate, text: str) -> bool:
    """A month name needs a preposition, a year or 'dernier'/'prochain'; capitalised mid-sentence
    without a year it is a name ("une mission pour Mars")."""
    if not any(cand.parts.get(k) for k in ("prep", "y", "mod")):
        return False
    name = cand.parts["m"]
    mid_sentence = not re.search(r"(?:^|[.!?:\n«\"]\s*)$", text[max(0, cand.start - 3):cand.start]) \
        and cand.parts.get("prep")
    return not (name[0].isupper() and mid_sentence and not cand.parts.get("y"))


def _word_before(text: str, start: int) -> str:
    match = re.search(r"(\S+)\s*$", text[max(0, start - 30):start])
    return fold(match.group(1)) if match else ""


def _word_after(text: str, end: int) -> str:
    match = re.match(r"\s*([^\s,;:.!?()«»\"]+)", text[end:end + 30])
    return fold(match.group(1)) if match else ""


def _is_year(cand: Candidate, doc: Doc) -> bool:
    """A four-digit number is a year unless its neighbours make it a count or a reference number."""
    vocab, text = vocabulary(), doc.text
    if vocab.has("year_blockers_after", _word_after(text, cand.end)):
        return False
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
    span = doc.char_span(end, min(len(doc.text), end + 40), alignment_mode="expand")
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
    if cand.parts.get("prep") or vocab.units[cand.part("unit") or ""] != "Y":
        return True
    before = text[max(0, cand.start - 40):cand.start]
    if re.search(r"\d\s*[-–]\s*$", before):
        return False  # "les 18-25 ans": an age group
    age = re.search(r"(\S+)\s+(?:de|d['’])\s*$", before)
    if age and vocab.has("age_nouns", age.group(1)):
        return False
    return not (before.rstrip().endswith("(") and text[cand.end:cand.end + 2].lstrip().startswith(")"))


def _is_clock(cand: Candidate, text: str) -> bool:
    """'à 10 heures', '7 heures locales', '18:20' are clock times; '15 heures de débat' is not."""
    if cand.parts.get("cw"):
        return True
    separator, minutes = fold(cand.parts["sep"]), cand.parts.get("mi")
    if fold(cand.parts.get("prep") or "") == "de" and not re.match(r"\s+(?:à|jusqu['’]à)\s+\d", text[cand.end:]):
        return False  # "de 14 heures à 18 heures" is a time; "un vol de 10 heures" is not
    if separator == ":" and not minutes:
        return False
    followed_by_de = re.match(r"\s+d(?:e|u|es|['’])\W", text[cand.end:cand.end + 5])
    if followed_by_de and (not minutes or not cand.parts.get("prep")) and not cand.parts.get("tz"):
        return False  # "48 heures de négociations", "1h30 de route": how long, not when
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
    if cand.kind == "clock" and previous.clock is None and last.kind in _DAY_KINDS:
        return bool(re.fullmatch(r"\s*,?\s*(?:[-–]\s*)?", gap))
    if last.kind == "relday" and cand.kind in ("weekday", "date") and not cand.parts.get("det") \
            and re.fullmatch(r"\s+", gap):
        return True
    if cand.kind in ("date", "numeric_date", "weekday") and last.kind in _DAY_KINDS:
        return bool(re.fullmatch(r"\s*\(\s*", gap)) and bool(re.match(r"\s*\)", text[cand.end:]))
    return False


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

def publication_anchor(doc: Doc, found: list[Candidate]) -> datetime | None:
    """The publication moment; failing that, a full date opening the body (a dateline date)."""
    article = doc._.article
    published = getattr(article, "published", None) if article is not None else None
    if published is not None:
        return published
    body_start = doc._.body_start or 0
    for cand in found:
        if cand.kind in ("date", "numeric_date") and cand.parts.get("y") \
                and body_start <= cand.start < body_start + _DATELINE_REACH and _is_dateline(cand, doc.text):
            reading = read(cand, Context(anchor=None))
            if reading.day is not None:
                return datetime(reading.day.year, reading.day.month, reading.day.day)
    return None


def _is_dateline(cand: Candidate, text: str) -> bool:
    """A date set apart before the story: '9 mars 2015. - ', 'PARIS, 9 mars 2015 (AFP) -', 'Publié le ...'."""
    after = text[cand.end:cand.end + 40]
    before = text[max(0, cand.start - 40):cand.start]
    set_apart = re.match(r"[.,:]?\s*(?:[-–—|]|\(|\n|(?:à\s+)?\d{1,2}\s*[h:])", after)
    announced = re.search(r"(?:publié|mis à jour|màj)\s+le\s*$|^\s*$|\n\s*$|,\s*$", before, re.I)
    return bool(set_apart and announced)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans as character offsets (the parser's, else cut at final punctuation and line ends)."""
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", doc.text)] + [len(doc.text)]
    return list(zip(cuts, cuts[1:]))


def _read_all(expressions: list[Expression], tenses: list[Tense], anchor: datetime | None,
              sentences: list[tuple[int, int]]) -> list[Reading]:
    """Read every expression: days first (each may be 'la veille' of the one before), then clock times."""
    readings: list[Reading | None] = []
    reference: date | None = None
    for expression, tense in zip(expressions, tenses):
        if expression.main.kind == "clock":
            readings.append(None)
            continue
        reading = read(expression.main, Context(anchor, tense, reference))
        if expression.clock is not None:
            reading = _with_clock(reading, expression.clock)
        reference = reading.day or reference
        readings.append(reading)
    for i, expression in enumerate(expressions):
        if readings[i] is None:
            day = _day_in_sentence(expressions, readings, i, sentences)
            readings[i] = read(expression.main, Context(anchor, tenses[i], sentence_day=day))
    return [r for r in readings if r is not None]


# A weekday dated elsewhere in the article ("jeudi 12 juin") dates its bare mentions within this many days.
DATED_WEEKDAY_REACH = 7


def _weekdays_as_dated(expressions: list[Expression], readings: list[Reading], text: str,
                       anchor: datetime | None) -> list[Reading]:
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
            near = abs((reading.day - anchor.date()).days) <= DATED_WEEKDAY_REACH
            if named and named[0] == reading.day.weekday() and near:
                dated.setdefault(named[0], reading)
    return [
        _dated_weekday(expression, reading, dated, weekdays, text) for expression, reading in zip(expressions, readings)
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
