"""What an article says about each entity that may speak: its gender and the roles it is introduced with.

"La porte-parole du gouvernement, Maud Bregeon" makes Maud Bregeon a woman holding the role
"porte-parole"; "Jean Martin, procureur de la République" makes Jean Martin a "procureur";
"le quotidien Le Temps" makes Le Temps a "quotidien". A later speaker "la porte-parole",
"le procureur" or "le quotidien" is then that entity (veille.nlp.quotes.referents), and a pronoun
agrees with it ("a-t-elle dit" is not the last man named).

Gender comes, from the surest: a courtesy title (Mme, M.), the role's feminine form or determiner
("l'avocate", "la ministre"), a first name (first_names.json), a masculine role ("le ministre
Fatou X" is a woman). Evidence that disagrees at the
same strength leaves the gender unknown, which agrees with any pronoun.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...model.record import Entity
from ..gender import first_name_gender as gender_of_first_names
from .lexicon import QuoteLexicon, fold
from .reaches import QuoteReaches

# How many tokens may separate a role noun from the name it introduces (the stage's "role_reach").
ROLE_REACH = QuoteReaches().role_reach
# Strength of each kind of gender evidence. A masculine role is the weakest: the press writes
# "le ministre" and "le juge" before women's names, never "la ministre" before a man's.
COURTESY, ROLE, FIRST_NAME, MASCULINE_ROLE = 3, 2, 1, 0
_BOUNDARIES = frozenset(".;:!?«»“”\"()")


@dataclass(frozen=True)
class MentionRef:
    """One mention of an entity, by character offsets (here, not in referents: profiles are built from them)."""

    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class Role:
    """A role an entity is introduced with: the noun's masculine form and the words of its complement."""

    key: str
    words: frozenset[str] = frozenset()
    office: str | None = None  # the class of titles of one office ("président", "chef de l'État": leader)


@dataclass
class Profile:
    """An entity's gender (Fem, Masc or None) and roles."""

    gender: str | None = None
    roles: list[Role] = field(default_factory=list)

    def holds(self, key: str) -> bool:
        return any(role.key == key for role in self.roles)


def build_profiles(doc: Doc, mentions: Sequence[MentionRef], lex: QuoteLexicon, reach: int = ROLE_REACH) -> dict[str, Profile]:
    """A Profile per entity id, from every mention of the Doc."""
    person_tokens = _person_tokens(doc, mentions)
    evidence: dict[str, list[tuple[int, str]]] = defaultdict(list)
    roles: dict[str, list[Role]] = defaultdict(list)
    for mention in mentions:
        words = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.start >= 0 else None
        if words is None or mention.entity.type not in ("PER", "ORG"):
            continue
        nouns = lex.person_nouns if mention.entity.type == "PER" else lex.organisation_nouns
        for noun in roles_around(words, nouns, person_tokens - set(range(words.start, words.end)), reach):
            roles[mention.entity.id].append(Role(role_key(noun, lex), complement_words(noun, words, lex, reach), office_of(noun, lex)))
            gender = noun_gender(noun, lex) if mention.entity.type == "PER" else None
            if gender:
                evidence[mention.entity.id].append((MASCULINE_ROLE if gender == "Masc" else ROLE, gender))
        if mention.entity.type == "PER":
            title, first = courtesy_gender(words, lex), _first_name_before(words, lex)
            evidence[mention.entity.id].extend([(COURTESY, title)] if title else [])
            evidence[mention.entity.id].extend([(FIRST_NAME, first)] if first else [])
    profiles: dict[str, Profile] = {}
    for entity in {m.entity.id: m.entity for m in mentions}.values():
        own = evidence[entity.id]
        if entity.type == "PER":
            first = first_name_gender((entity.name, *(m.text for m in entity.mentions)), lex)
            own = own + ([(FIRST_NAME, first)] if first else [])
        else:
            roles[entity.id].extend(_name_roles(entity, doc, mentions, lex))
        profiles[entity.id] = Profile(_strongest(own), roles[entity.id])
    return profiles


