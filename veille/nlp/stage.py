"""What every veille component is: a finder run with its language's data, its result stored on the Doc.

Each stage's `component.py` registers a spaCy factory ("veille_<stage>") whose config names
the language (`lang/<code>/`) and the stage's thresholds; the factory builds a Stage with
that language's LanguageData (read once per process and language), and the Stage lets
the finder's helpers read that data while it runs (`veille.lang.reading`).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ..lang import LanguageData, reading


class Stage:
    """A spaCy component: `find(doc, **settings)` with `data` as the language read, stored on doc._.<attribute>."""

    def __init__(self, attribute: str, find: Callable[..., Any], data: LanguageData, **settings: Any) -> None:
        self.attribute = attribute
        self.find = find
        self.data = data
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        with reading(self.data):
            setattr(doc._, self.attribute, self.find(doc, **self.settings))
        return doc
