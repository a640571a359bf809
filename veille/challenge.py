"""The challenge suite: hand-written cases, one file per capability, scored per capability.

In the spirit of CheckList (Ribeiro et al., 2020): each file of `tests/challenge/` holds
cases of one kind of sentence or page (an event type's vocabulary, a speaker after the
quote, an age that is not a duration...) with what veille must produce. A case passes
when every expectation holds; a capability's score is the share of its cases that pass.

A case file is YAML:

    capability: events.vocabulary.coerce      # area.kind[.detail]
    description: arrests, charges, searches...
    floor: 0.8                                # the pass rate the test suite requires
    published: 2025-03-05T10:00:00+01:00     # default for the file's cases
    cases:
      - text: "Le suspect a été écroué mardi à Lyon."
        events:
          - {type: COERCE, source: FRA, target: [FRA, null]}
        absent_events:
          - {type: ASSAULT}

Input: `text` (the body; with optional `title`, `published`, `outlet`, `dateline`) is
analysed as an already extracted article; `page` (text copied from a page) or `html`
goes through extraction first, as `veille analyze` would.

Expectations, all optional, each checked on the record's contract dict:
`events`, `absent_events` (patterns that no event may match; `{}` is any event),
`exact_events` (no event beyond those expected), `quotes`, `absent_quotes`, `times`, `absent_times`,
`entities`, `same_entity` (every name found, all in one entity; `coreferent` is the same check),
`distinct_entities`, `absent_entities`, `places`, `absent_places`
(states no place may lie in), and the
document fields `title`, `published`, `outlet`, `dateline`, `boilerplate` (lines that
must be gone), `body` (lines that must be kept). An actor expectation is a code, a list
of accepted codes (`null` in the list accepts no actor) or `null` (no actor). A quote
marked `optional: true` may be missing; when found, its speaker must still fit.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .model.article import Article, RawArticle, SourceKind, content_id
from .settings import Settings
from .textnorm import fold_name

DEFAULT_PUBLISHED = "2025-03-05T10:00:00+01:00"
FACTUAL = ("asserted", "planned")
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


@dataclass(frozen=True)
class Case:
    """One hand-written input and what veille must produce from it."""

    capability: str
    ident: str
    data: dict[str, Any]
    floor: float = 0.0


@dataclass
class Outcome:
    """A case's result: the expectations that failed (none when it passes)."""

    case: Case
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


