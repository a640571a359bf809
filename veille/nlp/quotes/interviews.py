"""Interviews set out as questions and answers: every answer belongs to the person interviewed.

    Élue en mars à la tête de la chambre d'agriculture, Martine Vergne dresse un bilan.   <- introduction
    Comment se porte la filière ?                                                         <- question
    « Mal. Les prix ne couvrent plus nos coûts. »                                         <- answer
    Le ministre promet pourtant des aides.                                                <- the interviewer's remark
    « On les attend depuis un an. »                                                       <- answer

A paragraph that is one quote and nothing else, after a question or a one-sentence remark of the
interviewer, is an answer. A text is an interview when it has at least two answers and either two
of them follow questions or a question addresses someone ("Que pensez-vous ...?"): a news story's
rhetorical subheading ("Pourquoi maintenant ?") followed by quotes is not one. The person
interviewed is the one the introduction presents (its subject first).
The answers name no speaker themselves, so without this the people named in the questions
("Qu'attendez-vous du ministre, X ?") would take them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import fold
from .referents import Referents, Speaker, speaker_of
from .spans import QuoteSpan

_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S)")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


def interview_answers(text: str, spans: list[QuoteSpan], referents: Referents, body_start: int = 0) -> dict[QuoteSpan, Speaker]:
    """The answers of a question-and-answer interview, each with the person interviewed; {} for other texts."""
    marks = _all_marks(referents)
    paragraphs = _paragraphs(text, body_start)
    answers: list[QuoteSpan] = []
    after_question = 0
    addressed = False
    first_question: Paragraph | None = None
    fewest, longest_remark = referents.reaches.min_answers, referents.reaches.remark_words
    for previous, current in zip(paragraphs, paragraphs[1:]):
        span = _whole_quote(current, spans)
        if span is None:
            continue
        if previous.text.endswith("?"):
            after_question += 1
            addressed = addressed or _addresses(previous.text, referents)
            first_question = first_question or previous
        elif any(mark in previous.text for mark in marks) or not _is_remark(previous.text, longest_remark):
            continue
        answers.append(span)
    if first_question is None or len(answers) < fewest or not (after_question >= fewest or addressed):
        return {}
    person = interviewee(referents, body_start, first_question.start) or interviewee(referents, 0, body_start)
    if person is None:
        return {}
    return {span: person for span in answers if span.open > first_question.start}


def interviewee(referents: Referents, start: int, end: int) -> Speaker | None:
    """The person an introduction presents: a person in subject position first, else the first person named."""
    if end <= start:
        return None
    for offset, speaker, token in referents.salient_before(end):
        if offset >= start and token is not None and _is_person(speaker, referents):
            return speaker
    people = [m for m in referents.mentions_in(start, end) if m.entity.type == "PER" and not referents.is_role_only(m.entity)]
    return speaker_of(people[0].entity) if people else None


def _is_person(speaker: Speaker, referents: Referents) -> bool:
    entity = next((e for e in referents.entities if e.id == speaker.entity_id), None)
    return entity is not None and referents.is_person(entity)


def _paragraphs(text: str, body_start: int) -> list[Paragraph]:
    """The non-empty paragraphs of the body, stripped, with their offsets."""
    found: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and offset >= body_start:
            start = offset + line.index(stripped[0])
            found.append(Paragraph(start, start + len(stripped), stripped))
        offset += len(line) + 1
    return found


def _whole_quote(paragraph: Paragraph, spans: list[QuoteSpan]) -> QuoteSpan | None:
    """The quote that makes up the whole paragraph (a final full stop aside), if any."""
    for span in spans:
        if span.open == paragraph.start:
            rest = paragraph.text[span.close - paragraph.start:]
            return span if not rest.strip(" .\u00a0\u202f") else None
    return None


def _addresses(question: str, referents: Referents) -> bool:
    """Whether a question speaks to someone ("Que pensez-vous", "votre objectif")."""
    words = re.findall(r"[\w']+", fold(question))
    return any(word in referents.lex.interview_address for word in words)


def _is_remark(text: str, longest: int) -> bool:
    """A one-sentence paragraph short enough to be the interviewer's remark."""
    return len(text.split()) <= longest and not _SENTENCE_END.search(text)


def _all_marks(referents: Referents) -> set[str]:
    marks = referents.lex.marks
    return set(marks) | {closer for closers in marks.values() for closer in closers}
