"""Whether the clause around a time expression speaks of the past or of what is to come.

"vendredi" alone is the last Friday, but "se réunira vendredi", "est attendu vendredi" and
"doit se rendre vendredi" point to the next one. The parser's morphology gives the tense;
the cue lists in times.json (future_participles, future_heads) give the planned readings.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lang import current
from .grammar import Candidate, fold, vocabulary
from .reaches import TimeReaches
from .timex import Tense

# Dependencies by which a verb qualifies a noun: "le maire, élu en 2014", "qui a eu lieu le 3 mars".
_NOUN_CLAUSES = ("acl", "acl:relcl")


@dataclass(frozen=True)
class Clause:
    """What the verb governing a time expression says about it."""

    tense: Tense = None
    lemma: str = ""  # of the governing verb
    pluperfect: bool = False  # "avait été placée": told as before the story's own time
    imperfect: bool = False  # "le chômage était de 8 %": a state in the background, not an event of the story
    bare_participle: bool = False  # "Arrivé en France en 2015, il...": a participle with no auxiliary
    present: bool = False  # a finite verb in the present indicative
    reporting: bool = False  # the verb reports speech ("affirme", "annonce")
    direct: bool = False  # the expression hangs on the verb itself, not on one of its nouns
    noun_modifier: bool = False  # the expression only qualifies a noun ("la crise de 2008", "fondé en 2014")


def clause_tense(doc: Doc, start: int, end: int, *, reaches: TimeReaches = TimeReaches()) -> Tense:
    """"future", "past", or None (present, conditional, no verb, or no parse) for the text at start:end."""
    return clause_of(doc, start, end, reaches=reaches).tense


def clause_of(doc: Doc, start: int, end: int, *, reaches: TimeReaches = TimeReaches()) -> Clause:
    """The clause reading of the text at start:end (an empty Clause without a parse)."""
    if not doc.has_annotation("DEP"):
        return Clause()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Clause()
    root = span.root
    if root.pos_ in ("VERB", "AUX"):  # a time word mistagged as a verb ("l'été" read as "été"): start from its head
        if root.head.i == root.i:
            return Clause()
        root = root.head
    verb = _governing_verb(root, reaches.max_hops)
    through_noun = root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nmod", "amod")
    if verb is None:
        misread = _verb_read_as_noun(doc, span.start)
        if misread is not None:  # "Le Parlement vote mardi la loi": a present verb the tagger calls a noun
            return Clause(lemma=misread.lemma_.lower(), present=True, direct=True,
                          reporting=vocabulary().has("reporting_heads", misread.lemma_))
        return Clause(noun_modifier=through_noun)
    morph = verb.morph
    finite_present = "Pres" in verb_tenses(verb) and "Ind" in morph.get("Mood", []) and "Fin" in morph.get("VerbForm", [])
    tense = verb_tense(verb)
    return Clause(
        tense=tense,
        lemma=verb.lemma_.lower(),
        pluperfect=_is_pluperfect(verb),
        imperfect=_is_imperfect(verb),
        bare_participle="Part" in morph.get("VerbForm", []) and not any(c.dep_.startswith("aux") for c in verb.children),
        present=finite_present and tense is None and not any(c.dep_.startswith("aux") for c in verb.children),
        reporting=vocabulary().has("reporting_heads", verb.lemma_),
        direct=root.head.i == verb.i or root.i == verb.i or _on_the_verbs_object(root, verb),
        noun_modifier=through_noun or verb.dep_ in _NOUN_CLAUSES,
    )


def _verb_read_as_noun(doc: Doc, start: int) -> Token | None:
    """The word right before an expression when it is a present verb the tagger read as a noun: a noun with
    no determiner of its own, right after its subject's noun or adjective, ending like a third-person present
    ("Le conseil municipal statue jeudi"); "le vote de mardi" has a determiner and a preposition."""
    if start < 3:
        return None
    word, before = doc[start - 1], doc[start - 2]
    if word.pos_ != "NOUN" or not word.is_lower or before.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if any(child.dep_ == "det" for child in word.children) or not word.text.lower().endswith(
            tuple(vocabulary().lists["present_verb_endings"])):
        return None
    return word


def _on_the_verbs_object(root: Token, verb: Token) -> bool:
    """A bare time word the parser hung on one of the verb's nouns ("reprennent le travail jeudi",
    "ouvre ses portes au public samedi"): it dates the verb, unlike one joined to its noun by a
    preposition ("la réunion de jeudi")."""
    if root.dep_ != "nmod" or any(child.dep_ == "case" for child in root.children):
        return False
    head = root.head
    while head.i != verb.i and head.pos_ in ("NOUN", "PROPN") and not head.dep_.startswith("nsubj") \
            and head.head.i != head.i:
        head = head.head
    return head.i == verb.i


def _governing_verb(token: Token, max_hops: int) -> Token | None:
    """The verb an expression depends on, at most `max_hops` steps up; for "étaient au plus bas", the copula."""
    for _ in range(max_hops):
        if token.pos_ in ("VERB", "AUX"):
            return token
        copula = next((c for c in token.children if c.dep_ == "cop"), None)
        if copula is not None:
            return copula
        if token.head.i == token.i:  # the root (Token objects are rebuilt on each access: compare indices)
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _is_imperfect(verb: Token) -> bool:
    """An imparfait, of the verb or of its être: "était de 8 %", "était fermé le lundi" (not "avait été fermé")."""
    if "Imp" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", []):
        return True
    helpers = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    return not _is_pluperfect(verb) and any("Imp" in c.morph.get("Tense", []) for c in helpers)


def _is_pluperfect(verb: Token) -> bool:
    """A participle with an auxiliary of tense in the imperfect: "avaient commencé", "s'était déclenchée",
    "étaient arrivés"; "était fermé" is a passive in the imparfait."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    reflexive = any(c.dep_.startswith("expl") for c in verb.children)
    perfect_be = reflexive or vocabulary().has("etre_verbs", verb.lemma_)
    return any("Imp" in c.morph.get("Tense", []) and (c.dep_ == "aux:tense" or c.dep_ == "aux:pass" and perfect_be)
               for c in verb.children)


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """The time a verb places its clause in, with its auxiliaries and the verb it depends on."""
    vocab = vocabulary()
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    perfect = [a for a in auxiliaries if a.dep_ == "aux:tense"]
    if vocab.has("future_participles", verb.text) and not any(current().rules.is_have_auxiliary(a) for a in perfect):
        return "future"  # "est attendu jeudi", "prévu le 12"; "ont fixé le feu" is done
    if any("Fut" in a.morph.get("Tense", []) for a in auxiliaries) or _looks_future(verb):
        return "future"
    if any(current().rules.is_going_to(a) for a in auxiliaries):
        return "future"
    if not auxiliaries and vocab.has("calling_verbs", verb.lemma_) and _present_form(verb):
        return "future"  # "l'UGTT appelle à un rassemblement vendredi"
    if _looks_simple_past(verb):
        return "past"
    if "Inf" in verb.morph.get("VerbForm", []) and verb.head.i != verb.i and depth < 2:
        return _infinitive_tense(verb.head, depth)
    if auxiliaries and not perfect and not vocab.has("etre_verbs", verb.lemma_):
        return _auxiliary_tense(auxiliaries)  # "sont reçues", "seront ouvertes": the tense of être
    if auxiliaries and not perfect:
        perfect = auxiliaries  # "sont entrés", "est morte": a passé composé, whatever the parser calls être
    tense = verb_tenses(verb)
    if "Cnd" in verb.morph.get("Mood", []):
        return None
    if "Part" in verb.morph.get("VerbForm", []) and not auxiliaries and verb.dep_ == "xcomp" and depth < 2 \
            and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)  # "reste suspendu": the tense of "reste"
    if perfect or "Past" in tense or "Imp" in tense or "Part" in verb.morph.get("VerbForm", []):
        return "past"
    return None


