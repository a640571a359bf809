"""veille.paragraphs: a line break ends a sentence, so a headline never merges with the lede."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that follow a line break (in a whitespace token or in trailing space)."""
    starts = []
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            starts.append(token.i + 1)
    return starts


@Language.component("veille_paragraphs", assigns=["token.is_sent_start"])
def set_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token of every line as a sentence start, before the parser runs."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
