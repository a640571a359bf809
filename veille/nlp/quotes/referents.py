"""Who a noun phrase or pronoun stands for, as one of the Doc's entities.

The quotes stage finds the words that name a speaker ("le ministre estonien de la
Défense, Kaarel Tamm", "-t-il", "le gouvernement péruvien", "l'ONG"); this
module maps them to an Entity of doc._.entities: the entity whose mention
overlaps them, the country a government speaks for, or, for a pronoun or a
definite description, the latest fitting entity before them.
"""
from __future__ import annotations

import bisect
import gettext
from dataclasses import dataclass

import pycountry
from spacy.tokens import Doc, Token

from ...lang import LanguageData, language_table
from ...model.record import Entity
from ..extensions import doc_text
from .lexicon import Pronoun, QuoteLexicon, fold
from .profiles import MentionRef, Profile, Role, build_profiles, noun_gender, office_of, role_key
from .reaches import QuoteReaches

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
CLAUSE_DEPS = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "xcomp")


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the canonical name, and the entity id when the speaker is a known entity."""

    name: str
    entity_id: str | None = None
    type: str | None = None


def speaker_of(entity: Entity) -> Speaker:
    return Speaker(entity.name, entity.id, entity.type)


class Referents:
    """Resolves speaker words to entities for one Doc."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], lex: QuoteLexicon, reaches: QuoteReaches = QuoteReaches()) -> None:
        self.doc = doc
        self.lex = lex
        self.reaches = reaches
        self.quoted = sorted(quoted)
        entities: list[Entity] = list(doc._.entities or [])
        self.entities = entities
        self.mentions = sorted(
            (MentionRef(m.start, m.end, e) for e in entities for m in e.mentions), key=lambda m: m.start
        )
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        # sentences of narration only: those inside a long quote do not put an antecedent further away
        self._sentence_starts = [
            sent.start_char for sent in doc.sents if not all(t.is_space for t in sent) and not self.in_quote(sent.start_char)
        ]
        self._salient: list[tuple[int, Speaker, Token | None]] | None = None
        self._profiles: dict[str, Profile] | None = None
        # speakers already found, by the offset of their quote: pronouns may refer to them
        self.said: list[tuple[int, Speaker]] = []

    # -- where things are ------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        """Whether a character lies between quotation marks (words there are not the narrator's)."""
        i = bisect.bisect_right(self.quoted, (offset, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    def mentions_in(self, start: int, end: int) -> list[MentionRef]:
        """Mentions overlapping [start, end), outside quotes."""
        # mentions are sorted by start: none starting before start - longest can reach start
        lo = bisect.bisect_left(self._starts, start - self._longest + 1)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start and not self.in_quote(m.start)]

    def mention_at(self, token: Token) -> MentionRef | None:
        found = self.mentions_in(token.idx, token.idx + len(token.text))
        return found[0] if found else None

    # -- what the article says of each entity ------------------------------
    def profile(self, entity_id: str | None) -> Profile:
        """An entity's gender and roles (computed for the whole Doc on first use)."""
        if self._profiles is None:
            self._profiles = build_profiles(self.doc, self.mentions, self.lex, self.reaches.role_reach)
        return self._profiles.get(entity_id or "", Profile())

    def fits(self, speaker: Speaker, pronoun: Pronoun | None) -> bool:
        """Whether a speaker can be what a pronoun stands for: a person is singular, of the pronoun's gender if known."""
        if pronoun is None or speaker.type != "PER":
            return True
        gender = self.profile(speaker.entity_id).gender
        return pronoun.number == "Sing" and (gender is None or gender == pronoun.gender)

    # -- noun phrases ------------------------------------------------------
    def resolve_tokens(self, tokens: list[Token], at: int) -> Speaker | None:
        """The speaker a noun phrase names; `at` is where the quote is (antecedents come before it)."""
        tokens = [t for t in tokens if not self.in_quote(t.idx) and not t.is_punct]
        if not tokens:
            return None
        head = phrase_head(tokens)
        word = fold(head.text)
        personal = head.pos_ == "PRON" and "Prs" in head.morph.get("PronType", [])
        if word in self.lex.subject_pronouns or (personal and word not in self.lex.relative_pronouns):
            return self.resolve_pronoun(head, at)
        if word in self.lex.relative_pronouns:
            return self.resolve_relative(head, at)
        if {fold(head.lemma_), fold(head.text)} & self.lex.document_nouns:
            return None  # "l'article 12 prévoit que « ... »", "une banderole proclamait « ... »": no one speaks
        own = self.mention_at(head)
        # a MISC "entity" (a law, an event, a work) does not speak; a person the entities stage typed so
        # is still found by name below
        if own is not None and self.may_speak(own.entity) and not self.is_role_only(own.entity) and not self._misparsed_pp(head, tokens):
            return self._as_country(tokens, head, own.entity) or speaker_of(own.entity)
        return self._described(tokens, head, min(at, tokens[0].idx))

    def _as_country(self, tokens: list[Token], head: Token, entity: Entity) -> Speaker | None:
        """"Le ministère algérien des Affaires étrangères" named as an organisation still speaks as Algeria."""
        if entity.type != "ORG" or not {fold(head.lemma_), fold(head.text)} & self.lex.government_nouns:
            return None
        for token in tokens:
            code = self.lex.demonyms.get(fold(token.text))
            if code:
                return self.country(code)
        return self.country(entity.country) if entity.country else None

    def _misparsed_pp(self, head: Token, tokens: list[Token]) -> bool:
        """ "Sur Twitter, X a dit": a subject with a preposition is a misparse when a person follows it."""
        if not any(c.dep_ == "case" for c in head.children):
            return False
        return any(m.entity.type == "PER" for m in self.mentions_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1])))

    def _described(self, tokens: list[Token], head: Token, at: int) -> Speaker | None:
        """A phrase whose head is a common noun: a named person in it, a government, a role, an organisation."""
        inside = self.mentions_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        people = [m for m in inside if self.is_person(m.entity) and not self.is_role_only(m.entity)]
        if people:
            return speaker_of(people[0].entity)
        apposed = self._apposed_person(tokens)
        if apposed is not None:
            return apposed
        words = {fold(head.lemma_ or head.text), fold(head.text)}
        if words & self.lex.government_nouns:
            return self.government(tokens, at)
        definite = self.is_definite(head)
        if words & self.lex.person_nouns:
            # "les députés" are several people: no one of them speaks for the others
            plural = "Plur" in head.morph.get("Number", [])
            return self.holder_of_role(tokens, head, inside, at) if definite and not plural else None
        if words & self.lex.organisation_nouns:
            orgs = [m for m in inside if m.entity.type == "ORG"]
            if orgs:
                return speaker_of(orgs[0].entity)
            return self.organisation_of_role(head, at) if definite else None
        for kind in ("ORG", "LOC"):
            named = [m for m in inside if m.entity.type == kind and (kind == "ORG" or m.entity.kind == "country")]
            if named:  # "un communiqué de la CGT", "un message du Mali"; not the city of "l'accord de Paris"
                return speaker_of(named[0].entity)
        return self.proper_name(head)

    def _apposed_person(self, tokens: list[Token]) -> Speaker | None:
        """"L'opposante Jeanne Lafitte": a name right after the phrase that the parse left out of it."""
        end = tokens[-1].i + 1
        if end < len(self.doc) and self.doc[end].text == ",":
            end += 1
        if end >= len(self.doc) or self.in_quote(self.doc[end].idx):
            return None
        mention = self.mention_at(self.doc[end])
        if mention is not None and self.is_person(mention.entity) and not self.is_role_only(mention.entity):
            return speaker_of(mention.entity)
        return None

    def is_person(self, entity: Entity) -> bool:
        """A person, or a name the entities stage typed MISC that opens with a first name ("Clarisse Crémer")."""
        if entity.type == "PER":
            return True
        words = fold(entity.name).split()
        return entity.type == "MISC" and bool(words) and words[0] in self.lex.first_name_genders

    def may_speak(self, entity: Entity) -> bool:
        """People, organisations and places (a country speaks for its government); not a law, an event or a work."""
        return entity.type != "MISC" or self.is_person(entity)

    def holder_of_role(self, tokens: list[Token], head: Token, inside: list[MentionRef], at: int) -> Speaker | None:
        """"le procureur", "la ministre", "le président du Paraguay": who the article gave that role.

        A person introduced with the role comes first (the one whose role's complement shares the
        most words with the phrase, then the latest named), then, when nobody holds it, a person of
        the country the phrase names, then the latest person named nearby who holds no other role.
        Gender and a named country must agree.
        """
        keys, gender = self._role_keys(head), noun_gender(head, self.lex)
        title = office_of(head, self.lex)
        office = bool(keys & self.lex.offices) or title is not None
        code = self._country_in(tokens, inside)
        words = {fold(t.lemma_ or t.text) for t in tokens if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "ADJ")}
        subjects = self._recent_subjects(at)
        ranked = []
        for entity, last in self._people_before(at):
            profile = self.profile(entity.id)
            if gender and profile.gender and gender != profile.gender:
                continue
            holds = [len(words & role.words) for role in profile.roles
                     if role.key in keys or self._same_office(role, title, code, entity.id in subjects)]
            same_country = code is not None and entity.country == code
            if not holds and not same_country and (at - last > self.reaches.antecedent_reach or office and self._other_role(profile)):
                continue  # far away, or introduced with another role: "le député X" is not "le maire"
            rank = (bool(holds), max(holds, default=0), same_country, entity.id in subjects, not profile.roles, last)
            ranked.append((rank, entity))
        return speaker_of(max(ranked, key=lambda item: item[0])[1]) if ranked else None

    def _same_office(self, role: Role, title: str | None, code: str | None, topic: bool) -> bool:
        """Another title of the office a phrase names ("le président" for "le chef de l'État ivoirien"),
        of no other state than the phrase's unless its holder is the topic: "le chef de l'État" is not
        "le président sénégalais" received by someone else."""
        if title is None or role.office != title:
            return False
        return topic or all(self.lex.demonyms.get(word) in (None, code) for word in role.words)

    def _other_role(self, profile: Profile) -> bool:
        """Whether a person was introduced with a role that rules out holding another office ("le député")."""
        return bool(profile.roles) and not any(role.key in self.lex.generic_roles for role in profile.roles)

    def _recent_subjects(self, at: int) -> set[str]:
        """Entities in subject position in the last sentences before an offset: the topic, who speaks next."""
        here = self.sentence_index(at)
        return {
            speaker.entity_id for offset, speaker, token in self.salient_before(at)
            if token is not None and speaker.entity_id and here - self.sentence_index(offset) <= self.reaches.pronoun_sentences
        }

    def _role_keys(self, head: Token) -> set[str]:
        """The roles a noun names; a compound also names its first part ("président-candidat" is a président)."""
        key = role_key(head, self.lex)
        first = key.split("-")[0]
        return {key, first} if first != key and first in self.lex.person_nouns else {key}

    def _people_before(self, at: int) -> list[tuple[Entity, int]]:
        """Each person named before an offset (outside quotes), with where it was last named."""
        last: dict[str, tuple[Entity, int]] = {}
        for mention in self.mentions:
            if mention.start >= at:
                break
            if self.is_person(mention.entity) and not self.in_quote(mention.start) and not self.is_role_only(mention.entity):
                last[mention.entity.id] = (mention.entity, mention.start)
        return list(last.values())

    def organisation_of_role(self, head: Token, at: int) -> Speaker | None:
        """"le quotidien", "l'ONG", "le syndicat": the organisation introduced as such, else the latest one named."""
        key = role_key(head, self.lex)
        holders = [
            m for m in self.mentions
            if m.start < at and m.entity.type == "ORG" and not self.in_quote(m.start) and self.profile(m.entity.id).holds(key)
        ]
        return speaker_of(holders[-1].entity) if holders else self.antecedent(at, ("ORG",))

    def _country_in(self, tokens: list[Token], inside: list[MentionRef]) -> str | None:
        """The country a phrase names, by a nationality adjective or a country mention."""
        for token in tokens:
            code = self.lex.demonyms.get(fold(token.text))
            if code:
                return code
        for mention in inside:
            if mention.entity.type == "LOC" and mention.entity.country and mention.entity.kind in (None, "country"):
                return mention.entity.country
        return None

    def is_role_only(self, entity: Entity) -> bool:
        """An "entity" that is only a function ("le Maire-candidat"): a description, not a name."""
        return all(_first_word(m.text) in self.lex.person_nouns for m in entity.mentions)

    def is_definite(self, head: Token) -> bool:
        """A definite or possessive determiner: the phrase points back to someone already named."""
        dets = [c for c in head.children if c.dep_.startswith("det")]
        if not dets and head.i > 0 and head.nbor(-1).pos_ == "DET":
            dets = [head.nbor(-1)]
        return any(fold(d.text) in self.lex.definite_determiners or fold(d.lemma_) in self.lex.definite_determiners
                   for d in dets)

    def proper_name(self, head: Token) -> Speaker | None:
        """A name the entities stage missed: the run of proper nouns around the head, as text."""
        if head.pos_ != "PROPN":
            return None
        left, right = head.i, head.i
        while left > 0 and self.doc[left - 1].pos_ == "PROPN":
            left -= 1
        while right + 1 < len(self.doc) and self.doc[right + 1].pos_ == "PROPN":
            right += 1
        return Speaker(self.doc[left:right + 1].text)

    # -- pronouns and antecedents -------------------------------------------
    def resolve_pronoun(self, pronoun: Token, at: int) -> Speaker | None:
        """A subject pronoun's antecedent, agreeing with it in gender and number.

        Speakers are people far more often than not, so the latest person in subject
        (or "selon X") position of the paragraph comes first, then the last person named
        in it, then another agreeing subject of the paragraph ("Interrogé, le ministère
        rappelle ... », fait-il valoir"), then a person subject of the last sentences, then the main person.
        """
        agreement = self.lex.subject_pronouns.get(fold(pronoun.text.lstrip("-")))
        limit = min(at, pronoun.idx)
        here = self.sentence_index(limit)
        paragraph = doc_text(self.doc).rfind("\n", 0, limit) + 1
        near = [
            (offset, speaker) for offset, speaker, token in self.salient_before(limit)
            if here - self.sentence_index(offset) <= self.reaches.pronoun_sentences
            and (agreement is None or agrees(token, agreement)) and self.fits(speaker, agreement)
        ]
        people = [(offset, speaker) for offset, speaker in near if speaker.type == "PER"]
        if people and people[-1][0] >= paragraph:
            return people[-1][1]
        in_paragraph = self.antecedent(limit, ("PER",), since=paragraph, pronoun=agreement)
        if in_paragraph is not None:
            return in_paragraph
        others = [speaker for offset, speaker in near if offset >= paragraph]
        if others:
            return others[-1]
        if people:
            return people[-1][1]
        return self.main_person(limit, agreement) or (near[-1][1] if near else self.antecedent(limit, ("PER",), pronoun=agreement))

    def main_person(self, limit: int, pronoun: Pronoun | None = None) -> Speaker | None:
        """The person the article names most, if named in the last sentences before `limit` (and agreeing)."""
        people = [e for e in self.entities if e.type == "PER" and self.fits(speaker_of(e), pronoun)]
        if not people:
            return None
        main = max(people, key=lambda e: len(e.mentions))
        here = self.sentence_index(limit)
        recent = [m for m in main.mentions if m.start < limit and here - self.sentence_index(m.start) <= self.reaches.pronoun_sentences + 1]
        return speaker_of(main) if recent else None

    def sentence_index(self, offset: int) -> int:
        """Which sentence (counted from 0) holds a character offset."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def resolve_relative(self, relative: Token, at: int) -> Speaker | None:
        """"qui" stands for the noun its clause hangs on ("l'organisation, qui affirme ...")."""
        clause = relative.head
        if clause.dep_ not in ("acl:relcl", "acl") or clause.head.i == clause.i:
            return None
        noun = clause.head
        return self.resolve_tokens(noun_phrase(noun), at)

    def salient_before(self, limit: int) -> list[tuple[int, Speaker, Token | None]]:
        """Subjects, "selon/pour X" phrases and earlier speakers before `limit`, in text order."""
        start = max(0, limit - self.reaches.antecedent_reach)
        found = [item for item in self._salient_subjects() if start <= item[0] < limit]
        found.extend((offset, speaker, None) for offset, speaker in self.said if start <= offset < limit)
        return sorted(found, key=lambda item: item[0])

    def _salient_subjects(self) -> list[tuple[int, Speaker, Token | None]]:
        """Every resolvable subject or attribution phrase of the narration (computed once per Doc)."""
        if self._salient is None:
            self._salient = []
            for token in self.doc:
                if token.pos_ != "PRON" and not self.in_quote(token.idx) and self._is_salient(token):
                    speaker = self.resolve_tokens(noun_phrase(token), token.idx)
                    if speaker is not None:
                        self._salient.append((token.idx, speaker, token))
        return self._salient

    def _is_salient(self, token: Token) -> bool:
        """A subject, a name before its sentence's verb, or the object of "selon X" / "pour X"."""
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if token.pos_ not in ("PROPN", "NOUN") or token.dep_ in ("flat:name", "det", "amod"):
            return False
        cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
        if any(case in self.lex.attribution_prepositions for case in cases):
            return True
        # the parse often misses a subject set off by appositions; a name before the verb is one
        return not cases and token.pos_ == "PROPN" and self.mention_at(token) is not None and _before_verb(token)

    def antecedent(
        self, before: int, types: tuple[str, ...], since: int = 0, pronoun: Pronoun | None = None
    ) -> Speaker | None:
        """The latest mention of an entity of these types before an offset, within reach (and after `since`),
        agreeing with a pronoun when one is given."""
        hi = bisect.bisect_left(self._starts, before)
        for mention in (self.mentions[k] for k in range(hi - 1, -1, -1)):
            if before - mention.end > self.reaches.antecedent_reach or mention.start < since:
                return None
            fitting = mention.entity.type in types or ("PER" in types and self.is_person(mention.entity))
            if fitting and not self.in_quote(mention.start):
                speaker = speaker_of(mention.entity)
                if self.fits(speaker, pronoun):
                    return speaker
        return None

    # -- governments --------------------------------------------------------
    def government(self, tokens: list[Token], at: int) -> Speaker | None:
        """A government or ministry speaks as its country: the one it names, else the article's main country."""
        for token in tokens:
            code = self.lex.demonyms.get(fold(token.text))
            if code:
                return self.country(code)
        places = [m for m in self.mentions_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if m.entity.type == "LOC"]
        if places:
            return speaker_of(places[0].entity)
        return self.main_country()

    def country(self, code: str) -> Speaker | None:
        """The entity of the country with this alpha-3 code, else the country's French name."""
        name = country_name_in_language(code)
        for entity in self.entities:
            if entity.type == "LOC" and (entity.country == code and entity.kind in (None, "country")):
                if entity.kind == "country" or (name and fold(entity.name) == fold(name)):
                    return speaker_of(entity)
        for entity in self.entities:
            if name and fold(entity.name) == fold(name):
                return speaker_of(entity)
        return Speaker(name) if name else None

    def main_country(self) -> Speaker | None:
        """The country the article mentions most, when the entities say which are countries."""
        countries = [e for e in self.entities if e.type == "LOC" and (e.kind == "country" or _is_country_name(e.name))]
        if not countries:
            return None
        return speaker_of(max(countries, key=lambda e: len(e.mentions)))


