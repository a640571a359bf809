"""Who speaks a quote: the rules of French news attribution, tried from the surest.

0. in a question-and-answer interview, an answer is the interviewee's (veille.nlp.quotes.interviews)
1. an incise right after the quote: "», a déclaré X", "», a-t-il ajouté",
   or one closing the sentence for an earlier quote in it ("X « manque » de ..., a déclaré Y")
2. a verb of saying governing the quote: "X a affirmé que « ... »", "X se dit « ... »",
   or standing just before it: "comme le rappelle X, « ... »"
3. a colon introduction: "X a justifié son choix : « ... »", "X : « ... »"
4. an attribution phrase before it: "Pour X, « ... »", "Selon X, « ... »"
5. the subject of the clause the quote belongs to: "X a salué ... à « ... »"
6. for a quote standing alone, the speaker of the sentence before it.
The words found are mapped to an entity by veille.nlp.referents.

Each rule returns None when it does not apply, and a 1-tuple when it does: `(None,)`
means the rule found the speaking words but they name no one ("un témoin a dit"),
which ends the search instead of guessing further.
"""
from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from .interviews import interview_answers
from .lexicon import QuoteLexicon, fold
from .reaches import QuoteReaches
from .referents import SUBJECT_DEPS, MentionRef, Referents, Speaker, noun_phrase, speaker_of
from .spans import QuoteSpan

__all__ = ["Attributor", "Speaker"]


