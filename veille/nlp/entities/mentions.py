"""Candidate mentions for the entities stage: NER spans cleaned, junk dropped, missed names added.

The French model's NER is the starting point, but it is noisy on news pages: spans that
run over a line break, a leading "de"/"au", a trailing "!" or "[1", sentence-initial common
words ("Notons"), page furniture ("Loading"), and whole upper-case headlines read as
one name. This module turns its spans into clean `Candidate`s; grouping them into
real-world entities is `coref`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ... import geo
from ...lang import LanguageData, language_table, word_set
from ...textnorm import fold_name as fold
from ..extensions import doc_text

LABELS = ("PER", "ORG", "LOC", "MISC")
# Quotes, dashes and colons after which a capitalised word may be capitalised only by position.
CLAUSE_OPENERS = {"«", "“", '"', "'", "‘", "(", ":", "-", "–", "—", "•", "*"}
# A span longer than this is a sentence or a headline, not a name.
MAX_NAME_TOKENS = 12
# Longest name of ordinary words read after a noun saying it is an organisation ("Justice pour Adama").
MAX_DESIGNATED_TOKENS = 5
_TRAILING_JUNK = re.compile(r"(?:\s*\[\d*\]?)?[\s!?:;,.]*$")
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}|(?:UTC|GMT)\s*[+\-−]")
_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ0-9\-]{1,11})\s*\)")
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass(frozen=True)
class Candidate:
    """A stretch of doc.text that may name an entity, with the label first guessed for it."""

    start: int  # character offsets in doc.text
    end: int
    label: str  # PER / ORG / LOC / MISC
    first: int  # token range in the Doc
    last: int  # exclusive
    surface: str  # the mention as written: doc.text[start:end]
    weak: bool = False  # kept only when it joins a stronger mention (a capitalised common word)
    origin: str = "ner"  # ner / table / acronym / headline / role / gazetteer / institution
    country: str | None = None  # the state the words of the mention name ("l'ambassade de France")


def is_acronym(text: str) -> bool:
    """"OCS", "WFP", "G20": two to eight capitals (digits allowed), nothing else."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 8 and text.replace("-", "").isalnum() and bool(letters) and all(c.isupper() for c in letters)


@language_table
def stoplist(language: LanguageData) -> frozenset[str]:
    """Folded mentions that are never entities on their own (page furniture, time zones, generic nouns)."""
    return frozenset(fold(line) for line in language.load("entity_stoplist"))


def shouting_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in capitals (headlines, kickers): the NER cannot read them."""
    ranges = []
    offset = 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        words = re.findall(r"\w{2,}", line)
        if len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    """True when a character offset falls in one of the ranges."""
    return any(start <= position < end for start, end in ranges)


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every plausible name mention of the Doc, cleaned, without overlaps, in text order."""
    text = doc_text(doc)
    shouting = shouting_lines(text)
    found: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS or inside(ent.start_char, shouting):
            continue
        for piece in split_lines(ent):
            candidate = clean(doc, text, piece, ent.label_)
            if candidate is not None:
                found.append(candidate)
    found = join_state_complements(doc, found)
    found = split_embedded_people(doc, found)
    found = split_places_of_places(doc, found)
    found += parenthesised_acronyms(doc, text, found, shouting)
    found += table_names(doc, text, found, shouting)
    found += missed_countries(doc, found, shouting)
    found += missed_people(doc, found)
    found += designated_acronyms(doc, found, shouting)
    found = with_designated_names(doc, found, shouting)
    return without_overlaps(found)


def split_lines(span: Span) -> list[Span]:
    """The parts of a span that sit on one line (the NER sometimes runs over a line break)."""
    doc, parts, begin = span.doc, [], span.start
    for token in span:
        if token.is_space or "\n" in token.text:
            if token.i > begin:
                parts.append(doc[begin : token.i])
            begin = token.i + 1
        elif "\n" in token.whitespace_:
            parts.append(doc[begin : token.i + 1])
            begin = token.i + 1
    if begin < span.end:
        parts.append(doc[begin : span.end])
    return parts


