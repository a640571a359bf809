"""veille.nlp.events.lexicon: the event trigger lexicon, read from `lang/<code>/events/`.

One line per entry, in one file per PLOVER type (`assault.tsv`, `coerce.tsv`...):

    form <TAB> pos <TAB> mode <TAB> options
    arrêter                 verb  arrest
    arrestation             noun  arrest
    placer en garde à vue   verb  arrest
    s'en prendre à          verb  beat    needs_target
    condamner               verb  sentence  prep=à:@penalty

`form` is a lemma or a multiword expression: a verb's expression starts with its verb
("mettre en examen", "ouvrir le feu"), a noun's with its noun ("prise d'otages"); "se"
makes it reflexive, clitics before the verb are required ("s'en prendre"), and the words
after the head must follow it in order within a few tokens ("a placé le suspect en garde
à vue"), a determiner of the expression standing for any determiner or none. `mode` is the
PLOVER mode, or `-`. `options` are `key=value[,value...]` or bare flags; `@name` in a value
is a word class of `events/classes/`; `key=no` turns off a flag the profile sets; `priority=N`
puts an entry before others of its lemma that would also fit.

A type file opens with its profile: `@type <options>` for what every entry of the type
shares (its CAMEO root `cameo=18`, default roles, flags), and `@mode <name> <options>` for
each mode (`@mode beat cameo=182`); an entry's options come after its mode's and win. The readings of one
lemma are tried from the most specific (an expression, then the most conditions) to the
least; the first whose conditions hold is the event (see `veille.nlp.events.component`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ...lang import LanguageData

Reading = dict[str, Any]

# Options whose value is a list (the others are flags or single values).
LIST_OPTIONS = {"source", "target", "prep", "objects", "not_objects", "adverb", "modifiers", "sector", "not_subjects",
                "not_context"}
# Options that restrict when a reading applies: the more of them, the earlier it is tried.
CONDITIONS = {"reflexive", "prep", "objects", "not_objects", "adverb", "passive", "plural", "modifiers", "sector",
              "active_only", "not_subjects"}
# not_context (no word of the class in the sentence) keeps a reading out of another field's news
# (sport) without making it more specific than its neighbours.
COLUMNS = re.compile(r"\t+| {2,}")


@dataclass(frozen=True)
class Expression:
    """A multiword trigger: its head lemma, the clitics before it and the words after it."""

    head: str
    before: tuple[str, ...]
    tail: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Readings by part of speech and head lemma, and what the readings refer to."""

    verbs: dict[str, list[Reading]]
    nouns: dict[str, list[Reading]]
    defaults: dict[str, dict[str, list[str]]]
    classes: dict[str, frozenset[str]]
    grammar: dict[str, Any]
    participles: dict[str, str]  # every form of a verb's past participle -> the verb

    def readings(self, kind: str, lemma: str) -> list[Reading]:
        return (self.verbs if kind == "verb" else self.nouns).get(lemma, [])

    def verb_of_present(self, form: str) -> str:
        """The verb of the lexicon whose present a form is ("demande" -> demander), or ""."""
        for ending, infinitive in self.grammar["present_to_infinitive"]:
            if form.endswith(ending) and form[: len(form) - len(ending)] + infinitive in self.verbs:
                return form[: len(form) - len(ending)] + infinitive
        return ""

    @cached_property
    def trigger_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lemmas (trigger verbs, nouns, participles) and the forms (participles, and the presents
        verb_of_present reads) at which some reading may hold, built once per lexicon."""
        lemmas = frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.participles)
        presents = {verb[: len(verb) - len(infinitive)] + ending
                    for ending, infinitive in self.grammar["present_to_infinitive"]
                    for verb in self.verbs if verb.endswith(infinitive)}
        return lemmas, frozenset(self.participles) | frozenset(presents)

    def same_word(self, token: Any, word: str) -> bool:
        """Whether a token is a word of an expression: its form (contractions resolved) or lemma."""
        return normal_word(token.lower_, self.grammar) == word or token.lemma_.lower() == word

    def word_class(self, name: str) -> frozenset[str]:
        return self.classes.get(name, frozenset())

    @property
    def size(self) -> int:
        """How many entries the lexicon holds (one reading per line of data)."""
        return sum(len(r) for r in self.verbs.values()) + sum(len(r) for r in self.nouns.values())


def load_lexicon(language: LanguageData) -> Lexicon:
    """The lexicon of a language (built once per language through `language.table(load_lexicon)`)."""
    grammar = language.load("events/grammar")
    classes = {name: frozenset(language.load(f"events/classes/{name}")) for name in language.names("events/classes")}
    verbs: dict[str, list[Reading]] = {}
    nouns: dict[str, list[Reading]] = {}
    for name in language.names("events", suffix=".tsv"):
        lines = language.load(f"events/{name}")
        profile = read_profile(name.upper(), [line for line in lines if line.startswith("@")], classes)
        for line in lines:
            if not line.startswith("@"):
                kind, head, reading = parse_entry(line, profile, classes, grammar)
                (verbs if kind == "verb" else nouns).setdefault(head, []).append(reading)
    for table in (verbs, nouns):
        for readings in table.values():
            readings.sort(key=specificity, reverse=True)  # stable: file order among equals
    return Lexicon(verbs, nouns, grammar["default_roles"], classes, grammar, participle_index(verbs, grammar))


def participle_index(verbs: dict[str, list[Reading]], grammar: dict[str, Any]) -> dict[str, str]:
    """Past participle forms (masculine, feminine, plural) of every verb -> the verb."""
    index: dict[str, str] = {}
    for verb in verbs:
        base = participle(verb, grammar)
        if base is None:
            continue
        for ending in grammar["participle_agreement"]:
            # "mis" stays "mis" in the plural: an ending's "s" is not doubled
            form = base + (ending[:-1] if base.endswith("s") and ending.endswith("s") else ending)
            index.setdefault(form, verb)
    return index


def participle(verb: str, grammar: dict[str, Any]) -> str | None:
    """The masculine singular past participle of a verb: irregular ones from the grammar, else by its ending."""
    if verb in grammar["irregular_participles"]:
        return grammar["irregular_participles"][verb]
    for infinitive_end, participle_end in grammar["participle_endings"]:
        if verb.endswith(infinitive_end):
            return verb[: len(verb) - len(infinitive_end)] + participle_end
    return None


def specificity(reading: Reading) -> tuple[int, int, int]:
    """Expressions first, then an entry's own `priority=N` (to settle two readings that both fit:
    "voter contre" before "voter"), then the readings with the most conditions."""
    return (len(reading["expression"].tail) + len(reading["expression"].before) if "expression" in reading else 0,
            int(reading.get("priority", 0)), sum(1 for key in CONDITIONS if reading.get(key)))


@dataclass(frozen=True)
class Profile:
    """What the entries of one type file share: the type's options and each mode's."""

    event_type: str
    options: Reading
    modes: dict[str, Reading]


def read_profile(event_type: str, directives: list[str], classes: dict[str, frozenset[str]]) -> Profile:
    """The `@type` and `@mode` lines of a type file."""
    options: Reading = {}
    modes: dict[str, Reading] = {}
    for line in directives:
        word, *rest = line.split()
        if word == "@type":
            options.update(parse_options(" ".join(rest), classes))
        elif word == "@mode" and rest:
            modes[rest[0]] = parse_options(" ".join(rest[1:]), classes)
        else:
            raise ValueError(f"unknown event lexicon directive: {line!r}")
    return Profile(event_type, options, modes)


def parse_entry(line: str, profile: Profile, classes: dict[str, frozenset[str]],
                grammar: dict[str, Any]) -> tuple[str, str, Reading]:
    """One line of a type file as (pos, head lemma, reading)."""
    columns = COLUMNS.split(line.strip())
    if len(columns) < 3:
        raise ValueError(f"event lexicon line needs form, pos and mode: {line!r}")
    form, kind, mode = columns[0], columns[1], columns[2]
    if kind not in ("verb", "noun"):
        raise ValueError(f"event lexicon pos must be verb or noun: {line!r}")
    if mode != "-" and mode not in profile.modes:
        raise ValueError(f"mode {mode!r} has no @mode line in the {profile.event_type} file: {line!r}")
    reading: Reading = {"type": profile.event_type, "mode": None if mode == "-" else mode}
    reading.update(profile.options)
    reading.update(profile.modes.get(mode, {}))
    reading.update(parse_options(" ".join(columns[3:]), classes))
    head, expression, reflexive = parse_form(form, grammar)
    if reflexive:
        reading["reflexive"] = True
    if expression is not None:
        reading["expression"] = expression
    return kind, head, reading


def parse_form(form: str, grammar: dict[str, Any]) -> tuple[str, Expression | None, bool]:
    """A form as (head lemma, expression or None, reflexive)."""
    words = split_words(form, grammar)
    reflexive = bool(words) and words[0] in grammar["reflexive_pronouns"]
    if reflexive:
        words = words[1:]
    before: list[str] = []
    while len(words) > 1 and words[0] in grammar["clitics"]:
        before.append(words.pop(0))
    head, tail = words[0], tuple(normal_word(w, grammar) for w in words[1:])
    if not tail and not before:
        return head, None, reflexive
    return head, Expression(head, tuple(before), tail), reflexive


def split_words(form: str, grammar: dict[str, Any]) -> list[str]:
    """Words of a form, elided words apart ("d'assaut" -> "d'", "assaut")."""
    words: list[str] = []
    for word in form.lower().replace("\u2019", "'").split():
        while "'" in word[:-1]:
            cut = word.index("'") + 1
            words.append(word[:cut])
            word = word[cut:]
        words.append(word)
    return words


def normal_word(word: str, grammar: dict[str, Any]) -> str:
    """A word of an expression as it is compared: determiners as DET, contracted prepositions resolved."""
    if word in grammar["determiners"]:
        return "DET"
    return grammar["contractions"].get(word, word)


def parse_options(text: str, classes: dict[str, frozenset[str]]) -> Reading:
    """`key=value,value flag key=no` as a dict; `@name` values expand to the word class."""
    options: Reading = {}
    for item in text.split():
        key, _, value = item.partition("=")
        if not value:
            options[key] = True
        elif value == "no":
            options[key] = False
        elif key in LIST_OPTIONS:
            options[key] = expand(value.split(","), classes)
        else:
            options[key] = value
    return options


def expand(values: list[str], classes: dict[str, frozenset[str]]) -> list[str]:
    """Values with each `@class` replaced by its words; a `prep:@class` keeps its preposition."""
    out: list[str] = []
    for value in values:
        prep, colon, rest = value.partition(":")
        if colon:
            out.extend(f"{prep}:{w}" for w in expand([rest], classes))
        elif value.startswith("@"):
            if value[1:] not in classes:
                raise ValueError(f"unknown word class {value}")
            out.extend(sorted(classes[value[1:]]))
        else:
            out.append(value)
    return out
