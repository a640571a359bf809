"""What the words around a name say about it: roles, nationality, designators; nominal and headline mentions.

"le président moldave Ion Vrabie" gives Vrabie the role "président"
and the state MDA; a later "le dirigeant moldave" is then one of his mentions.
"l'office norvégien des statistiques (Statnor)" makes Statnor an organisation of Norway.
Upper-case headlines, which the NER cannot read, are searched for the names found in the body.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ... import geo
from ...lang import LanguageData, language_table, word_set
from ..extensions import doc_text, tokens_text
from .coref import table_entry
from .mentions import Candidate, fold, inside, is_acronym, phrase_key, role_phrases, shouting_lines
from .reaches import EntityReaches
from .resolved import Resolved

# How far from a name its role or nationality is looked for, in tokens (the stage's "role_window").
WINDOW = EntityReaches().role_window


@dataclass(frozen=True)
class Role:
    """A function held by a person, as the text gives it."""

    phrase: str  # "président", "ministre de la défense"
    group: str | None  # its class in titles.json role_classes ("leader"), if any
    country: str | None


@language_table
def role_groups(language: LanguageData) -> dict[str, str]:
    """Role phrase -> its class ("dirigeant" -> "leader")."""
    return {fold(role): group for group, items in language.load("titles")["role_classes"].items() for role in items}


@language_table
def designators(language: LanguageData) -> dict[str, str]:
    """Common noun -> the type of the name it introduces ("agence" -> ORG, "place" -> LOC)."""
    cues = language.load("entity_cues")
    table = {fold(w): "ORG" for w in cues["organisation_nouns"]}
    table.update({fold(w): "LOC" for w in cues["place_nouns"]})
    return table


def role_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The longest role phrase starting at token i, and the token after it."""
    best = None
    phrases = role_phrases()
    for size in range(1, 5):
        if i + size > len(doc) or doc[i + size - 1].is_punct and doc[i + size - 1].text != "'":
            break
        key = phrase_key(tokens_text(doc, i, i + size))
        if key in phrases:
            best = (phrases[key], i + size)
    return best


def country_of_word(token: Token) -> str | None:
    """The state a word names: a nationality ("russe", "Ukrainien"), a country, a national institution."""
    if token.is_punct or len(token.text) < 3:
        return None
    country = geo.demonym_country(token.text)
    if country is not None:
        return country
    if token.text[:1].isupper():
        hit = geo.lookup(token.text)
        if hit is not None and hit.feature == "country":
            return hit.country
        entry = table_entry(token.text)
        if entry is not None:
            return entry["country"]
    return None


def designator_type(doc: Doc, members: list[Candidate]) -> str | None:
    """ORG or LOC when most of a name's mentions follow a noun that says so ("le groupement militaire Borée")."""
    named = [c for c in members if c.origin == "ner"]
    cues = [cue for cue in (designator_before(doc, c.first) for c in named) if cue is not None]
    if not cues:
        return None
    # A noun that says what the name is outweighs the tagger's guesses on bare mentions;
    # when the nouns disagree, the name needs most of its mentions behind one of them.
    if len(set(cues)) > 1 and 2 * len(cues) <= len(named):
        return None
    return Counter(cues).most_common(1)[0][0]


def headed_by_organisation_noun(texts: list[str]) -> bool:
    """"Fédération Wallonie-Bruxelles", "Banque ouest-africaine": a name that opens with an organisation noun
    (and that the gazetteer does not know as a place: "Fédération de Russie" is a state)."""
    for text in texts:
        words = text.split()
        if len(words) >= 2 and designators().get(fold(words[0])) == "ORG" and geo.lookup(text) is None:
            return True
    return False


