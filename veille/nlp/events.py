"""veille.events: PLOVER events with actors, place, date and status.

Each verb or noun of the body whose lemma is in `lang/fr/event_triggers.json` and
whose conditions hold (a reflexive "se rendre", an object "fournir des missiles", a
preposition "se rendre en") becomes a candidate event. Its arguments come from the
dependency parse (`event_args`): subject, object, "avec", "à", "en", the agent of
a passive or of a nominalisation ("l'occupation de l'usine par les grévistes").
Arguments become actors (`actors`), the status comes from modality cues
(`status`), the date and place from the times and places stages (`event_context`).

Precision first: an event whose source acts for no known state or bloc is dropped,
the headline is not read (the body tells the same news), and one event told twice
is kept once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import geo, lang
from ..model.plover import MUTUAL_TYPES
from ..model.record import Actor, Event, Status
from .actors import RELATIVES, ActorFinder, find_group
from .event_args import (
    has_reflexive,
    is_passive,
    noun_governor,
    object_lemmas,
    prep_phrases,
    role_heads,
    verb_object,
    verb_subject,
)
from .event_dedupe import deduplicate, drop_embedded, drop_heading_repeats
from .event_context import event_date, event_place, is_background, located_places
from .status import status_of

Reading = dict[str, Any]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The trigger lexicon, loaded once."""
    return lang.load("fr", "event_triggers")


def find_events(doc: Doc) -> list[Event]:
    """The events the body of `doc` reports (see the module docstring)."""
    finder = ActorFinder(doc)
    context = EventReader(doc, finder)
    found: list[tuple[Event, Token]] = []
    for sent in doc.sents:
        if sent.end_char <= (doc._.body_start or 0):
            continue  # the headline: the body tells the same event with its arguments
        for token in sent:
            event = context.read(token)
            if event is not None:
                found.append((event, token))
    return deduplicate(drop_heading_repeats(drop_embedded(found)))


