"""Whether the clause around a time expression speaks of the past or of what is to come.

"vendredi" alone is the last Friday, but "se réunira vendredi", "est attendu vendredi" and
"doit se rendre vendredi" point to the next one. The parser's morphology gives the tense;
the cue lists in times.json (future_participles, future_heads) give the planned readings.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .timegrammar import Candidate, fold, vocabulary
from .timex import Tense

# How many steps up the dependency tree we look for the verb that governs an expression.
_MAX_HOPS = 4


def clause_tense(doc: Doc, start: int, end: int) -> Tense:
    """"future", "past", or None (present, conditional, no verb, or no parse) for the text at start:end."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None


def _governing_verb(token: Token) -> Token | None:
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:  # the root (Token objects are rebuilt on each access: compare indices)
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """The time a verb places its clause in, with its auxiliaries and the verb it depends on."""
    vocab = vocabulary()
    if vocab.has("future_participles", verb.text):
        return "future"
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Fut" in a.morph.get("Tense") for a in auxiliaries):
        return "future"
    if any(a.lemma_ == "aller" and "Pres" in a.morph.get("Tense") for a in auxiliaries):
        return "future"
    if "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i and depth < 2:
        return _infinitive_tense(verb.head, depth)
    tense = verb.morph.get("Tense")
    if "Fut" in tense:
        return "future"
    if "Cnd" in verb.morph.get("Mood"):
        return None
    if auxiliaries or "Past" in tense or "Imp" in tense or "Part" in verb.morph.get("VerbForm"):
        return "past"
    return None


def _infinitive_tense(head: Token, depth: int) -> Tense:
    """'doit se rendre', 'va signer' are to come; 'a affirmé avoir fait' takes its head's tense."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    head_tense = verb_tense(head, depth + 1)
    if vocabulary().has("future_heads", head.lemma_):
        return "future" if head_tense in (None, "future") else None
    return head_tense


def share_weekday_tenses(mains: list[Candidate], tenses: list[Tense]) -> list[Tense]:
    """A bare weekday with no tense of its own (a headline) takes that of the nearest same weekday that has one.

    An article usually means one day by one weekday name: "Sommet jeudi à Vienne" is the
    "jeudi" of "se réuniront jeudi" further down.
    """
    known = [(i, fold(m.parts.get("wd", ""))) for i, (m, t) in enumerate(zip(mains, tenses))
             if m.kind == "weekday" and t is not None]
    shared = list(tenses)
    for i, (main, tense) in enumerate(zip(mains, tenses)):
        if main.kind != "weekday" or tense is not None:
            continue
        same = [j for j, name in known if name == fold(main.parts.get("wd", ""))]
        if same:
            shared[i] = tenses[min(same, key=lambda j: abs(j - i))]
    return shared