def clean(doc: Doc, text: str, span: Span, label: str) -> Candidate | None:
    """The span trimmed of edge words and punctuation, extended over cut-off name parts, or None for junk."""
    first, last = trim_tokens(span)
    if label != "PER" and person_shaped(doc, first, last):
        label = "PER"  # "Espérance Nduwimana" read as an organisation, "Ange Mancini" as a place
    if first >= last or (label != "PER" and (starts_with_role(doc, first) or is_portfolio(doc, first) or is_bare_title(doc, first, last))):
        return None  # "ministre de la Défense", "ministre malien de la [Défense]": a function, not a name
    if label in ("LOC", "MISC"):
        first = after_place_noun(doc, first, last)
        first = with_feature_noun(doc, first, last)
    if label == "PER" and place_in_locative_position(doc, first, last):
        label = "LOC"  # "à Sidi Bouzid", "près de Ben Arous": the tagger took a place for a person
    if first_name_left_out(doc, first, last):
        first, label = first - 1, "PER"  # "Modeste | Nkurunziza": the tagger read the first name as a word
    if label == "PER":
        last = extend_person(doc, last)
        first = with_first_name(doc, first, last)
        if first > 0 and doc[first - 1].text in abbreviations() and doc[first - 1].whitespace_:
            first -= 1  # "M. Vrabie": the NER leaves the courtesy title out
    elif label in ("ORG", "MISC") and last - first == 1 and doc[first].pos_ == "NOUN":
        last = extend_institution(doc, last)
    last = extend_hyphenated(doc, last)
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    end = start + len(_TRAILING_JUNK.sub("", text[start:end]))
    if end <= start or is_junk(text[start:end], last - first):
        return None
    return Candidate(start, end, label, first, last, text[start:end], weak=is_weak(doc, first, last))


def trim_tokens(span: Span) -> tuple[int, int]:
    """Token range without leading/trailing punctuation and lower-case function words."""
    first, last = span.start, span.end
    doc = span.doc
    edges = word_set("name_edges")
    while first < last and (doc[first].is_punct or doc[first].text.replace("’", "'") in edges):
        first += 1
    while last > first and (doc[last - 1].is_punct or doc[last - 1].text in edges or is_calendar_word(doc[last - 1])):
        last -= 1
    # "fédération FIFA", "syndicat Force ouvrière": the noun that says what a name names is not part of it
    if last - first >= 2 and doc[first].is_lower and fold(doc[first].text) in organisation_nouns() and doc[first + 1].text[:1].isupper():
        first += 1
    # "Sommet Otan": a sentence-initial common noun glued to a name by the NER; not a person's
    # first name the tagger read as a noun at the start of a sentence ("Alexandre Loukachenko").
    if last - first > 1 and opens_clause(doc[first]) and doc[first].pos_ in ("NOUN", "VERB", "ADJ"):
        if doc[first + 1].pos_ == "PROPN" and doc[first + 1].text[:1].isupper():
            first += 0 if is_first_name(doc[first]) else 1
    return first, last


def is_calendar_word(token: Token) -> bool:
    """A weekday or month in lower case ("mont Blanc mardi"): a date the NER glued to a name, never part of it."""
    return token.is_lower and fold(token.text) in calendar_words()


@language_table
def calendar_words(language: LanguageData) -> frozenset[str]:
    """Weekdays and months, from the time words of times.json."""
    data = language.load("times")
    return frozenset(fold(w) for key in ("weekdays", "months") for w in data[key])


def starts_with_role(doc: Doc, first: int) -> bool:
    """True when the span opens with a lower-case role noun ("ministre des Finances")."""
    token = doc[first]
    return token.text.islower() and fold(token.text) in role_heads()


def place_in_locative_position(doc: Doc, first: int, last: int) -> bool:
    """A span of several words right after a word that introduces a place ("à", "près de"), which the
    gazetteer knows whole as a town or region, and that opens with no first name."""
    if last - first < 2 or first == 0 or is_first_name(doc[first]):
        return False
    before = first - 1
    if fold(doc[before].text) in word_set("genitives") and before > 0:
        before -= 1  # "près de", "en direction de"
    if fold(doc[before].text) not in locative_words():
        return False
    hit = geo.lookup(doc[first:last].text)
    return hit is not None and hit.feature in ("city", "region")


