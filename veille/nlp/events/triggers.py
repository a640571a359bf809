"""veille.nlp.events.triggers: which tokens trigger an event, and with which reading of the lexicon.

A verb, a noun, or a participle used as an adjective ("trois policiers blessés") triggers
an event when a reading of its lemma (`veille.nlp.events.lexicon`) has all its conditions
met: a multiword expression's other words follow it ("a placé le suspect en garde à vue"),
a reflexive pronoun ("se rendre"), an object of the right class ("fournir des missiles"),
a preposition ("tirer sur"), a passive or not. `match_trigger` returns the reading and the
tokens that make up the trigger, which are then not taken as its arguments.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ... import lang
from .args import (
    clause_phrases,
    fronted_clause,
    genitive,
    has_reflexive,
    is_passive,
    noun_governor,
    object_lemmas,
    positional_role,
    prep_of,
    verb_object,
    verb_subject,
    with_conjuncts,
)
from .lexicon import Expression, Lexicon
from .reaches import EventReaches

Reading = dict[str, Any]

# Words that may not stand inside an expression: they open another phrase or clause.
EXPRESSION_BREAKS = {"PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"}
# Tags the small model gives to a verb it misreads ("critique" NOUN, "gelé" ADJ, "dément" ADV).
MISREAD_TAGS = {"NOUN", "ADJ", "ADV"}


@dataclass(frozen=True)
class Match:
    """A trigger: its head token, the reading that holds, and every token of the trigger."""

    head: Token
    reading: Reading
    tokens: tuple[Token, ...]
    misread: bool = False  # a verb the tagger read as a noun: its arguments are read by position
    fronted: bool = False  # a participle opening its sentence ("Blessé par balle, un policier...")

    @property
    def kind(self) -> str:
        return "verb" if self.misread or self.fronted else trigger_kind(self.head) or "verb"


def trigger_kind(token: Token) -> str | None:
    """"verb" for a verb or a participle adjective, "noun" for a noun, else None."""
    if token.pos_ == "VERB":
        return "verb"
    if token.pos_ == "NOUN":
        return "noun"
    if token.pos_ == "ADJ" and token.dep_ in ("amod", "acl", "ROOT", "conj"):
        return "verb"  # read through the participle index: "blessés" -> blesser
    return None


def trigger_lemma(token: Token, lexicon: Lexicon) -> str:
    """The lemma the lexicon knows the token by: a participle adjective's verb, or the verb of a form
    the lemmatizer got wrong ("demande" lemmatised as itself, "critiqué" as an adjective)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ":
        return lexicon.participles.get(lemma) or lexicon.participles.get(token.lower_, "")
    if token.pos_ == "VERB" and lemma not in lexicon.verbs:
        return lexicon.participles.get(token.lower_) or lexicon.verb_of_present(token.lower_) or lemma
    return lemma


def misread_verb(token: Token, lexicon: Lexicon) -> bool:
    """A verb the tagger read as a noun, an adjective or an adverb: a present after the sentence's
    opening noun phrase ("Le Brésil critique la décision", "Moscou dément"), or a past participle
    after its auxiliary ("a téléphoné à", "n'a pas gelé les avoirs")."""
    return misread_present(token, lexicon) or misread_participle(token, lexicon)


def misread_present(token: Token, lexicon: Lexicon) -> bool:
    """A present after the opening noun phrase, with no determiner of its own, in a sentence that
    has no other finite verb to be its verb."""
    if token.pos_ not in MISREAD_TAGS or not lexicon.verb_of_present(token.lower_):
        return False
    sent = token.sent
    if token.i == sent.start or token.i + 1 >= sent.end or any(c.dep_ == "det" for c in token.children):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if before.pos_ not in ("PROPN", "NOUN") or after.pos_ in ("PUNCT", "VERB", "AUX"):
        return False
    opening = all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PUNCT") for t in token.doc[sent.start:token.i])
    finite = any(t.i != token.i and "Fin" in t.morph.get("VerbForm", []) for t in sent)
    return opening and not finite


def misread_participle(token: Token, lexicon: Lexicon) -> bool:
    """A past participle of a trigger verb right after a form of "avoir", or after "avoir" and the
    second word of a negation ("ont uni", "n'a pas gelé"): a compound past, whatever its tag."""
    if token.pos_ not in MISREAD_TAGS or token.lower_ not in lexicon.participles:
        return False
    if any(c.dep_ == "det" for c in token.children):
        return False  # "un démenti", "le reçu": a noun of its own
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.pos_ == "ADV" and before.i > token.sent.start:
        before = token.doc[before.i - 1]  # the "pas" of "n'a pas gelé"
    return before is not None and lang.current().rules.is_have_auxiliary(before)


