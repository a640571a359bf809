"""The events stage: PLOVER events with actors, place, date and status.

In the order the data goes: lexicon (triggers of lang/<code>/events/) → triggers (which tokens
trigger what) → args (subject, object, complements in the parse) → actors (a phrase as an
actor with a code) → status (asserted, planned, hypothetical, negated) → context (date, place,
background) → dedupe (one event told twice kept once) → component (the spaCy component).
"""
from . import component  # noqa: F401  (registers the spaCy component)
