"""Page furniture removed line by line."""
from __future__ import annotations

import pytest

from veille.extract.boilerplate import clean_lines, is_boilerplate, trim_trailing_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Loading...", "Chargement en cours…", "Lire aussi : Les prix de l'énergie repartent à la hausse",
        "À LIRE AUSSI", "L'essentiel de l'actualité Voir plus", "Partager cet article", "Facebook | Twitter | E-mail",
        "Passer la publicité", "Nous utilisons des cookies pour mesurer l'audience.", "Tout accepter",
        "Abonnez-vous pour lire la suite", "Lecture : 4 min", "12 commentaires", "• Partager sur WhatsApp",
        "© Le Matin des Alpes 2025. Tous droits réservés.", "Copyright 2024 Presse Nord",
    ],
)
def test_boilerplate_is_boilerplate_recognises_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Les agriculteurs ont bloqué le périphérique pour protester contre la taxe.",
        "La CNIL estime que les internautes doivent pouvoir refuser les cookies aussi facilement que les accepter.",
        "Une commission mixte paritaire en décembre",
        "« Nous voulons lire aussi les rapports de l'inspection », a dit la députée.",
        "Le tribunal a rappelé que tous droits réservés ne signifie pas que la citation est interdite, a-t-il précisé devant les juges.",
    ],
)
def test_boilerplate_is_boilerplate_keeps_article_text(line):
    assert not is_boilerplate(line)


def test_boilerplate_clean_lines_drops_repeated_headline_and_duplicates():
    lines = ["GRÈVE AU PORT DE MARSEILLE", "Les dockers ont cessé le travail.", "Partager", "Les dockers ont cessé le travail."]
    assert clean_lines(lines, "Grève au port de Marseille") == ["Les dockers ont cessé le travail."]


def test_boilerplate_trim_trailing_furniture_keeps_credit_line():
    lines = ["Le préfet a reçu une délégation.", "(avec AFP)", "Météo", "Services"]
    assert trim_trailing_furniture(lines) == ["Le préfet a reçu une délégation.", "(avec AFP)"]
