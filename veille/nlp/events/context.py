"""veille.nlp.events.context: the date, place and background flag of an event.

- Date: the time expression of the trigger's sentence nearest to the trigger
  ("s'est rendu au Chili au début du mois et doit se rendre au Pérou les 14
  et 15 mars": each visit takes its own); a recalled event keeps its own date
  ("l'annexion ... le 3 mars 2019"). Without one, an asserted event is dated
  the day of publication; a planned or hypothetical one is left undated.
- Place: a place named in the trigger's clause ("à Lisbonne", "au Portugal"), else
  the first place of the sentence, else the last place its paragraph named before it (a
  report goes on about the same scene), else the dateline's place. A place named in an
  earlier paragraph is not carried over: a new paragraph often opens a new scene.
- Background: told in the plus-que-parfait or the passé simple of history, or
  dated more than a month before the publication.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from datetime import date
from operator import itemgetter

from spacy.tokens import Doc, Span, Token

from ... import lang
from ...model.record import Entity, Place, Status, TimeExpr
from ..extensions import doc_text
from .reaches import EventReaches

TIME_TYPES = {"DATE", "TIME"}
PARAGRAPH_BREAK = "\n\n"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def sentence_times(doc: Doc, sent: Span) -> list[tuple[TimeExpr, int]]:
    """Dated time expressions of a sentence with the index of their first token."""
    found = []
    for t in doc._.times or []:
        if t.type in TIME_TYPES and t.value and not t.value.endswith("_REF") and sent.start_char <= t.start < sent.end_char:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                found.append((t, span.start))
    return found


def event_date(doc: Doc, trigger: Token, status: str, reaches: EventReaches = EventReaches()) -> str | None:
    """The TIMEX3 value of the event's date (see the module docstring)."""
    reachable = clause_verbs(trigger)
    own = {x.i for x in trigger.subtree} if trigger.pos_ == "NOUN" else set()
    times = [(t, i) for t, i in sentence_times(doc, trigger.sent) if i in own or clause_verb(doc[i]) in reachable]
    if times:
        return min(times, key=lambda item: abs(item[1] - trigger.i))[0].value
    if status != Status.ASSERTED.value:
        return None
    return narrative_day(doc, trigger, reaches.narrative_sentences) or publication_day(doc)



def narrative_day(doc: Doc, trigger: Token, sentences: int = EventReaches.narrative_sentences) -> str | None:
    """The day the paragraph is telling of: the last day named in the sentences just before the
    trigger's, in the same paragraph ("Mardi, l'Assemblée a voté... L'opposition a quitté la salle")."""
    sent = trigger.sent
    start = sent.start
    for _ in range(sentences):
        if start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space:
            break
        start = doc[start - 1].sent.start
    earlier = [t for t in doc._.times or [] if t.type in TIME_TYPES and t.value and DAY.match(t.value)
               and doc[start].idx <= t.start < sent.start_char]
    return earlier[-1].value[:10] if earlier else None


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds the token (the token itself for a verb; the root at worst)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node


def clause_verbs(trigger: Token) -> set[Token]:
    """The trigger's clause verb and the verbs above it: a date there dates the event too
    ("s'est rendu au début du mois ... et doit se rendre"), a date in a side clause does not."""
    node = clause_verb(trigger)
    # a time clause dates its main clause too ("alors qu'il se trouvait mardi place de la Liberté")
    found = {node} | {c for c in node.children if c.dep_ == "advcl" and _temporal(c)}
    while node.head != node:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found.add(node)
    return found


def _temporal(clause: Token) -> bool:
    marks = set(lang.current().load("modality_cues")["temporal_marks"])
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def publication_day(doc: Doc) -> str | None:
    """The article's publication day, as a TIMEX3 date."""
    article = doc._.article
    published = getattr(article, "published", None)
    return published.date().isoformat() if published else None