def _first_word(text: str) -> str:
    words = fold(text).replace("-", " ").split()
    return words[0] if words else ""


def _before_verb(token: Token) -> bool:
    """Whether no finite verb precedes the token in its sentence (it stands where a subject does)."""
    for other in token.sent:
        if other.i >= token.i:
            return True
        if other.pos_ in ("VERB", "AUX") and "Fin" in other.morph.get("VerbForm", []):
            return False
    return True


def agrees(token: Token | None, pronoun: Pronoun) -> bool:
    """Whether an antecedent's head agrees in number (and, for common nouns, gender) with a pronoun."""
    if token is None:
        return True
    number = token.morph.get("Number", [])
    if number and number[0] != pronoun.number:
        return False
    gender = token.morph.get("Gender", [])
    return token.pos_ == "PROPN" or not gender or gender[0] == pronoun.gender


def phrase_head(tokens: list[Token]) -> Token:
    """The token of a phrase whose syntactic head lies outside it (the first such)."""
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head.i == token.i:
            return token
    return tokens[0]


def noun_phrase(head: Token) -> list[Token]:
    """A noun's phrase: its subtree without the clauses hanging on it."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS:
            skip.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in skip]


@language_table
def _country_names_by_code(language: LanguageData) -> dict[str, str]:
    """The usual name of every country in the language read ("Russie, Fédération de" -> "Russie")."""
    names: gettext.NullTranslations
    try:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language.code])
    except OSError:
        names = gettext.NullTranslations()
    usual = {c.alpha_3: names.gettext(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    return {code: name.split(",")[0].split("(")[0].strip() for code, name in usual.items()}


def country_name_in_language(code: str) -> str | None:
    """The usual name of a country in the language read, or None for an unknown code."""
    return _country_names_by_code().get(code)


@language_table
def _country_names(language: LanguageData) -> frozenset[str]:
    return frozenset(fold(n) for n in _country_names_by_code().values() if n)


def _is_country_name(name: str) -> bool:
    return fold(name) in _country_names()
