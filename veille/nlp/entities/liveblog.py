"""Names right after a live blog's time stamp: "9h12 - Danone relève ses prévisions".

An entry of a live blog opens with a clock time, often a dash or a colon, then its subject. The
NER reads the stamp as part of the sentence and misses the name, or the name is doubted as a
word capitalised only by its position. When the capitalised words after a stamp are followed by
a verb, they are the entry's subject: a name. Its type is the NER's when it gave one, else a
place the gazetteer knows, a person for several separate words, an organisation for one. One
word acting right after a stamp ("Pfizer annonce", "Stellantis n'est pas concerné") is an
organisation unless it is a state, a region, a city that stands for its rulers, a known person
or the surname of a person the text names in full: the NER's PER, LOC or MISC there is a guess.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ... import geo
from ...lang import word_set
from ..extensions import doc_text
from .coref import known_person_country, name_words
from .mentions import Candidate, fold, lowercase_words, person_shaped, stoplist, without_overlaps

# A clock time opening a line, with the mark that may follow it: "9h12 -", "14h30.", "10:45", "08h00 :".
_STAMP = re.compile(r"(?m)^[ \t]*\d{1,2}\s?[hH:]\s?\d{2}[ \t]*[-–—:|.•]?[ \t]+")
# Longest subject read after a stamp, in tokens ("Ursula von der Leyen").
MAX_SUBJECT_TOKENS = 5
# Words between the subject and its verb: a clitic ("s'adresse", "se rend", "lui répond").
CLITIC_POS = {"PRON"}


def with_stamped_subjects(doc: Doc, found: list[Candidate], government_city: int = 1_000_000) -> list[Candidate]:
    """The candidates with the subjects of live-blog entries added (or made sure, when only doubted);
    `government_city` is the population from which a city named alone acts for its rulers."""
    text = doc_text(doc)
    surnames = {name_words(c.surface)[-1] for c in found if c.label == "PER" and len(name_words(c.surface)) > 1}
    extra: list[Candidate] = []
    for match in _STAMP.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None:
            continue
        subject = subject_at(doc, span.start)
        if subject is not None:
            extra.append(acting_word(subject, surnames, government_city))
    if not extra:
        return found
    starts = {c.start for c in extra}
    # A doubted one-word candidate where a subject starts is the subject itself: no longer doubted.
    kept = [replace(c, weak=False) if c.start in starts and c.weak else c for c in found]
    # the subject read after the stamp replaces the NER's reading of the same words
    kept = [c for c in kept if (c.start, c.end) not in {(s.start, s.end) for s in extra}]
    return without_overlaps(kept + extra)


def acting_word(subject: Candidate, surnames: set[str], government_city: int) -> Candidate:
    """A one-word subject typed as the organisation it most often is when nothing says it is a
    place acting for its rulers or a person."""
    if subject.last - subject.first != 1 or subject.label == "ORG":
        return subject
    hit = geo.lookup(subject.surface)
    if hit is not None and (hit.feature != "city" or hit.capital or hit.population >= government_city):
        return replace(subject, label="LOC")
    if known_person_country(subject.surface) or set(name_words(subject.surface)) & surnames:
        return replace(subject, label="PER")
    return replace(subject, label="ORG")


def subject_at(doc: Doc, i: int) -> Candidate | None:
    """The name made of the capitalised words at token i, when a verb follows them."""
    end = i
    while end < len(doc) and end - i < MAX_SUBJECT_TOKENS and subject_word(doc, doc[end], end == i):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in word_set("name_links"):
        end -= 1
    if end == i or not verb_follows(doc, end) or not doc[end - 1].text[:1].isupper():
        return None
    words = doc[i:end]
    if any(t.lower_ in lowercase_words(doc) for t in words if t.is_alpha) or fold(words.text) in stoplist():
        return None  # "Bilan", "Nouvelle": common words written in lower case elsewhere in the text
    return Candidate(words.start_char, words.end_char, subject_label(doc, i, end), i, end, words.text, origin="stamp")


def subject_word(doc: Doc, token: Token, opening: bool) -> bool:
    """A word of a name: capitalised, or a hyphen or particle inside one ("Hydro-Québec", "von der Leyen")."""
    if token.is_space or token.is_punct and token.text != "-":
        return False
    if opening:
        return token.text[:1].isupper() and token.pos_ not in ("DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ")
    return token.text[:1].isupper() or token.lower_ in word_set("name_links")


def verb_follows(doc: Doc, k: int) -> bool:
    """True when token k is a verb, or the verb after a clitic or a negation that hangs on it
    ("lui répond", "n'est pas concerné", "ne s'est pas présenté")."""
    for _ in range(3):
        if k >= len(doc) or doc[k].pos_ in ("VERB", "AUX"):
            break
        if not (doc[k].pos_ in CLITIC_POS or doc[k].pos_ == "ADV" and doc[k].head.i > k and doc[k].head.pos_ in ("VERB", "AUX")):
            return False
        k += 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")


def subject_label(doc: Doc, first: int, last: int) -> str:
    """The NER's label on the words, else LOC for a known place, PER for several separate words, ORG for one."""
    if person_shaped(doc, first, last):
        return "PER"  # a first name and a surname the NER read as a place ("Ange Mancini")
    labels = [t.ent_type_ for t in doc[first:last] if t.ent_type_]
    if labels:
        return labels[0]
    hit = geo.lookup(doc[first:last].text)
    if hit is not None and hit.feature in ("country", "city"):
        return "LOC"
    separate = sum(1 for t in doc[first : last - 1] if t.whitespace_)
    return "PER" if separate >= 1 else "ORG"
