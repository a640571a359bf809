"""Question-and-answer interviews: the answers are the interviewee's (texts written for these tests)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc._.quotes]


def test_interview_answers_belong_to_the_interviewee_not_to_people_named_in_questions(analyse) -> None:
    doc = analyse(
        "Directrice du festival d'Angoulême, Nadia Morel prépare sa dernière édition.\n\n"
        "Que répondez-vous au maire, Xavier Bonnefont, qui veut réduire la subvention ?\n"
        "« Qu'un festival sans moyens n'attire plus personne. »\n\n"
        "Le ministère de la Culture promet pourtant son soutien.\n"
        "« Nous attendons toujours le premier euro. »"
    )
    assert _speakers(doc) == ["Nadia Morel", "Nadia Morel"]


def test_interview_needs_a_question_addressed_to_someone_or_two_questions(analyse) -> None:
    doc = analyse(
        "Le maire de Pau, François Bayrou, a présenté son budget. « Les impôts locaux ne bougeront pas », a-t-il dit.\n\n"
        "Faut-il y croire ?\n"
        "« Nous verrons bien à l'automne. »\n\n"
        "L'opposante Jeanne Lafitte reste prudente.\n"
        "« Ce budget repose sur des recettes imaginaires. »"
    )
    assert _speakers(doc)[-1] == "Jeanne Lafitte"
