"""veille.nlp.events.dedupe: one event told twice is kept once.

- An event embedded in another of the same source ("a promis de coopérer avec",
  "menace de frapper" stays: its status differs) is the same act told twice.
- A subheading ("Le Brésil appelle au calme", a line without final
  punctuation) announces what the body then tells: its event gives way to a
  body event of the same type and source.
- Across the body, events of one type between the same actors, on the same
  side (factual or not) and the same date are one event; within a sentence,
  one per type and dyad.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ...model.record import Event, Status
from ..extensions import doc_text

FACTUAL = {Status.ASSERTED.value, Status.PLANNED.value}
# How an event's trigger hangs under another trigger that embeds it (an infinitive, an object).
EMBEDDING_DEPS = {"xcomp", "obj", "ccomp", "obl:arg"}
# Acts that end, refuse or give up the act their object names.
ENDING_TYPES = {"RETREAT", "REJECT", "CONCEDE", "SANCTION"}
# Types whose two sides play the same part: A meets B is B meets A.
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
SENTENCE_ENDS = (".", "!", "?", "»", "…", '"', "”")

Found = list[tuple[Event, Token]]


def drop_embedded(found: Found) -> Found:
    """Drop an event whose trigger is the infinitive of another trigger with the same source and side,
    and an act only asked for ("a demandé au Conseil d'adopter une résolution": the request is the event)."""
    by_token = {token.i: event for event, token in found}
    kept = []
    for event, token in found:
        outer = by_token.get(token.head.i) if token.dep_ in EMBEDDING_DEPS else None
        if outer is not None and token.dep_ == "xcomp" and _codes(outer.source) == _codes(event.source) \
                and _side(outer) == _side(event):
            continue
        if outer is not None and outer.type == "REQUEST" and not _side(event):
            continue
        if outer is not None and outer.type in ENDING_TYPES and token.pos_ == "NOUN" and outer.type != event.type:
            continue  # "a levé les sanctions", "a suspendu son aide": the act that ends another is the event
        kept.append((event, token))
    return kept


def drop_heading_repeats(found: Found) -> Found:
    """Drop a subheading's event when the body codes the same type from the same source."""
    body = [(e.type, _codes(e.source), _side(e)) for e, token in found if not is_heading(token)]
    return [
        (event, token)
        for event, token in found
        if not is_heading(token) or (event.type, _codes(event.source), _side(event)) not in body
    ]


def is_heading(token: Token) -> bool:
    """A sentence that is a line of its own without final punctuation: a subheading."""
    sent = token.sent
    text = sent.text.strip()
    full = doc_text(sent.doc)
    ends_line = sent.text.rstrip(" ").endswith("\n") or full[sent.end_char:].lstrip(" ")[:1] in ("\n", "")
    alone = ends_line and (sent.start_char == 0 or full[:sent.start_char].rstrip(" ").endswith("\n"))
    return bool(text) and alone and not text.endswith(SENTENCE_ENDS + (";", ",", ":")) and "\n" not in text


def deduplicate(found: Found) -> list[Event]:
    """One event per (type, source, target, side, date); one per type and dyad in a sentence; an
    untargeted copy of a targeted event of the same sentence, type and source goes, and so does an
    act told again without its author after it was told with one ("a condamné les agressions")."""
    targeted = {(e.sentence, e.type, _codes(e.source)) for e, _ in found if e.target}
    kept: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    authored: set[tuple[Any, ...]] = set()
    for event, _ in found:
        if not event.target and (event.sentence, event.type, _codes(event.source)) in targeted:
            continue
        told = (event.type, _codes(event.target), _side(event))
        if not event.source and event.target and told in authored:
            continue
        keys = {_key(event, event.date, by_entity=True), _key(event, event.sentence, by_entity=False)}
        if keys & seen:
            continue
        seen |= keys
        if event.source:
            authored.add((event.type, _codes(event.target), _side(event)))
        kept.append(event)
    return kept


def _codes(actors: tuple[Any, ...]) -> frozenset[str | None]:
    return frozenset(a.code for a in actors)


def _side(event: Event) -> bool:
    return event.status in FACTUAL


def _key(event: Event, scope: str | None, by_entity: bool) -> tuple[Any, ...]:
    """Actors by entity (two bodies of one state are two actors) or by code (within a sentence)."""
    source = frozenset((a.entity_id or a.name.lower()) if by_entity else a.code for a in event.source)
    target = _codes(event.target)
    dyad: tuple[Any, ...] = (source, target)
    if event.type in SYMMETRIC_TYPES:
        dyad = tuple(sorted([tuple(sorted(map(str, source))), tuple(sorted(map(str, target)))]))
    return (event.type, dyad, _side(event), scope)
