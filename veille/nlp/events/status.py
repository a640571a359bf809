"""veille.nlp.events.status: how the text presents an event: asserted, planned, hypothetical or negated.

A pure reading of the dependency parse around the trigger, with the cues of
`lang/fr/modality_cues.json`:

- the trigger's own clause: negation ("ne ... pas", "sans"), a condition ("si
  Ankara décidait"), a purpose ("pour libérer"), the future ("se rendra",
  "va continuer"), the present conditional ("permettrait");
- then each governor up the chain of infinitives and objects: "doit se rendre"
  (planned), "menace de frapper" (hypothetical), "a refusé de signer" and
  "s'est abstenu d'intervenir" (negated), "n'est pas parvenue à joindre"
  (negated), "redoutent une reprise des combats" (hypothetical).

The conditional perfect of alleged facts ("auraient été arrêtés", the
conditionnel journalistique) stays asserted. `status_of` returns a
`model.record.Status` value.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ... import lang
from ...lang import LanguageData, language_table
from ...model.record import Status
from .lexicon import load_lexicon
from .reaches import EventReaches

# Dependencies through which an event sits under a governing verb or noun.
GOVERNED = {"xcomp", "ccomp", "obj", "obl:arg", "nmod", "acl", "csubj"}
# A noun event that is the subject of its clause's verb takes what that verb says of it.
SUBJECT_OF = {"nsubj", "nsubj:pass"}


@language_table
def cues(language: LanguageData) -> dict[str, Any]:
    """The modality cues, as sets (loaded once)."""
    data = language.load("modality_cues")
    return {key: set(value) for key, value in data.items() if isinstance(value, list)}


def status_of(trigger: Token, max_governors: int = EventReaches.max_governors) -> str:
    """The status of the event that `trigger` (a verb or a noun) names; a yes/no question leaves
    what would otherwise be told as fact or plan open."""
    status = _read_status(trigger, max_governors)
    if status in (Status.ASSERTED.value, Status.PLANNED.value) and is_open_question(trigger):
        return Status.HYPOTHETICAL.value
    return status


def _read_status(trigger: Token, max_governors: int) -> str:
    own = clause_status(trigger, max_governors)
    if own is not None:
        return own
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in SUBJECT_OF and trigger.head.pos_ in ("VERB", "AUX"):
        found = subject_status(trigger.head, max_governors)
        if found is not None:
            return found
    node = trigger
    for _ in range(max_governors):
        governor = governor_of(node)
        if governor is None or not _carries(governor, node):
            break
        found = governed_status(governor, node, max_governors)
        if found is not None:
            return found
        node = governor
    return Status.ASSERTED.value


def subject_status(verb: Token, max_governors: int = EventReaches.max_governors) -> str | None:
    """What the verb of a noun event's clause says of it: "le sommet a été annulé" (negated),
    "les négociations reprendront lundi" (planned), "la rencontre n'a pas eu lieu" (negated)."""
    if _lemma(verb) in cues()["cancelling_governors"] and not is_negated(verb):
        return Status.NEGATED.value
    own = clause_status(verb, max_governors)
    return own if own != Status.ASSERTED.value else None


def governor_of(token: Token) -> Token | None:
    """The verb or noun that governs `token`'s clause or phrase, if any.

    Adverbial clauses (time, manner, purpose) do not take their head's modality:
    purpose is read in the clause itself.
    """
    if token.dep_ not in GOVERNED or token.head == token:
        return None
    return token.head


def _carries(governor: Token, child: Token) -> bool:
    """A noun event takes the status of a light or modal verb ("a ordonné le retrait"), not of any
    verb ("sans condamner l'invasion" does not deny the invasion)."""
    if child.pos_ not in ("NOUN", "PROPN") or governor.pos_ not in ("VERB", "AUX"):
        return True
    c = cues()
    lemma = _lemma(governor)
    return any(lemma in c[key] for key in MODAL_KEYS)


MODAL_KEYS = ("planned_governors", "hypothetical_governors", "enabling_governors", "negating_governors",
              "implicative_governors", "light_verbs")


def _purpose_status(token: Token, max_governors: int) -> str:
    """A purpose is only aimed at, except under a planned act: "doit se rendre à Rome pour
    rencontrer le pape" plans the meeting too."""
    head = token.head
    if head.i != token.i and status_of(head, max_governors) == Status.PLANNED.value:
        return Status.PLANNED.value
    return Status.HYPOTHETICAL.value


