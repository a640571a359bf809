"""The quotes stage on whole articles (sentences written for these tests)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quotes(doc) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in doc._.quotes]


def test_quotes_incise_with_inverted_subject_names_the_person_not_the_agency(analyse) -> None:
    doc = analyse(
        "« Nous ne céderons jamais devant ces menaces répétées », a déclaré jeudi le ministre italien "
        "de l'Intérieur, Marco Bellini, cité par l'agence Ansa."
    )
    assert _quotes(doc) == [("Nous ne céderons jamais devant ces menaces répétées", "Marco Bellini")]
    quote = doc._.quotes[0]
    assert doc.text[quote.start:quote.end] == quote.text
    assert quote.direct is True


def test_quotes_pronoun_incise_points_back_to_the_person(analyse) -> None:
    doc = analyse(
        "La présidente du parti, Claire Dumont, a réuni ses soutiens lundi à Lyon. "
        "« Nous irons jusqu'au bout de cette réforme des retraites », a-t-elle affirmé."
    )
    assert _quotes(doc) == [("Nous irons jusqu'au bout de cette réforme des retraites", "Claire Dumont")]


def test_quotes_speaker_before_the_quote(analyse) -> None:
    doc = analyse(
        "Le syndicaliste Paul Marchand estime que « la direction doit revenir à la table des négociations ».\n\n"
        "Pour Hélène Garnier, « cette décision ne règle rien du tout »."
    )
    assert _quotes(doc) == [
        ("la direction doit revenir à la table des négociations", "Paul Marchand"),
        ("cette décision ne règle rien du tout", "Hélène Garnier"),
    ]


def test_quotes_standalone_quote_keeps_the_previous_speaker(analyse) -> None:
    doc = analyse(
        "« Les négociations avancent lentement », explique Jacques Morel, maire de Tulle. "
        "« Il faudra encore plusieurs semaines avant un accord définitif. »"
    )
    assert [speaker for _, speaker in _quotes(doc)] == ["Jacques Morel", "Jacques Morel"]


def test_quotes_scare_quotes_and_titles_are_not_quotes(analyse) -> None:
    doc = analyse(
        "Le maire a vu dans ce vote un signe de « maturité » des électeurs. "
        "La loi dite « Avenir Numérique » sera examinée en juin, dans le cadre de l'opération « Cap Nord »."
    )
    assert doc._.quotes == []


def test_quotes_government_speaks_as_its_country(analyse) -> None:
    doc = analyse(
        "L'Italie a convoqué l'ambassadeur mardi. Le gouvernement italien a dénoncé "
        "« une provocation inacceptable et dangereuse pour la région »."
    )
    italy = next(e for e in doc._.entities if any("Italie" in m.text for m in e.mentions))
    (quote,) = doc._.quotes
    assert quote.text == "une provocation inacceptable et dangereuse pour la région"
    assert (quote.speaker, quote.speaker_id) == (italy.name, italy.id)


def test_quotes_repeated_quote_is_listed_once_with_its_speaker(analyse) -> None:
    doc = analyse(
        "« Nous ne signerons pas cet accord en l'état », a prévenu le Premier ministre Luc Ferrand samedi.",
        title="« Nous ne signerons pas cet accord en l'état »",
    )
    assert _quotes(doc) == [("Nous ne signerons pas cet accord en l'état", "Luc Ferrand")]
    assert doc._.quotes[0].start >= doc._.body_start
