"""The quotes stage: direct quotes and who speaks them.

In the order the data goes: lexicon (quotation marks, reporting verbs, pronouns) → spans
(where quotes lie in the text) → profiles (gender and roles of who may speak) → referents
(who a phrase or pronoun stands for) → interviews (answers of a Q&A) → attribution (the
speaker rules) → component (the spaCy component).
"""
from . import component  # noqa: F401  (registers the spaCy component)
