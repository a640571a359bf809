"""veille.nlp.events.dedupe: one event told twice is kept once (pure, Docs built by hand)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.model.record import Actor, Event
from veille.nlp.events.dedupe import deduplicate, is_heading

RUS = Actor("Russie", "RUS", None, "e1")
KREMLIN = Actor("Kremlin", "RUS", "government", "e2")
UKR = Actor("Ukraine", "UKR", None, "e3")


def event(source: Actor, date: str, sentence: str, status: str = "asserted") -> Event:
    return Event(type="ASSAULT", source=(source,), target=(UKR,), status=status, date=date, sentence=sentence)


def pairs(*events: Event):
    doc = spacy.blank("fr")("a b c d")
    return [(e, doc[0]) for e in events]


def test_event_dedupe_same_actor_and_date_is_one_event():
    kept = deduplicate(pairs(event(RUS, "2024-05-02", "s1"), event(RUS, "2024-05-02", "s2")))
    assert len(kept) == 1


def test_event_dedupe_other_date_or_other_body_is_another_event():
    kept = deduplicate(pairs(event(RUS, "2024-05-02", "s1"), event(RUS, "2024-05-09", "s2"), event(KREMLIN, "2024-05-02", "s3")))
    assert len(kept) == 3


def test_event_dedupe_one_type_per_dyad_in_a_sentence():
    assert len(deduplicate(pairs(event(RUS, "2024-05-02", "s1"), event(KREMLIN, None, "s1")))) == 1


def test_event_dedupe_factual_and_hypothetical_are_kept_apart():
    kept = deduplicate(pairs(event(RUS, "2024-05-02", "s1"), event(RUS, "2024-05-02", "s1", status="hypothetical")))
    assert [e.status for e in kept] == ["asserted", "hypothetical"]


def test_event_dedupe_heading_is_a_line_without_final_punctuation():
    words = ["Le", "Japon", "proteste", "\n\n", "Le", "Japon", "a", "protesté", "."]
    spaces = [True, True, False, False, True, True, True, False, False]
    starts = [True, False, False, False, True, False, False, False, False]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, sent_starts=starts)
    assert is_heading(doc[0]) and not is_heading(doc[4])