def verb_tenses(verb: Token) -> list[str]:
    """The tagger's tenses of a finite verb, a present plural it calls a past ("reprennent") set right."""
    tenses = verb.morph.get("Tense", [])
    endings = vocabulary().lists
    form = verb.text.lower()
    if "Past" in tenses and "Fin" in verb.morph.get("VerbForm", []) \
            and form.endswith(tuple(endings["present_plural_endings"])) \
            and not form.endswith(tuple(endings["past_plural_endings"])):
        return ["Pres"]
    return tenses


def _present_form(verb: Token) -> bool:
    """A present of an -er verb, also when the tagger reads "convoque" as a participle: it ends in -e or -ent."""
    return "Pres" in verb.morph.get("Tense", []) or verb.text.lower().endswith(("e", "ent"))


def _auxiliary_tense(auxiliaries: list[Token]) -> Tense:
    """A passive or a copula is as past as its auxiliary: 'était fermée' is past, 'est fermée' is not."""
    if any("Cnd" in a.morph.get("Mood", []) for a in auxiliaries):
        return None
    if any("Past" in a.morph.get("Tense", []) or "Imp" in a.morph.get("Tense", []) for a in auxiliaries):
        return "past"
    return None


def _looks_simple_past(verb: Token) -> bool:
    """A passé simple of an -er verb the tagger read as a present: 'déplora' is 'déplor' + 'a'."""
    lemma, form = verb.lemma_.lower(), verb.text.lower()
    if not lemma.endswith("er") or not form.startswith(lemma[:-2]) or "Past" in verb.morph.get("Tense", []):
        return False
    return vocabulary().has("simple_past_endings", form[len(lemma) - 2:])


def _looks_future(verb: Token) -> bool:
    """A regular future the tagger missed: 'fêtera' is 'fêter' + 'a' (times.json future_endings)."""
    if "Fut" in verb.morph.get("Tense", []):
        return True
    lemma, form = verb.lemma_.lower(), verb.text.lower()
    stem = lemma if lemma.endswith("r") else lemma[:-1]
    if not lemma.endswith(("er", "ir", "re")) or not form.startswith(stem) or form == lemma:
        return False
    return vocabulary().has("future_endings", form[len(stem):])


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