def _person_tokens(doc: Doc, mentions: Iterable[MentionRef]) -> set[int]:
    """Indices of the tokens inside person mentions (a role never reaches past another person)."""
    found: set[int] = set()
    for mention in mentions:
        if mention.entity.type == "PER" and mention.start >= 0:
            words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if words is not None:
                found.update(range(words.start, words.end))
    return found


def _strongest(evidence: list[tuple[int, str]]) -> str | None:
    """The gender of the strongest evidence; None when it is split evenly."""
    if not evidence:
        return None
    top = max(strength for strength, _ in evidence)
    votes = Counter(gender for strength, gender in evidence if strength == top).most_common()
    if len(votes) > 1 and votes[0][1] == votes[1][1]:
        return None
    return votes[0][0]


def is_role_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A noun from the list of roles, also when the tagger took it for a name ("Vigneronne à Sierre, X")
    or, after a determiner, for an adjective ("le quotidien Le Temps")."""
    if fold(token.text) not in nouns:
        return False
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.i > 0 and token.nbor(-1).pos_ == "DET")


def role_key(token: Token, lex: QuoteLexicon) -> str:
    """The role a noun names: its masculine form ("présidente" -> "president"), else its lemma."""
    word = fold(token.text)
    return lex.person_roles.get(word) or lex.person_roles.get(fold(token.lemma_)) or fold(token.lemma_ or token.text)


def roles_around(words: Span, nouns: frozenset[str], others: set[int], reach: int = ROLE_REACH) -> list[Token]:
    """The role nouns that introduce a name: before it ("le ministre X", "la porte-parole de Y, X"),
    in an apposition after it ("X, procureur de ...", "X, infirmière et déléguée syndicale"),
    or inside a mention that is itself a description."""
    inside = [t for t in words if is_role_noun(t, nouns)][:1]
    before = _role_before(words, nouns, others, reach)
    return inside + ([before] if before is not None else []) + _roles_after(words, nouns, reach)


def _role_before(words: Span, nouns: frozenset[str], others: set[int], reach: int) -> Token | None:
    doc = words.doc
    if words.start == 0 or doc[words.start - 1].pos_ == "ADP":
        return None  # "la fille de Jacques X": the name is a complement, not an apposition
    found: Token | None = None
    # punctuation, not the parser's sentences, bounds the reach: it may split "Le quotidien | Le Temps a publié"
    for token in reversed(doc[max(0, words.start - reach):words.start]):
        if _ends_reach(token, others):
            break
        if token.text == "," and token.i != words.start - 1 and found is None:
            break
        if is_role_noun(token, nouns):
            if found is not None and not _is_complement(found):
                break
            found = token  # "le fils du président, X": the outer noun is X's role
            if not _is_complement(found):
                break
    return found


def _roles_after(words: Span, nouns: frozenset[str], reach: int) -> list[Token]:
    doc = words.doc
    if words.end >= len(doc) or doc[words.end].text != ",":
        return []
    found: list[Token] = []
    for token in doc[words.end + 1:words.end + 1 + reach]:
        if token.sent.start != words.sent.start or token.pos_ in ("VERB", "AUX") or token.text in _BOUNDARIES:
            break
        if token.text == ",":
            if found:
                break
            continue
        if token.dep_ in ("nsubj", "nsubj:pass"):
            break  # "Interrogé sur X, le technicien a répondu": the subject after a fronted clause
        if is_role_noun(token, nouns) and (not found or token.nbor(-1).pos_ == "CCONJ"):
            found.append(token)
        elif not found and not _may_precede_role(token):
            break  # "X, avec un tel coach": the apposition must open with its role
    return found


def _may_precede_role(token: Token) -> bool:
    """What may open an apposition before its role noun: "X, [l'ancienne] ministre", "X, [58 ans,] infirmière"."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.nbor(-1).pos_ == "NUM"
    return token.pos_ in ("DET", "ADJ", "NUM", "ADV")


