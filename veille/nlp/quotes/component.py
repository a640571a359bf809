"""veille.nlp.quotes.component: direct quotes and their speakers.

Three steps: find the quoted stretches of text (« », “ ”, " ", ‹ ›, nested or
left open), keep those that are speech rather than names, titles or scare
quotes, then ask veille.nlp.quotes.attribution who speaks. A quote repeated verbatim
(a headline repeating the body) is kept once, where its speaker is best known.
"""
from __future__ import annotations

import re
from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...lang import DEFAULT, language_data
from ...model.record import Quote
from ..extensions import doc_text
from ..stage import Stage
from .attribution import Attributor, Speaker
from .lexicon import QuoteLexicon, fold, lexicon
from .reaches import QuoteReaches
from .referents import speaker_of
from .spans import QuoteSpan, find_quote_spans

_WORD = re.compile(r"\w")


def word_count(text: str) -> int:
    """Words as a reader counts them: runs between spaces that hold a letter or digit."""
    return sum(1 for word in text.split() if _WORD.search(word))


def looks_like_name(doc: Doc, span: QuoteSpan, lex: QuoteLexicon) -> bool:
    """Whether a short quote names or labels something (a title, a nickname, a term) instead of reporting speech."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    if _capitalised_without_verb(doc_text(doc)[span.start:span.end], words):
        return True
    before = re.findall(r"[\w'-]+", fold(doc_text(doc)[max(0, span.open - 40):span.open]))
    if any(word in lex.naming_words for word in before[-3:]):
        return True
    if before and (before[-1] in lex.term_markers or " ".join(before[-2:]) in lex.term_markers):
        return True
    return _governed_by_naming_verb(words, lex)


def _capitalised_without_verb(text: str, words: Span) -> bool:
    """A short capitalised quote with no verb is a title or a name ("Silent Harbour")."""
    if not text[:1].isupper() or text.rstrip()[-1:] in "!?.":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)


def _governed_by_naming_verb(words: Span, lex: QuoteLexicon) -> bool:
    """The quote is the complement of a verb that gives names ("baptisé", "qualifie de")."""
    for token in words:
        if token.head.i < words.start or token.head.i >= words.end:
            head = token.head
            if fold(head.lemma_) in lex.naming_verbs or fold(head.head.lemma_) in lex.naming_verbs:
                return True
    return False


def is_speech(doc: Doc, span: QuoteSpan, attributor: Attributor) -> bool:
    """Whether a quoted stretch is reported speech worth a Quote."""
    lex = attributor.lex
    words = word_count(doc_text(doc)[span.start:span.end])
    if words < lex.min_words:
        return False
    if words > lex.short_words:
        return True
    if looks_like_name(doc, span, lex):
        return False
    # two quoted words with no verb of saying around them are a scare quote
    return words > lex.min_words or attributor.has_reporting_context(span)


def find_quotes(doc: Doc, reaches: QuoteReaches = QuoteReaches()) -> list[Quote]:
    """The direct quotes of the Doc with their speakers, a verbatim repeat kept once."""
    lex = lexicon()
    spans = find_quote_spans(doc_text(doc), lex)
    attributor = Attributor(doc, spans, lex, reaches)
    found: list[tuple[QuoteSpan, Speaker | None]] = []
    for span in spans:
        speaker = attributor.speaker_for(span)
        if is_speech(doc, span, attributor):
            attributor.remember(span, speaker)
            found.append((span, speaker))
    found.extend(pull_quotes(doc, spans, attributor))
    return [_as_quote(doc, span, speaker) for span, speaker in _without_repeats(doc, found)]


def pull_quotes(doc: Doc, spans: list[QuoteSpan], attributor: Attributor) -> list[tuple[QuoteSpan, Speaker | None]]:
    """Paragraphs shaped "words —Name, role": a blockquote whose marks the page dropped."""
    dashes = "".join(sorted(attributor.lex.pull_quote_dashes))
    if not dashes:
        return []  # a language whose press has no such paragraphs
    pattern = re.compile(
        rf"^(?P<words>[^\n{dashes}]{{20,}}?)\s*[{dashes}]\s*(?P<who>[^\n,{dashes}]{{2,60}})(?:,[^\n]*)?$", re.M
    )
    found: list[tuple[QuoteSpan, Speaker | None]] = []
    for match in pattern.finditer(doc_text(doc)):
        start, end = match.span("words")
        if any(s.open < end and start < s.close for s in spans):
            continue
        who = attributor.referents.mentions_in(*match.span("who"))
        people = [m.entity for m in who if m.entity.type == "PER"]
        if people:
            found.append((QuoteSpan(start, start, end, end), speaker_of(people[0])))
    return found


def _without_repeats(doc: Doc, found: list[tuple[QuoteSpan, Speaker | None]]) -> list[tuple[QuoteSpan, Speaker | None]]:
    """One quote per distinct wording: the first in the body with a speaker, else the first."""
    best: dict[str, tuple[QuoteSpan, Speaker | None]] = {}
    for span, speaker in sorted(found, key=lambda item: item[0].start):
        key = " ".join(re.findall(r"\w+", fold(doc_text(doc)[span.start:span.end])))
        if key not in best or _better(doc, (span, speaker), best[key]):
            best[key] = (span, speaker)
    return sorted(best.values(), key=lambda item: item[0].start)


def _better(doc: Doc, new: tuple[QuoteSpan, Speaker | None], old: tuple[QuoteSpan, Speaker | None]) -> bool:
    """A repeat replaces the kept quote when it has a speaker the other lacks, or is in the body rather than the title."""
    if (new[1] is None) != (old[1] is None):
        return new[1] is not None
    in_title = old[0].start < doc._.body_start <= new[0].start
    return in_title and new[1] is not None


def _as_quote(doc: Doc, span: QuoteSpan, speaker: Speaker | None) -> Quote:
    return Quote(
        text=doc_text(doc)[span.start:span.end],
        speaker=speaker.name if speaker else None,
        direct=True,
        start=span.start,
        end=span.end,
        speaker_id=speaker.entity_id if speaker else None,
    )


@Language.factory(
    "veille_quotes", default_config={"language": DEFAULT, **asdict(QuoteReaches())},
    requires=["doc._.entities"], assigns=["doc._.quotes"],
)
def make_quotes_stage(
    nlp: Language, name: str, language: str, incise_reach: int, noun_phrase_reach: int, preceding_reach: int,
    antecedent_reach: int, pronoun_sentences: int, role_reach: int, min_answers: int, remark_words: int,
) -> Stage:
    """The quotes stage reading the data of `language` (a folder of veille/lang) with the config's reaches."""
    reaches = QuoteReaches(
        incise_reach=incise_reach, noun_phrase_reach=noun_phrase_reach, preceding_reach=preceding_reach,
        antecedent_reach=antecedent_reach, pronoun_sentences=pronoun_sentences, role_reach=role_reach,
        min_answers=min_answers, remark_words=remark_words,
    )
    return Stage("quotes", find_quotes, language_data(language), reaches=reaches)