def is_background(doc: Doc, trigger: Token, when: str | None, days: int = EventReaches.background_days) -> bool:
    """Recalled rather than reported: plus-que-parfait, passé simple, or dated well before the article."""
    if _plus_que_parfait(trigger) or "Past" in trigger.morph.get("Tense", []) and "Fin" in trigger.morph.get("VerbForm", []):
        return True
    published = getattr(doc._.article, "published", None)
    day = _first_day(when)
    return bool(published and day and (published.date() - day).days > days)


def _plus_que_parfait(verb: Token) -> bool:
    return any(c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense", []) for c in verb.children)


def _first_day(value: str | None) -> date | None:
    """The first day a TIMEX3 value covers ("2022-02" -> 2022-02-01), or None."""
    if not value:
        return None
    head = value.split("/")[0]
    parts = head.split("-")
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 1)
        if parts[0].isdigit() and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def event_place(doc: Doc, trigger: Token, located: list[tuple[int, int, Entity]],
                actors: Collection[str] = frozenset(), owners: Collection[int] = frozenset(),
                reaches: EventReaches = EventReaches()) -> str | None:
    """The name of the place where the event happens (see the module docstring); entities in
    `actors` act in it and are not its place. A mention starting at an offset of `owners` says whom
    an actor belongs to ("ses homologues du Niger"): it is the place only when nothing else in the
    sentence is, and only on the side of the author, before the trigger ("les autorités de Bamako")."""
    sent = trigger.sent
    in_sentence = [item for item in starting_in(located, sent.start_char, sent.end_char) if item[2].id not in actors]
    plain = [item for item in in_sentence if item[0] not in owners]
    authors = [item for item in in_sentence if item[0] in owners and item[0] < trigger.idx]
    if not plain and not authors:
        return paragraph_place(doc, sent, located, reaches.paragraph_reach) or dateline_place(doc)
    entity = nearest_around(trigger, plain) or (plain or authors)[0][2]
    named = [e for _, _, e in in_sentence]
    if any(start in patient_words(trigger) for start, _, e in plain if e is entity):
        return place_name(doc, town_at(doc, entity, named))  # "a détruit la porte de la mosquée X, à Tombouctou"
    return place_name(doc, town_of(doc, entity, named))


def patient_words(trigger: Token) -> set[int]:
    """The character offsets of the words of what a verb acts on (its direct object's phrase)."""
    objects = [c for c in trigger.children if c.dep_ == "obj"] if trigger.pos_ in ("VERB", "AUX") else []
    return {t.idx for patient in objects for t in patient.subtree}


def town_at(doc: Doc, entity: Entity, named: list[Entity]) -> Entity:
    """The town the sentence names at the very position the places stage gave a building or a
    landmark (the object of the act, not where it took place), else the entity itself."""
    places = {p.entity_id: p for p in doc._.places or [] if isinstance(p, Place) and p.entity_id}
    own = places.get(entity.id)
    if own is None or own.feature in ("city", "country", "region"):
        return town_of(doc, entity, named)
    same = (e for e in named if e.id in places and places[e.id].feature == "city"
            and (places[e.id].lat, places[e.id].lon) == (own.lat, own.lon))
    return next(same, entity)


def nearest_around(trigger: Token, located: list[tuple[int, int, Entity]]) -> Entity | None:
    """The place nearest the trigger in the smallest phrase or clause around it that names one: the
    trigger's own words first, then its governor's, up to the sentence; one after the trigger first,
    where French puts an act's complements ("Après l'attentat de Nice, la police a interpellé trois
    suspects à Marseille": Marseille)."""
    node = trigger
    while True:
        words = {t.idx: t.i for t in node.subtree}
        inside = [((words[start] < trigger.i, abs(words[start] - trigger.i)), entity)
                  for start, _, entity in located if start in words]
        if inside:
            return min(inside, key=itemgetter(0))[1]
        if node.head == node:
            return None
        node = node.head