def designator_before(doc: Doc, first: int) -> str | None:
    """The type a noun just before token `first` gives the name there, skipping adjectives and complements."""
    i = first - 1
    while i >= max(0, first - 6):
        token = doc[i]
        # The tagger often reads these nouns as verbs or adjectives ("l'opposant ougandais"): the word decides.
        if token.is_lower and fold(token.text) in designators():
            return designators()[fold(token.text)]
        if token.is_lower and phrase_key(token.text) in role_phrases():
            return None if named_by_acronym(doc, first) else "PER"  # "l'opposant ougandais X"
        if token.text == "(" or (token.is_lower and (token.pos_ == "ADJ" or geo.demonym_country(token.text))):
            i -= 1
            continue
        if token.lower_.replace("’", "'") in word_set("genitives") and i > 0 and fold(doc[i - 1].text) in members_of():
            return "ORG"  # "les membres d'Ahl al-Wadi"
        if token.pos_ == "NOUN" and token.is_lower:
            j = _before_adjectives(doc, i - 1)  # "le fabricant de petit électroménager Valmore"
            if j >= 0 and doc[j].lower_.replace("’", "'") in word_set("genitives"):
                i = j - 1
                continue
        break
    return None


def _before_adjectives(doc: Doc, i: int) -> int:
    """The index of the first token at or before i that is not a lower-case adjective."""
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    return i


def named_by_acronym(doc: Doc, first: int) -> bool:
    """"le député LFI", "le maire PS": a role followed by a party's acronym, not by a person's name."""
    return is_acronym(doc[first].text) or table_entry(doc[first].text) is not None


def designator_country(doc: Doc, item: Resolved) -> str | None:
    """"le constructeur japonais X", "la société genevoise X": the nationality between a designator and the name."""
    for cand in item.members:
        if cand.origin != "ner":
            continue
        i = cand.first - 1
        country = None
        while i >= max(0, cand.first - 4) and doc[i].is_lower and (doc[i].pos_ == "ADJ" or geo.demonym_country(doc[i].text)):
            country = country or geo.demonym_country(doc[i].text)
            i -= 1
        if country and i >= 0 and doc[i].is_lower and fold(doc[i].text) in designators():
            return country
    return None


@language_table
def members_of(language: LanguageData) -> frozenset[str]:
    """Plural nouns whose complement names a group ("les militants de X")."""
    return frozenset(fold(w) for w in language.load("entity_cues")["member_nouns"])


def roles_near(doc: Doc, cand: Candidate, window: int = WINDOW) -> list[Role]:
    """Roles given to a person right before ("le ministre estonien X") or after ("X, le porte-parole de l'Élysée,") the name."""
    found = []
    sent_start = doc[cand.first].sent.start
    for j in range(cand.first - 1, max(sent_start, cand.first - window) - 1, -1):
        match = role_at(doc, j)
        if match is not None and match[1] <= cand.first:
            match = longest_role_ending(doc, j, match, sent_start)
            found.append(make_role(doc, match[0], match[1], cand.first))
            break
        if doc[j].pos_ in ("VERB", "AUX") or (doc[j].is_punct and doc[j].text != ","):
            break
    after = cand.last
    if after < len(doc) and doc[after].text == ",":
        for j in range(after + 1, min(len(doc), after + 4)):
            match = role_at(doc, j)
            if match is not None:
                end = next((k for k in range(match[1], min(len(doc), match[1] + window)) if doc[k].is_punct), match[1])
                found.append(make_role(doc, match[0], match[1], end))
                break
    return found


def longest_role_ending(doc: Doc, j: int, match: tuple[str, int], sent_start: int) -> tuple[str, int]:
    """The role phrase found at j, or a longer one that starts a word or two before and covers it
    ("Première ministre" rather than "ministre")."""
    for k in range(j - 1, max(sent_start, j - 2) - 1, -1):
        longer = role_at(doc, k)
        if longer is not None and longer[1] >= match[1]:
            match = longer
    return match


def make_role(doc: Doc, phrase: str, stop: int, limit: int) -> Role:
    """A role with its complement ("ministre" + "de la Défense") and the state named between it and `limit`."""
    full = phrase
    country = None
    for k in range(stop, limit):
        country = country or country_of_word(doc[k])
    complement = complement_after(doc, stop, limit)
    if complement:
        full = f"{phrase} {complement}"
    group = role_groups().get(fold(full)) or role_groups().get(fold(phrase))
    return Role(fold(full), group, country)


