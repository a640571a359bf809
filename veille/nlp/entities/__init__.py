"""The entities stage: people, organisations and places as real-world entities.

In the order the data goes: mentions (NER spans cleaned, missed names added) → liveblog
(subjects after time stamps) → institutions ("le parquet de Lyon") → coref (mentions grouped)
→ component (each group resolved as a `resolved.Resolved`, the spaCy component) → roles (nominal and headline
mentions) → nationality (the state of people and bodies).
"""
from . import component  # noqa: F401  (registers the spaCy component)