class EventReader:
    """Reads events at trigger tokens of one document."""

    def __init__(self, doc: Doc, finder: ActorFinder) -> None:
        self.doc = doc
        self.finder = finder
        self.places = located_places(doc)
        self.subjects = self._subject_actors()

    def _subject_actors(self) -> list[tuple[int, Actor]]:
        """Every subject that names an actor, in text order: antecedents for "il", "elle", "ils"."""
        found = []
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ in ("NOUN", "PROPN"):
                actor = self.finder.actor(token)
                if actor is not None:
                    found.append((token.i, actor))
        return found

    # -- one trigger ------------------------------------------------------------
    def read(self, token: Token) -> Event | None:
        """The event `token` triggers, or None."""
        reading = match_reading(token)
        if reading is None:
            return None
        source = self.sources(token, reading)
        if not source or not _sector_ok(source, reading):
            return None
        target = self.targets(token, reading, source)
        mutual = reading.get("symmetric") or reading["type"] in MUTUAL_TYPES
        # "X et Y ont signé à Riga": a target inside the compound source is a place, not a party
        inside = {a.code for a in target} <= {a.code for a in source}
        if mutual and inside and len({a.code for a in source}) > 1:
            source, target = source[:1], source[1:]
        if not target:
            target = self.fallback_target(token, reading, source)
        if reading.get("needs_target") and not target:
            return None
        if reading["type"] == "CONSULT" and not reading.get("domestic") and {a.code for a in target} <= {a.code for a in source}:
            return None  # a trip or a meeting at home is not a consultation between states
        return self.build(token, reading, source, target)

    def build(self, token: Token, reading: Reading, source: tuple[Actor, ...], target: tuple[Actor, ...]) -> Event:
        """The Event with its status, date, place, background and evidence."""
        status = status_of(token)
        if reading.get("status") and status == Status.ASSERTED.value:
            status = reading["status"]
        when = event_date(self.doc, token, status)
        explicit = sum(1 for a in source + target if a.entity_id)
        return Event(
            type=reading["type"],
            source=source,
            target=target,
            status=status,
            place=event_place(self.doc, token, self.places),
            date=when,
            mode=reading.get("mode"),
            cameo=reading.get("cameo"),
            background=is_background(self.doc, token, when),
            sentence=token.sent.text.strip(),
            trigger=trigger_words(token),
            confidence=round(min(0.9, 0.5 + 0.1 * explicit + (0.1 if target else 0.0)), 2),
        )

    # -- actors -------------------------------------------------------------------
    def sources(self, token: Token, reading: Reading) -> tuple[Actor, ...]:
        """Who acts: the reading's source roles, a noun's governing verb's subject, or a crowd's place."""
        roles = reading.get("source") or lexicon()["defaults"][_kind(token)]["source"]
        heads: list[Token] = []
        for role in roles:
            if role == "adj" and _kind(token) == "noun":
                actor = self.adjective_actor(token)
                if actor is not None:
                    return (actor,)
                continue
            heads = role_heads(token, role)
            actors = self.resolve_all(heads)
            if actors:
                return actors
            if heads:
                break
        if not heads and _kind(token) == "verb" and not is_passive(token):
            earlier = self.earlier_subject(token)
            if earlier is not None:
                return (earlier,)
        if _kind(token) == "noun" and not reading.get("needs_own_source"):
            governor = noun_governor(token)
            subject = verb_subject(governor) if governor is not None else None
            if subject is not None:
                heads = [subject]
                actors = self.resolve_all(heads)
                if actors:
                    return actors
        if reading.get("source_from_place") and (not heads or any(self.finder.is_collective(h) for h in heads)):
            return self.place_actor(token, heads)
        if reading.get("home_source") and self.finder.main_country:
            return (Actor(geo.country_name(self.finder.main_country) or self.finder.main_country, self.finder.main_country),)
        return ()

    def earlier_subject(self, verb: Token) -> Actor | None:
        """A verb the parser left without a subject ("... a critiqué X et a averti Y"): the last
        subject actor before it in its sentence."""
        start = verb.sent.start
        before = [actor for i, actor in self.subjects if start <= i < verb.i]
        return before[-1] if before else None

    def targets(self, token: Token, reading: Reading, source: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """Who the event is aimed at, from the reading's target roles."""
        roles = reading.get("target") or lexicon()["defaults"][_kind(token)]["target"]
        source_ids = {a.entity_id for a in source if a.entity_id}
        source_names = {a.name for a in source}
        for role in roles:
            if role == "adj_anti":
                code = self.finder.anti_target(token)
                if code:
                    return (Actor(geo.country_name(code) or code, code),)
                continue
            heads = role_heads(token, role)
            if reading.get("person_target") and not all(self.finder.is_person(h) for h in heads):
                continue
            actors = tuple(
                a for a in self.resolve_all(heads)
                if (a.entity_id not in source_ids or not a.entity_id) and a.name not in source_names
            )
            if actors:
                return actors
        code = self.finder.anti_target(token) if _kind(token) == "noun" else None
        return (Actor(geo.country_name(code) or code, code),) if code else ()

    def fallback_target(self, token: Token, reading: Reading, source: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """Without a named target: the place's country for a withdrawal, the article's country for domestic acts."""
        if reading.get("target_from_place"):
            code = self.finder.place_country(token.sent)
        elif reading.get("domestic_place"):
            code = self.finder.place_country(token.sent) or self.finder.main_country
        elif reading.get("domestic"):
            other = self.finder.other_actor(token.sent, source)
            if other is not None:
                return (other,)
            code = self.finder.main_country or source[0].code
        else:
            return ()
        return (Actor(geo.country_name(code) or code, code),) if code else ()

    def place_actor(self, token: Token, heads: list[Token]) -> tuple[Actor, ...]:
        """An unnamed crowd, police or court acts for the country where it acts."""
        code = self.finder.place_country(token.sent) or self.finder.main_country
        if not code:
            return ()
        name = heads[0].text if heads else (geo.country_name(code) or code)
        return (Actor(name, code, self.finder.actor_sector(heads[0]) if heads else None),)

    def adjective_actor(self, noun: Token) -> Actor | None:
        """"frappes russes", "l'invasion russe", "sanctions occidentales": the actor in an adjective."""
        for child in noun.children:
            if child.dep_ != "amod" or child.lower_.startswith("anti"):
                continue
            code = geo.demonym_country(child.text)
            if code:
                return Actor(geo.country_name(code) or code, code)
            group = find_group(child.text)
            if group is not None:
                return Actor(child.text, group[0], group[1])
        return None

    def resolve_all(self, heads: list[Token]) -> tuple[Actor, ...]:
        """Actors for phrase heads (pronouns through their antecedent), without repeats."""
        actors: list[Actor] = []
        for head in heads:
            actor = self.resolve(head)
            if actor is not None and actor.code and all(a.code != actor.code or a.name != actor.name for a in actors):
                actors.append(actor)
        return tuple(actors)

    def resolve(self, head: Token) -> Actor | None:
        """The actor of one phrase head; "qui" is its antecedent, "il"/"elle" the last subject before it."""
        if head.pos_ == "PRON":
            if head.lower_ in RELATIVES and head.head.dep_ == "acl:relcl":
                return self.resolve(head.head.head)
            actor = self.finder.actor(head)
            if actor is not None:
                return actor
            if head.lower_ in ("il", "elle", "ils", "elles"):
                return self.antecedent(head)
            return None
        return self.finder.actor(head)

    def antecedent(self, pronoun: Token) -> Actor | None:
        """The last subject actor before a personal pronoun, in its sentence or the two before."""
        earliest = pronoun.sent.start - 80
        before = [actor for i, actor in self.subjects if earliest <= i < pronoun.i]
        return before[-1] if before else None


def match_reading(token: Token) -> Reading | None:
    """The first reading of the token's lemma whose conditions hold."""
    kind = _kind(token)
    if kind is None:
        return None
    readings = lexicon()["verbs" if kind == "verb" else "nouns"].get(token.lemma_.lower())
    if kind == "noun" and any(c.dep_ == "nsubj" for c in token.children):
        # a verb tagged as a noun ("La syndicaliste demande au gouvernement")
        readings = lexicon()["verbs"].get(token.lower_ + "r") or readings
    for reading in readings or []:
        if conditions_hold(token, reading):
            return reading
    return None


def conditions_hold(token: Token, reading: Reading) -> bool:
    """Whether the token meets a reading's conditions (see event_triggers.json's _doc)."""
    if reading.get("reflexive") and not has_reflexive(token):
        return False
    if "passive" in reading and is_passive(token) != reading["passive"]:
        return False
    if reading.get("active_only") and is_passive(token):
        return False
    if reading.get("prep") and not any(next(prep_phrases(token, p, deep=False), None) is not None for p in reading["prep"]):
        return False
    if reading.get("adverb") and not any(c.lower_ in reading["adverb"] for c in token.children):
        return False
    if reading.get("plural") and "Plur" not in token.morph.get("Number") and not token.lower_.endswith(("s", "x")):
        return False
    if reading.get("modifiers") and not any(
        c.dep_ == "amod" and c.lemma_.lower() in reading["modifiers"] for c in token.children
    ):
        return False
    return _objects_ok(token, reading)


def _objects_ok(token: Token, reading: Reading) -> bool:
    wanted = set(reading.get("objects") or []) | set(lexicon().get(reading.get("objects_from", ""), []))
    if not wanted:
        return True
    lemmas = object_lemmas(token)
    if set(lemmas) & wanted or _detached_object(token, wanted):
        return True
    return bool(reading.get("allow_named_objects")) and _named_object(token)


# How far after a verb a wanted object noun the parser left unattached is still taken as its object.
DETACHED_OBJECT_WINDOW = 6


def _detached_object(token: Token, wanted: set[str]) -> bool:
    """A wanted noun just after the verb, cut off as a root of its own or a second object.

    After a time or place adjunct ("ont signé mardi à Riga un accord") the small French model
    makes the object a second root, or takes the weekday for the object; either way the
    verb's real object would be lost.
    """
    if token.pos_ != "VERB":
        return False
    # The cut-off object starts a "sentence" of its own, so look past token.sent, up to a full stop.
    for t in token.doc[token.i + 1:token.i + 1 + DETACHED_OBJECT_WINDOW]:
        if t.text in ".!?;":
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in wanted and t.head.i in (t.i, token.i):
            return True
    return False


def _named_object(token: Token) -> bool:
    """The object is a person's name ("a arrêté Marek Nowicki", "a exclu Joan Ferrer")."""
    patient = verb_object(token) if _kind(token) == "verb" else None
    if patient is None:
        return False
    return patient.pos_ == "PROPN" or patient.ent_type_ == "PER" or any(
        c.dep_ == "flat:name" for c in patient.children
    )


def _sector_ok(source: tuple[Actor, ...], reading: Reading) -> bool:
    wanted = reading.get("sector")
    return not wanted or any(a.sector in wanted for a in source)


def _kind(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "verb"
    if token.pos_ == "NOUN":
        return "noun"
    return None


def trigger_words(token: Token) -> str:
    """The trigger as it reads: "s'est rendu", "ont fourni", "invasion"."""
    if _kind(token) != "verb":
        return token.text
    words = [c for c in token.children if c.dep_.startswith("aux") or (c.dep_.startswith("expl") and c.i < token.i)]
    return " ".join(t.text for t in sorted([*words, token], key=lambda t: t.i)).replace("' ", "'")


@Language.component(
    "veille_events", requires=["doc._.entities", "doc._.times", "doc._.places"], assigns=["doc._.events"]
)
def events_component(doc: Doc) -> Doc:
    doc._.events = find_events(doc)
    return doc