def complement_after(doc: Doc, start: int, limit: int) -> str:
    """"de la défense" in "ministre estonien de la Défense": a preposition and a capitalised portfolio."""
    k = start
    while k < limit and geo.demonym_country(doc[k].text) is not None:
        k += 1
    parts = []
    while k < limit and phrase_key(doc[k].text) in word_set("complement_words"):
        parts.append(phrase_key(doc[k].text))
        k += 1
    if parts and k < limit and doc[k].text[:1].isupper():
        parts.append(fold(doc[k].text))
        # "des Affaires étrangères", "de l'Enseignement supérieur": the portfolio's adjectives belong to it
        while k + 1 < limit and portfolio_adjective(doc[k + 1]):
            k += 1
            parts.append(fold(doc[k].text))
        return " ".join(parts).replace("' ", "'")
    return ""


def portfolio_adjective(token: Token) -> bool:
    """A lower-case adjective after a portfolio's noun that is no nationality ("étrangères", not "malien")."""
    return token.is_lower and token.pos_ == "ADJ" and geo.demonym_country(token.text) is None


def person_roles(doc: Doc, item: Resolved, window: int = WINDOW) -> list[Role]:
    """Every role the text gives a person next to one of its named mentions."""
    return [role for cand in item.members if cand.origin == "ner" for role in roles_near(doc, cand, window)]


def role_country(doc: Doc, item: Resolved, window: int = WINDOW) -> str | None:
    """The state of the first role the text gives a person ("le président moldave X" -> MDA)."""
    return next((role.country for role in person_roles(doc, item, window) if role.country), None)


def add_role_mentions(doc: Doc, resolved: list[Resolved], window: int = WINDOW) -> None:
    """Attach "le président moldave", "le chef de la diplomatie américaine" to the person introduced so."""
    people = [(item, person_roles(doc, item, window)) for item in resolved if item.type == "PER"]
    people = [(item, found) for item, found in people if found]
    if not people:
        return
    taken = [(c.start, c.end) for item in resolved for c in item.members]
    for i in range(1, len(doc)):
        if phrase_key(doc[i - 1].text) not in determiner_keys():
            continue
        nominal = nominal_at(doc, i)
        if nominal is None or any(s < doc[nominal[1] - 1].idx + 1 and doc[i].idx < e for s, e in taken):
            continue
        role, end = nominal
        target = person_for(role, people, doc[i].idx) if role.country else sole_holder(doc, role, end, people, resolved)
        if target is not None:
            span = doc[i:end]
            target.members.append(Candidate(span.start_char, span.end_char, "PER", i, end, span.text, origin="role"))
            target.country = target.country or role.country  # "le président américain": the person's state


@language_table
def determiner_keys(language: LanguageData) -> frozenset[str]:
    """The determiners compared as tokens are ("l'" folds to "l")."""
    return frozenset(phrase_key(word) for word in language.load("words")["determiners"])


def nominal_at(doc: Doc, i: int) -> tuple[Role, int] | None:
    """A role, with a nationality or not, with no name after it ("le président russe a dit", "la
    ministre a dit"), and where it ends."""
    match = role_at(doc, i)
    if match is None or match[1] >= len(doc):
        return None
    phrase, k = match
    country = None
    if geo.demonym_country(doc[k].text) is not None and doc[k].text.islower():
        country = geo.demonym_country(doc[k].text)
        k += 1
    complement = complement_after(doc, k, min(len(doc), k + 6))
    end = k + len(complement.replace("'", "' ").split()) if complement else k
    if end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ == "PER"):
        return None  # "le président moldave Ion Vrabie": the name itself follows
    full = f"{phrase} {complement}" if complement else phrase
    group = role_groups().get(fold(full)) or role_groups().get(fold(phrase))
    return Role(fold(full), group, country), end


def person_for(role: Role, people: list[tuple[Resolved, list[Role]]], position: int) -> Resolved | None:
    """The one person who holds this role for this state (the last one named before, if several);
    else the only person given the role with no state ("le président X" ... "le président américain")."""
    fits = [item for item, held in people if any(r.country == role.country and same_function(r, role) for r in held)]
    if not fits:
        stateless = [item for item, held in people if any(r.country is None and same_function(r, role) for r in held)]
        return stateless[0] if len(stateless) == 1 and stateless[0].country in (None, role.country) else None
    if len(fits) == 1:
        return fits[0]
    before = [(max((c.start for c in item.members if c.start < position), default=-1), id(item), item) for item in fits]
    return max(before)[2] if max(before)[0] >= 0 else None


def sole_holder(doc: Doc, role: Role, end: int, people: list[tuple[Resolved, list[Role]]],
                resolved: list[Resolved]) -> Resolved | None:
    """The one person named before a bare role (no state, ending at token `end`) who was given this
    role or a fuller form of it ("la ministre" after "la ministre de la Défense, X"), or another
    title of its office if that person opened the sentence naming them ("le président sénégalais X
    a reçu ..." then "le chef de l'État"); no one when two could be meant, nor for a role that has
    its own complement or introduces the name after it ("la présidente de la région, Y")."""
    if end < len(doc) and (doc[end].lower_ in word_set("genitives") or introduces_name(doc, end)):
        return None
    position = doc[end - 1].idx
    same = [item for item, held in people if any(same_phrase(r, role) for r in held)]
    office = [item for item, held in people if any(same_function(r, role) for r in held)]
    fits = [item for item in same or office if any(c.start < position for c in item.members)]
    if len(fits) != 1 or len(office) > 1:
        return None
    return fits[0] if same or opens_its_sentence(doc, fits[0], resolved) else None


def introduces_name(doc: Doc, end: int) -> bool:
    """A comma and a name after a role: the role is that name's apposition ("la présidente, Y")."""
    return doc[end].text == "," and end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].ent_type_ == "PER")


def same_phrase(held: Role, role: Role) -> bool:
    """The role as given, or its head ("ministre" for "ministre de la défense")."""
    return held.phrase == role.phrase or held.phrase.startswith(role.phrase + " ")


def opens_its_sentence(doc: Doc, holder: Resolved, resolved: list[Resolved]) -> bool:
    """Whether no other person is named before the holder in the sentence that first names them."""
    first = min(c.first for c in holder.members)
    sent = doc[first].sent
    return not any(c.first >= sent.start and c.first < first for item in resolved
                   if item.type == "PER" and item is not holder for c in item.members)


def same_function(held: Role, role: Role) -> bool:
    """The same role phrase, or two roles the press uses for one another ("président", "dirigeant")."""
    return held.phrase == role.phrase or bool(held.group and held.group == role.group)


def add_headline_mentions(doc: Doc, resolved: list[Resolved]) -> None:
    """Find in upper-case lines the names of entities the body names (the NER skips those lines)."""
    text = doc_text(doc)
    lines = shouting_lines(text)
    if not lines:
        return
    forms: list[tuple[str, Resolved]] = []
    for item in resolved:
        if item.type == "MISC":
            continue
        texts = {c.surface for c in item.members if c.origin in ("ner", "table", "acronym")}
        if item.type == "PER":
            texts |= {t.split()[-1] for t in texts}
        forms += [(t, item) for t in texts if len(t) >= 3]
    forms.sort(key=lambda f: -len(f[0]))
    for start, end in lines:
        taken: list[tuple[int, int]] = []
        for form, item in forms:
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            for match in pattern.finditer(text, start, end):
                s, e = match.span()
                if any(a < e and s < b for a, b in taken):
                    continue
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and inside(s, lines):
                    taken.append((s, e))
                    item.members.append(Candidate(s, e, item.type, span.start, span.end, text[s:e], origin="headline"))
