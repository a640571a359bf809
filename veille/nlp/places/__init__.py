"""The places stage: every place the article names, geocoded offline, one Place per real place."""
from . import component  # noqa: F401  (registers the spaCy component)
