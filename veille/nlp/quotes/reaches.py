"""veille.nlp.quotes.reaches: how far the quotes stage looks, set in its spaCy factory config."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteReaches:
    """The quotes stage's thresholds (each field is a key of the "veille_quotes" config)."""

    # tokens between a quote and the verb of its incise ("», a en outre déclaré")
    incise_reach: int = 4
    # tokens of the speaker's phrase after an incise verb or an attribution preposition ("selon")
    noun_phrase_reach: int = 14
    # tokens before a quote where its verb of saying may stand ("X a en effet déclaré que : « ... »")
    preceding_reach: int = 8
    # characters back a pronoun or a definite description looks for its antecedent
    antecedent_reach: int = 1200
    # sentences back a pronoun looks for a subject
    pronoun_sentences: int = 2
    # tokens between a role noun and the name it introduces
    # ("la présidente de l'association des locataires de la cité, Farida Hamdi")
    role_reach: int = 14
    # the fewest answers that make a text an interview
    min_answers: int = 2
    # the longest remark of an interviewer, in words
    remark_words: int = 40
