"""Property tests (hypothesis): random and mutated articles never break a stage, and what the
stages say is well formed (offsets inside the text, TIMEX3 values, actors that are entities)."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import veille
from veille.errors import VeilleError
from veille.extract import extract
from veille.model.article import Article, RawArticle, content_id

SAMPLES = Path(veille.__file__).parent / "samples"
SENTENCES = [s.strip() + "." for p in sorted(SAMPLES.glob("*.txt")) for s in p.read_text(encoding="utf-8").split(".")
             if len(s.split()) > 3]
NOISE = ["«", "»", '"', "“", "”", ":", ";", "—", "-", "(", ")", "\n", "\n\n", "mardi", "le 31 février", "2025",
         "à 14h30", "il y a 3 jours", "M.", "Mme", "<b>", "</p>", "&amp;", "\u00a0", "…", "🙂", "\x00", "l'", "qu'"]
# TIMEX3 values as veille writes them: dates (weeks, seasons, quarters, parts of day), times,
# durations, sets, decades and centuries, and ranges of two of them.
TIMEX = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:(?:[01]\d|2[0-3])(?::[0-5]\d)?|MO|AF|EV|NI|DT))?)?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-[1-7])?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12]|-WE)?"
    r"|\d{2,3}|XXXX(?:-[\w-]+)?|P(?:\d+(?:\.\d+)?|X)[YMWDH]|PT(?:\d+|X)[HMS]|P(?:\d+|X)[YMWD](?:T\d+[HMS])?|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$"
)


def valid_timex(value: str) -> bool:
    return all(TIMEX.match(part) for part in value.split("/"))


pieces = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(NOISE),
                            st.text(alphabet=st.characters(codec="utf-8"), max_size=12)), min_size=1, max_size=18)


@given(pieces, st.sampled_from(["text", "html", "body"]))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_properties_extraction_raises_only_veille_errors(parts, kind):
    text = " ".join(parts)
    data = (f"<html><body><h1>{parts[0]}</h1><p>{text}</p></body></html>" if kind == "html" else text).encode("utf-8", "replace")
    try:
        article = extract(RawArticle(name="x", data=data, kind=kind, source="hypothesis"), lang="fr")
    except VeilleError:
        return
    assert article.text.strip()
    assert all(0 <= a <= b <= len(article.text) for a, b in article.paragraphs)


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_properties_any_bytes_raise_only_veille_errors(data):
    for kind in ("text", "html"):
        try:
            extract(RawArticle(name="x", data=data, kind=kind, source="hypothesis"), lang="fr")
        except VeilleError:
            pass


def test_properties_timex_check_is_strict():
    assert all(valid_timex(v) for v in ["2025-03-05", "2025-W10", "2025-SP", "2025-03-05TEV", "P2D", "PXW",
                                         "2025-03-04/2025-03-06", "199", "XXXX-WXX-3", "2025-03-05T14:30", "P1M"])
    assert not any(valid_timex(v) for v in ["mardi", "P-2D", "", "2025-03-05T99", "20250305", "2025-13", "2025-02-30x"])


@pytest.mark.model
@given(pieces)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_properties_stages_never_raise_and_say_well_formed_things(nlp, parts):
    from veille.nlp.pipeline import make_doc
    from veille.records import build_record

    body = " ".join(parts)
    when = datetime.fromisoformat("2025-03-05T10:00:00+01:00")
    article = Article(content_id(body), "h", "hypothesis", parts[0][:80], when, "minute", None, None, "fr", body)
    record = build_record(nlp(make_doc(nlp, article)))
    text = record.text
    spans = [(m.start, m.end) for e in record.entities for m in e.mentions]
    spans += [(t.start, t.end) for t in record.times] + [(q.start, q.end) for q in record.quotes]
    assert all((a, b) == (-1, -1) or 0 <= a < b <= len(text) for a, b in spans), spans
    assert all(text[m.start:m.end] == m.text for e in record.entities for m in e.mentions if m.start >= 0)
    assert all(t.value is None or valid_timex(t.value) for t in record.times), [t.value for t in record.times]
    ids = {e.id for e in record.entities}
    actors = [a for e in record.events for a in e.source + e.target]
    assert all(a.entity_id in ids for a in actors if a.entity_id), [a for a in actors if a.entity_id not in ids]
    assert all(e.date is None or valid_timex(e.date) for e in record.events)
