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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le chômage a reculé. « Le marché du travail résiste mieux que prévu », juge l'Unédic dans sa note.", "Unédic"),
        ("Le débat s'enlise. « Il n'y aura pas de référendum cette année », tranche Olivier Faure.", "Olivier Faure"),
        ("Les prix grimpent. « Les ménages modestes paient le prix fort », note l'économiste Anne Lavigne.", "Anne Lavigne"),
        ("Le vote approche. « Rien n'est encore joué à Genève », glisse le conseiller d'État Thierry Apothéloz.", "Thierry Apothéloz"),
    ],
)
def test_quotes_incise_verb_read_as_a_noun_still_names_the_speaker(analyse, text, speaker) -> None:
    assert _quotes(analyse(text))[0][1] == speaker


def test_quotes_selon_and_d_apres_after_the_quote(analyse) -> None:
    doc = analyse(
        "Les exportations ont chuté. « La reprise n'interviendra pas avant l'an prochain », selon la Banque mondiale.\n\n"
        "Le port est bloqué. « Aucun navire n'est sorti depuis lundi », d'après un communiqué de la CGT."
    )
    speakers = [speaker for _, speaker in _quotes(doc)]
    assert speakers[0] == "Banque mondiale"
    assert speakers[1] in ("CGT", "Confédération générale du travail")


def test_quotes_unnamed_speaker_after_the_quote_is_none(analyse) -> None:
    doc = analyse(
        "La ministre Agnès Roux a quitté la réunion. « Ce ne sera pas avant l'été », glisse un conseiller du cabinet."
    )
    assert _quotes(doc) == [("Ce ne sera pas avant l'été", None)]


def test_quotes_law_text_and_banners_have_no_speaker(analyse) -> None:
    doc = analyse(
        "« Nous tiendrons jusqu'au retrait du texte », a prévenu le syndicaliste Luc Bérard. "
        "Le Code du travail prévoit pourtant que « tout licenciement devra être notifié trois mois à l'avance ». "
        "Devant l'usine, une banderole proclamait « Nos emplois ne sont pas à vendre »."
    )
    assert _quotes(doc) == [
        ("Nous tiendrons jusqu'au retrait du texte", "Luc Bérard"),
        ("tout licenciement devra être notifié trois mois à l'avance", None),
        ("Nos emplois ne sont pas à vendre", None),
    ]


def test_quotes_a_city_named_in_a_treaty_does_not_speak(analyse) -> None:
    doc = analyse(
        "Le ministre Paul Girard a ouvert la conférence. Le traité de Lisbonne prévoit de "
        "« renforcer la coopération entre les parlements nationaux »."
    )
    assert _quotes(doc)[0][1] is None


def test_quotes_an_infinitive_after_the_quote_is_not_an_incise(analyse) -> None:
    doc = analyse(
        "Après l'attaque, le président nigérien Abdourahamane Tiani s'est exprimé à la télévision. "
        "Le chef de la junte a accusé « des puissances étrangères » de soutenir les groupes armés."
    )
    assert _quotes(doc) == [("des puissances étrangères", "Abdourahamane Tiani")]