def town_of(doc: Doc, entity: Entity, named: list[Entity]) -> Entity:
    """The town the sentence names for a venue the places stage could not place ("au centre de
    congrès Lakeside, à Toronto"): a place one can find on a map; else the entity itself (a square
    or a building it placed is a place in its own right: "sur la place Tahrir, au Caire")."""
    places = {p.entity_id: p for p in doc._.places or [] if isinstance(p, Place) and p.entity_id}
    if entity.id in places:
        return entity
    return next((e for e in named if e.id != entity.id and e.id in places and places[e.id].feature == "city"), entity)


def starting_in(located: list[tuple[int, int, Entity]], low: int, high: int) -> list[tuple[int, int, Entity]]:
    """The mentions of `located` (sorted by start) that start in [low, high), found by bisection:
    an article's every event looks its places up."""
    return located[bisect_left(located, low, key=itemgetter(0)):bisect_left(located, high, key=itemgetter(0))]


def paragraph_place(doc: Doc, sent: Span, located: list[tuple[int, int, Entity]],
                    reach: int = EventReaches.paragraph_reach) -> str | None:
    """The last place named before `sent` in its paragraph, within `reach` characters."""
    before = [item for item in starting_in(located, sent.start_char - reach, sent.start_char)
              if item[1] <= sent.start_char]
    if not before:
        return None
    start, end, entity = before[-1]
    between = doc.char_span(end, sent.start_char, alignment_mode="expand")
    if between is not None and PARAGRAPH_BREAK in between.text_with_ws:
        return None
    return place_name(doc, entity)


def dateline_place(doc: Doc) -> str | None:
    """The dateline's place ("BAMAKO (AFP) -"), when the article has one: where a wire report is filed."""
    article = getattr(doc._, "article", None)
    dateline = getattr(article, "dateline", None)
    if not isinstance(dateline, str):
        return None
    return dateline.strip() or None


def place_name(doc: Doc, entity: Entity) -> str:
    """The geocoded place's name for an entity when the places stage has one, else the entity's name."""
    for place in doc._.places or []:
        if isinstance(place, Place) and place.entity_id == entity.id:
            return place.name
    return entity.name


def located_places(doc: Doc) -> list[tuple[int, int, Entity]]:
    """Mentions of place entities (start, end, entity), in text order."""
    places = {p.entity_id for p in doc._.places or [] if isinstance(p, Place) and p.entity_id}
    found = [
        (m.start, m.end, e)
        for e in doc._.entities or []
        if e.type == "LOC" or e.id in places
        for m in e.mentions
    ]
    return sorted(found, key=lambda item: item[0])


def is_habit(doc: Doc, trigger: Token) -> bool:
    """A habit or a generic statement ("chaque vendredi, des centaines de personnes manifestent",
    "la police interpelle en moyenne dix personnes par jour"), not an event: a recurring time in
    the trigger's clause, or an adverb of habit on its verb."""
    reachable = clause_verbs(trigger)
    for t in doc._.times or []:
        if t.type == "SET" and trigger.sent.start_char <= t.start < trigger.sent.end_char:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and clause_verb(span.root) in reachable and not _names_instance(span, trigger):
                return True
    words = set(lang.current().load("modality_cues")["habit_words"])
    verb = clause_verb(trigger)
    return any(c.lower_ in words or c.lemma_.lower() in words for c in verb.children if c.dep_.startswith(("advmod", "obl")))


def _names_instance(span: Span, trigger: Token) -> bool:
    """A recurring adjective inside a noun event's own phrase ("leurs exercices militaires annuels",
    "le sommet annuel de l'UA") says which event it is, not that it is a habit."""
    return trigger.pos_ == "NOUN" and span.root.pos_ == "ADJ" and trigger.is_ancestor(span.root)


def quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks."""
    ranges: list[tuple[int, int]] = []
    text = doc_text(doc)
    for opening, closing in lang.current().load("modality_cues")["quote_marks"].items():
        start = text.find(opening)
        while start != -1:
            end = text.find(closing, start + 1)
            if end == -1:
                break
            ranges.append((start, end))
            start = text.find(opening, end + 1)
    return ranges