@language_table
def locative_words(language: LanguageData) -> frozenset[str]:
    """Words met right before a place name (places.json before_place)."""
    return frozenset(fold(w) for w in language.load("places")["before_place"])


def is_portfolio(doc: Doc, first: int) -> bool:
    """True when the span is the complement of a role noun with its nationality before it ("le ministre
    malien de la [Défense]") or the last word of a role phrase ("le secrétaire d'[État] américain");
    "le maire de Lyon" keeps its place: no nationality stands between role and name."""
    if any(phrase_key(doc[j : first + 1].text) in role_phrases() for j in range(max(0, first - 3), first)):
        return True
    i = first - 1
    while i >= 0 and phrase_key(doc[i].text) in word_set("complement_words"):
        i -= 1
    if i == first - 1 or i < 0 or not (doc[i].is_lower and geo.demonym_country(doc[i].text)):
        return False
    while i >= 0 and doc[i].is_lower and geo.demonym_country(doc[i].text) is not None:
        i -= 1
    return i >= 0 and starts_with_role(doc, i)


def is_bare_title(doc: Doc, first: int, last: int) -> bool:
    """"Premier ministre canadien": a capitalised role phrase and nationalities, no name."""
    for j in range(first + 1, min(last, first + 4) + 1):
        if phrase_key(doc[first:j].text) in role_phrases():
            return all(geo.demonym_country(t.text) is not None for t in doc[j:last])
    return False


def phrase_key(text: str) -> str:
    """Folded, with the spaces after apostrophes dropped: tokens and data files then compare equal."""
    return fold(text).replace("' ", "'")


@language_table
def role_phrases(language: LanguageData) -> dict[str, str]:
    """Role phrases of titles.json by their comparison key."""
    return {phrase_key(role): role for role in language.load("titles")["roles"]}


@language_table
def abbreviations(language: LanguageData) -> frozenset[str]:
    """Courtesy titles kept in a person's mention ("M.", "Mme")."""
    return frozenset(language.load("titles")["abbreviations"])


@language_table
def role_heads(language: LanguageData) -> frozenset[str]:
    """First words of the role phrases of titles.json ("ministre", "porte-parole")."""
    return frozenset(fold(role).split()[0] for role in language.load("titles")["roles"])


@language_table
def place_nouns(language: LanguageData) -> frozenset[str]:
    """Common nouns that introduce a place name ("place", "mer", "château")."""
    return frozenset(fold(w) for w in language.load("entity_cues")["place_nouns"])


@language_table
def feature_nouns(language: LanguageData) -> frozenset[str]:
    """Nouns of natural features that belong to the name they open ("mer", "lac", "golfe", "île")."""
    return frozenset(fold(w) for w in language.load("entity_cues")["feature_nouns"])


@language_table
def island_nouns(language: LanguageData) -> frozenset[str]:
    """Feature nouns left out when the gazetteer knows the island by its own name ("île de Malte")."""
    return frozenset(fold(w) for w in language.load("entity_cues")["island_nouns"])


def after_place_noun(doc: Doc, first: int, last: int) -> int:
    """Where the name starts in "château de Versailles", "province de la Frise"; "mer Rouge" keeps its noun."""
    if not (doc[first].text.islower() and fold(doc[first].text) in place_nouns()):
        return first
    k = first + 1
    while k < last - 1 and doc[k].text.islower():
        k += 1
    if k >= last or not doc[k].text[:1].isupper():
        return first
    if fold(doc[first].text) in feature_nouns() and not island_known_alone(doc, first, k, last):
        return first
    return k


def island_known_alone(doc: Doc, noun: int, name: int, last: int) -> bool:
    """True for "île de Malte", "îles Canaries": an island noun before a name the gazetteer knows."""
    return fold(doc[noun].text) in island_nouns() and geo.lookup(doc[name:last].text) is not None