def clause_status(token: Token, max_governors: int = EventReaches.max_governors) -> str | None:
    """Status read from the trigger's own words: negation, condition, purpose, tense, mood."""
    c = cues()
    if is_negated(token) or _mark(token, c["without_marks"]):
        return Status.NEGATED.value
    if _mark(token, c["condition_marks"]):
        return None if _is_compound_past(token) else Status.HYPOTHETICAL.value
    if any(child.dep_ == "mark" and child.lower_ in c["purpose_marks"] for child in token.children):
        return _purpose_status(token, max_governors)
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if _is_future(token):
        return Status.PLANNED.value
    if _is_present_conditional(token) and not _alleged(token):
        return Status.HYPOTHETICAL.value
    if _has_condition_clause(token):
        return Status.HYPOTHETICAL.value
    return None


def governed_status(governor: Token, child: Token, max_governors: int = EventReaches.max_governors) -> str | None:
    """What a governor ("doit", "refuse de", "craint", "a permis") makes of the event below it."""
    c = cues()
    lemma = governor_lemma(governor)
    negated = is_negated(governor)
    if lemma in c["negating_governors"]:
        if negated:
            return Status.HYPOTHETICAL.value if lemma in c["open_when_negated"] else None
        return Status.NEGATED.value
    if negated:
        return Status.NEGATED.value
    if lemma in c["past_implicative_governors"] and (_is_compound_past(governor) or _is_simple_past(governor)):
        return None  # "ont dû quitter la ville": the obligation was met
    if _is_imminent(governor):
        return Status.PLANNED.value
    if governor.pos_ in ("NOUN", "PROPN") and lemma == _lemma(governor):
        return Status.HYPOTHETICAL.value if lemma in c["fearing_nouns"] else None
    own = clause_status(governor, max_governors)
    if own in (Status.HYPOTHETICAL.value, Status.NEGATED.value):
        return own
    if lemma in c["enabling_governors"]:
        return None if _is_compound_past(governor) or _is_simple_past(governor) else Status.HYPOTHETICAL.value
    if lemma in c["hypothetical_governors"]:
        return Status.HYPOTHETICAL.value
    if lemma in c["planned_governors"] and child.dep_ in ("xcomp", "obj", "ccomp"):
        return Status.PLANNED.value
    return own


def _is_imminent(word: Token) -> bool:
    """"sur le point de", "en passe de": the noun with the preposition that makes it a plan (the
    tagger may read "passe" as a verb, hence its form, not its lemma or part of speech)."""
    preposition = lang.current().load("modality_cues")["imminent_nouns"].get(word.lower_)
    return preposition is not None and any(c.i < word.i and c.lower_ == preposition for c in word.children)


def governor_lemma(governor: Token) -> str:
    """The governor's lemma, or the modal verb whose present the tagger took for a noun, an
    adjective or an adverb with no determiner ("Le Sénégal envisage de rappeler", "envisage" a noun)."""
    lemma = _lemma(governor)
    if governor.pos_ in ("VERB", "AUX") or any(c.dep_ == "det" for c in governor.children):
        return lemma
    modal = modal_lemmas()
    form = governor.lower_
    for ending, infinitive in _event_grammar()["present_to_infinitive"]:
        verb = form[: len(form) - len(ending)] + infinitive
        if lemma not in modal and form.endswith(ending) and verb in modal:
            return verb
    return lemma


@language_table
def modal_lemmas(language: LanguageData) -> set[str]:
    """Every governor verb of the cues, light verbs apart (built once)."""
    c = cues()
    return set().union(*(c[key] for key in MODAL_KEYS if key != "light_verbs"))


