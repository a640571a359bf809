"""veille.paragraphs: sentence boundaries set before the parser, which keeps them.

A line break ends a sentence, so a headline never merges with the lede; and a sentence ends
only after a full stop, a question or exclamation mark or an ellipsis (possibly followed by
a closing quote or bracket): the parser of the small model otherwise cuts after an opening
name ("Kinshasa et Kigali | ont conclu", "Emmanuel Macron, | qui ...") and the verb loses its subject.
"""
from __future__ import annotations

from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

# Marks after which a new sentence may begin, and the closing marks that may follow them.
SENTENCE_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {"»", "”", '"', ")", "]", "’", "'"}
OPENERS = {"«", "“", '"', "(", "[", "—", "–", "-"}


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that follow a line break (in a whitespace token or in trailing space)."""
    starts = []
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            starts.append(token.i + 1)
    return starts


def may_start_sentence(token: Token) -> bool:
    """Whether a sentence may begin at this token: after an end mark, or a closing mark after one."""
    before = token.doc[token.i - 1]
    if before.text in CLOSERS and before.i > 0:
        before = token.doc[before.i - 1]
    return before.text in SENTENCE_ENDS or before.text.endswith(("!", "?")) or before.is_space


@Language.component("veille_paragraphs", assigns=["token.is_sent_start"])
def set_paragraph_starts(doc: Doc) -> Doc:
    """Mark every line's first token as a sentence start, and tokens that cannot open a sentence
    as no start; the parser decides the rest."""
    starts = set(paragraph_starts(doc))
    # Written as one array: spaCy's Token.is_sent_start setter scans the whole Doc for a parse on
    # every call, which made this component quadratic (20 s on an article of 40,000 tokens).
    marks = doc.to_array(["SENT_START"]).astype("int64")
    for token in doc[1:]:
        if token.i in starts:
            marks[token.i] = 1
        elif not may_start_sentence(token):
            marks[token.i] = -1
        elif token.text[:1].isupper() or token.text in OPENERS:
            marks[token.i] = 1  # "... maire de Tulle. « Il faudra ...": a new sentence
    # -1 wraps in uint64 as in spaCy's own arrays
    return doc.from_array(["SENT_START"], cast(Ints2d, marks.astype("uint64").reshape(-1, 1)))