def match_trigger(token: Token, lexicon: Lexicon) -> Match | None:
    """The first reading of the token's lemma whose conditions hold, as a Match."""
    return next(match_triggers(token, lexicon), None)


def match_triggers(token: Token, lexicon: Lexicon, reaches: EventReaches = EventReaches()) -> Iterator[Match]:
    """Every reading of the token's lemma whose conditions hold, most specific first (a reading
    that also wants a sector of its source is tried, and given up, once its source is known)."""
    if not could_trigger(token, lexicon):
        return  # most tokens: no reading to try
    fronted = fronted_participle(token, lexicon)
    if fronted is not None:
        yield from fronted
        return
    misread = misread_verb(token, lexicon)
    kind = "verb" if misread else trigger_kind(token)
    if kind is None:
        return None
    readings = lexicon.readings(kind, trigger_lemma(token, lexicon))
    if misread or kind == "noun" and any(c.dep_ == "nsubj" for c in token.children):
        # a verb tagged as a noun ("La syndicaliste demande au gouvernement")
        readings = lexicon.readings("verb", misread_lemma(token, lexicon)) or readings
    for reading in readings:
        tokens = expression_tokens(token, reading["expression"], lexicon, reaches.expression_reach) if "expression" in reading else (token,)
        if tokens is None:
            continue
        if positional_conditions_hold(token, reading) if misread else conditions_hold(
                token, reading, lexicon, reaches.detached_object_window):
            yield Match(token, reading, tuple(sorted(tokens, key=lambda t: t.i)), misread)


def misread_lemma(token: Token, lexicon: Lexicon) -> str:
    """The trigger verb a misread form belongs to: a present ("dément") or a past participle ("gelé")."""
    return lexicon.verb_of_present(token.lower_) or lexicon.participles.get(token.lower_, "")


def positional_conditions_hold(token: Token, reading: Reading) -> bool:
    """A reading's conditions for a misread verb, whose parse is wrong: its object and phrases are
    read by position (veille.nlp.events.args.positional_role). Conditions that need the parse (a
    reflexive, a passive, an adverb or a modifier of the verb) are not met."""
    if any(reading.get(key) for key in ("reflexive", "passive", "adverb", "modifiers", "plural")):
        return False
    patient = positional_role(token, "obj")
    patients = {h.lemma_.lower() for p in patient for h in (p, *_genitives(p))}
    if reading.get("not_objects") and patients & set(reading["not_objects"]):
        return False
    subjects = {h.lemma_.lower() for h in positional_role(token, "subj")}
    if reading.get("not_subjects") and subjects & set(reading["not_subjects"]):
        return False
    if reading.get("not_context") and any(t.lemma_.lower() in reading["not_context"] for t in token.sent):
        return False
    if reading.get("prep") and not any(_positional_prep(token, item) for item in reading["prep"]):
        return False
    wanted = set(reading.get("objects") or [])
    named = reading.get("allow_named_objects") and any(p.pos_ == "PROPN" for p in patient)
    return not wanted or bool(patients & wanted) or bool(named)


def _genitives(phrase: Token) -> list[Token]:
    return [c for c in phrase.children if c.dep_ == "nmod" and prep_of(c) == genitive()]


def _positional_prep(token: Token, item: str) -> bool:
    """"à:prison": the phrase the preposition opens after the verb, with that head lemma if one is given."""
    prep, _, lemma = item.partition(":")
    return any(not lemma or _phrase_has_lemma(p, lemma) for p in positional_role(token, prep))


def could_trigger(token: Token, lexicon: Lexicon) -> bool:
    """Whether some reading of the lexicon may hold at the token: its lemma is a trigger lemma or a
    participle, or its form a participle or a verb's present. Two set look-ups that spare every
    other token the tests of match_triggers, which would find no reading for it."""
    lemmas, forms = lexicon.trigger_words
    return token.lower_ in forms or token.lemma_.lower() in lemmas


def fronted_participle(token: Token, lexicon: Lexicon) -> list[Match] | None:
    """The readings of a past participle that opens its sentence before a comma ("Interpellé jeudi
    par les douaniers, le passeur..."), whatever the tagger made of it; None for any other token."""
    verb = lexicon.participles.get(token.lower_)
    if not verb or token.pos_ not in ("VERB", "NOUN", "ADJ"):
        return None
    clause = fronted_clause(token)
    if clause is None:
        return None
    words, subject = clause
    return [Match(token, reading, (token,), fronted=True) for reading in lexicon.readings("verb", verb)
            if "expression" not in reading and fronted_conditions_hold(token, reading, words, subject)]