def _event_grammar() -> dict[str, Any]:
    """The grammar of the event lexicon (how a present form leads back to its infinitive)."""
    return lang.current().table(load_lexicon).grammar


def is_open_question(token: Token) -> bool:
    """A yes/no question: the sentence ends with a question mark and asks no "pourquoi", "qui"..."""
    c = cues()
    words = [t for t in token.sent if not t.is_space]
    if not words or words[-1].text not in c["question_marks"]:
        return False
    return not any(t.lower_ in c["interrogative_words"] for t in words)


def is_negated(token: Token) -> bool:
    """"ne ... pas/jamais/aucun", or "ne ... plus/ni"; "ne ... que" is restrictive, not a negation."""
    c = cues()
    words = [t for t in _clause_words(token) if t.dep_ in ("advmod", "det", "cc", "obj", "nsubj", "nsubj:pass", "fixed")]
    lemmas = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    has_ne = any(lang.current().rules.is_negation_particle(t.lower_) for t in words)
    if lemmas & c["negation_words"]:
        return True
    return has_ne and bool(lemmas & c["negation_after_ne"])


def _clause_words(token: Token) -> list[Token]:
    """The token's dependents and those of its auxiliaries (negation may hang on either)."""
    words = list(token.children)
    for child in token.children:
        if child.dep_.startswith("aux"):
            words.extend(child.children)
    return words


def _mark(token: Token, marks: set[str]) -> bool:
    return any(c.dep_ in ("mark", "case") and c.lower_ in marks for c in token.children)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _finite(token: Token) -> Token:
    """The finite form of the verb group: the tense auxiliary when there is one."""
    for child in token.children:
        if child.dep_ == "aux:tense":
            return child
    return token


def _is_future(token: Token) -> bool:
    """The future tense, or "aller" + infinitive (the near future: "va continuer")."""
    finite = _finite(token)
    if finite != token and lang.current().rules.is_near_future(finite, token):
        return True
    return "Fut" in finite.morph.get("Tense", []) or _has_ending(finite, "future_endings")


def _is_present_conditional(token: Token) -> bool:
    return _finite(token) == token and _is_conditional(token)


def _is_conditional(token: Token) -> bool:
    return "Cnd" in token.morph.get("Mood", []) or _has_ending(token, "conditional_endings")


def _has_ending(token: Token, endings: str) -> bool:
    """The form is the future stem plus one of these endings: the tagger often reads
    "rendrait" as an imperfect, so the form itself is checked."""
    if "Fin" not in token.morph.get("VerbForm", []) and token.morph.get("VerbForm", []):
        return False
    form, stem = token.lower_, future_stem(_lemma(token))
    return form.startswith(stem) and form[len(stem):] in cues()[endings]


def future_stem(lemma: str) -> str:
    """"frapper" -> "frapper", "rendre" -> "rendr", irregular ones from the data ("pouvoir" -> "pourr")."""
    irregular = lang.current().load("modality_cues")["irregular_stems"]
    if lemma in irregular:
        return irregular[lemma]
    return str(lang.current().rules.regular_future_stem(lemma))


def _is_compound_past(token: Token) -> bool:
    """Passé composé, plus-que-parfait or conditional perfect: an auxiliary plus a participle."""
    return _finite(token) != token and "Part" in token.morph.get("VerbForm", [])


def _is_simple_past(token: Token) -> bool:
    return "Past" in token.morph.get("Tense", []) and "Fin" in token.morph.get("VerbForm", [])


def _alleged(token: Token) -> bool:
    """"selon X" or "d'après X" in the clause: the conditional reports an alleged fact."""
    return any(
        any(g.dep_ == "case" and g.lower_ in cues()["alleged_cues"] for g in child.children)
        for child in token.children
    )


def _has_condition_clause(token: Token) -> bool:
    """A main clause under "si ... imparfait" ("si Ankara décidait, ... permettrait") is hypothetical."""
    for child in token.children:
        if child.dep_ == "advcl" and _mark(child, cues()["condition_marks"]) and not _is_compound_past(child):
            return _is_conditional(_finite(token))
    return False
