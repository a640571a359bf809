"""The times stage: time expressions resolved to TIMEX3 values against the publication date.

In the order the data goes: grammar (patterns and vocabulary, candidate matches) → tense (past
or to come, from the clause) → reading (what one match means) → timex (calendar arithmetic)
→ component (the spaCy component that runs them over a Doc).
"""
from . import component  # noqa: F401  (registers the spaCy component)
