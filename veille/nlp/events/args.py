"""veille.nlp.events.args: the arguments of an event trigger in the dependency parse.

Roles are named as in the event lexicon (`lang/fr/events/`, see `veille.nlp.events.lexicon`): `subj` (the subject, or the
agent "par X" of a passive), `obj` (the object, or the subject of a passive, or the
noun a participle modifies), `iobj`, a preposition ("à", "en", "avec", "contre",
"de", "par", "entre"...), `adj` (a nationality or bloc adjective of a noun:
"frappes russes"), `adj_anti` ("manifestation anti-américaine"). Each role gives
phrase heads (tokens); coordinated phrases come along ("la Pologne et la Lituanie").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ... import lang
from ...lang import LanguageData, language_table, word_forms, word_set

# Dependencies of prepositional phrases and of the clauses a search should not enter.
PREP_DEPS = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "advmod", "iobj"}
CLAUSE_DEPS = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj", "acl", "csubj", "xcomp"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
# How far before a participle an auxiliary of a compound tense may stand ("a de son côté dénoncé").
AUXILIARY_REACH = 4
REFLEXIVE_DEPS = {"expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj"}


def is_passive(verb: Token) -> bool:
    """An "être" passive ("a été rejeté", "est attendu"), not a pronominal verb ("se sont rassemblés",
    "s'en est pris", which the parser marks as passives)."""
    if has_reflexive(verb):
        return False
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if any(c.dep_ == "obj" for c in verb.children):
        return False  # "Il a ensuite condamné les frappes", tagged passive: a passive takes no direct object
    auxiliaries = [c.lemma_ for c in verb.children if c.dep_.startswith("aux")]
    if auxiliaries and all(a in word_set("active_auxiliaries") for a in auxiliaries):
        return False  # "Kinshasa a toutefois accusé Kigali", tagged passive: "avoir" makes no passive
    return "Pass" in verb.morph.get("Voice", []) and verb.dep_ != "acl"


def is_participle(verb: Token) -> bool:
    """A past participle that modifies a noun ("un diplomate accusé d'espionnage", "les policiers
    blessés"): its agent is only ever a "par" phrase, never the sentence's subject."""
    if verb.pos_ != "ADJ" and not (verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", [])):
        return False
    if is_present_participle(verb):
        return False  # "une résolution condamnant...": the act may be the clause subject's
    # "a de son côté dénoncé": an auxiliary just before makes it a compound tense the parser missed
    before = verb.doc[max(verb.sent.start, verb.i - AUXILIARY_REACH):verb.i]
    return not any(t.lemma_ in word_set("tense_auxiliaries") for t in before)


def has_reflexive(verb: Token) -> bool:
    """A reflexive pronoun on the verb: "se rendre", "s'entretenir"."""
    return any(c.dep_ in REFLEXIVE_DEPS and "Yes" in c.morph.get("Reflex", []) for c in verb.children)


@language_table
def role_prepositions(language: LanguageData) -> dict[str, str]:
    """The prepositions that play a grammatical part, by part: the genitive, the agent of a passive
    or a nominalisation, the dative (events/grammar.json)."""
    return dict(language.load("events/grammar")["role_prepositions"])


def genitive() -> str:
    return role_prepositions()["genitive"]


def agent_mark() -> str:
    return role_prepositions()["agent"]


def dative() -> str:
    return role_prepositions()["dative"]


def prep_of(token: Token) -> str | None:
    """The preposition that introduces a phrase ("à Varsovie" -> "à", "au Portugal" -> "à"); of a
    compound one, its adverb ("auprès de l'Italie" -> "auprès", the phrase hung on the adverb)."""
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.pos_ == "ADP":
            if token.head.i == child.i - 1 and token.head.lower_ in word_set("compound_prepositions"):
                return token.head.lower_
            word = child.lower_
            return word_forms("preposition_forms").get(word, word)
    return None


def with_conjuncts(token: Token) -> list[Token]:
    """A phrase head and the heads coordinated with it: "la Pologne et la Hongrie"."""
    heads = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            heads.extend(with_conjuncts(child))
    return heads


def verb_subject(verb: Token) -> Token | None:
    """The acting subject of a verb, looking up through "doit se rendre", "a refusé de" and coordinations."""
    node = verb
    for _ in range(4):
        passive = is_passive(node)
        # the parser sometimes hangs the subject on the auxiliary ("La Bolivie n'ayant pas ratifié")
        words = [*node.children, *(g for c in node.children if c.dep_.startswith("aux") for g in c.children)]
        for child in words:
            if passive and (child.dep_ == "obl:agent" or child.dep_.startswith("obl") and prep_of(child) == agent_mark()):
                return child
            if not passive and child.dep_ in SUBJECT_DEPS:
                return child
        if passive:
            return None
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head != node and node.head.pos_ in ("VERB", "AUX"):
            controller = _object_controller(node) if node.dep_ == "xcomp" else None
            if controller is not None:
                return controller  # "a accusé les FSR d'avoir ouvert le feu": the FSR opened fire
            node = node.head
            continue
        return None
    return None  # four verbs up and still no subject


def _object_controller(infinitive: Token) -> Token | None:
    """The governor's object or "à" phrase when the governor hands its infinitive to it ("accuser X
    de", "demander à X de", "exhorter X à")."""
    governor = infinitive.head
    if governor.lemma_.lower() not in object_control_verbs():
        return None
    for child in governor.children:
        if child.dep_ in ("obj", "iobj") and child.pos_ in ("NOUN", "PROPN", "PRON") and child.i < infinitive.i:
            return child
        if child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN") and prep_of(child) is None and child.i < infinitive.i:
            return child  # the object parsed as a complement of the verb ("a accusé Kigali de soutenir")
        if child.dep_.startswith("obl") and prep_of(child) == dative() and child.i < infinitive.i:
            return child
    return None


@language_table
def object_control_verbs(language: LanguageData) -> frozenset[str]:
    """Verbs whose object (not subject) does what their infinitive says (lang/fr/events/grammar.json)."""
    return frozenset(language.load("events/grammar")["object_control"])
    return None


def is_present_participle(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []) or verb.lower_.endswith("ant")


def verb_object(verb: Token) -> Token | None:
    """The patient of a verb: its object, the subject of a passive, the noun a past participle modifies."""
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", []) and not is_present_participle(verb):
        return verb.head
    passive = is_passive(verb)
    for child in verb.children:
        if passive and child.dep_ in SUBJECT_DEPS:
            return child
        if not passive and child.dep_ == "obj" and not _in_time(child):  # "a reçu mardi son homologue"
            return child
    if passive and verb.dep_ == "xcomp":
        return verb_subject(verb.head)  # "Elle affirme avoir été menacée": the one who speaks
    return None if passive else misparsed_object(verb)


def misparsed_object(verb: Token) -> Token | None:
    """An object the parser took for an adjunct: a bare noun phrase after the verb attached as an
    oblique ("a rejeté cette exigence") or as a complement clause ("a accusé Kigali de..."), or hung on a weekday or a place before it ("a rencontré
    vendredi son homologue", "a reçu au Caire le roi")."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("obl:mod", "obl", "obj", "xcomp") and not (child.dep_ == "obl:arg" and _in_time(child)):
            continue  # a duration read as an argument ("a suspendu pour quatre ans l'athlète") is an adjunct too
        if child.dep_ != "obj" and child.pos_ in ("NOUN", "PROPN") and prep_of(child) is None and not _in_time(child):
            return child
        # "a reçu mercredi au Caire le roi de Jordanie", "a arrêté mardi soir deux suspects": the
        # object hung on the adjunct before it, or on a word of that adjunct ("soir")
        hung = _object_hung_on(child)
        if hung is not None:
            return hung
    return None


def _object_hung_on(adjunct: Token, depth: int = 2) -> Token | None:
    """A bare noun phrase the parser made a complement of an adjunct, or of its own complement
    when the adjunct is a time of several words ("mardi soir", "dans la nuit de samedi")."""
    for phrase in adjunct.children:
        if phrase.dep_ not in ("nmod", "appos") or phrase.i < adjunct.i or phrase.pos_ not in ("NOUN", "PROPN"):
            continue
        if prep_of(phrase) is None and not _in_time(phrase):
            return phrase
        if depth > 1 and _in_time(phrase):
            deeper = _object_hung_on(phrase, depth - 1)
            if deeper is not None:
                return deeper
    return None


def _in_time(token: Token) -> bool:
    return any(t.start <= token.idx < t.end for t in token.doc._.times or [])


def agent_of_participle(verb: Token) -> Token | None:
    """"le gouvernement soutenu par les Verts": the agent of a participle that modifies a noun."""
    return next((c for c in verb.children if c.dep_ == "obl:agent" or prep_of(c) == agent_mark()), None)


def prep_phrases(trigger: Token, prep: str, deep: bool = True) -> Iterator[Token]:
    """Phrases introduced by `prep`: the trigger's own first, then those attached lower in its clause,
    then (when `deep`) those the parser hung inside an embedded clause after the trigger."""
    own = [c for c in trigger.children if c.dep_ in PREP_DEPS and prep_of(c) == prep]
    yield from own
    clause = list(_clause_tokens(trigger))
    for token in clause:
        if token not in own and token.dep_ in PREP_DEPS and prep_of(token) == prep:
            yield token
    if not deep:
        return
    in_clause = {t.i for t in clause}  # a set: the subtree below can be long
    for token in trigger.subtree:
        if token.i > trigger.i and token.i not in in_clause and token.dep_ in PREP_DEPS and prep_of(token) == prep:
            yield token


def clause_phrases(trigger: Token) -> dict[str | None, list[Token]]:
    """The phrases of the trigger's clause by the preposition that introduces them: what
    `prep_phrases(trigger, prep, deep=False)` yields for each prep, walked once for them all."""
    phrases: dict[str | None, list[Token]] = {}
    for token in _clause_tokens(trigger):
        if token.dep_ in PREP_DEPS:
            phrases.setdefault(prep_of(token), []).append(token)
    return phrases


def _clause_tokens(trigger: Token) -> Iterator[Token]:
    """The trigger's subtree without the clauses it embeds."""
    for child in trigger.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        yield child
        yield from _clause_tokens(child)


def role_heads(trigger: Token, role: str) -> list[Token]:
    """The phrase heads that fill `role` for `trigger` (none when the text gives none); a participle
    tagged as an adjective ("l'UE a gelé les avoirs", gelé an ADJ) has the roles of a verb."""
    if trigger.pos_ in ("VERB", "AUX", "ADJ"):
        found = _verb_role(trigger, role)
    else:
        found = _noun_role(trigger, role)
    heads = with_conjuncts(found) if found is not None else []
    if role == "subj" and _nominal_first_conjunct(trigger):
        heads.insert(0, trigger.head)  # "L'ASEAN et le Japon se retrouveront", parsed with the verb as a conjunct
    return heads


def _nominal_first_conjunct(verb: Token) -> bool:
    return verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT"


def _verb_role(verb: Token, role: str) -> Token | None:
    if role == "subj":
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", []):
            # "une pétition réclamant sa libération" does the act; "un diplomate accusé de" undergoes it
            return verb.head if is_present_participle(verb) else agent_of_participle(verb)
        return verb_subject(verb)
    if role == "obj":
        return verb_object(verb)
    if role == "iobj":
        own = next((c for c in verb.children if c.dep_ == "iobj" and (c.pos_ != "PRON" or is_object_clitic(c))), None)
        return own or next(prep_phrases(verb, dative()), None)
    return next(prep_phrases(verb, role), None)


@language_table
def object_clitics(language: LanguageData) -> frozenset[str]:
    """Clitic pronouns standing for whom an act is aimed at ("elle lui a demandé")."""
    return frozenset(language.load("events/grammar")["object_pronouns"])


def is_object_clitic(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in object_clitics()


def _noun_role(noun: Token, role: str) -> Token | None:
    if role in ("adj", "adj_anti"):
        return None  # adjectives are read by the actor finder on the noun itself
    own = next((c for c in noun.children if c.dep_ in PREP_DEPS and prep_of(c) == role), None)
    if own is not None or role == genitive():
        return own
    # "l'invasion du Koweït par l'Irak": the parser often hangs the agent on the complement
    for child in noun.children:
        if child.dep_ == "nmod":
            lower = next((g for g in child.children if g.dep_ in PREP_DEPS and prep_of(g) == role), None)
            if lower is not None:
                return lower
    if role == agent_mark():
        return None
    found = next(prep_phrases(noun, role), None)
    if found is None and noun.dep_ == "obj" and noun.head.pos_ == "VERB":
        # "a formulé une requête auprès de l'Italie", "a lancé un appel au Rwanda": the addressee
        # of a noun event hung on the verb that carries it
        found = next((p for p in prep_phrases(noun.head, role, deep=False) if p.i > noun.i), None)
    return found


def noun_governor(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of ("a imposé des sanctions", "a annoncé le déploiement")."""
    node = noun
    for _ in range(3):
        if node.dep_ == "conj":
            node = node.head
            continue
        # "a procédé à un essai", "a mis fin à l'offensive": the parser may attach it as an oblique
        if node.dep_ in ("obj", "obl:arg", "nsubj:pass", "obl:mod", "obl") and node.head.pos_ in ("VERB", "AUX"):
            if node.dep_ in ("obl:mod", "obl") and prep_of(node) not in (dative(), genitive()):
                return None
            return node.head
        return None
    return None


def object_lemmas(trigger: Token) -> list[str]:
    """Lemmas of what a trigger acts on: a verb's object (and its coordinated nouns), a noun's "de" complement."""
    if trigger.pos_ in ("VERB", "AUX", "ADJ"):
        patient = verb_object(trigger)
    else:
        patient = next((c for c in trigger.children if c.dep_ == "nmod" and prep_of(c) == genitive()), None)
    if patient is None:
        return []
    heads = with_conjuncts(patient)
    lemmas = [h.lemma_.lower() for h in heads]
    # "des centaines de policiers": the counted noun says what it is
    for head in heads:
        for child in head.children:
            if child.dep_ == "nmod" and prep_of(child) == genitive():
                lemmas.append(child.lemma_.lower())
                lemmas.extend(g.lemma_.lower() for g in child.children if g.dep_ == "nmod" and prep_of(g) == genitive())
    return lemmas


# How far after a misread verb its object is looked for.
POSITIONAL_REACH = 8


def positional_role(verb: Token, role: str) -> list[Token]:
    """The arguments of a verb the tagger read as a noun, by position: the noun phrase just before
    is its subject, the first one after its object (or the phrase its preposition opens)."""
    doc = verb.doc
    if role == "subj":
        before = doc[verb.i - 1]
        while before.i > verb.sent.start and _between_subject_and_verb(before):
            before = doc[before.i - 1]  # "Le président sénégalais n'a pas téléphoné": back to "président"
        while (before.dep_.startswith("flat") or before.dep_ == "conj") and before.head.i < before.i:
            before = before.head  # "Le Bénin et le Niger ont uni": from the last conjunct to the first
        return with_conjuncts(before)
    for token in doc[verb.i + 1:min(verb.sent.end, verb.i + 1 + POSITIONAL_REACH)]:
        if token.pos_ == "PUNCT":
            break
        if token.pos_ in ("NOUN", "PROPN"):
            prep = prep_of(token)
            if prep == role or role == "obj" and prep is None or role == "iobj" and prep == dative():
                return [token]
    return []



def _between_subject_and_verb(token: Token) -> bool:
    """An auxiliary, a negation or another adverb, or an adjective of the subject, which stand
    between a misread verb and the head of its subject."""
    return token.pos_ in ("AUX", "ADV", "ADJ") or lang.current().rules.is_have_auxiliary(token)


# How far a participle opening its sentence may run to its comma, and the clause after it to its subject.
FRONTED_REACH = 15
SENTENCE_ENDS = {".", "!", "?", ";"}


def fronted_clause(word: Token) -> tuple[list[Token], Token] | None:
    """"Interpellé jeudi par les douaniers, le passeur a été écroué": a word that opens its sentence
    and is closed by a comma before any finite verb, as (the words up to the comma, the subject of
    the clause after it, whom the opening participle describes). The parser often cuts such a
    sentence at the comma or takes the participle for a noun, so this goes by position."""
    doc = word.doc
    if any(not t.is_punct for t in doc[word.sent.start:word.i]):
        return None
    clause: list[Token] = []
    for token in doc[word.i + 1:word.i + FRONTED_REACH]:
        if token.text == ",":
            subject = _subject_after(token)
            return (clause, subject) if subject is not None and clause else None
        if token.text in SENTENCE_ENDS or "Fin" in token.morph.get("VerbForm", []):
            return None
        clause.append(token)
    return None


def _subject_after(comma: Token) -> Token | None:
    """The subject of the clause that follows a comma, before its finite verb."""
    for token in comma.doc[comma.i + 1:comma.i + 1 + FRONTED_REACH]:
        if token.dep_ in SUBJECT_DEPS and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token
        if token.text in SENTENCE_ENDS or token.text == "," or "Fin" in token.morph.get("VerbForm", []):
            return None
    return None


def fronted_role(word: Token, role: str) -> list[Token]:
    """The arguments of a fronted participle: the one it describes is its patient (`obj`), its "par"
    phrase its agent (`subj`), its other phrases by their preposition, all read in its own words."""
    found = fronted_clause(word)
    if found is None:
        return []
    clause, subject = found
    if role == "obj":
        return with_conjuncts(subject)
    prep = {"subj": agent_mark(), "iobj": dative()}.get(role, role)
    return [t for t in clause if t.pos_ in ("NOUN", "PROPN") and prep_of(t) == prep][:1]