# -- loading -------------------------------------------------------------------
def load_cases(folder: Path) -> list[Case]:
    """Every case of every `*.yaml` file in `folder`, in file order."""
    import yaml

    cases: list[Case] = []
    for path in sorted(folder.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        capability = spec.get("capability") or path.stem
        floor = float(spec.get("floor", 0.0))
        defaults = {k: spec[k] for k in ("published", "title", "outlet", "dateline") if k in spec}
        for i, raw in enumerate(spec.get("cases") or []):
            ident = raw.get("id") or f"{path.stem}#{i + 1}"
            cases.append(Case(capability, ident, {**defaults, **raw}, floor))
    return cases


def _published(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def case_article(case: Case, language: str) -> Article:
    """The article a `text` case stands for: already extracted, with its metadata (in `language`
    unless the case says otherwise)."""
    data = case.data
    text = data["text"].strip()
    published = _published(data.get("published", DEFAULT_PUBLISHED))
    return Article(
        id=content_id(text + case.ident),
        name=case.ident,
        source=f"challenge:{case.ident}",
        title=data.get("title"),
        published=published,
        published_precision="minute" if published else None,
        outlet=data.get("outlet"),
        dateline=data.get("dateline"),
        language=data.get("language", language),
        text=text,
    )


def case_raw(case: Case) -> RawArticle:
    """The raw input of a `page` or `html` case."""
    kind: SourceKind = "html" if "html" in case.data else "text"
    content = case.data.get("html") or case.data["page"]
    return RawArticle(name=case.ident, data=content.encode("utf-8"), kind=kind, source=f"challenge:{case.ident}")


# -- running -------------------------------------------------------------------
def run_cases(cases: list[Case], settings: Settings | None = None) -> list[Outcome]:
    """Analyse every case with the settings' model and language, and check its expectations."""
    from .extract import extract
    from .nlp.pipeline import make_doc
    from .records import build_record
    from .run import pipeline

    settings = settings or Settings.load()
    nlp = pipeline(settings)
    outcomes: list[Outcome] = []
    docs = []
    for case in cases:
        try:
            article = case_article(case, settings.language) if "text" in case.data else extract(case_raw(case), settings.language)
        except Exception as err:  # a case whose page cannot be read fails, the suite goes on
            outcomes.append(Outcome(case, [f"extraction failed: {err}"]))
            continue
        docs.append((make_doc(nlp, article), case))
    for doc, case in nlp.pipe(docs, as_tuples=True):
        record = build_record(doc).to_dict()
        outcomes.append(Outcome(case, check(case.data, record)))
    order = {c.ident: i for i, c in enumerate(cases)}
    return sorted(outcomes, key=lambda o: order[o.case.ident])


@dataclass(frozen=True)
class Score:
    capability: str
    cases: int
    passed: int
    floor: float = 0.0

    @property
    def rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0


def scores(outcomes: Iterable[Outcome]) -> list[Score]:
    """Pass rate per capability, in capability order."""
    tally: dict[str, list[int]] = {}
    floors: dict[str, float] = {}
    for o in outcomes:
        counts = tally.setdefault(o.case.capability, [0, 0])
        counts[0] += 1
        counts[1] += o.passed
        floors[o.case.capability] = max(floors.get(o.case.capability, 0.0), o.case.floor)
    return [Score(cap, n, ok, floors[cap]) for cap, (n, ok) in sorted(tally.items())]


# -- checking ------------------------------------------------------------------
def check(spec: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """The expectations of `spec` that `record` does not meet, as readable lines."""
    problems: list[str] = []
    for name, checker in CHECKS.items():
        if name in spec:
            problems.extend(checker(spec[name], record, spec))
    return problems


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _fold(text: Any) -> str:
    return fold_name(str(text or ""))


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in _as_list(value) if isinstance(a, dict)]


def actor_fits(actor: Any, wanted: Any) -> bool:
    """A predicted actor (object, list or None) against a code, a list of codes, or None."""
    allowed = _as_list(wanted)
    actors = [a for a in _actors(actor) if a.get("code") or a.get("name")]
    if not actors:
        return None in allowed
    codes = {str(a.get("code") or "").upper() for a in actors}
    names = {_fold(a.get("name")) for a in actors}
    return any(w is not None and (str(w).upper() in codes or _fold(w) in names) for w in allowed)


def event_fits(event: dict[str, Any], pattern: dict[str, Any], default_status: Any = "asserted") -> bool:
    """Whether a predicted event matches an expected one (or an `absent_events` pattern)."""
    if "type" in pattern and event.get("type") not in _as_list(pattern["type"]):
        return False
    if "mode" in pattern and event.get("mode") not in _as_list(pattern["mode"]):
        return False
    status = pattern.get("status", default_status)
    if status is not None and event.get("status") not in _as_list(status):
        return False
    for role in ("source", "target"):
        if role in pattern and not actor_fits(event.get(role), pattern[role]):
            if not (pattern.get("symmetric") and actor_fits(event.get(_other(role)), pattern[role])):
                return False
    if "date" in pattern and not _same_time(event.get("date"), pattern["date"]):
        return False
    if "place" in pattern and _fold(event.get("place")) not in {_fold(p) for p in _as_list(pattern["place"])}:
        return False
    return True


def _other(role: str) -> str:
    return "target" if role == "source" else "source"


def _describe(event: dict[str, Any]) -> str:
    def codes(actor: Any) -> str:
        found = [str(a.get("code")) for a in _actors(actor)]
        return "+".join(found) or "-"

    return f"{event.get('type')} {codes(event.get('source'))}->{codes(event.get('target'))} {event.get('status')}"


def _found_events(record: dict[str, Any]) -> str:
    return "; ".join(_describe(e) for e in record.get("events", [])) or "none"


def check_events(expected: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    events = record.get("events", [])
    for pattern in expected:
        if not any(event_fits(e, pattern) for e in events):
            yield f"event missing: {pattern} (found: {_found_events(record)})"


def check_absent_events(patterns: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for pattern in patterns:
        for event in record.get("events", []):
            if event_fits(event, pattern or {}, default_status=None):
                yield f"event not wanted: {_describe(event)} matches {pattern or 'any event'}"


def check_exact_events(flag: bool, record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    if not flag:
        return
    expected = spec.get("events") or []
    for event in record.get("events", []):
        if not any(event_fits(event, p) for p in expected):
            yield f"event extra: {_describe(event)}"


def _quote_matches(found: str, wanted: str) -> bool:
    found, wanted = _fold(found), _fold(wanted)
    return bool(wanted) and (wanted in found or found in wanted and len(found) >= 0.6 * len(wanted))


def check_quotes(expected: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    quotes = record.get("quotes", [])
    for want in expected:
        hits = [q for q in quotes if _quote_matches(q.get("text", ""), want["text"])]
        if not hits:
            if not want.get("optional"):
                yield f"quote missing: {want['text'][:50]!r}"
            continue
        if "speaker" in want:
            accepted = {_fold(s) if s else "" for s in _as_list(want["speaker"])}
            got = _fold(hits[0].get("speaker")) if hits[0].get("speaker") else ""
            if got not in accepted:
                yield f"quote {want['text'][:40]!r}: speaker {hits[0].get('speaker')!r}, want {want['speaker']!r}"


def check_absent_quotes(texts: list[str], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    """Quoted words that are not a quote at all (a scare quote, a title, a name)."""
    for text in texts:
        for quote in record.get("quotes", []):
            if _quote_matches(quote.get("text", ""), text):
                yield f"quote not wanted: {quote.get('text', '')[:50]!r} ({quote.get('speaker')!r})"


def _words(text: str) -> list[str]:
    return _fold(text).replace("'", " ").split()


def _time_text_matches(found: str, wanted: str) -> bool:
    """Half of the words shared both ways, as the shared scorer pairs times."""
    a, b = _words(found), _words(wanted)
    if not a or not b:
        return False
    common = len(set(a) & set(b))
    return common / len(set(a)) >= 0.5 and common / len(set(b)) >= 0.5


def _time_text_rank(found: str, wanted: str) -> int:
    """3 same text, 2 one holds the other, 1 half of the words shared both ways, 0 unrelated."""
    a, b = " ".join(_words(found)), " ".join(_words(wanted))
    if not _time_text_matches(found, wanted):
        return 0
    return 3 if a == b else 2 if a in b or b in a else 1


def _same_time(found: Any, accepted: Any) -> bool:
    """TIMEX3 values equal, a part of day ignored (2025-03-05TMO = 2025-03-05)."""
    def norm(value: Any) -> str:
        return PART_OF_DAY.sub("", str(value or ""))

    return norm(found) in {norm(a) for a in _as_list(accepted)}


def check_times(expected: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    times = record.get("times", [])
    for want in expected:
        ranks = [(_time_text_rank(t.get("text", ""), want["text"]), t) for t in times]
        top = max((r for r, _ in ranks), default=0)
        hits = [t for r, t in ranks if r == top and r > 0]  # "En juillet" is not judged on "En 2016"
        if not hits:
            yield f"time missing: {want['text']!r} (found: {[t.get('text') for t in times]})"
            continue
        best = next((t for t in hits if _same_time(t.get("value"), want.get("value"))), hits[0])
        if "value" in want and not _same_time(best.get("value"), want["value"]):
            yield f"time {want['text']!r} = {best.get('value')}, want {want['value']}"
        if "type" in want and best.get("type") != want["type"]:
            yield f"time {want['text']!r} typed {best.get('type')}, want {want['type']}"


def check_absent_times(texts: list[Any], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for want in texts:
        text, kind = (want.get("text") or "", want.get("type")) if isinstance(want, dict) else (want, None)
        for t in record.get("times", []):
            # one text holding the other: "deux ans" is not the unwanted "45 ans"
            if _time_text_rank(t.get("text", ""), text) >= 2 and (kind is None or t.get("type") == kind):
                yield f"time not wanted: {t.get('text')!r} = {t.get('value')}"


def _entity_names(entity: dict[str, Any]) -> set[str]:
    return {_fold(entity.get("name"))} | {_fold(m) for m in entity.get("mentions", [])}


def _entities_named(record: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [e for e in record.get("entities", []) if _fold(name) in _entity_names(e)]


def check_entities(expected: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for want in expected:
        hits = _entities_named(record, want["name"])
        if not hits:
            names = [e.get("name") for e in record.get("entities", [])]
            yield f"entity missing: {want['name']!r} (found: {names})"
            continue
        entity = hits[0]
        if "type" in want and entity.get("type") != want["type"]:
            yield f"entity {want['name']!r} typed {entity.get('type')}, want {want['type']}"
        if "country" in want and entity.get("country") != want["country"]:
            yield f"entity {want['name']!r} country {entity.get('country')}, want {want['country']}"


def check_same_entity(groups: list[list[str]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    """Every name of a group is found, all in one entity: a name missing from the mentions fails."""
    for names in groups:
        missing = [n for n in names if not _entities_named(record, n)]
        if missing:
            yield f"no entity mentioned as {missing} (among {names})"
            continue
        holders = {id(e): e.get("name") or "" for n in names for e in _entities_named(record, n)}
        if len(holders) != 1:
            yield f"not one entity: {names} -> {sorted(set(holders.values()))}"


# The older name of `same_entity`, from when that one passed with a name missing.
check_coreferent = check_same_entity


def check_distinct_entities(groups: list[list[str]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for names in groups:
        found = [{id(e) for e in _entities_named(record, n)} for n in names]
        if any(not f for f in found):
            yield f"entity missing among {names}"
        elif set.intersection(*found):
            yield f"merged into one entity: {names}"


def check_absent_entities(names: list[str], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for name in names:
        for entity in _entities_named(record, name):
            yield f"entity not wanted: {entity.get('name')!r} ({entity.get('type')})"


def check_places(expected: list[dict[str, Any]], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    for want in expected:
        hits = [p for p in record.get("places", []) if _fold(p.get("name")) == _fold(want["name"])]
        if not hits:
            yield f"place missing: {want['name']!r}"
        elif "country" in want and hits[0].get("country") != want["country"]:
            yield f"place {want['name']!r} in {hits[0].get('country')}, want {want['country']}"


def check_absent_places(states: list[str], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    """No place of the record may lie in these states (a natural feature read as a foreign country)."""
    for place in record.get("places", []):
        if place.get("country") in states:
            yield f"place not wanted: {place.get('name')!r} in {place.get('country')}"


def _field_check(name: str):
    def check_field(wanted: Any, record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
        got = record.get(name)
        accepted = _as_list(wanted)
        if name == "published":
            ok = any(_same_instant(got, a) for a in accepted)
        else:
            ok = _fold(got) in {_fold(a) for a in accepted if a is not None} or (got is None and None in accepted)
        if not ok:
            yield f"{name} {got!r}, want {wanted!r}"

    return check_field


def _same_instant(got: Any, wanted: Any) -> bool:
    """A day matches on the day; a time to the minute and with the same offset, as the shared scorer asks.

    A local time and the same time with an offset differ (the page printed one of them): a case
    that accepts both lists both.
    """
    if got is None or wanted is None:
        return got is None and wanted is None
    got_s, want_s = str(got), str(wanted)
    if len(want_s) == 10:
        return got_s[:10] == want_s
    try:
        a, b = datetime.fromisoformat(got_s), datetime.fromisoformat(want_s)
    except ValueError:
        return False
    if a.utcoffset() != b.utcoffset():
        return False
    return a.replace(second=0, tzinfo=None) == b.replace(second=0, tzinfo=None)


def check_boilerplate(lines: list[str], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    body = _fold(record.get("text"))
    for line in lines:
        if _fold(line) in body:
            yield f"boilerplate kept: {line[:60]!r}"


def check_body(lines: list[str], record: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    body = _fold(record.get("text"))
    for line in lines:
        if _fold(line) not in body:
            yield f"body lost: {line[:60]!r}"


CHECKS = {
    "events": check_events,
    "absent_events": check_absent_events,
    "exact_events": check_exact_events,
    "quotes": check_quotes,
    "absent_quotes": check_absent_quotes,
    "times": check_times,
    "absent_times": check_absent_times,
    "entities": check_entities,
    "same_entity": check_same_entity,
    "coreferent": check_coreferent,
    "distinct_entities": check_distinct_entities,
    "absent_entities": check_absent_entities,
    "places": check_places,
    "absent_places": check_absent_places,
    "title": _field_check("title"),
    "published": _field_check("published"),
    "outlet": _field_check("outlet"),
    "dateline": _field_check("dateline"),
    "boilerplate": check_boilerplate,
    "body": check_body,
}
INPUTS = {"text", "page", "html", "title", "published", "outlet", "dateline", "language", "id", "note"}


def unknown_keys(case: Case) -> list[str]:
    """Keys of a case that are neither an input nor an expectation (a typo would pass silently)."""
    return sorted(k for k in case.data if k not in CHECKS and k not in INPUTS)