def with_feature_noun(doc: Doc, first: int, last: int) -> int:
    """A place name the NER took without the feature noun before it ("golfe de" + "Guinée") gets it back."""
    k = first - 1
    if k > 0 and doc[k].lower_.replace("’", "'") in word_set("genitives"):
        k -= 1  # "golfe de Guinée", "détroit d'Ormuz"
    if k < 0 or not doc[k].is_lower or fold(doc[k].text) not in feature_nouns():
        return first
    return first if island_known_alone(doc, k, first, last) else k


def extend_person(doc: Doc, last: int) -> int:
    """Past the span end over name parts the NER cut off: "al-" + "Hakim", "Ortega" + "Vidal"."""
    while last < len(doc):
        previous, token = doc[last - 1], doc[last]
        glued = not previous.whitespace_ and (token.is_alpha or token.text.startswith("-"))
        capitalised_name = (
            token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_iob_ == "O"
            and previous.whitespace_ == " " and not token.is_sent_start
        )
        if not (glued or capitalised_name):
            break
        last += 1
    return last


def extend_hyphenated(doc: Doc, last: int) -> int:
    """Past the span end over a hyphen and a capitalised word glued to it: "Wallonie" + "-Bruxelles"."""
    while last + 1 < len(doc) and not doc[last - 1].whitespace_ and doc[last].text == "-" and not doc[last].whitespace_:
        if not doc[last + 1].text[:1].isupper():
            break
        last += 2
    return last


@language_table
def name_particles(language: LanguageData) -> frozenset[str]:
    """Words that open a surname ("Le Pen", "De Croo", "Van der Poel")."""
    return frozenset(language.load("entity_cues")["name_particles"])


def with_first_name(doc: Doc, first: int, last: int) -> int:
    """"Marine" + "Le Pen": the NER leaves out a first name before a surname with a particle.

    The word must be a capitalised noun or name the text never writes in lower case, not a date.
    """
    if first == 0 or last - first < 2 or doc[first].text[:1].islower() or doc[first].lower_ not in name_particles():
        return first
    before = doc[first - 1]
    if before.whitespace_ != " " or before.pos_ not in ("NOUN", "PROPN") or not before.text[:1].isupper():
        return first
    if before.lower_ in lowercase_words(doc) or fold(before.text) in stoplist() or before.ent_iob_ != "O":
        return first
    return first - 1


def extend_institution(doc: Doc, last: int) -> int:
    """A capitalised institution noun takes its adjectives: "Conseil" + "constitutionnel"."""
    limit = min(len(doc), last + 2)
    while last < limit and doc[last].pos_ == "ADJ" and doc[last].text.islower() and doc[last - 1].whitespace_:
        last += 1
    return last


def is_junk(text: str, n_tokens: int) -> bool:
    """Strings that are never names: no capital, one letter, clock times, stop-listed words, whole sentences."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in letters) or n_tokens > MAX_NAME_TOKENS:
        return True
    if _CLOCK.search(text) or all(w.isdigit() or fold(w) in stoplist() for w in re.findall(r"\w+", text)):
        return True
    return fold(text) in stoplist()


def is_weak(doc: Doc, first: int, last: int) -> bool:
    """A lone capitalised common word at a clause start ("Notons", "Bilan"): a name only if it joins one.

    The tagger's part of speech alone is not enough: it reads names it does not know as nouns
    or verbs ("Valmora"), so only the words capitalised by their position are doubted.
    """
    if last - first != 1:
        return False
    token = doc[first]
    if is_acronym(token.text) or not opens_clause(token):
        return False
    if token.lower_ in lowercase_words(doc) and token.text != token.lower_:
        return True  # "Grève" opening a headline, "grève" in the body: a common word, whatever a gazetteer says
    if token.pos_ == "PROPN":
        return False
    return geo.lookup(token.text) is None


def lowercase_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case somewhere (computed once per Doc)."""
    cached = doc.user_data.get("veille_lowercase_words")
    if cached is None:
        cached = frozenset(t.text for t in doc if t.is_alpha and t.is_lower)
        doc.user_data["veille_lowercase_words"] = cached
    return cached