def _ends_reach(token: Token, others: set[int]) -> bool:
    """Where a role looked for before a name stops: a verb, a clause boundary, another person."""
    return (
        token.i in others or token.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
        or token.text in _BOUNDARIES or "\n" in token.text
    )


def _is_complement(token: Token) -> bool:
    """A noun after "de": "(le fils) du président" is the complement of another noun."""
    return (token.i > 0 and token.nbor(-1).pos_ == "ADP") or any(c.dep_ == "case" for c in token.children)


def office_of(noun: Token, lex: QuoteLexicon) -> str | None:
    """The office a title names ("le chef de l'État", "le président": leader); a generic word alone
    ("le dirigeant", "le chef") names none."""
    for size in range(4, 0, -1):
        phrase = fold(noun.doc[noun.i:noun.i + size].text)
        if phrase in lex.role_classes and not (size == 1 and phrase in lex.generic_roles):
            return lex.role_classes[phrase]
    return None


def complement_words(noun: Token, words: Span, lex: QuoteLexicon, reach: int = ROLE_REACH) -> frozenset[str]:
    """Content words of a role's complement ("président [de la FNSEA]"), up to the name or a comma."""
    found: set[str] = set()
    # the name ends the complement; a role inside the mention ("le président sénégalais") reads on
    name_start = words.start if words.start > noun.i else len(noun.doc)
    for token in noun.doc[noun.i + 1:noun.i + 1 + reach]:
        if token.i >= name_start or token.text in _BOUNDARIES or token.text == ",":
            break
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and fold(token.text) not in lex.person_nouns:
            found.add(fold(token.lemma_ or token.text))
    return frozenset(found)


def noun_gender(token: Token, lex: QuoteLexicon) -> str | None:
    """A person noun's gender: its determiner's ("la ministre", "la maire"), else its form ("l'avocate")."""
    determiner = determiner_of(token)
    found = determiner.morph.get("Gender", []) if determiner is not None else []
    return found[0] if found else lex.person_noun_genders.get(fold(token.text))


def determiner_of(token: Token) -> Token | None:
    """The determiner of a noun: its own child, else the determiner just before it ("la première ministre")."""
    dets = [c for c in token.children if c.dep_.startswith("det") and c.i < token.i]
    if dets:
        return dets[0]
    for previous in reversed(token.doc[max(token.sent.start, token.i - 3):token.i]):
        if previous.pos_ == "DET":
            return previous
        if previous.pos_ not in ("ADJ", "ADV"):
            return None
    return None


def courtesy_gender(words: Span, lex: QuoteLexicon) -> str | None:
    """"Mme Rochat", "M. Martin": the courtesy title in or just before a mention."""
    candidates = [words[0]] + ([words.doc[words.start - 1]] if words.start > 0 else [])
    for token in candidates:
        gender = lex.courtesy_genders.get(fold(token.text))
        if gender:
            return gender
    return None


def first_name_gender(names: Iterable[str], lex: QuoteLexicon) -> str | None:
    """The gender of the first name among an entity's names ("Me Julie Moreau" -> Fem)."""
    return gender_of_first_names(map(fold, names), lex.first_name_genders)


def _name_roles(entity, doc: Doc, mentions: Sequence[MentionRef], lex: QuoteLexicon) -> list[Role]:
    """Roles an organisation's own name and kind give it ("Confédération des syndicats" is a syndicat)."""
    keys = {key for kind in [entity.kind] if kind for key in lex.kind_nouns.get(kind, ())}
    for mention in mentions:
        if mention.entity.id == entity.id and mention.start >= 0:
            words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            keys.update(fold(t.lemma_) for t in words or [] if fold(t.lemma_) in lex.organisation_nouns)
    return [Role(key) for key in sorted(keys)]


def _first_name_before(words: Span, lex: QuoteLexicon) -> str | None:
    """A first name just before a mention that left it out ("Sandrine" before "Keller")."""
    if words.start == 0:
        return None
    previous = words.doc[words.start - 1]
    return lex.first_name_genders.get(fold(previous.text)) if previous.pos_ == "PROPN" else None
