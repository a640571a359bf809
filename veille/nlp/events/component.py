"""veille.nlp.events.component: PLOVER events with actors, place, date and status.

Each verb, noun or multiword expression of the body that the lexicon of `lang/fr/events/`
knows (`event_lexicon`, `event_triggers`) and whose conditions hold (a reflexive "se rendre", an object "fournir des missiles", a
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

from collections.abc import Collection
from dataclasses import asdict
from itertools import takewhile
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ... import geo, lang
from ...lang import DEFAULT, LanguageData, language_data, language_table
from ...model.plover import MUTUAL_TYPES, VERBAL_CONFLICT, VERBAL_COOPERATION, quad_of
from ...model.record import Actor, Event, Status
from ...textnorm import fold_name as fold
from ..stage import Stage
from .actors import ActorFinder, find_group, group_codes, is_foreign_voice, phrase_tokens
from .agreement import agrees, phrase_gender, phrase_number
from .args import (
    agent_mark,
    agent_of_participle,
    fronted_role,
    genitive,
    is_object_clitic,
    is_participle,
    is_passive,
    is_present_participle,
    noun_governor,
    positional_role,
    prep_of,
    role_heads,
    verb_subject,
    with_conjuncts,
)
from .context import event_date, event_place, is_background, is_habit, located_places, quoted_ranges
from .dedupe import deduplicate, drop_embedded, drop_heading_repeats
from .lexicon import Lexicon, load_lexicon
from .reaches import EventReaches
from .status import status_of
from .triggers import Match, match_triggers, trigger_kind, trigger_words

Reading = dict[str, Any]
VERBAL_QUADS = {VERBAL_COOPERATION, VERBAL_CONFLICT}
# Types whose target may be that of the act they embed ("menacer d'envahir X", "exiger de libérer X").
EMBEDDED_TARGET_TYPES = {"THREATEN", "REQUEST"}
# The dependencies of a clause's own parties: what a clitic pronoun may stand for.
CORE_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "appos"}


def lexicon() -> Lexicon:
    """The trigger lexicon of the language being read (built once per language)."""
    return lang.current().table(load_lexicon)


def find_events(doc: Doc, reaches: EventReaches = EventReaches()) -> list[Event]:
    """The events the body of `doc` reports (see the module docstring)."""
    finder = ActorFinder(doc, context_reach=reaches.context_reach)
    context = EventReader(doc, finder, reaches)
    for sent in doc.sents:
        if sent.end_char <= (doc._.body_start or 0):
            continue  # the headline: the body tells the same event with its arguments
        for token in sent:
            event = context.read(token)
            if event is not None:
                context.found.append((event, token))
    return deduplicate(drop_heading_repeats(drop_embedded(context.found)))


class EventReader:
    """Reads events at trigger tokens of one document."""

    def __init__(self, doc: Doc, finder: ActorFinder, reaches: EventReaches = EventReaches()) -> None:
        self.doc = doc
        self.finder = finder
        self.reaches = reaches
        self.places = located_places(doc)
        grammar = lexicon().grammar
        described = [(compact(word), kind, " " in word) for kind, words in grammar["descriptions"].items() for word in words]
        self.descriptions = {word: kind for word, kind, phrase in described if not phrase}
        self.description_phrases = {word: kind for word, kind, phrase in described if phrase}
        self.latest_words = {compact(word) for word in grammar["latest_mention"]}
        self.agreement: dict[int, tuple[str | None, str | None]] = {}  # subject offset -> gender, number
        self.subjects = self._subject_actors()
        self.found: list[tuple[Event, Token]] = []  # events read so far, in text order
        self.quoted = quoted_ranges(doc)
        self.people = _states_and_places(doc, finder)

    def _subject_actors(self) -> list[tuple[int, Actor, bool]]:
        """Every subject that names an actor, in text order, and whether it is one unnamed person:
        antecedents for "il", "elle", "ils"."""
        found = []
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ in ("NOUN", "PROPN"):
                actor = self.described_entity(token) or self.role_antecedent(token) or self.finder.actor(token)
                if actor is not None:
                    found.append((token.i, actor, self.finder.is_lone_person(token)))
                    self.agreement[token.i] = (phrase_gender(token, self.finder), phrase_number(token))
        return found

    # -- one trigger ------------------------------------------------------------
    def read(self, token: Token) -> Event | None:
        """The event `token` triggers, or None."""
        for match in match_triggers(token, lexicon(), self.reaches):
            if is_habit(self.doc, token):
                return None
            source = self.sources(match)
            if _sector_ok(source, match.reading, self.people):
                return self.read_match(match, source)
        return None

    def read_match(self, match: Match, source: tuple[Actor, ...]) -> Event | None:
        """The event of one reading whose source is known, or None."""
        token, reading = match.head, match.reading
        if not source and not self.unknown_author(match):
            return None
        target = self.targets(match, source, patients_only=not source)
        if not source and not target:
            return None  # an unknown author needs a victim the text names, not a place
        mutual = reading.get("symmetric") or reading["type"] in MUTUAL_TYPES
        # "X et Y ont signé à Riga": a target inside the compound source is a place, not a party
        inside = {a.code for a in target} <= {a.code for a in source}
        if mutual and inside and len({a.code for a in source}) > 1:
            source, target = source[:1], source[1:]
        if not target:
            target = self.fallback_target(token, reading, source)
        if reading.get("needs_target") and not target:
            return None
        if reading["type"] == "CONSULT" and not reading.get("domestic") and {a.code for a in target} <= {a.code for a in source} \
                and not self.home_parties(source, target):
            return None  # a trip at home, or a state meeting itself, is not a consultation
        return self.build(match, source, target)

    def unknown_author(self, match: Match) -> bool:
        """An attack whose author the text does not name ("trois soldats ont été tués"), as opposed
        to one whose subject is no actor ("le typhon a tué") or an accident ("tués dans un accident")."""
        if not match.reading.get("null_source"):
            return False
        agent_role = "subj" if match.kind == "verb" else agent_mark()
        agents = arguments(match, agent_role)
        if agents and not all(h.lemma_.lower() in instruments() for h in agents):
            return False  # "tués par balle", "un engin explosif a tué": the weapon is no author
        causes = lexicon().word_class(match.reading.get("not_cause", ""))
        return not any(t.lemma_.lower() in causes for t in match.head.sent)

    def build(self, match: Match, source: tuple[Actor, ...], target: tuple[Actor, ...]) -> Event:
        """The Event with its status, date, place, background and evidence."""
        token, reading = match.head, match.reading
        status = status_of(token, self.reaches.max_governors)
        if reading.get("status") and status == Status.ASSERTED.value:
            status = reading["status"]
        when = event_date(self.doc, token, status, self.reaches)
        explicit = sum(1 for a in source + target if a.entity_id)
        return Event(
            type=reading["type"],
            source=source,
            target=target,
            status=status,
            place=event_place(self.doc, token, self.places, self.not_places(reading["type"], source, target),
                              self.owner_places(token.sent), self.reaches),
            date=when,
            mode=reading.get("mode"),
            cameo=reading.get("cameo"),
            background=is_background(self.doc, token, when, self.reaches.background_days),
            sentence=token.sent.text.strip(),
            trigger=trigger_words(match),
            confidence=round(min(0.9, 0.5 + 0.1 * explicit + (0.1 if target else 0.0)), 2),
        )

    @staticmethod
    def not_places(kind: str, source: tuple[Actor, ...], target: tuple[Actor, ...]) -> set[str]:
        """Entities named as actors that are not where the event happens: its author ("le tir
        de la Russie sur l'Ukraine"), and the addressee of words ("a accusé la Russie"); a
        visit's or a strike's target may well be its place."""
        actors = source + (target if quad_of(kind) in VERBAL_QUADS and kind != "CONSULT" else ())
        return {a.entity_id for a in actors if a.entity_id}

    def owner_places(self, sent: Span) -> set[int]:
        """Offsets of the place names of a sentence that are the "de" complement of an actor noun
        ("les autorités de Bamako", "ses homologues du Niger", "l'ambassade de France")."""
        owners = [t for t in sent if t.dep_ == "nmod" and prep_of(t) == genitive() and self.finder.is_actor_noun(t.head)]
        return {t.idx for owner in owners for t in with_conjuncts(owner)}

    # -- actors -------------------------------------------------------------------
    def sources(self, match: Match) -> tuple[Actor, ...]:
        """Who acts: the reading's source roles, a noun's governing verb's subject, or a crowd's place."""
        token, reading = match.head, match.reading
        # one unnamed person's words ("un homme dénonce") are no event between political actors
        people = quad_of(reading["type"]) not in VERBAL_QUADS
        roles = reading.get("source") or lexicon().defaults[match.kind]["source"]
        heads: list[Token] = []
        for role in roles:
            if role == "adj" and _kind(token) == "noun":
                actor = self.adjective_actor(token)
                if actor is not None:
                    return (actor,)
                continue
            heads = arguments(match, role)
            if not people:
                heads = [h for h in heads if not self.finder.is_lone_person(h)]
            actors = self.resolve_all(heads, people) or self.instrument_owner(token, heads)
            if actors:
                return actors
            if heads:
                break
        passive = is_passive(token) or match.fronted
        if not heads and match.kind == "verb" and not passive and not is_participle(token):
            earlier = self.earlier_subject(token, people) or self.name_before(token)
            if earlier is not None:
                return (earlier,)
        # a noun event, or a present participle on a noun ("une résolution condamnant..."), acts
        # through the verb that governs the noun: its subject is the author
        carrier = token.head if token.dep_ == "acl" and is_present_participle(token) else token
        if (match.kind == "noun" or carrier is not token) and not reading.get("needs_own_source"):
            governor = noun_governor(carrier)
            subject = verb_subject(governor) if governor is not None and acts_through(governor, reading["type"], self.reaches) else None
            if subject is not None:
                heads = [subject]
                actors = self.resolve_all(heads)
                if actors:
                    return actors
        if reading.get("source_from_place") and (not heads or any(self.finder.is_collective(h) for h in heads)):
            return self.place_actor(token, heads)
        if reading.get("home_source") and self.finder.main_country:
            return (Actor(geo.country_name(self.finder.main_country) or self.finder.main_country, self.finder.main_country),)
        if reading.get("implicit_source") and not heads and passive:
            agent = self.finder.implicit(token, reading["implicit_source"])
            return (agent,) if agent is not None else ()
        return ()

    def instrument_owner(self, token: Token, heads: list[Token]) -> tuple[Actor, ...]:
        """"le tir d'un missile de la Russie": when a noun event's complement is its weapon, the
        next "de" phrase of the event's phrase is its author (the parser hangs it anywhere)."""
        if _kind(token) != "noun" or not heads or any(h.lemma_.lower() not in instruments() for h in heads):
            return ()
        last = max(h.i for h in heads)
        for owner in token.subtree:
            if owner.i > last and owner.pos_ in ("NOUN", "PROPN") and prep_of(owner) == genitive():
                actor = self.resolve(owner)
                if actor is not None and actor.code:
                    return (actor,)
        return ()

    def name_before(self, verb: Token) -> Actor | None:
        """A verb the parser left without any subject ("l'ambassadrice érythréenne Saba Tesfay a rejeté",
        its subject parsed as a complement): the person or body named just before its auxiliaries."""
        before = verb.i - 1
        while before >= verb.sent.start and verb.doc[before].dep_.startswith(("aux", "advmod")):
            before -= 1
        if before < verb.sent.start:
            return None
        word = verb.doc[before]
        named = self.finder.entities_in(word.idx, word.idx + len(word.text))
        if not named or named[0].type not in ("PER", "ORG"):
            return None
        code, sector = self.finder.entity_code(named[0])
        return Actor(named[0].name, code, sector, named[0].id) if code else None

    def earlier_subject(self, verb: Token, people: bool = True) -> Actor | None:
        """A verb the parser left without a subject ("... a critiqué X et a averti Y"): the last
        subject actor before it in its sentence (not one unnamed person unless `people`)."""
        start = verb.sent.start
        before = [actor for i, actor, lone in self.subjects if start <= i < verb.i and (people or not lone)]
        return before[-1] if before else None

    def targets(self, match: Match, source: tuple[Actor, ...], patients_only: bool = False) -> tuple[Actor, ...]:
        """Who the event is aimed at, from the reading's target roles (only those of a patient,
        "tuer X", "tirer sur X", when `patients_only`)."""
        token, reading = match.head, match.reading
        recipient = self.recipient(token, source)
        if recipient is not None:
            return (recipient,)
        roles = reading.get("target") or lexicon().defaults[match.kind]["target"]
        if patients_only:
            roles = [r for r in roles if r in patient_roles()]
        source_ids = {a.entity_id for a in source if a.entity_id}
        source_names = {a.name for a in source}
        for role in roles:
            if role == "adj_anti":
                code = self.finder.anti_target(token)
                if code:
                    return (Actor(geo.country_name(code) or code, code),)
                continue
            heads = [h for h in arguments(match, role) if not self.quoted_by_other(h, token, source)]
            clitics = [a for h in heads if is_object_clitic(h) for a in [self.object_antecedent(h, source)] if a is not None]
            if clitics:
                return tuple(clitics[:1])
            if reading.get("person_target") and not all(self.finder.is_person(h) or self.finder.is_body(h) for h in heads):
                continue
            authors = [a for h in heads for a in self.act_author(h, source)] if reading["type"] in JUDGING_TYPES else []
            if authors:
                return tuple(authors)
            actors = tuple(
                a for a in self.resolve_all([self.author_or_head(h, token, reading["type"]) for h in heads])
                if (a.entity_id not in source_ids or not a.entity_id) and a.name not in source_names
            )
            if reading["type"] in JUDGING_TYPES and any(self.is_act(h) for h in heads):
                # "a critiqué la condamnation d'un chercheur français": one's own people suffered the act, others did it
                actors = tuple(a for a in actors if a.code not in {s.code for s in source})
            if actors:
                return actors
            replied = next((self.replied_to(h, source) for h in heads if is_anaphor(h)), None)
            if replied is not None:
                return (replied,)
        if reading["type"] in ANSWER_TYPES and "obj" not in roles:
            # "Bakou a refusé l'invitation": what an answer takes up was put forward by another
            replied = next((self.replied_to(h, source) for h in arguments(match, "obj") if is_anaphor(h)), None)
            if replied is not None:
                return (replied,)
        code = self.finder.anti_target(token) if _kind(token) == "noun" else None
        return (Actor(geo.country_name(code) or code, code),) if code else ()

    def author_or_head(self, head: Token, trigger: Token, kind: str = "") -> Token:
        """For an act named by a noun ("a dénoncé le tir d'un missile nord-coréen", "a exigé le retrait
        des forces françaises", "a dénoncé des exactions commises par l'armée"), the phrase of its author;
        any other phrase as it is."""
        if head.pos_ != "NOUN":
            return head
        agent = participle_agent(head, trigger, any_noun=kind in ANSWER_TYPES)
        if agent is not None:
            return agent
        if not lexicon().readings("noun", head.lemma_.lower()):
            return head
        for child in head.children:
            if child.dep_ == "amod" and geo.demonym_country(child.text):
                return head  # "l'invasion russe": the head's phrase names its author
        for prep in lang.ordered_words("agent_prepositions"):
            author = next((c for c in head.children if c.dep_ in ("nmod", "obl:agent") and prep_of(c) == prep), None)
            if author is not None:
                return author
        return head

    def recipient(self, noun: Token, source: tuple[Actor, ...]) -> Actor | None:
        """"Le président tunisien a reçu le soutien de l'Algérie": the subject of a receiving verb is
        the target of the act its object names, and so is the victim of one ("a été victime d'une attaque")."""
        if noun.pos_ != "NOUN":
            return None
        governor = noun_governor(noun)
        if governor is not None and governor.lemma_.lower() in receiving_governors():
            subject = verb_subject(governor)
        else:
            subject = victim_subject(noun)
        if subject is None:
            return None
        actor = self.resolve(subject)
        return actor if actor is not None and actor.code and actor not in source else None

    def replied_to(self, anaphor: Token, source: tuple[Actor, ...]) -> Actor | None:
        """Who made the act "cette demande" or "la proposition" refers to: the author of the last
        event of a fitting type, else the last other actor named as a subject shortly before."""
        codes = {a.code for a in source}
        types = set(anaphor_types().get(anaphor.lemma_.lower(), []))
        for event, token in reversed(self.found):
            if token.i < anaphor.i and event.type in types and event.source and event.source[0].code not in codes:
                return event.source[0]
        earliest = anaphor.sent.start - self.reaches.anaphor_reach
        before = [a for i, a, _ in self.subjects if earliest <= i < anaphor.sent.start and a.code not in codes]
        return before[-1] if before else None

    def fallback_target(self, token: Token, reading: Reading, source: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """Without a named target: the place's country for a withdrawal, the article's country for domestic acts,
        the country where the news takes place for aid sent from abroad (a fire, a flood, a war)."""
        if reading.get("target_from_place"):
            code = self.finder.place_country(token.sent)
        elif reading.get("context_target"):
            code = self.finder.context_country(token, besides={a.code for a in source if a.code})
        elif reading.get("domestic_place"):
            code = self.finder.place_country(token.sent) or self.finder.main_country
        elif reading.get("domestic"):
            other = self.finder.other_actor(token.sent, source, skip=self.quotes_not_by(source))
            if other is not None:
                return (other,)
            code = self.home_target(source)
        else:
            return ()
        return (Actor(geo.country_name(code) or code, code),) if code else ()

    def quotes_not_by(self, source: tuple[Actor, ...]) -> list[tuple[int, int]]:
        """Quotation ranges other than the source's own words: a name in a scare quote («dicté par
        Bruxelles») is not the target of an act told outside it; one in the source's own quote is."""
        own = {a.entity_id for a in source if a.entity_id}
        spoken = [(q.start, q.end) for q in self.doc._.quotes or [] if q.speaker_id and q.speaker_id in own]
        return [(a, b) for a, b in self.quoted if not any(a <= s < b or s <= a < e for s, e in spoken)]

    def quoted_by_other(self, head: Token, trigger: Token, source: tuple[Actor, ...]) -> bool:
        """A phrase inside a quotation the trigger is not in, and not the source's own words."""
        ranges = self.quotes_not_by(source)
        inside = [r for r in ranges if r[0] < head.idx < r[1]]
        return bool(inside) and not any(a < trigger.idx < b for a, b in inside)

    def home_parties(self, source: tuple[Actor, ...], target: tuple[Actor, ...]) -> bool:
        """Two parties of one state that meet ("la ministre a reçu les syndicats"): each a person or a
        body of its own sector or name, none a place nor the state named as a whole."""
        return bool(target) and all(self.is_party(a) for a in source + target) \
            and not {a.entity_id or a.name for a in target} & {a.entity_id or a.name for a in source}

    def is_party(self, actor: Actor) -> bool:
        """An actor that is a person or a body, not a place ("Marseille") nor a state as a whole ("la France")."""
        entity = next((e for e in self.finder.entities if e.id == actor.entity_id), None)
        return actor.sector is not None or entity is not None and entity.type in ("PER", "ORG")

    def names_a_state(self, actor: Actor) -> bool:
        """The actor is a state itself, named by its country or capital, not one of its sectors or people."""
        place = next((e for e in self.finder.entities if e.id == actor.entity_id), None)
        return actor.sector is None and place is not None and place.type == "LOC" and actor.code not in group_codes()

    def home_target(self, source: tuple[Actor, ...]) -> str | None:
        """The target of a domestic act with no named target: the article's main country when the
        source is of that country (or the source's own when no state is named), or a bloc or body
        speaking of it ("l'ONG accuse"); a foreign state gets none, since a guess across borders is
        wrong more often than no target."""
        main = self.finder.main_country
        if not source:
            return None
        code = source[0].code
        if self.names_a_state(source[0]):
            return None  # a state named as a whole ("Pékin", "la Chine") does not act on itself
        if is_foreign_voice(source[0].name):
            return None  # a foreign ministry or an embassy judges what others do, not its own state
        if main is None:
            return code if code not in group_codes() else None  # no other state named: an act at home
        return main if code == main or code in group_codes() else None

    def place_actor(self, token: Token, heads: list[Token]) -> tuple[Actor, ...]:
        """An unnamed crowd, police or court acts for the country where it acts: the place in the
        act's own phrase ("l'arrestation d'un journaliste en Iran"), else its sentence's place other
        than a capital speaking for its state ("Paris dénonce..."), the paragraph's, the dateline's."""
        code = self.act_place(token) or self.finder.context_country(token, besides=self.speaking_places(token.sent))
        if not code:
            return ()
        name = heads[0].text if heads else (geo.country_name(code) or code)
        return (Actor(name, code, self.finder.actor_sector(heads[0]) if heads else None),)

    def act_place(self, token: Token) -> str | None:
        """The country of a place named inside a noun event's own phrase."""
        if _kind(token) != "noun":
            return None
        # its own complements and theirs ("d'un journaliste français en Iran"), not a place deeper down
        near = [c for c in token.children] + [g for c in token.children if c.dep_ == "nmod" for g in c.children]
        for word in sorted(near, key=lambda w: w.i):
            if word.pos_ == "PROPN" and word.dep_ in ("nmod", "obl", "obl:mod"):
                located = [e for e in self.finder.entities_in(word.idx, word.idx + len(word.text)) if e.type == "LOC"]
                code = self.finder.geographic_country(located[0]) if located else None
                if code:
                    return code
        return None

    def speaking_places(self, sent: Span) -> set[str]:
        """Codes of the places a sentence names as subjects: capitals and countries that act or speak."""
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "PROPN"]
        located = [e for t in subjects for e in self.finder.entities_in(t.idx, t.idx + len(t.text)) if e.type == "LOC"]
        return {code for e in located for code in [self.finder.geographic_country(e)] if code}

    def act_author(self, head: Token, source: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """"Paris dénonce l'arrestation d'un journaliste français en Iran": what a judgement or a demand
        aims at when its object is an act is that act's author (Iran), or, for an act whose author no one
        names, the country where it was done; () when the object is no act."""
        if head.pos_ != "NOUN" or not lexicon().readings("noun", head.lemma_.lower()):
            return ()
        act = self.read(head)
        codes = {a.code for a in source}
        if act is not None and act.source:
            return act.source if {a.code for a in act.source} != codes else ()
        code = self.act_place(head)  # an act read without its author still took place somewhere
        return (Actor(geo.country_name(code) or code, code),) if code and code not in codes else ()

    @staticmethod
    def is_act(head: Token) -> bool:
        """A noun the lexicon reads as an act ("l'arrestation", "la condamnation")."""
        return head.pos_ == "NOUN" and bool(lexicon().readings("noun", head.lemma_.lower()))

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

    def resolve_all(self, heads: list[Token], people: bool = True) -> tuple[Actor, ...]:
        """Actors for phrase heads (pronouns through their antecedent), without repeats."""
        actors: list[Actor] = []
        for head in [part for phrase in heads for part in self.owners(phrase) or [phrase]]:
            actor = self.resolve(head, people)
            for one in self.shared(head, actor):
                if all(a.code != one.code or a.name != one.name for a in actors):
                    actors.append(one)
        return tuple(actors)

    def shared(self, head: Token, actor: Actor | None) -> list[Actor]:
        """The actor of a phrase, one per state when its noun has coordinated nationalities
        ("les armées malienne et burkinabè": the Malian and the Burkinabe armies)."""
        if actor is None or not actor.code:
            return []
        codes = self.finder.shared_codes(head) if head.pos_ == "NOUN" else []
        if actor.code not in codes[:1] or len(codes) < 2:
            return [actor]
        return [actor] + [Actor(actor.name, code, actor.sector) for code in codes[1:]]

    def owners(self, head: Token) -> list[Token]:
        """"ses homologues du Niger et du Burkina Faso": the coordinated names an actor noun belongs to,
        one actor each (none when it belongs to one)."""
        if not self.finder.is_actor_noun(head):
            return []
        owner = next((c for c in head.children if c.dep_ == "nmod" and prep_of(c) == genitive()), None)
        parts = with_conjuncts(owner) if owner is not None else []
        named = [p for p in parts if self.finder.entities_in(p.idx, p.idx + len(p.text))]
        return named if len(named) > 1 else []

    def resolve(self, head: Token, people: bool = True) -> Actor | None:
        """The actor of one phrase head; "qui" is its antecedent, "il"/"elle" the last subject before it,
        "ce dernier" the last actor named, "l'organisation" the last organisation named."""
        if self.is_latest_mention(head):
            return self.latest_actor(head)
        if head.pos_ == "PRON":
            if head.lower_ in lang.word_set("relative_pronouns") and head.head.dep_ == "acl:relcl":
                antecedent = head.head.head
                return None if not people and self.finder.is_lone_person(antecedent) else self.resolve(antecedent)
            actor = self.finder.actor(head)
            if actor is not None:
                return actor
            if head.lower_ in lang.word_set("subject_pronouns"):
                return self.antecedent(head, people)
            return None
        described = self.described_entity(head) or self.role_antecedent(head)
        if described is not None:
            return described
        # a weapon strikes where its victims are: the place's country is not the one that fired it
        return self.finder.actor(head, context=head.lemma_.lower() not in instruments())

    # -- actors named again ---------------------------------------------------------
    def is_latest_mention(self, head: Token) -> bool:
        """"ce dernier", "cette dernière", "celui-ci": words for whoever was named last."""
        word = glued_word(head)
        if compact(word) not in self.latest_words:
            return False
        return head.pos_ == "PRON" or "-" in word or any(c.dep_ == "det" for c in head.children)

    def latest_actor(self, head: Token) -> Actor | None:
        """The actor of the last person or body named before the sentence of `head`, subject or not
        ("a appelé le président américain. Ce dernier a rejeté..."), of the same gender when both say."""
        start = head.sent.start
        for token in reversed(self.doc[max(0, start - self.reaches.anaphor_reach):start]):
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_.startswith("flat") or not _same_gender(head, token):
                continue
            named = self.finder.entities_in(token.idx, token.idx + len(token.text))
            if named and named[0].type in ("PER", "ORG") or not named and self.finder.is_person(token):
                actor = self.finder.actor(token, context=False)
                if actor is not None and actor.code:
                    return actor
        return None

    def described_entity(self, head: Token) -> Actor | None:
        """"L'organisation a dénoncé" after "Amnesty International": a definite description naming no
        entity, nationality or bloc of its own stands for the last entity of its type named before."""
        kind = self.description_type(head)
        if kind is None:
            return None
        start = phrase_tokens(head)[0].idx
        if self.finder.actor(head, context=False) is not None:
            return None  # "les dirigeants européens": the phrase names its actor itself
        for mention in reversed(self.finder.mentions_before(start, self.reaches.description_reach)):
            if mention.entity.type == kind:
                code, sector = self.finder.entity_code(mention.entity)
                code = code or self.finder.main_country
                return Actor(mention.entity.name, code, sector, mention.entity.id) if code else None
        return None

    def role_antecedent(self, head: Token) -> Actor | None:
        """"La ministre a proposé" after "la ministre espagnole de la Défense": a definite role noun that
        names no state of its own stands for the last one named before with that role (the same noun,
        gender and number, its other adjectives among that one's) and a state; the nearest exact match first."""
        if head.pos_ != "NOUN" or not any(_definite(c) for c in head.children if c.dep_ == "det"):
            return None
        if not self.finder.is_actor_noun(head) or self.finder.names_own_actor(head):
            return None
        role = role_words(head)
        start = phrase_tokens(head)[0].idx
        # walked back from the head and stopped past the reach: the whole text before it made long articles quadratic
        near = [t for t in takewhile(lambda t: t.idx >= start - self.reaches.description_reach, reversed(self.doc[:head.i]))
                if t.idx < start]
        earlier = [t for t in near if t.pos_ == "NOUN" and t.lemma_ == head.lemma_ and _same_number(head, t)
                   and phrase_gender(t, self.finder) in (phrase_gender(head, self.finder), None)
                   and role[1:] <= role_words(t)[1:]]
        for token in sorted(earlier, key=lambda t: role_words(t) != role):  # a stable sort: nearest first within each
            actor = self.finder.actor(token, context=False)
            if actor is not None and actor.code:
                return actor
        return None

    def description_type(self, head: Token) -> str | None:
        """The entity type a definite description stands for ("l'organisation", "le chef de l'État"), or None."""
        if head.pos_ != "NOUN" or not any(_definite(c) for c in head.children if c.dep_ == "det"):
            return None
        kind = self.descriptions.get(compact(head.lemma_))
        if kind is not None:
            return kind
        following = compact(self.doc[head.i:min(head.sent.end, head.i + 5)].text)
        return next((kind for phrase, kind in self.description_phrases.items() if following.startswith(phrase)), None)

    def antecedent(self, pronoun: Token, people: bool = True) -> Actor | None:
        """The last subject actor before a personal pronoun, in its sentence or the two before, that
        agrees with it ("elle" is not the last man named); the last subject when none does."""
        earliest = pronoun.sent.start - 80
        before = [(i, actor) for i, actor, lone in self.subjects if earliest <= i < pronoun.i and (people or not lone)]
        fitting = [actor for i, actor in before if agrees(pronoun, *self.agreement[i])]
        return fitting[-1] if fitting else before[-1][1] if before else None

    def object_antecedent(self, pronoun: Token, source: tuple[Actor, ...]) -> Actor | None:
        """"Elle lui a demandé", "il l'a menacée": the last person or body named before the clitic,
        other than the source, that agrees with it."""
        codes = {a.code for a in source}
        for token in reversed(self.doc[max(0, pronoun.sent.start - self.reaches.anaphor_reach):pronoun.i]):
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in CORE_DEPS:
                continue  # a clause's own parties, not a place, a time or a complement ("l'expulsion d'un journaliste")
            if not agrees(pronoun, phrase_gender(token, self.finder), phrase_number(token)):
                continue
            if not self.finder.is_person(token) and not self.finder.entities_in(token.idx, token.idx + len(token.text)):
                continue
            actor = self.resolve(token)
            if actor is not None and any(actor.name == a.name or actor.entity_id and actor.entity_id == a.entity_id
                                         for a in source):
                continue  # the source itself ("l'Équateur lui a accordé")
            # the nearest other one: an act on one's own side or an uncoded person is left without target
            return actor if actor is not None and actor.code and actor.code not in codes else None
        return None


# Types that answer what another put forward: what they refuse or accept was the proposer's.
ANSWER_TYPES = {"REJECT", "AGREE", "CONCEDE"}
# A verb of these types judges or answers what its object names: its subject did not do it
# ("a condamné l'invasion", "a salué la libération", "a rejeté le plan", "réclame le retrait").
JUDGING_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST", "THREATEN"}


def acts_through(governor: Token, kind: str = "", reaches: EventReaches = EventReaches()) -> bool:
    """Whether the subject of the verb that governs a noun event is its author: yes for "a lancé une
    offensive", "a souligné le déploiement", "a voté une résolution"; no for a verb the lexicon only
    reads, or here reads, as judging or asking an act of another type than `kind`, or that fears or receives ("a dénoncé l'aide", "craint une attaque",
    "a reçu le soutien de")."""
    lemma = governor.lemma_.lower()
    if lemma in receiving_governors() or lemma in fearing_governors():
        return False
    first = next(match_triggers(governor, lexicon(), reaches), None)
    if first is not None:  # "a condamné l'enlèvement": read here as a judgement, not as a sentence
        return first.reading["type"] not in JUDGING_TYPES or first.reading["type"] == kind
    readings = [r for r in lexicon().readings("verb", lemma) if "expression" not in r]
    return not readings or not all(r["type"] in JUDGING_TYPES for r in readings)


@language_table
def fearing_governors(language: LanguageData) -> frozenset[str]:
    cues = language.load("modality_cues")
    return frozenset(cues["hypothetical_governors"]) - frozenset(cues["planned_governors"])


@language_table
def instruments(language: LanguageData) -> frozenset[str]:
    """What an attack is made with (weapons, projectiles, explosives, vehicles): named as the agent or
    subject of an attack, it leaves its author unknown."""
    classes = lexicon().grammar["instrument_classes"]
    return frozenset(word for name in classes for word in lexicon().word_class(name))


@language_table
def patient_roles(language: LanguageData) -> frozenset[str]:
    """Roles that name whom an act is done to (not where): an attack with no known author needs one."""
    return frozenset(lexicon().grammar["patient_roles"])


@language_table
def receiving_governors(language: LanguageData) -> frozenset[str]:
    """Verbs whose subject receives the act their object names ("a reçu le soutien de l'Algérie")."""
    return frozenset(language.load("modality_cues")["receiving_governors"])


@language_table
def anaphor_types(language: LanguageData) -> dict[str, list[str]]:
    """Nouns that refer back to an earlier act, and the types of that act."""
    return language.load("events/anaphors")["nouns"]


def is_anaphor(head: Token) -> bool:
    """ "cette demande", "ces accusations", "la proposition": a noun referring back to an act."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in anaphor_types():
        return False
    return any(c.dep_ == "det" and c.lemma_.lower() in lexicon().grammar["determiners"] for c in head.children)


def arguments(match: Match, role: str) -> list[Token]:
    """The phrase heads filling `role`, without the trigger's own words ("ouvert le feu": not "feu").
    An expression's object may hang on its other words ("a mis en garde Pékin": on "garde"), and a
    threat's or a demand's target may be the object of the act it threatens or asks for ("a menacé
    d'envahir l'ambassade")."""
    if match.fronted:
        found = fronted_role(match.head, role)
    else:
        found = positional_role(match.head, role) if match.misread else role_heads(match.head, role)
    found = [h for h in found if h not in match.tokens]
    if not found and match.kind == "noun" and not match.fronted:
        # "le refus de négocier de la junte", "la menace d'annexion par Israël": a noun expression's
        # complements may hang on its last words
        found = [h for t in match.tokens[1:] for h in expression_role(t, role) if h not in match.tokens]
    if not found and role == "obj":
        found = [c for t in match.tokens[1:] for c in t.children
                 if c.dep_ in ("obj", "nmod", "obl:arg") and c.pos_ in ("PROPN", "NOUN") and prep_of(c) is None
                 and c not in match.tokens and c.i > match.head.i]
    if not found and role == "obj" and match.reading["type"] in EMBEDDED_TARGET_TYPES:
        found = [h for c in match.head.children if c.dep_ == "xcomp" for h in role_heads(c, "obj")]
    return found


def victim_subject(noun: Token) -> Token | None:
    """"L'hôpital a été victime d'une cyberattaque": the subject of the word of suffering ("victime",
    "cible") whose complement names the act."""
    head = noun.head
    if head is noun or head.lemma_.lower() not in lexicon().grammar["victim_heads"] or prep_of(noun) != genitive():
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def expression_role(word: Token, role: str) -> list[Token]:
    """The phrases filling `role` hung on a later word of a noun expression: a noun's as for any noun
    event, a verb's only among its own complements ("le refus de négocier de la junte")."""
    if word.pos_ == "NOUN":
        return role_heads(word, role)
    if word.pos_ == "VERB":
        return [c for c in word.children if c.dep_.startswith(("obl", "nmod")) and prep_of(c) == role]
    return []


def _sector_ok(source: tuple[Actor, ...], reading: Reading, people: Collection[str] = frozenset()) -> bool:
    """The source is of a sector the reading wants ("tuer": armed forces). An unknown source may be,
    and so may a state named without a sector ("Israël a tué"), but not a person or an organisation
    (in `people`, entity ids) whose sector nothing says."""
    wanted = reading.get("sector")
    if not wanted or not source:
        return True
    return any(a.sector in wanted or a.sector is None and a.entity_id not in people for a in source)


def _states_and_places(doc: Doc, finder: ActorFinder) -> set[str]:
    """Entity ids of people and organisations other than blocs: named without a sector, they are
    not taken for an armed force ("TotalEnergies a pris le contrôle"); a state or NATO may be."""
    return {e.id for e in doc._.entities or []
            if e.type != "LOC" and finder.entity_code(e)[0] not in group_codes()}


def participle_agent(noun: Token, trigger: Token, any_noun: bool = False) -> Token | None:
    """"des actes de torture commis par la police": the agent of a past participle that describes the
    noun (or its "de" complement, where the parser may hang the participle), unless that participle is
    the trigger itself ("le candidat soutenu par le parti": the candidate is the target). Only an act
    (a noun of the lexicon) has an author this way, or, for an answer (`any_noun`), whatever was put
    forward ("a refusé les conditions posées par le FMI")."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "nmod" and prep_of(c) == genitive())]
    if not any_noun and not any(lexicon().readings("noun", word.lemma_.lower()) for word in nouns):
        return None  # "la défense du ministre attaqué par l'opposition": a person, not an act, is aimed at
    for word in nouns:
        for child in word.children:
            if child.dep_ == "acl" and child != trigger and "Part" in child.morph.get("VerbForm", []) \
                    and not is_present_participle(child):
                agent = agent_of_participle(child)
                if agent is not None and agent.pos_ in ("NOUN", "PROPN") and prep_of(agent) == agent_mark():
                    return agent
    return None


def compact(text: str) -> str:
    """A word or phrase as compared with the lists of the lexicon: folded, without spaces, apostrophes or hyphens."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def glued_word(token: Token) -> str:
    """The token and the ones written onto it with a hyphen ("celui-ci", parsed as three tokens)."""
    end = token.i
    while end + 1 < len(token.doc) and not token.doc[end].whitespace_ and end - token.i < 3:
        following = token.doc[end + 1]
        if following.is_punct and following.text != "-" or following.is_space:
            break
        end += 1
    return token.doc[token.i:end + 1].text.lower()


def _definite(det: Token) -> bool:
    """A definite or demonstrative determiner ("l'", "cette"), by its morphology."""
    return "Def" in det.morph.get("Definite", []) or "Dem" in det.morph.get("PronType", [])


def _same_gender(word: Token, other: Token) -> bool:
    """Not marked for different genders (a name's gender, which the tagger guesses, is not compared)."""
    mine, theirs = set(word.morph.get("Gender", [])), set(other.morph.get("Gender", []))
    return other.pos_ == "PROPN" or not mine or not theirs or bool(mine & theirs)


def role_words(noun: Token) -> tuple[str, frozenset[str]]:
    """A role noun's lemma and its adjectives other than nationalities ("la Première ministre
    danoise" -> ministre, {premier}): what a later mention of the same role repeats."""
    adjectives = frozenset(c.lemma_.lower() for c in noun.children
                           if c.dep_ == "amod" and not geo.demonym_country(c.text) and find_group(c.text) is None)
    return noun.lemma_.lower(), adjectives


def _same_number(word: Token, other: Token) -> bool:
    mine, theirs = set(word.morph.get("Number", [])), set(other.morph.get("Number", []))
    return not mine or not theirs or bool(mine & theirs)


def _kind(token: Token) -> str | None:
    return trigger_kind(token)


@Language.factory(
    "veille_events", default_config={"language": DEFAULT, **asdict(EventReaches())},
    requires=["doc._.entities", "doc._.times", "doc._.places"], assigns=["doc._.events"],
)
def make_events_stage(
    nlp: Language, name: str, language: str, anaphor_reach: int, description_reach: int, context_reach: int,
    paragraph_reach: int, background_days: int, narrative_sentences: int, max_governors: int,
    expression_reach: int, detached_object_window: int,
) -> Stage:
    """The events stage reading the data of `language` (a folder of veille/lang) with the config's reaches."""
    reaches = EventReaches(
        anaphor_reach=anaphor_reach, description_reach=description_reach, context_reach=context_reach,
        paragraph_reach=paragraph_reach, background_days=background_days, narrative_sentences=narrative_sentences,
        max_governors=max_governors, expression_reach=expression_reach, detached_object_window=detached_object_window,
    )
    return Stage("events", find_events, language_data(language), reaches=reaches)