def fronted_conditions_hold(token: Token, reading: Reading, words: list[Token], subject: Token) -> bool:
    """A reading's conditions for a fronted participle, which is passive: its patient is the subject
    after the comma, its phrases are the words before the comma."""
    if reading.get("reflexive") or reading.get("active_only") or reading.get("passive") is False:
        return False
    if reading.get("adverb") or reading.get("modifiers") or reading.get("plural"):
        return False
    patients = {h.lemma_.lower() for h in with_conjuncts(subject)}
    if reading.get("not_objects") and patients & set(reading["not_objects"]):
        return False
    if reading.get("not_context") and any(t.lemma_.lower() in reading["not_context"] for t in token.sent):
        return False
    if reading.get("prep") and not any(_fronted_prep(words, item) for item in reading["prep"]):
        return False
    wanted = set(reading.get("objects") or [])
    named = reading.get("allow_named_objects") and subject.pos_ == "PROPN"
    return not wanted or bool(patients & wanted) or bool(named)


def _fronted_prep(words: list[Token], item: str) -> bool:
    """"par:balle": a phrase of the fronted words opened by the preposition, with the lemma if one is given."""
    prep, _, lemma = item.partition(":")
    return any(prep_of(t) == prep and (not lemma or _phrase_has_lemma(t, lemma)) for t in words)


def expression_tokens(head: Token, expression: Expression, lexicon: Lexicon,
                      reach: int = EventReaches.expression_reach) -> tuple[Token, ...] | None:
    """The tokens of a multiword expression at `head`, or None when its words are not there."""
    found = [head]
    for clitic in expression.before:
        near = [t for t in head.doc[max(head.sent.start, head.i - 3):head.i] if t.lower_ == clitic]
        if not near:
            return None
        found.append(near[-1])
    position, end = head.i + 1, min(head.sent.end, head.i + 1 + reach + len(expression.tail))
    gap_allowed = True
    for index, word in enumerate(expression.tail):
        if word == "DET":
            if position < end and head.doc[position].pos_ == "DET":
                found.append(head.doc[position])
                position += 1
            following = expression.tail[index + 1] if index + 1 < len(expression.tail) else None
            while position < end and head.doc[position].pos_ == "ADJ" and following is not None \
                    and not lexicon.same_word(head.doc[position], following):
                position += 1  # "a procédé à un nouvel essai": an adjective may stand before the noun
            continue
        at = _find_word(head, word, position, end if gap_allowed else position + 1, lexicon)
        if at is None:
            return None
        found.append(head.doc[at])
        position, gap_allowed = at + 1, False
    return tuple(found)


def _find_word(head: Token, word: str, start: int, end: int, lexicon: Lexicon) -> int | None:
    """Where `word` stands in [start, end) with only words that may come between before it."""
    for i in range(start, min(end, head.sent.end)):
        token = head.doc[i]
        if lexicon.same_word(token, word):
            return i
        if token.pos_ in EXPRESSION_BREAKS and token.text not in ("-", "'"):
            return None
    return None


def conditions_hold(token: Token, reading: Reading, lexicon: Lexicon,
                    object_window: int = EventReaches.detached_object_window) -> bool:
    """Whether the token meets a reading's conditions (see veille.nlp.events.lexicon)."""
    if reading.get("reflexive") and not has_reflexive(token):
        return False
    if "passive" in reading and is_passive(token) != reading["passive"]:
        return False
    if reading.get("active_only") and is_passive(token):
        return False
    if reading.get("prep") and not _prep_ok(token, reading["prep"]):
        return False
    if reading.get("adverb") and not any(c.lower_ in reading["adverb"] for c in token.children):
        return False
    if reading.get("plural") and "Plur" not in token.morph.get("Number", []) and not token.lower_.endswith(("s", "x")):
        return False
    if reading.get("modifiers") and not any(
        c.dep_ == "amod" and c.lemma_.lower() in reading["modifiers"] for c in token.children
    ):
        return False
    if reading.get("not_objects") and set(object_lemmas(token)) & set(reading["not_objects"]):
        return False
    if reading.get("not_subjects") and _subject_lemmas(token) & set(reading["not_subjects"]):
        return False
    if reading.get("not_context") and any(t.lemma_.lower() in reading["not_context"] for t in token.sent):
        return False  # "Le Maroc affronte la France en demi-finale": a match, not a battle
    return _objects_ok(token, reading, object_window)


