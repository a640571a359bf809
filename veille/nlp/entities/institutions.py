"""Public bodies named by a lower-case head noun: "le parquet de Lyon", "la cour d'appel de Douala".

The NER reads "Lyon" in "le parquet de Lyon" and leaves the body out; French names most courts,
prefectures, town halls and ministries this way. A phrase is an institution when a head of
institutions.json follows a definite article and a qualifier ("administratif", "d'appel") or a
named complement ("de Lyon", "des Affaires étrangères") follows the head. The body belongs to
the state its nationality adjective or its complement names ("l'ambassade de France à Bamako"
is French); the place in the complement stays an entity of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ... import geo
from ...lang import LanguageData, language_table, word_set
from ..extensions import tokens_text
from .mentions import Candidate, fold
from .reaches import EntityReaches

# Longest head or qualifier, in tokens ("de grande instance", "d'" + "appel" = 2).
MAX_PHRASE_TOKENS = 4
# How many "de X" complements a name may chain ("ministère de la Santé publique du Niger").
MAX_COMPLEMENTS = 2
# Lower-case adjectives kept after a capitalised complement word ("Affaires étrangères").
MAX_COMPLEMENT_ADJECTIVES = 2
# A town this large named in a complement is taken without the NER (the stage's "known_town_population").
KNOWN_TOWN_POPULATION = EntityReaches().known_town_population


@dataclass(frozen=True)
class Lexicon:
    heads: frozenset[str]
    named_heads: frozenset[str]
    qualifiers: frozenset[str]
    articles: frozenset[str]


@dataclass(frozen=True)
class Institution:
    """A body's name in the text, its state when the name says it, and the places named in it."""

    first: int
    last: int
    country: str | None
    places: tuple[tuple[int, int], ...]  # token ranges of the complements the NER read as places


@language_table
def lexicon(language: LanguageData) -> Lexicon:
    data = language.load("institutions")
    heads, named_heads, qualifiers = (frozenset(fold(w) for w in data[key]) for key in ("heads", "named_heads", "qualifiers"))
    return Lexicon(heads, named_heads, qualifiers, frozenset(data["articles"]))


def word(doc: Doc, i: int) -> str:
    """A token compared as the data files write words: lower case, straight apostrophe."""
    return doc[i].lower_.replace("’", "'")


def phrase_at(doc: Doc, i: int, phrases: frozenset[str]) -> int:
    """The end of the longest phrase of `phrases` starting at token i, or i when none does."""
    best = i
    for size in range(1, MAX_PHRASE_TOKENS + 1):
        if i + size > len(doc) or doc[i + size - 1].is_punct:
            break  # folding drops punctuation: "électorale (" would read as "électorale"
        if fold(tokens_text(doc, i, i + size)) in phrases:
            best = i + size
    return best


def find_institutions(doc: Doc, known_town: int = KNOWN_TOWN_POPULATION) -> list[Institution]:
    """Every institution phrase of the Doc, in text order, without overlaps."""
    lex = lexicon()
    found: list[Institution] = []
    i = 1
    while i < len(doc):
        item = institution_at(doc, i, lex, known_town) if word(doc, i - 1) in lex.articles else None
        if item is None:
            i += 1
            continue
        found.append(item)
        i = item.last
    return found


def institution_at(doc: Doc, i: int, lex: Lexicon, known_town: int) -> Institution | None:
    """The institution whose head starts at token i, if the words after the head make it one body."""
    head_end = phrase_at(doc, i, lex.heads)
    if head_end == i:
        return None
    k, qualified, country = head_end, False, None
    while k < len(doc):
        after = phrase_at(doc, k, lex.qualifiers)
        if after > k:
            k, qualified = after, True
        elif doc[k].is_lower and geo.demonym_country(doc[k].text):
            country = country or geo.demonym_country(doc[k].text)
            k += 1
        else:
            break
    if not qualified and fold(doc[i:head_end].text) not in lex.named_heads:
        return None  # "la cour de l'immeuble": this head needs a qualifier before any complement
    places: list[tuple[int, int]] = []
    complements = 0
    while complements < MAX_COMPLEMENTS:
        complement = complement_at(doc, k)
        if complement is None:
            break
        start, k = complement
        complements += 1
        hit = complement_place(doc, start, k, known_town)
        if hit is not None:
            places.append((start, k))
            country = country or hit.country
    if not qualified and not complements:
        return None  # a bare head ("le tribunal a rejeté") or one with a nationality only ("l'ambassade russe")
    return Institution(i, k, country, tuple(places))


