"""Cheap language identification from function words."""
from __future__ import annotations

import pytest

from veille.extract.language import identify_language

TEXTS = {
    "fr": "Le gouvernement a présenté mercredi un projet de loi qui doit réformer le financement des hôpitaux, "
    "une mesure attendue par les syndicats depuis plusieurs années et dont le coût reste à préciser.",
    "en": "The government presented a bill on Wednesday that is meant to reform the funding of hospitals, "
    "a measure that the unions have been waiting for over several years and whose cost has not been set.",
    "es": "El gobierno presentó el miércoles un proyecto de ley que debe reformar la financiación de los hospitales, "
    "una medida que los sindicatos esperaban desde hace varios años y cuyo coste aún no se conoce.",
    "de": "Die Regierung hat am Mittwoch einen Gesetzentwurf vorgestellt, der die Finanzierung der Krankenhäuser "
    "reformieren soll, eine Maßnahme, auf die die Gewerkschaften seit mehreren Jahren warten und deren Kosten noch offen sind.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_language_identify_language_tells_common_languages_apart(code):
    assert identify_language(TEXTS[code], None, data_lang="fr") == code


def test_language_identify_language_keeps_declared_language_on_short_text():
    assert identify_language("Merci beaucoup.", declared="fr", data_lang="fr") == "fr"
    assert identify_language("OK", declared=None, data_lang="fr") == "fr"


def test_language_identify_language_falls_back_on_the_language_articles_are_read_in():
    assert identify_language("OK", declared=None, data_lang="en") == "en"
    assert identify_language("OK", declared="de", data_lang="en") == "de"
