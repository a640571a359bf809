"""veille.nlp.events.actors: an event participant (a phrase of the parse) as an Actor with a state or bloc code.

What an actor acts for, tried in order (`lang/fr/actor_groups.json`, `sectors.json`, `veille.geo`):

1. a bloc or international body named in the phrase: "les pays occidentaux" -> WST,
   "l'Otan" -> NATO, "Bruxelles" -> EU, "l'ONG" -> NGO;
2. the entity the phrase names (its country from the entities stage: Vrabie -> MDA,
   "Ankara" acting -> TUR, the capital standing for its government);
3. a nationality word in the phrase: "soldats russes" -> RUS, "le président moldave" -> MDA,
   or a place named in its complement: "le roi de Jordanie" -> JOR;
4. a named person or organisation of unknown country acts for the article's main country.

The sector (government, military, police...) comes from the phrase's words.
`ActorFinder` holds what one document needs (its entities, their offsets, its main country).
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ... import geo
from ...lang import LanguageData, language_table, word_set
from ...model.record import Actor, Entity
from ...textnorm import fold_name as fold
from .reaches import EventReaches

# Dependents left out of an actor's phrase: clauses and punctuation say more than who acts.
CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "punct", "cc", "conj", "dep", "parataxis"}
# Institutions named without a state ("le gouvernement", "l'opposition") belong to the article's main state.
HOME_SECTORS = {"government", "legislature", "opposition", "judiciary", "police", "military", "rebels"}


@language_table
def group_names(language: LanguageData) -> dict[str, tuple[str, str | None]]:
    """Folded bloc and body names -> (code, sector)."""
    names = language.load("actor_groups")["names"]
    return {" ".join(name_words(name)): (code, sector) for name, (code, sector) in names.items()}


@language_table
def periphrases(language: LanguageData) -> dict[str, tuple[str, str | None]]:
    """Folded nicknames and seats of power of states ("l'État hébreu", "la Moncloa") -> (code, sector)."""
    names = language.load("periphrases")["names"]
    return {" ".join(name_words(name)): (code, sector) for name, (code, sector) in names.items()}


def name_words(text: str) -> list[str]:
    """The folded words of a name, an elided article apart ("de l'ONU" -> de, l', onu), so that a
    bloc's name is found after one."""
    return fold(text).replace("'", "' ").split()


@language_table
def sector_words(language: LanguageData) -> dict[str, str]:
    """Folded sector words (single words and phrases) -> sector."""
    return {fold(word): sector for word, sector in language.load("sectors")["words"].items()}


@language_table
def collectives(language: LanguageData) -> frozenset[str]:
    """Head lemmas of unnamed crowds and forces that act for the country where they are."""
    return frozenset(language.load("sectors")["unnamed_collectives"])


@language_table
def person_nouns(language: LanguageData) -> frozenset[str]:
    """Nouns of people (from the trigger lexicon's person words) and delegations."""
    return frozenset(language.load("events/classes/person")) | frozenset(language.load("words")["envoy_nouns"])


@language_table
def unnamed_sectors(language: LanguageData) -> dict[str, str]:
    """Nouns of unnamed people and bodies -> the sector they act in (a person of no sector is a civilian)."""
    data = language.load("sectors")
    table = {fold(word): "civilians" for word in person_nouns()}
    table.update({fold(word): sector for word, sector in data["words"].items() if " " not in word})
    table.update({fold(word): sector for word, sector in data["unnamed_people"].items()})
    return table


@language_table
def implicit_names(language: LanguageData) -> dict[str, str]:
    """How the unnamed agent of a sector is named in an event ("la police")."""
    return language.load("sectors")["implicit_agents"]


def head_sector(head: Token) -> str | None:
    """The sector the head noun of a phrase names by itself ("policiers", "tribunal", "passant")."""
    if head.pos_ != "NOUN":
        return None
    return find_sector([head.lemma_]) or unnamed_sectors().get(fold(head.lemma_))


def counted(head: Token) -> Token:
    """The noun a quantity counts: "des dizaines de soldats" -> soldats; any other head as it is."""
    if fold(head.lemma_) not in quantity_nouns():
        return head
    for child in head.children:
        plural = "Plur" in child.morph.get("Number", [])
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and plural and prep_is_de(child):
            return child
    return head


def prep_is_de(token: Token) -> bool:
    genitives = {fold(word) for word in word_set("genitives")}
    return any(c.dep_ == "case" and fold(c.text) in genitives for c in token.children)


@language_table
def member_markers(language: LanguageData) -> tuple[str, ...]:
    """Words that introduce the members of a group just named ("dont", "parmi lesquels")."""
    return tuple(language.load("sectors")["member_markers"])


@language_table
def group_nouns(language: LanguageData) -> frozenset[str]:
    """Nouns of bodies whose complement says what they are ("un collectif de soignants")."""
    return frozenset(fold(w) for w in language.load("sectors")["group_nouns"])


@language_table
def quantity_nouns(language: LanguageData) -> frozenset[str]:
    """Nouns that count people ("des milliers de", "une poignée de")."""
    return frozenset(fold(w) for w in language.load("sectors")["quantity_nouns"])


@language_table
def foreign_voices(language: LanguageData) -> tuple[tuple[str, ...], ...]:
    """The folded words of the names of a state's voice abroad ("affaires étrangères", "ambassade")."""
    return tuple(tuple(name_words(name)) for name in language.load("sectors")["foreign_voices"])


def is_foreign_voice(name: str) -> bool:
    """Whether an actor's name is that of a state's foreign ministry, diplomacy or embassy."""
    words = name_words(name)
    return any(words[i:i + len(voice)] == list(voice) for voice in foreign_voices() for i in range(len(words)))


def find_group(text: str) -> tuple[str, str | None] | None:
    """The longest bloc or body name in `text`, as (code, sector)."""
    return longest_name(text, group_names())


def find_periphrasis(text: str) -> tuple[str, str | None] | None:
    """The longest periphrasis for a state in `text`, as (code, sector)."""
    return longest_name(text, periphrases())


def longest_name(text: str, names: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The longest of `names` found in `text`'s folded words, as (code, sector)."""
    words = name_words(text)
    for size in range(min(len(words), 8), 0, -1):
        for start in range(len(words) - size + 1):
            found = names.get(" ".join(words[start:start + size]))
            if found is not None:
                return found
    return None


def find_sector(words: list[str]) -> str | None:
    """The sector named by the phrase's words, phrases first ("conseil constitutionnel")."""
    folded = [fold(w) for w in words]
    table = sector_words()
    for size in (3, 2, 1):
        for start in range(len(folded) - size + 1):
            found = table.get(" ".join(folded[start:start + size]))
            if found is not None:
                return found
    return None


def phrase_tokens(head: Token, top: bool = True) -> list[Token]:
    """The head and its dependents, without clauses, coordinated phrases, punctuation and the
    preposition that introduces the phrase ("par un navire turc" -> "un navire turc")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS and not (top and child.dep_ == "case"):
            tokens.extend(phrase_tokens(child, top=False))
    return sorted(tokens, key=lambda t: t.i)


@dataclass(frozen=True)
class Located:
    """An entity mention found in the text: character offsets and the entity."""

    start: int
    end: int
    entity: Entity


class ActorFinder:
    """Turns phrases of one document into Actors."""

    def __init__(self, doc: Doc, entities: list[Entity] | None = None,
                 context_reach: int = EventReaches.context_reach) -> None:
        self.doc = doc
        self.context_reach = context_reach
        self.entities = list(entities if entities is not None else (doc._.entities or []))
        self.mentions = sorted(
            (Located(m.start, m.end, e) for e in self.entities for m in e.mentions), key=lambda m: m.start
        )
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self.main_state, self.main_country = self._main_codes()

    def _main_codes(self) -> tuple[str | None, str | None]:
        """The state, and the state or bloc, the article is mostly about: the codes most mentioned
        across its entities."""
        counts: Counter[str] = Counter()
        states: Counter[str] = Counter()
        for entity in self.entities:
            code, _ = self.entity_code(entity)
            if code:
                counts[code] += len(entity.mentions)
                if code not in group_codes():
                    states[code] += len(entity.mentions)
        state = main_country(states)
        return state, state or main_country(counts)

    # -- entities -------------------------------------------------------------
    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention overlapping the characters [start, end), in text order."""
        found: list[Entity] = []
        for m in self._mentions_from(start - self._longest + 1, end):  # no longer mention starts earlier
            if m.end > start and m.entity not in found:
                found.append(m.entity)
        return found

    def mentions_before(self, offset: int, reach: int) -> list[Located]:
        """The mentions that end before `offset` and start at most `reach` characters before it, in text order."""
        return [m for m in self._mentions_from(offset - reach, offset) if m.end <= offset]

    def _mentions_from(self, start: int, end: int) -> list[Located]:
        """The mentions starting in [start, end), in text order (a bisection, not a scan)."""
        return self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def entity_code(self, entity: Entity) -> tuple[str | None, str | None]:
        """(code, sector) of an entity: a bloc or body by its names, else its country."""
        for name in [entity.name, *(m.text for m in entity.mentions)]:
            group = find_group(name)
            if group is not None and " ".join(name_words(name)) in group_names():
                return group
        if entity.country:
            return entity.country, None
        if entity.type == "LOC":
            hit = geo.lookup(entity.name)
            if hit is not None and hit.country:
                return hit.country, None
        return None, None

    # -- actors ---------------------------------------------------------------
    def actor(self, head: Token, context: bool = True) -> Actor | None:
        """The actor a phrase names, or None when it names no state, bloc or body. Without
        `context`, a phrase that only describes its actor gets no country from its surroundings."""
        tokens = phrase_tokens(head)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        words = [t.text for t in tokens]
        sector = find_sector([t.lemma_ for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")] or words)
        text = self.doc[tokens[0].i:tokens[-1].i + 1].text
        inside = self.entities_in(start, end)
        head_entity = next(iter(self.entities_in(head.idx, head.idx + len(head.text))), None)
        named = head_entity or next((e for e in inside if e.type in ("PER", "ORG")), None)
        group = find_group(text)
        if group is not None and head_entity is None and self.state_before_group(tokens, inside):
            group = None  # "l'adhésion de la Suède à l'Alliance atlantique": the state named first acts
        if group is not None and (head_entity is None or self.entity_code(head_entity)[0] == group[0]):
            return Actor(named.name if named else text, group[0], sector or group[1], named.id if named else None)
        # "l'État hébreu", "la Moncloa": the state a periphrasis names, not a country the entities stage guessed for it
        state = find_periphrasis(head_entity.name if head_entity is not None else text)
        if state is not None:
            return Actor(head_entity.name if head_entity else text, state[0], sector or state[1],
                         head_entity.id if head_entity else None)
        if head_entity is not None:
            code, group_sector = self.entity_code(head_entity)
            if code:
                return Actor(head_entity.name, code, sector or group_sector, head_entity.id)
        # "les forces françaises de Kidal": the head's own nationality, not a place in its complement
        code = self.demonym_code([c for c in head.children if c.dep_ == "amod"])
        if code:
            return Actor(named.name if named else text, code, sector, named.id if named else None)
        for entity in inside:
            code, group_sector = self.entity_code(entity)
            if code:
                who = named or entity
                return Actor(who.name, code, sector or group_sector, who.id)
        code = self.demonym_code(tokens)
        if code:
            return Actor(named.name if named else text, code, sector, named.id if named else None)
        if named is not None and named.type in ("PER", "ORG") and self.main_country:
            return Actor(named.name, self.main_country, sector, named.id)
        if self.is_home_institution(head) and self.main_state:
            return Actor(text, self.main_state, sector)  # "l'assemblée nationale", "l'opposition": the home state's
        return self.described(head, text, sector) if context else None

    def names_own_actor(self, head: Token) -> bool:
        """Whether a phrase names whom it acts for itself: an entity, a nationality or a bloc in its words
        ("la ministre espagnole", "le président de la Commission"), not only a role ("le président")."""
        tokens = phrase_tokens(head)
        inside = self.entities_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        if any(e.type in ("PER", "ORG") or self.entity_code(e)[0] for e in inside) or self.demonym_code(tokens):
            return True  # not a word the entities stage took for a name of nothing ("la Première ministre")
        return find_group(self.doc[tokens[0].i:tokens[-1].i + 1].text) is not None

    def state_before_group(self, tokens: list[Token], inside: list[Entity]) -> bool:
        """Whether a country is named in the phrase before the bloc or body it names."""
        doc = self.doc
        start = next((t for t in reversed(tokens) if find_group(doc[t.i:tokens[-1].i + 1].text)), None)
        if start is None:
            return False
        states = [e for e in inside if e.type == "LOC" and e.kind == "country" and e.country not in group_codes()]
        return any(tokens[0].idx <= m.start < start.idx for e in states for m in e.mentions)

    def described(self, head: Token, text: str, sector: str | None) -> Actor | None:
        """An actor named only by what it is ("deux policiers", "un passant", "le tribunal"): its
        sector, acting for the country where the sentence takes place (CAMEO's unnamed agents).
        The head noun says what the actor is ("des groupes de défense": not the military)."""
        role = head_sector(counted(head))
        if role is None and fold(head.lemma_) in group_nouns():
            role = sector  # "des organisations de défense des droits humains": the complement says what
        if role is None:
            return None
        code = self.context_country(head)
        return Actor(text, code, role) if code else None

    def implicit(self, trigger: Token, sector: str) -> Actor | None:
        """The unnamed agent of a passive ("un suspect a été interpellé": the police of the place)."""
        code = self.context_country(trigger)
        return Actor(implicit_names().get(sector, sector), code, sector) if code else None

    def context_country(self, token: Token, besides: Collection[str] = ()) -> str | None:
        """The country where the sentence of `token` takes place: a place it names, else the last
        place named shortly before, else the dateline's, else the article's main country. Countries
        in `besides` are passed over ("l'Espagne a envoyé des avions": the aid goes where the fire is)."""
        code = self.place_country(token.sent, besides)
        if code:
            return code
        start = token.sent.start_char
        for m in reversed(self._mentions_from(start - self.context_reach, start)):
            if m.entity.type == "LOC":
                code = self.geographic_country(m.entity)
                if code and code not in besides:
                    return code
        code = self.dateline_country() or self.main_state
        return code if code not in besides else None

    def dateline_country(self) -> str | None:
        dateline = getattr(self.doc._.article, "dateline", None)
        hit = geo.lookup(dateline) if dateline else None
        return hit.country if hit is not None else None

    def demonym_code(self, tokens: list[Token]) -> str | None:
        """A nationality word in the phrase: "soldats russes", "le président moldave"."""
        for token in tokens:
            if token.pos_ in ("ADJ", "NOUN", "PROPN") and token.dep_ != "ROOT":
                code = geo.demonym_country(token.text)
                if code:
                    return code
        return None

    def shared_codes(self, head: Token) -> list[str]:
        """The states of the nationalities one noun shares ("les polices suisse et italienne" -> CHE, ITA),
        in text order; fewer than two when the noun has one nationality or none. The parser hangs the
        second adjective on the first or on the noun."""
        adjectives = [c for c in head.children if c.dep_ == "amod"]
        adjectives += [c for a in adjectives for c in a.children if c.dep_ == "conj"]
        adjectives += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
        codes: list[str] = []
        for adjective in sorted(adjectives, key=lambda t: t.i):
            code = geo.demonym_country(adjective.text)
            if code and code not in codes:
                codes.append(code)
        return codes

    def is_person(self, head: Token) -> bool:
        """A person, a delegation or a state received or met (not "la Défense" as a portfolio)."""
        located = self.entities_in(head.idx, head.idx + len(head.text))
        if located:
            return located[0].type == "PER" or (located[0].type == "LOC" and located[0].kind == "country")
        return head.pos_ == "NOUN" and (head.lemma_.lower() in person_nouns() or find_sector([head.lemma_]) == "government")

    def is_actor_noun(self, head: Token) -> bool:
        """A noun that names who acts ("homologues", "autorités", "ambassade", "chef"), not where:
        a place in its "de" complement says whom it belongs to ("ses homologues du Niger")."""
        lemma = head.lemma_.lower()
        return head.pos_ == "NOUN" and (lemma in person_nouns() or head_sector(head) is not None
                                        or find_sector([head.lemma_]) is not None)

    def is_body(self, head: Token) -> bool:
        """A noun of a body or of people acting in a sector ("les syndicats", "les représentants des
        agriculteurs", "des organisations d'agriculteurs"): a party one may receive or meet; not a name
        ("reçoit la Défense": a portfolio)."""
        if self.entities_in(head.idx, head.idx + len(head.text)):
            return False
        return self.is_actor_noun(head) or head.pos_ == "NOUN" and fold(head.lemma_) in group_nouns()

    def is_lone_person(self, head: Token) -> bool:
        """One unnamed person ("un homme", "le propriétaire"), not a crowd or a body: such a one's
        words are not an event between political actors."""
        if head.pos_ != "NOUN" or self.entities_in(head.idx, head.idx + len(head.text)):
            return False
        tokens = phrase_tokens(head)
        if any(e.type != "LOC" for e in self.entities_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))):
            return False  # "le secrétaire général de l'ONU", "le porte-parole du Hamas": a body's voice
        plural = "Plur" in head.morph.get("Number", [])
        return not plural and head_sector(head) in ("civilians", "criminals") and not self.is_collective(head)

    def is_home_institution(self, head: Token) -> bool:
        """ "le gouvernement", "l'opposition", "les rebelles": a definite institution named without its state."""
        definite = any(c.dep_ == "det" and c.lower_ in word_set("articles") for c in head.children)
        return head.pos_ == "NOUN" and definite and find_sector([head.lemma_]) in HOME_SECTORS

    def actor_sector(self, head: Token) -> str | None:
        """The sector a phrase's words name ("la police lyonnaise" -> police)."""
        return find_sector([t.lemma_ for t in phrase_tokens(head) if t.pos_ in ("NOUN", "PROPN", "ADJ")])

    def is_collective(self, head: Token) -> bool:
        """An unnamed crowd or force ("des milliers de personnes", "la police")."""
        return any(t.lemma_.lower() in collectives() for t in phrase_tokens(head) if t.pos_ == "NOUN")

    def anti_target(self, head: Token) -> str | None:
        """The country an "anti-X" adjective names: "manifestation anti-américaine" -> USA."""
        for child in head.children:
            text = child.text.lower()
            if child.dep_ == "amod" and text.startswith("anti"):
                return geo.demonym_country(text[4:].lstrip("-"))
        return None

    def other_actor(self, span: Span, source: tuple[Actor, ...], skip: Sequence[tuple[int, int]] = ()) -> Actor | None:
        """The first state or bloc named in a sentence besides the source, another state preferred
        (names in the `skip` ranges, quotations, left out)."""
        own_ids = {a.entity_id for a in source}
        own_codes = {a.code for a in source}
        found: list[Actor] = []
        start = span.start_char
        if span.text.lstrip()[:1] in (",", "»", "”") and span.start > 0:
            start = self.doc[span.start - 1].sent.start_char  # "«...», a averti X": the quote was split off
        for entity in self.entities_in(start, span.end_char):
            if all(any(a < m.start < b for a, b in skip) for m in entity.mentions if start <= m.start < span.end_char):
                continue
            if all(self.is_member(m.start) for m in entity.mentions if start <= m.start < span.end_char):
                continue  # "des ONG, dont Amnesty International, ont condamné": on the source's side
            code, sector = self.entity_code(entity)
            if sector is None:
                sector = find_sector(entity.name.split())
            if code and entity.id not in own_ids and sector != "media":
                found.append(Actor(entity.name, code, sector, entity.id))
        different = [a for a in found if a.code not in own_codes]
        return next(iter(different or found), None)

    def is_member(self, offset: int) -> bool:
        """Whether the name at `offset` follows a word that introduces a group's members."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        before = " ".join(t.lower_ for t in self.doc[max(0, span.start - 3):span.start] if not t.is_punct)
        return any(before == m or before.endswith(" " + m) for m in member_markers())

    def place_country(self, span: Span, besides: Collection[str] = ()) -> str | None:
        """The country where a sentence takes place: that of the first town or region it names, else
        of the first country ("devant l'ambassade de France à Niamey": Niger), other than `besides`."""
        places = [e for e in self.entities_in(span.start_char, span.end_char) if e.type == "LOC"]
        towns = [e for e in places if e.kind not in (None, "country")]
        for entity in towns + [e for e in places if e not in towns]:
            code = self.geographic_country(entity)
            if code and code not in besides:
                return code
        return None

    def geographic_country(self, entity: Entity) -> str | None:
        """The state a place lies in: "Bruxelles" is in Belgium even where it speaks for the EU."""
        code, _ = self.entity_code(entity)
        if code and code not in group_codes():
            return code
        hit = geo.lookup(entity.name)
        return hit.country if hit is not None and hit.country not in group_codes() else None


@language_table
def group_codes(language: LanguageData) -> frozenset[str]:
    """The codes of blocs and bodies (not states)."""
    return frozenset(code for code, _ in group_names().values())


def main_country(codes: Counter[str]) -> str | None:
    """The most mentioned state or bloc."""
    return codes.most_common(1)[0][0] if codes else None
