"""The thresholds of the events stage come from its spaCy factory config (sentences written for these tests)."""
from __future__ import annotations

import pytest
import spacy

from veille.nlp.events.reaches import EventReaches

pytestmark = pytest.mark.model


def _events(doc, **config):
    """The events of `doc` read again by an events stage built from its factory with `config`."""
    return spacy.blank("fr").add_pipe("veille_events", config=config)(doc)._.events


def test_event_reaches_default_config_is_the_dataclass_defaults(nlp) -> None:
    assert nlp.get_pipe("veille_events").settings == {"reaches": EventReaches()}


def test_event_reaches_background_days_decide_what_is_recalled(analyse) -> None:
    doc = analyse("Le 3 mai, la police espagnole a arrêté deux militants basques à Bilbao.")
    [arrest] = doc._.events
    assert (arrest.type, arrest.date, arrest.background) == ("COERCE", "2024-05-03", False)
    [recalled] = _events(doc, background_days=10)  # 23 days before publication
    assert recalled.background is True


def test_event_reaches_max_governors_bounds_the_status_search(analyse) -> None:
    doc = analyse("Le gouvernement nigérien a refusé de signer l'accord avec la France.")
    assert {(e.type, e.status) for e in doc._.events} == {("REJECT", "asserted"), ("AGREE", "negated")}
    # with no governor read, "signer" is no longer refused: told as done, it is dropped as the refusal's object
    assert {(e.type, e.status) for e in _events(doc, max_governors=0)} == {("REJECT", "asserted")}


def test_event_reaches_paragraph_reach_and_narrative_sentences(analyse) -> None:
    doc = analyse("Les ministres se sont retrouvés à Dakar jeudi. Le Sénégal a signé un accord avec la Gambie.")
    [deal] = doc._.events
    assert (deal.type, deal.place, deal.date) == ("AGREE", "Dakar", "2024-05-23")
    [nowhere] = _events(doc, paragraph_reach=0)
    assert (nowhere.place, nowhere.date) == (None, "2024-05-23")
    [undated] = _events(doc, narrative_sentences=0)
    assert (undated.place, undated.date) == ("Dakar", "2024-05-26")