class Attributor:
    """Finds the speaker of each quote of one Doc (quotes are asked for in text order)."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], lex: QuoteLexicon, reaches: QuoteReaches = QuoteReaches()) -> None:
        self.doc = doc
        self.lex = lex
        self.spans = spans
        self.reaches = reaches
        self.referents = Referents(doc, [(s.open, s.close) for s in spans], lex, reaches)
        self.found: list[tuple[QuoteSpan, Speaker | None]] = []
        self.answers = interview_answers(doc_text(doc), spans, self.referents, doc._.body_start or 0)

    def remember(self, span: QuoteSpan, speaker: Speaker | None) -> None:
        """Keep a quote's speaker: a later pronoun or a quote standing alone may point back to it."""
        self.found.append((span, speaker))
        if speaker is not None:
            self.referents.said.append((span.open, speaker))

    def speaker_for(self, span: QuoteSpan) -> Speaker | None:
        """The speaker of one quote, or None when the text does not say."""
        rules = (
            self.interview_answer, self.reopened_next_paragraph, self.after_incise, self.shared_incise, self.governing_verb, self.preceding_verb,
            self.colon_intro, self.trailing_attribution, self.attribution_phrase,
        )
        for rule in rules:
            found = rule(span)
            if found is not None:
                return found[0]
        clause = self.clause_subject(span)
        if clause is not None:
            return clause[0]
        return self.previous_sentence(span) if self.stands_alone(span) else None

    def has_reporting_context(self, span: QuoteSpan) -> bool:
        """Whether a verb of saying introduces or follows the quote (tells a short quote from a scare quote)."""
        if self._incise_verb(span) is not None or self._reporting_ancestor(span) is not None:
            return True
        return any(self._incise_verb(other) is not None for other in self._later_in_sentence(span))

    # -- 0. an answer in a question-and-answer interview ------------------------
    def interview_answer(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """A paragraph of one quote after a question: the person interviewed (veille.nlp.quotes.interviews)."""
        return (self.answers[span],) if span in self.answers else None

    # -- 0'. a quote the next paragraph reopens -----------------------------------
    def reopened_next_paragraph(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """A quote left open at the end of its paragraph goes on in the quote that opens the next one
        (the press reopens the mark there and closes it once, before the incise): its speaker."""
        following = self._reopening(span)
        if following is None:
            return None
        speaker = self.speaker_for(following)
        return (speaker,) if speaker is not None else None

    def _reopening(self, span: QuoteSpan) -> QuoteSpan | None:
        """The quote opening the paragraph right after a quote left open, if any."""
        text = doc_text(self.doc)
        opener = text[span.open]
        if opener not in self.lex.marks or text[span.close - 1:span.close] in self.lex.marks[opener]:
            return None  # closed in its own paragraph
        later = [s for s in self.spans if s.open >= span.close]
        if not later or text[later[0].open] != opener:
            return None
        gap = text[span.close:later[0].open]
        return later[0] if "\n" in gap and not gap.strip() else None

    # -- 1. incise after the quote ---------------------------------------------
    def after_incise(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"», a déclaré X" / "», a-t-il ajouté" / "» dénonce X"."""
        verb = self._incise_verb(span)
        if verb is None:
            return None
        clitic = self._clitic_subject(verb)
        if clitic is not None:
            return (self._continued_speaker(clitic, span) or self.referents.resolve_pronoun(clitic, span.open),)
        subject = self._inverted_subject(verb)
        if not subject:
            return None
        return (self.referents.resolve_tokens(subject, span.open),)

    def _continued_speaker(self, clitic: Token, span: QuoteSpan) -> Speaker | None:
        """«...», a dit X, face à Y. «...», a-t-il ajouté: a pronoun incise in the sentence right after another
        quote's, in the same paragraph, goes on with that quote's speaker when the pronoun agrees with it."""
        if not self.found:
            return None
        earlier, speaker = self.found[-1]
        if speaker is None or speaker.type != "PER":
            return None
        if "\n" in doc_text(self.doc)[earlier.close:span.open] or self._narration_between(earlier.close, span.open):
            return None
        agreement = self.lex.subject_pronouns.get(fold(clitic.text.lstrip("-")))
        return speaker if agreement is not None and self.referents.fits(speaker, agreement) else None

    def _narration_between(self, start: int, end: int) -> bool:
        """Whether a sentence with a verb of its own opens between two offsets ("Paul l'a interrompu.")."""
        between = self.doc.char_span(start, end, alignment_mode="contract")
        if between is None:
            return False
        for token in between:
            if token.is_sent_start and token.idx > start:
                words = [t for t in token.sent if t.idx < end and not self.referents.in_quote(t.idx)]
                if any(t.pos_ in ("VERB", "AUX") for t in words):
                    return True
        return False

    def _incise_verb(self, span: QuoteSpan) -> Token | None:
        """The verb of an incise opening right after the closing mark, if any."""
        after = self._tokens_from(span.close)
        for n, token in enumerate(after[:self.reaches.incise_reach + 1]):
            if n == 0 and token.text in (",", ")"):
                continue
            if token.is_punct or token.is_sent_start and n > 1:
                return None
            if token.pos_ not in ("VERB", "AUX") and self.lex.is_reporting_form(token.text):
                return token  # "», juge l'Insee", "», tranche X": the tagger often reads the verb as a noun
            if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm", []):
                return None  # "accusé « X » de soutenir ...": an infinitive complement, not an incise
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and self._clitic_subject(token) is not None):
                if self._clitic_subject(token) is not None or self.lex.is_reporting(token.lemma_, token.text):
                    return self._main_verb(token)
                if token.pos_ == "VERB" and fold(token.lemma_) in self.lex.incise_lemmas:
                    return token  # "», a demandé le préfet": a request reports speech only here
                return self._light_reporting_complement(token)
            if token.pos_ not in ("AUX", "ADV", "PRON") and fold(token.text) not in self.lex.incise_skip_words:
                return None
        return None

    def _light_reporting_complement(self, verb: Token) -> Token | None:
        """"», a fait savoir la STIB": the infinitive with which a light verb reports speech, else None."""
        complements = self.lex.light_reporting_verbs.get(fold(verb.lemma_), frozenset())
        following = verb.nbor(1) if verb.i + 1 < len(self.doc) else None
        return following if following is not None and fold(following.text) in complements else None

    def _main_verb(self, token: Token) -> Token:
        """For "a-t-il souligné" the participle after the auxiliary, else the token itself."""
        if token.pos_ == "AUX":
            for nxt in self.doc[token.i + 1:token.i + 4]:
                if nxt.pos_ == "VERB":
                    return nxt
        return token

    def _clitic_subject(self, verb: Token) -> Token | None:
        """The "-il" of "dit-il" / "a-t-il dit" (searched after the verb and its auxiliary)."""
        start = verb.i - 3 if verb.pos_ == "VERB" else verb.i
        for token in self.doc[max(0, start):verb.i + 3]:
            if token.text.startswith("-") and fold(token.text.lstrip("-")) in self.lex.subject_pronouns:
                return token
        return None

    def _inverted_subject(self, verb: Token) -> list[Token]:
        """The subject after an incise verb: "le ministre estonien de la Défense, Kaarel Tamm"."""
        window = self._incise_window(verb)
        for token in window:
            mention = self.referents.mention_at(token)
            if mention is not None and mention.entity.type == "PER":
                return [t for t in window if t.idx < mention.end and t.idx + len(t) > mention.start]
        deps = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i and not c.lower_.startswith("-")]
        if deps:
            return noun_phrase(deps[0])
        return self._leading_phrase(window)

    def _incise_window(self, verb: Token) -> list[Token]:
        """The words after an incise verb that may hold its subject, up to where the incise ends."""
        window: list[Token] = []
        for token in self.doc[verb.i + 1:verb.i + 1 + self.reaches.noun_phrase_reach]:
            if token.sent.start != verb.sent.start or token.text in (".", ";", ":", "(", "»", "”") or _opens_quote(token):
                break
            if window and token.pos_ == "VERB" and any(t.pos_ in ("NOUN", "PROPN") for t in window):
                break
            if window and window[-1].text == "," and (fold(token.text) in self.lex.np_stop_words or token.pos_ == "VERB"):
                break
            window.append(token)
        return window

    def _leading_phrase(self, window: list[Token]) -> list[Token]:
        """The first noun phrase of an incise window, past adverbs, dates and a leading prepositional phrase."""
        tokens: list[Token] = []
        in_pp = False
        for token in window:
            word = fold(token.text)
            if not tokens:
                if token.pos_ == "ADP" and word not in self.lex.phrase_prepositions:
                    in_pp = True
                    continue
                if in_pp and token.pos_ != "DET":
                    continue
                if word in self.lex.incise_skip_words or token.pos_ in ("ADV", "NUM", "PUNCT"):
                    continue
            elif word in self.lex.np_stop_words:
                break
            in_pp = False
            tokens.append(token)
        return tokens

    def shared_incise(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"La Norvège « manque » d'ingénieurs ..., a déclaré X": a later incise of the sentence covers it."""
        for other in self._later_in_sentence(span):
            found = self.after_incise(other)
            if found is not None:
                return found
        return None

    def _later_in_sentence(self, span: QuoteSpan) -> list[QuoteSpan]:
        """The quotes after this one in the same sentence."""
        words = self._words(span)
        if words is None:
            return []
        end = words.sent.end_char
        return [other for other in self.spans if span.close <= other.open < end]

    # -- 2. governing verb of saying ------------------------------------------
    def governing_verb(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """The subject of the verb of saying the quote depends on."""
        verb = self._reporting_ancestor(span)
        if verb is None:
            return None
        return self._subject_of(verb, span)

    def _reporting_ancestor(self, span: QuoteSpan) -> Token | None:
        words = self._words(span)
        if words is None:
            return None
        for root in _roots(words):
            for ancestor in root.ancestors:
                if self.referents.in_quote(ancestor.idx):
                    continue
                if ancestor.pos_ in ("VERB", "AUX") and self.lex.is_reporting(ancestor.lemma_, ancestor.text):
                    return ancestor
        return None

    def _subject_of(self, verb: Token, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """A verb's subject as a speaker: its own, an inverted one ("comme le précise X"), or a conjoined verb's."""
        current = verb
        for _ in range(3):
            subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and not self.referents.in_quote(c.idx)]
            clitic = self._clitic_subject(current)
            if clitic is not None:
                return (self.referents.resolve_pronoun(clitic, span.open),)
            if subjects:
                return (self.referents.resolve_tokens(noun_phrase(subjects[0]), span.open),)
            inverted = self._named_inverted_subject(current)
            if inverted:
                return (self.referents.resolve_tokens(inverted, span.open),)
            if not _shares_subject(current):
                break
            current = current.head
        return self._name_before(verb, span)

    def _named_inverted_subject(self, verb: Token) -> list[Token]:
        """A subject after its verb, taken only when it names someone ("comme le précise la ministre, X")."""
        window = self._incise_window(verb)
        if any(self.referents.mention_at(t) is not None for t in window) or self._after_comme(verb):
            return self._inverted_subject(verb) if window else []
        return []

    def _after_comme(self, verb: Token) -> bool:
        """"comme le précise X", "ainsi que l'a indiqué X": the subject always follows."""
        before = [fold(t.text) for t in self.doc[max(0, verb.i - 4):verb.i]]
        return any(word in self.lex.comparison_words for word in before)

    def preceding_verb(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """A verb of saying just before the quote ("X précise que « ... »", "comme le rappelle X, « ... »")."""
        mark = self.doc.char_span(span.open, span.open + 1, alignment_mode="expand")
        if mark is None:
            return None
        for token in reversed(self.doc[max(mark.sent.start, mark.start - self.reaches.preceding_reach):mark.start]):
            if self.referents.in_quote(token.idx) or token.text in (".", ";", "!", "?"):
                return None
            if token.pos_ == "VERB":
                if self.lex.is_reporting(token.lemma_, token.text):
                    return self._subject_of(token, span)
                return None
        return None

    def _name_before(self, verb: Token, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """When the parse gives the verb no subject: the sentence's subject before it, else the entity named last."""
        subjects = [
            t for t in verb.sent if t.i < verb.i and t.dep_ in ("nsubj", "nsubj:pass") and not self.referents.in_quote(t.idx)
        ]
        if subjects:
            found = self.referents.resolve_tokens(noun_phrase(subjects[-1]), span.open)
            if found is not None:
                return (found,)
        sentence_start = verb.sent.start_char
        mentions = [m for m in self.referents.mentions_in(sentence_start, verb.idx)]
        if mentions:
            return (self.referents.resolve_tokens(list(self.doc.char_span(
                mentions[-1].start, mentions[-1].end, alignment_mode="expand") or []), span.open),)
        return None

    # -- 3. "pour X," / "selon X," -------------------------------------------
    def attribution_phrase(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"Pour X, « ... »", "Selon X, « ... »": the nearest such phrase before the quote that names someone."""
        sentence = self._sentence_before(span)
        if sentence is None:
            return None
        for token in reversed(list(sentence)):
            if token.idx >= span.open or self.referents.in_quote(token.idx):
                continue
            if fold(token.text) in self.lex.attribution_prepositions and _starts_phrase(token):
                phrase = self._phrase_after(token, span.open)
                speaker = self.referents.resolve_tokens(phrase, span.open) if phrase else None
                if speaker is not None:
                    return (speaker,)
        return None

    def trailing_attribution(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"« ... », selon l'Insee", "« ... », d'après un communiqué de X": the phrase closing the sentence."""
        after = [t for t in self._tokens_from(span.close) if not t.is_space]
        if after and after[0].text == ",":
            after = after[1:]
        if not after or self.referents.in_quote(after[0].idx):
            return None
        preposition = self._trailing_preposition(after)
        if preposition is None:
            return None
        phrase = self._phrase_after(preposition, len(doc_text(self.doc)))
        return (self.referents.resolve_tokens(phrase, span.open),) if phrase else None

    def _trailing_preposition(self, after: list[Token]) -> Token | None:
        """"selon", or "après" of "d'après" when the tokenizer splits it, opening the words after a quote."""
        if fold(after[0].text) in self.lex.trailing_prepositions:
            return after[0]
        if len(after) > 1 and fold(after[0].text + after[1].text) in self.lex.trailing_prepositions:
            return after[1]
        return None

    def _phrase_after(self, preposition: Token, limit: int) -> list[Token]:
        """The words after a preposition up to the comma or colon that closes its phrase."""
        tokens: list[Token] = []
        for token in self.doc[preposition.i + 1:preposition.i + 1 + self.reaches.noun_phrase_reach]:
            if token.idx >= limit or token.text in (",", ":", ";", "."):
                break
            tokens.append(token)
        return tokens

    # -- 4. colon introduction -------------------------------------------------
    def colon_intro(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"X a justifié son choix : « ... »", or a bare "X : « ... »" (headlines)."""
        before = doc_text(self.doc)[:span.open].rstrip(" \u00a0\u202f")
        if not before.endswith(":"):
            return None
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        clause = [t for t in self.doc[colon.sent.start:colon.start] if not self.referents.in_quote(t.idx)]
        possessor = self._possessor_of_words(clause, span)
        if possessor is not None:
            return possessor
        verbs = [t for t in clause if t.pos_ == "VERB"]
        if verbs:
            return self._subject_of(verbs[-1], span)
        if clause:
            return (self.referents.resolve_tokens(_last_phrase(clause), span.open),)
        return None

    def _possessor_of_words(self, clause: list[Token], span: QuoteSpan) -> tuple[Speaker | None] | None:
        """"Son constat est sans appel : « ... »": the words are someone's, whom the possessive stands for."""
        for token in clause:
            if token.dep_ not in ("nsubj", "nsubj:pass") or fold(token.lemma_ or token.text) not in self.lex.speech_nouns:
                continue
            owner = next((c for c in token.children if fold(c.text) in self.lex.speaker_possessives), None)
            if owner is not None:
                return (self.referents.resolve_pronoun(owner, span.open),)
        return None

    # -- 5. subject of the clause ----------------------------------------------
    def clause_subject(self, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """The subject of the nearest verb above the quote ("X a salué ... à « ... »")."""
        words = self._words(span)
        if words is None:
            return None
        for root in _roots(words):
            for ancestor in root.ancestors:
                if ancestor.pos_ in ("VERB", "AUX") and not self.referents.in_quote(ancestor.idx):
                    subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubj:pass")]
                    if subjects and not self.referents.in_quote(subjects[0].idx):
                        return (self.referents.resolve_tokens(noun_phrase(subjects[0]), span.open),)
        return self._sentence_topic(words.sent, span)

    def _sentence_topic(self, sentence: Span, span: QuoteSpan) -> tuple[Speaker | None] | None:
        """When the parse finds no subject: a name standing before the sentence's first verb, a person
        before an organisation ("Message de la présidente de la Commission, X : « ... »")."""
        names: list[tuple[Token, MentionRef]] = []
        for token in sentence:
            if token.idx >= span.open or ("Fin" in token.morph.get("VerbForm", []) and token.pos_ in ("VERB", "AUX")):
                break
            mention = self.referents.mention_at(token)
            if mention is not None and mention.entity.type in ("PER", "ORG") and not self.referents.in_quote(token.idx):
                if not any(c.dep_ == "case" for c in token.children):
                    names.append((token, mention))
        if not names:
            return None
        token = next((t for t, m in names if m.entity.type == "PER"), names[0][0])
        return (self.referents.resolve_tokens([token], span.open),)

    # -- 6. a quote standing alone ---------------------------------------------
    def stands_alone(self, span: QuoteSpan) -> bool:
        """Whether the quote's sentence says nothing of who speaks: no words, or no subject, outside quotes."""
        words = self._words(span)
        if words is None:
            return False
        sentence = words.sent
        start, end = min(sentence.start_char, span.open), max(sentence.end_char, span.close)
        text = doc_text(self.doc)
        outside = _strip_other_quotes(text[start:span.open] + text[span.close:end], self.lex)
        if not re.search(r"\w", outside):
            return True
        return not any(
            t.dep_ in ("nsubj", "nsubj:pass") and not self.referents.in_quote(t.idx) and fold(t.text) not in self.lex.relative_pronouns
            for t in sentence
        )

    def previous_sentence(self, span: QuoteSpan) -> Speaker | None:
        """The speaker of the sentence before: its quote's speaker, else its subject."""
        mark = self.doc.char_span(span.open, span.open + 1, alignment_mode="expand")
        if mark is None:
            return None
        # the parse may glue the opening mark to the end of the sentence before it ("... 58-1. «")
        lead = self.doc[mark.sent.start:mark.start]
        if lead.text.rstrip().endswith((".", "!", "?")) and (subject := self._subject_speaker(lead, span)):
            return subject
        before = self._sentence_ending_before(min(mark.start, mark.sent.start))
        entry = self._entry_start(span.open)
        if entry is not None and (before is None or before.start_char < entry):
            return None  # a live-blog entry: the speaker of the entry before does not carry over
        # the parse may glue a quote to the sentence before it: look back from there too
        region = before.start_char if before is not None else mark.sent.start_char
        for earlier, speaker in reversed(self.found):
            if earlier.close > region and earlier.open < span.open:
                return speaker
        if before is None:
            return None
        return self._subject_speaker(before, span) or self._named_in_heading(before)

    def _entry_start(self, offset: int) -> int | None:
        """Where the live-blog entry holding an offset starts, when its paragraph opens with a time stamp."""
        paragraph = doc_text(self.doc).rfind("\n", 0, offset) + 1
        return paragraph if self.lex.entry_stamp.match(doc_text(self.doc)[paragraph:paragraph + 40]) else None

    def _named_in_heading(self, sentence: Span) -> Speaker | None:
        """A verbless sentence before a quote names its source ("Réaction du maire, X.", "Communiqué de la SNCF.")."""
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in sentence):
            return None
        named = self.referents.mentions_in(sentence.start_char, sentence.end_char)
        for kind in ("PER", "ORG"):
            found = [m.entity for m in named if m.entity.type == kind and not self.referents.is_role_only(m.entity)]
            if found:
                return speaker_of(found[0])
        return None

    def _subject_speaker(self, sentence: Span, span: QuoteSpan) -> Speaker | None:
        """The speaker a sentence's main subject names."""
        for token in sentence:
            if token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ == "ROOT" and not self.referents.in_quote(token.idx):
                return self.referents.resolve_tokens(noun_phrase(token), span.open)
        return None

    # -- helpers ---------------------------------------------------------------
    def _words(self, span: QuoteSpan) -> Span | None:
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def _words_end(self, span: QuoteSpan) -> int:
        words = self._words(span)
        return words.end - 1 if words is not None else -1

    def _tokens_from(self, offset: int) -> list[Token]:
        """The tokens starting at or after a character offset, up to the incise reach."""
        following = (t for t in self.doc[max(0, self._token_index(offset)):] if t.idx >= offset)
        return [t for t in islice(following, self.reaches.incise_reach + 3) if t.text not in ("»", "”", '"', "›")]

    def _token_index(self, offset: int) -> int:
        span = self.doc.char_span(offset, min(offset + 1, len(doc_text(self.doc))), alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _sentence_ending_before(self, index: int) -> Span | None:
        """The last sentence with words that ends before token `index` (paragraph breaks skipped)."""
        while index > 0:
            sentence = self.doc[index - 1].sent
            if any(t.is_alpha for t in sentence):
                return sentence
            index = sentence.start
        return None

    def _sentence_before(self, span: QuoteSpan) -> Span | None:
        """The sentence holding the text just before the quote's opening mark."""
        if span.open == 0:
            return None
        at = self.doc.char_span(span.open - 1, span.open, alignment_mode="expand")
        return at.sent if at is not None else None


def _shares_subject(verb: Token) -> bool:
    """A conjoined verb, or a participle or infinitive clause, takes the subject of the verb it hangs on."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in ("conj", "xcomp"):
        return True
    return verb.dep_ == "advcl" and bool(set(verb.morph.get("VerbForm", [])) & {"Part", "Inf", "Ger"})


def _roots(words: Span) -> list[Token]:
    """The tokens of a quote whose head lies outside it (where it hangs in the sentence)."""
    return [t for t in words if t.head.i < words.start or t.head.i >= words.end]


def _opens_quote(token: Token) -> bool:
    return token.text in ("«", "“", '"', "‹")


def _starts_phrase(token: Token) -> bool:
    """An attribution preposition opens its clause: sentence start, or after a comma or conjunction."""
    if token.is_sent_start or token.i == 0:
        return True
    previous = token.nbor(-1)
    return previous.text in (",", "(", "-", "—", "\n") or previous.pos_ == "CCONJ" or previous.is_space


def _last_phrase(tokens: list[Token]) -> list[Token]:
    """The words after the last comma of a clause ("Pour X, sa porte-parole")."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text == "," and i < len(tokens) - 1:
            return tokens[i + 1:]
    return tokens


def _strip_other_quotes(text: str, lex: QuoteLexicon) -> str:
    """Text without any quoted stretch in it (another quote in the same sentence is not narration)."""
    marks = "".join(re.escape(m) for m in lex.marks) + "»”›"
    return re.sub(rf"[{marks}][^{marks}]*[{marks}]", " ", text)