def opens_clause(token: Token) -> bool:
    """True when the token is capitalised by position: sentence or line start, after a quote or colon."""
    if token.is_sent_start or token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.text in CLAUSE_OPENERS or "\n" in previous.whitespace_ or previous.is_space


def join_state_complements(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Join "Conseil représentatif des institutions juives" + "de" + "France": the NER cut the name before its state.

    Only a name of several words ending in a lower-case word ("juives", "travail"), followed by
    "de" and a state or region, is taken as cut: "la Banque de France" is not rebuilt from "Banque".
    """
    result: list[Candidate] = []
    for cand in found:
        previous = result[-1] if result else None
        if previous is not None and cut_before_state(doc, previous, cand):
            end = cand.end
            result[-1] = replace(previous, end=end, last=cand.last, surface=doc_text(doc)[previous.start:end])
        else:
            result.append(cand)
    return result


def cut_before_state(doc: Doc, name: Candidate, place: Candidate) -> bool:
    """True when `place` is the state of an organisation name the NER stopped just before it."""
    if name.label != "ORG" or place.label != "LOC" or name.last - name.first < 2 or place.first != name.last + 1:
        return False
    if not doc[name.last - 1].is_lower or doc[name.last].lower_.replace("’", "'") not in word_set("genitives"):
        return False
    hit = geo.lookup(place.surface)
    return hit is not None and hit.feature in ("country", "region")


@language_table
def first_names(language: LanguageData) -> frozenset[str]:
    """Folded first names that tell a person (either gender)."""
    names = language.load("first_names")
    return frozenset(fold(n) for gender in ("Fem", "Masc") for n in names.get(gender, []))


def is_first_name(token: Token) -> bool:
    """A capitalised word of the first-name table that the text never writes in lower case ("Rose", not "rose")."""
    return (token.text[:1].isupper() and fold(token.text) in first_names()
            and token.lower_ not in lowercase_words(token.doc))


def person_shaped(doc: Doc, first: int, last: int) -> bool:
    """A first name and one or two capitalised words that name no known place: a person, whatever the
    NER's label (it often reads an African or rare surname after a first name as a place or a body)."""
    words = doc[first:last]
    if not 2 <= len(words) <= 3 or not is_first_name(words[0]) or not all(t.text[:1].isupper() for t in words[1:]):
        return False
    return geo.lookup(words.text) is None


@language_table
def organisation_nouns(language: LanguageData) -> frozenset[str]:
    """Nouns that say a name is an organisation's ("l'agence", "le syndicat")."""
    return frozenset(fold(word) for word in language.load("entity_cues")["organisation_nouns"])


def designated_acronyms(doc: Doc, found: list[Candidate], shouting: list[tuple[int, int]]) -> list[Candidate]:
    """"l'agence TAP", "le parti PDCI": an acronym the NER missed right after a noun saying it is an organisation."""
    covered = {i for c in found for i in range(c.first, c.last)}
    extra = []
    for token in doc[1:]:
        noun = doc[token.i - 1]
        if token.i in covered or not is_acronym(token.text) or inside(token.idx, shouting):
            continue
        if noun.is_lower and fold(noun.text) in organisation_nouns():
            extra.append(Candidate(token.idx, token.idx + len(token.text), "ORG", token.i, token.i + 1, token.text))
    return extra


def with_designated_names(doc: Doc, found: list[Candidate], shouting: list[tuple[int, int]]) -> list[Candidate]:
    """"le collectif Écoles des champs s'oppose": a name of ordinary words after a noun saying it is an
    organisation, up to where its clause goes on; it replaces a shorter reading of its first words, but
    stops before another name ("le groupe UMP à l'Assemblée nationale", "la chaîne France 24 en Égypte")."""
    result = list(found)
    for noun in doc[:-1]:
        if not noun.is_lower or fold(noun.text) not in organisation_nouns() or inside(noun.idx, shouting):
            continue
        end = designated_name_end(doc, noun.i + 1)
        if end is None:
            continue
        end = before_other_name(doc, noun.i + 1, end, result)
        if any(c.first == noun.i + 1 and c.last >= end for c in result):
            continue  # the NER read the name as long already
        inner = [c for c in result if noun.i + 1 <= c.first and c.last <= end]
        if any(c.first < end and c.last > end or c.first <= noun.i < c.last for c in result):
            continue  # a longer reading the NER made, or one that holds the noun
        span = doc[noun.i + 1 : end]
        result = [c for c in result if c not in inner]
        result.append(Candidate(span.start_char, span.end_char, "ORG", span.start, end, span.text))
    return result


def before_other_name(doc: Doc, start: int, end: int, found: list[Candidate]) -> int:
    """`end`, or the start of the first other name after `start` before it, without the
    prepositions and articles that lead to that name."""
    others = [c.first for c in found if start < c.first < end]
    if not others:
        return end
    end = min(others)
    while end > start + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1
    return end


def designated_name_end(doc: Doc, start: int) -> int | None:
    """Where a name opening with a capital at `start` ends: before the comma, verb, pronoun or
    conjunction that goes on with the clause, at most MAX_DESIGNATED_TOKENS words on; None when no
    such boundary comes (the name cannot be told from the sentence)."""
    if not doc[start].text[:1].isupper() or opens_clause(doc[start]) or doc[start].is_punct:
        return None
    for k in range(start + 1, min(len(doc), start + MAX_DESIGNATED_TOKENS + 1)):
        token = doc[k]
        if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or "\n" in doc[k - 1].whitespace_:
            last = k
            while last > start + 1 and doc[last - 1].pos_ in ("ADP", "DET", "CCONJ"):
                last -= 1
            return last
    return None


def missed_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """"Prudence Mbala a été élue": a first name and a surname opening a clause that the NER left out."""
    taken = {i for c in found for i in range(c.first, c.last)}
    people = []
    for token in doc[:-2]:
        name, after = doc[token.i + 1], doc[token.i + 2]
        if token.i in taken or name.i in taken or not opens_clause(token) or not is_first_name(token):
            continue
        if name.text[:1].isupper() and name.is_alpha and (after.pos_ in ("AUX", "VERB") or after.text == ","):
            if person_shaped(doc, token.i, name.i + 1) and fold(name.text) not in stoplist():
                span = doc[token.i : name.i + 1]
                people.append(Candidate(span.start_char, span.end_char, "PER", token.i, name.i + 1, span.text))
    return people


def first_name_left_out(doc: Doc, first: int, last: int) -> bool:
    """"Innocent | Kabore a rejoint": at the start of a clause, the tagger reads a first name that is
    also a word as that word and the NER leaves it out of a one- or two-word name right after it."""
    if first == 0 or last - first > 2 or not doc[first].text[:1].isupper():
        return False
    before = doc[first - 1]
    return before.whitespace_ == " " and before.ent_iob_ == "O" and opens_clause(before) and is_first_name(before)


def opens_person_name(doc: Doc, i: int, last: int) -> bool:
    """A first name and a surname after an acronym end the span: "Oddo BHF Inès Carvalho".

    Only after an acronym: "Fondation Jean Jaurès" and "lycée Victor Hugo" are named after people.
    """
    return (last - i == 2 and is_acronym(doc[i - 1].text) and fold(doc[i].text) in first_names()
            and doc[i + 1].text[:1].isupper())


def split_embedded_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Cut "Greenpeace Anna Kovac" (ORG) into the organisation and the person named elsewhere or by a first name."""
    people = {fold(c.surface) for c in found if c.label == "PER" and c.last - c.first >= 2}
    result = []
    for cand in found:
        cut = next((i for i in range(cand.first + 1, cand.last - 1)
                    if cand.label != "PER" and (fold(doc[i : cand.last].text) in people or opens_person_name(doc, i, cand.last))),
                   None)
        if cut is None:
            result.append(cand)
            continue
        head_end = doc[cut - 1].idx + len(doc[cut - 1].text)
        head, tail = cand.surface[: head_end - cand.start], cand.surface[doc[cut].idx - cand.start :]
        result.append(replace(cand, end=head_end, last=cut, surface=head))
        result.append(replace(cand, start=doc[cut].idx, label="PER", first=cut, surface=tail))
    return result


def split_places_of_places(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Cut "Rossio de Lisbonne" (LOC) into two places when the first is named alone elsewhere and the second is known."""
    alone = {fold(c.surface) for c in found}
    result = []
    for cand in found:
        cut = next((i for i in range(cand.first + 1, cand.last - 1)
                    if cand.label == "LOC" and doc[i].lower_ in word_set("place_splitters")), None)
        if cut is None or fold(doc[cand.first : cut].text) not in alone or geo.lookup(doc[cut + 1 : cand.last].text) is None:
            result.append(cand)
            continue
        head, tail = doc[cand.first : cut], doc[cut + 1 : cand.last]
        result.append(replace(cand, end=head.end_char, last=cut, surface=head.text))
        result.append(replace(cand, start=tail.start_char, first=cut + 1, surface=tail.text))
    return result


def missed_countries(doc: Doc, found: list[Candidate], shouting: list[tuple[int, int]]) -> list[Candidate]:
    """Country names the NER left untagged ("le roi de Jordanie"): one capitalised word the gazetteer knows as a
    state, or as a region right after "de la", "de l'", "du" ("vétérinaire de la Manche")."""
    covered = {i for c in found for i in range(c.first, c.last)}
    extra = []
    for token in doc:
        if token.i in covered or not token.is_alpha or not token.text[:1].isupper() or opens_clause(token):
            continue
        if token.ent_iob_ != "O" or inside(token.idx, shouting) or len(token.text) < 4:
            continue
        hit = geo.lookup(token.text)
        region = hit is not None and hit.feature == "region" and after_genitive(doc, token.i)
        if hit is not None and (hit.feature == "country" or region) and fold(hit.name) == fold(token.text):
            extra.append(Candidate(token.idx, token.idx + len(token.text), "LOC", token.i, token.i + 1,
                                   token.text, origin="gazetteer"))
    return extra


def after_genitive(doc: Doc, i: int) -> bool:
    """Whether token i, a word the text never writes in lower case, follows "du", "de", "de la", "de l'"
    (a complement, where a capital is a name's)."""
    if i < 2 or doc[i].lower_ in lowercase_words(doc):
        return False
    before = doc[i - 1].lower_.replace("’", "'")
    if before in word_set("complement_articles"):
        return doc[i - 2].lower_.replace("’", "'") in word_set("genitives")
    return before in word_set("genitives")


def parenthesised_acronyms(
    doc: Doc, text: str, found: list[Candidate], shouting: list[tuple[int, int]]
) -> list[Candidate]:
    """"(OCS)" after a name the NER did not tag as an entity itself."""
    taken = [(c.start, c.end) for c in found]
    extra = []
    for match in _ACRONYM_IN_PARENS.finditer(text):
        start, end = match.span(1)
        acronym = match.group(1)
        if not is_acronym(acronym) or _ROMAN.match(acronym) or inside(start, shouting) or fold(acronym) in stoplist():
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            extra.append(Candidate(start, end, "ORG", span.start, span.end, acronym, origin="acronym"))
    return extra


@language_table
def table_pattern(language: LanguageData) -> re.Pattern[str]:
    """One regex for every alias of the organisations table, longest first, matched as written."""
    aliases = {alias for entry in language.load("organisations")["entries"] for alias in entry["aliases"]}
    alternatives = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")


def table_names(doc: Doc, text: str, found: list[Candidate], shouting: list[tuple[int, int]]) -> list[Candidate]:
    """Well-known organisations the NER missed ("l'OCS" left untagged)."""
    taken = [(c.start, c.end) for c in found]
    extra = []
    for match in table_pattern().finditer(text):
        start, end = match.span()
        if inside(start, shouting) or any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            extra.append(Candidate(start, end, "ORG", span.start, span.end, match.group(), origin="table"))
    return extra


def without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """In text order; of two overlapping candidates the longer one stays."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept
