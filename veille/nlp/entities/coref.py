"""Groups candidate mentions into real-world entities, one rule per small function.

Each rule links pairs of candidates (a union-find over their indices); the rules are, in order:
same folded name, same entry of the organisations table, "Name (ACRONYM)", acronym = initials,
person names (surname, first name, initials, honorifics), an institution's short head
("Assemblée" = "Assemblée nationale") and a shorter place name ("Pacifique" = "Pacifique Sud").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ... import geo
from ...lang import LanguageData, current, language_table, word_set
from .mentions import Candidate, feature_nouns, fold, is_acronym, island_nouns, place_nouns

_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?-?){1,3}$")


class Groups:
    """Union-find over candidate indices, keeping each group's size."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.sizes = [1] * size  # members of the group each representative stands for

    def find(self, i: int) -> int:
        """The representative of i's group."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Put i and j in one group (the earlier index represents it)."""
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
            self.sizes[min(a, b)] += self.sizes[max(a, b)]

    def members(self) -> list[list[int]]:
        """The groups, each sorted, in order of their first member."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            groups.setdefault(self.find(i), []).append(i)
        return sorted(groups.values(), key=lambda g: g[0])


@language_table
def honorifics(language: LanguageData) -> tuple[tuple[str, ...], ...]:
    """Folded honorifics and titles as token tuples, longest first ("premier ministre" before "ministre")."""
    items = {tuple(fold(h).replace(".", "").split()) for h in language.load("titles")["honorifics"]}
    return tuple(sorted(items, key=len, reverse=True))


@language_table
def table_index(language: LanguageData) -> dict[str, int]:
    """Alias -> entry number in the organisations table; acronyms as written, other aliases folded."""
    index: dict[str, int] = {}
    for number, entry in enumerate(language.load("organisations")["entries"]):
        for alias in entry["aliases"]:
            index[alias if is_acronym(alias) else fold(alias)] = number
    return index


@language_table
def people_index(language: LanguageData) -> dict[str, str]:
    """Folded name words of each alias of the people table -> the person's state."""
    return {" ".join(name_words(alias)): entry["country"]
            for entry in language.load("people")["entries"] for alias in entry["aliases"]}


def known_person_country(text: str) -> str | None:
    """The state the people table gives the person a mention names ("M. Poutine" -> RUS), or None."""
    return people_index().get(" ".join(name_words(text)))


def table_entry(text: str) -> dict[str, Any] | None:
    """The organisations-table entry a mention names, or None."""
    number = table_index().get(text if is_acronym(text) else fold(text))
    return None if number is None else current().load("organisations")["entries"][number]


def name_words(text: str) -> list[str]:
    """The folded words of a person's name without honorifics: "M. Ion Vrabie" -> [ion, vrabie]."""
    words = fold(text).replace(".", " ").split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for title in honorifics():
            if len(title) < len(words) and tuple(words[: len(title)]) == title:
                words, changed = words[len(title) :], True
                break
    return words


def without_honorifics(text: str) -> str:
    """A person's name as written without the titles before it ("Me Caroline Vidal" -> "Caroline Vidal").

    Only when a first name and a surname remain: "M. Vrabie" stays as it is, the surname alone
    would read as another name.
    """
    kept = name_words(text)
    written = text.split()
    # compared in folded words: "Jean-Baptiste" folds to two words
    if len(kept) < 2 or len(kept) == len(fold(text).replace(".", " ").split()):
        return text
    for i in range(1, len(written)):
        rest = " ".join(written[i:])
        if fold(rest).replace(".", " ").split() == kept:
            return rest
    return text


def place_key(text: str) -> str:
    """A place's comparison form without its leading place noun: "mer Baltique" -> "baltique".

    The noun stays when it is glued to the name ("Île-de-France" is not "France") and when a
    feature noun opens the name of a state ("lac Tchad", "golfe de Guinée" are not the states).
    """
    written = text.split()
    words = fold(text).split()
    if len(written) < 2 or fold(written[0]) not in place_nouns():
        return " ".join(words)
    rest = words[1:]
    while len(rest) > 1 and rest[0] in word_set("complement_words"):
        rest = rest[1:]
    if rest:
        rest[0] = current().rules.without_elision(rest[0])
    if fold(written[0]) in feature_nouns() and fold(written[0]) not in island_nouns() and names_a_state(" ".join(rest)):
        return " ".join(words)
    return " ".join(rest)


def names_a_state(name: str) -> bool:
    """True when the gazetteer reads the name as a state ("Tchad", "Guinée")."""
    hit = geo.lookup(name)
    return hit is not None and hit.feature == "country"


def group_candidates(doc: Doc, cands: list[Candidate]) -> list[list[Candidate]]:
    """The candidates grouped, one list per real-world entity, in order of first mention."""
    groups = Groups(len(cands))
    texts = [c.surface for c in cands]
    for rule in RULES:
        rule(doc, cands, texts, groups)
    return [[cands[i] for i in members] for members in groups.members()]


def link_same_name(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """Same folded name (people: without honorifics; places: without a place noun) = same entity."""
    seen: dict[str, int] = {}
    for i, cand in enumerate(cands):
        key = " ".join(name_words(texts[i])) if cand.label == "PER" else place_key(texts[i])
        if key in seen:
            groups.union(seen[key], i)
        else:
            seen[key] = i


def link_table_entries(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """Aliases of one organisations-table entry ("OTAN", "Alliance atlantique") = same entity."""
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        entry = table_entry(text)
        if entry is not None and cands[i].label != "PER":
            if entry["name"] in seen:
                groups.union(seen[entry["name"]], i)
            else:
                seen[entry["name"]] = i


def link_parentheses(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """"Organisation de coopération de Shanghai (OCS)": a name and what follows it in brackets."""
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if "PER" in (a.label, b.label):
            continue
        bracketed = b.first == a.last + 1 and doc[a.last].text == "(" and b.last < len(doc) and doc[b.last].text == ")"
        if bracketed:
            if not (geo.lookup(texts[i]) and geo.lookup(texts[i + 1])):  # "Portland (Oregon)"
                groups.union(i, i + 1)


def initials(text: str, skip_small: bool) -> str:
    """The capital letters an acronym of the name would have ("World Food Programme" -> "WFP")."""
    return "".join(w[0] for w in name_parts(text, skip_small)).upper()


def name_parts(text: str, skip_small: bool) -> list[str]:
    """The folded words of a name, without its small words ("de", "la") when `skip_small`."""
    words = re.findall(r"[\w]+", fold(text).replace("'", " "))
    if skip_small:
        skipped = word_set("acronym_skip")
        words = [w for w in words if w not in skipped]
    return words


def link_acronyms(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """An acronym and a name of several words whose initials it spells ("CFDT" = "Confédération française démocratique du travail")."""
    first_spelling: dict[str, int] = {}  # initials -> the first long name that has them
    by_first_letter: dict[str, list[int]] = {}  # for the looser spellings below
    for j, cand in enumerate(cands):
        if cand.label != "PER" and len(texts[j].split()) >= 2:
            first_spelling.setdefault(initials(texts[j], True), j)
            first_spelling.setdefault(initials(texts[j], False), j)
            by_first_letter.setdefault(initials(texts[j], True)[:1], []).append(j)
    for i, text in enumerate(texts):
        if not is_acronym(text):
            continue
        letters = fold("".join(c for c in text if c.isalpha())).upper()
        spelled = first_spelling.get(letters)
        if spelled is None and len(letters) >= 3 and table_entry(text) is None:
            spelled = next((k for k in by_first_letter.get(letters[:1], ())
                            if loosely_spells(letters, name_parts(texts[k], True))), None)
        if spelled is not None:
            groups.union(i, spelled)


# An acronym takes at most this many letters from one word ("SNESUP": "SUP" of "supérieur").
ACRONYM_LETTERS_PER_WORD = 3


def loosely_spells(letters: str, words: list[str], skipped: bool = False, first: bool = True) -> bool:
    """Whether an acronym's letters open the name's words in order, one to three letters a word, one
    inner word at most left out: "SNCB" = "Société nationale des chemins de fer belges", "SNESUP" =
    "Syndicat national de l'enseignement supérieur". Needs three words, so two letters never pass."""
    if first and len(words) < 3:
        return False
    if not words or not letters:
        return not words and not letters
    word = words[0]
    for n in range(1, min(ACRONYM_LETTERS_PER_WORD, len(word), len(letters)) + 1):
        if word[:n].upper() == letters[:n] and loosely_spells(letters[n:], words[1:], skipped, False):
            return True
    inner = not first and len(words) > 1
    return inner and not skipped and loosely_spells(letters, words[1:], True, False)


def link_people(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """Shorter forms of a person's full name: surname, first name, "P. Lindqvist", "J-P Morand", "Lucía Ortega"."""
    names = [name_words(text) for text in texts]
    full = [i for i, c in enumerate(cands) if c.label == "PER" and len(names[i]) >= 2 and not given_initials(texts[i])]
    # A shorter form shares the full name's first or last word: look only there, not at every name.
    by_edge_word: dict[str, list[int]] = {}
    for j in full:
        for word in {names[j][0], names[j][-1]}:
            by_edge_word.setdefault(word, []).append(j)
    for i, cand in enumerate(cands):
        if not may_be_person_part(cand, texts[i]):
            continue
        if names[i]:
            near = set(by_edge_word.get(names[i][0], ())) | set(by_edge_word.get(names[i][-1], ()))
        else:  # no words at all: every full name ends with nothing (kept as it always was)
            near = set(full)
        matches = [j for j in near if j != i and shorter_form_of(names[i], texts[i], names[j])]
        best = most_mentioned(matches, groups)
        if best is not None:
            groups.union(best, i)


def may_be_person_part(cand: Candidate, text: str) -> bool:
    """People are linked from PER mentions and from stray single words the NER mistyped ("Kovac" as ORG)."""
    if cand.label == "PER":
        return True
    if len(text.split()) > 1 or is_acronym(text) or table_entry(text) is not None:
        return False
    return cand.weak or cand.label != "LOC" or geo.lookup(text) is None


def names_same_person(words: list[str], text: str, full_text: str) -> bool:
    """True when `words` (a shorter or abbreviated name) can stand for the full name."""
    return shorter_form_of(words, text, name_words(full_text))


def shorter_form_of(words: list[str], text: str, full: list[str]) -> bool:
    """names_same_person over the full name's words, folded once by the caller."""
    given = given_initials(text)
    if given:
        surname = words[-1:]
        firsts = full[: len(full) - 1]
        return full[-1:] == surname and len(firsts) >= len(given) and [f[0] for f in firsts][: len(given)] == given
    if len(words) >= len(full):
        return False
    if words == full[len(full) - len(words) :] or (len(words) >= 2 and words == full[: len(words)]):
        return True
    return len(words) == 1 and words == full[:1]  # a first name alone ("Claire")


def given_initials(text: str) -> list[str]:
    """The initials a name opens with ("P. Lindqvist" -> [p], "J.-P. Morand" -> [j, p]); [] if none."""
    parts = text.split()
    if len(parts) < 2 or not _INITIALS.match(parts[0]) or (fold(parts[0]).replace(".", ""),) in honorifics():
        return []
    return [p.lower() for p in re.split(r"[.\-]", parts[0]) if p]


def most_mentioned(indices: list[int], groups: Groups) -> int | None:
    """Of the groups of these candidates, the one a bare surname most likely means (None if no candidate)."""
    roots = {groups.find(i) for i in indices}
    if not roots:
        return None
    # The most mentioned; on a tie the one named first (the press names its main person first).
    return min(roots, key=lambda root: (-groups.sizes[root], root))


def link_heads(doc: Doc, cands: list[Candidate], texts: list[str], groups: Groups) -> None:
    """A one-word institution or place and the one longer name it begins ("Assemblée" = "Assemblée nationale")."""
    order = sorted(range(len(cands)), key=lambda i: len(texts[i].split()))
    folded = [fold(text).split() for text in texts]
    # A longer name this one begins has the same label and first word: look only there.
    by_opening: dict[tuple[str, str], list[int]] = {}
    for j, other in enumerate(cands):
        by_opening.setdefault((other.label, folded[j][0] if folded[j] else ""), []).append(j)
    for i in sorted(order, key=lambda i: -len(texts[i].split())):
        cand = cands[i]
        if cand.label not in ("ORG", "LOC") and not cand.weak:
            continue
        words = folded[i]
        if words:
            longer = by_opening.get((cand.label, words[0]), [])
        else:
            longer = [j for j, other in enumerate(cands) if other.label == cand.label]
        roots = {
            groups.find(j) for j in longer
            if len(folded[j]) > len(words) and folded[j][: len(words)] == words
            and not distinct_places(texts[i], texts[j], cand)
        }
        roots.discard(groups.find(i))
        if len(roots) > 1 and cand.label == "ORG":
            roots = latest_before(cands, groups, roots, cand.start)
        if len(roots) == 1:
            groups.union(roots.pop(), i)


def latest_before(cands: list[Candidate], groups: Groups, roots: set[int], position: int) -> set[int]:
    """Of several groups, the one named last before `position` ("le Conseil" after "le Conseil national de transition")."""
    last_seen = {root: max((c.start for k, c in enumerate(cands) if groups.find(k) == root and c.start < position), default=-1)
                 for root in roots}
    best = max(roots, key=lambda root: last_seen[root])
    return {best} if last_seen[best] >= 0 else set()


def distinct_places(short: str, long: str, cand: Candidate) -> bool:
    """"Corée" and "Corée du Nord", "Soudan" and "Soudan du Sud", "Paris" and "Paris Saint-Germain": two, not one."""
    if cand.label != "LOC":
        return False
    a, b = geo.lookup(short), geo.lookup(long)
    if a is not None and b is None and a.feature in ("city", "country"):
        return True  # "Paris" and "Paris Saint-Germain": a known town does not head a name the gazetteer lacks
    return a is not None and b is not None and a.country != b.country


RULES: list[Callable[[Doc, list[Candidate], list[str], Groups], None]] = [
    link_same_name, link_table_entries, link_parentheses, link_acronyms, link_people, link_heads,
]