def _subject_lemmas(token: Token) -> set[str]:
    """Lemmas of the trigger's subject phrase heads ("le virus a frappé": virus), or of its governing
    verb's for a noun ("le parti a lancé l'offensive": parti)."""
    governor = token if trigger_kind(token) == "verb" else noun_governor(token)
    subject = verb_subject(governor) if governor is not None else None
    return {h.lemma_.lower() for h in with_conjuncts(subject)} if subject is not None else set()


def _prep_ok(token: Token, preps: list[str]) -> bool:
    """One of the prepositions heads a phrase of the trigger; "à:prison" also wants that head lemma."""
    phrases = clause_phrases(token)  # once for all the items: a reading may list dozens
    aims = _infinitive_aims(token)  # the same
    for item in preps:
        prep, _, lemma = item.partition(":")
        if any(not lemma or _phrase_has_lemma(phrase, lemma) for phrase in phrases.get(prep, ())):
            return True
        if any(not lemma or _aim_has_lemma(verb, lemma) for verb in aims.get(prep, ())):
            return True
    return False


def _infinitive_aims(token: Token) -> dict[str | None, list[Token]]:
    """"appeler les parties à reprendre le dialogue": the infinitives by the preposition that
    introduces them, on the verb or on its object, where the parser often hangs them ("appelé les
    pays riches à partager")."""
    aims: dict[str | None, list[Token]] = {}
    verbs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for holder in (c for c in token.children if c.dep_ in ("obj", "iobj")):
        verbs.extend(c for c in holder.children if c.dep_ == "acl" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm", []))
    for verb in verbs:
        aims.setdefault(prep_of(verb), []).append(verb)
    return aims


def _aim_has_lemma(verb: Token, lemma: str) -> bool:
    """The infinitive itself ("à libérer") or its object ("à reprendre le dialogue") is the word."""
    return verb.lemma_.lower() == lemma or any(c.dep_ == "obj" and _phrase_has_lemma(c, lemma) for c in verb.children)


def _phrase_has_lemma(phrase: Token, lemma: str) -> bool:
    """The phrase's head, or a "de" complement of it ("à cinq ans de prison"), has the lemma."""
    if phrase.lemma_.lower() == lemma:
        return True
    return any(c.dep_ == "nmod" and prep_of(c) == genitive() and c.lemma_.lower() == lemma for c in phrase.children)


def _objects_ok(token: Token, reading: Reading, object_window: int) -> bool:
    wanted = set(reading.get("objects") or [])
    if not wanted:
        return True
    lemmas = object_lemmas(token)
    if set(lemmas) & wanted or _detached_object(token, wanted, object_window):
        return True
    return bool(reading.get("allow_named_objects")) and _named_object(token)


def _detached_object(token: Token, wanted: set[str], window: int) -> bool:
    """A wanted noun just after the verb, cut off as a root of its own or a second object.

    After a time or place adjunct ("ont signé mardi à Riga un accord") the small French model
    makes the object a second root, or takes the weekday for the object; either way the
    verb's real object would be lost.
    """
    if token.pos_ != "VERB":
        return False
    # The cut-off object starts a "sentence" of its own, so look past token.sent, up to a full stop.
    for t in token.doc[token.i + 1:token.i + 1 + window]:
        if t.text in ".!?;":
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in wanted and t.head.i in (t.i, token.i):
            return True
    return False


def _named_object(token: Token) -> bool:
    """The object is a person's name ("a arrêté Marek Nowicki", "a exclu Joan Ferrer")."""
    patient = verb_object(token) if trigger_kind(token) == "verb" else None
    if patient is None:
        return False
    return patient.pos_ == "PROPN" or patient.ent_type_ == "PER" or any(
        c.dep_ == "flat:name" for c in patient.children
    )


def trigger_words(match: Match) -> str:
    """The trigger as it reads: "s'est rendu", "ont fourni", "invasion", "a été placé en garde à vue"."""
    head = match.head
    words = list(match.tokens)
    if match.kind == "verb":
        words += [c for c in head.children if c.dep_.startswith("aux") or (c.dep_.startswith("expl") and c.i < head.i)]
    ordered = sorted(set(words), key=lambda t: t.i)
    return " ".join(t.text for t in ordered).replace("' ", "'")