def complement_at(doc: Doc, k: int) -> tuple[int, int] | None:
    """The name in "de Lyon", "du Rhône", "de la Gironde", "des Affaires étrangères" starting at token k."""
    if k >= len(doc) or word(doc, k) not in word_set("genitives"):
        return None
    j = k + 1
    if j < len(doc) and word(doc, j) in word_set("complement_articles"):
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].ent_type_ == "PER":
        return None
    end = j + 1
    adjectives = 0
    while end < len(doc):
        token, previous = doc[end], doc[end - 1]
        if not previous.whitespace_ and (token.text[:1].isupper() or token.text in ("-", "'")):
            end += 1  # "Saint-Étienne", "Côte d'Ivoire"
        elif token.text[:1].isupper() and token.ent_iob_ == "I" and doc[j].ent_type_ not in ("", "PER"):
            end += 1  # "du Burkina Faso": the words of one name the NER read together
        elif token.is_lower and token.pos_ == "ADJ" and j <= token.head.i < end and adjectives < MAX_COMPLEMENT_ADJECTIVES:
            end, adjectives = end + 1, adjectives + 1  # "Affaires étrangères", "Santé publique": adjectives of the name
        else:
            break
    while end - 1 > j and (doc[end - 1].text in ("-", "'")):
        end -= 1
    return j, end


def complement_place(doc: Doc, start: int, end: int, known_town: int) -> "geo.GeoHit | None":
    """The place a complement names: a state, or a name the NER read as a place that the gazetteer knows."""
    text = doc[start:end].text
    hit = geo.lookup(text)
    if hit is None or hit.country is None:
        return None
    if hit.feature == "country" or any(t.ent_type_ == "LOC" for t in doc[start:end]):
        return hit
    if hit.feature == "city" and hit.population >= known_town:
        return hit  # "le rectorat de Lille" when the NER left Lille out
    return None


def with_institutions(doc: Doc, found: list[Candidate], known_town: int = KNOWN_TOWN_POPULATION) -> list[Candidate]:
    """The candidates with the institutions added: a candidate inside one stays only when it is one of its places.

    A longer name that holds the whole phrase wins over it ("Cour pénale internationale" read by the NER).
    """
    bodies = [body for body in find_institutions(doc, known_town) if not any(holds(c, body) for c in found)]
    if not bodies:
        return found
    kept = [c for c in found if not any(overlaps(c, body) for body in bodies)]
    covered = {(c.first, c.last) for c in kept}
    for body in bodies:
        span = doc[body.first : body.last]
        kept.append(Candidate(span.start_char, span.end_char, "ORG", body.first, body.last, span.text,
                              origin="institution", country=body.country))
        for first, last in body.places:
            inner = doc[first:last]
            old = next((c for c in found if (c.first, c.last) == (first, last)), None)
            if (first, last) not in covered:
                kept.append(old or Candidate(inner.start_char, inner.end_char, "LOC", first, last, inner.text))
    return sorted(kept, key=lambda c: (c.start, -(c.end - c.start)))


def holds(cand: Candidate, body: Institution) -> bool:
    """True when a candidate spans the whole institution phrase and more."""
    return cand.first <= body.first and body.last <= cand.last and cand.last - cand.first > body.last - body.first


def overlaps(cand: Candidate, body: Institution) -> bool:
    """True when a candidate shares a token with an institution's name."""
    return cand.first < body.last and body.first < cand.last

