"""Line shapes: running text, a copied menu."""
from __future__ import annotations

import pytest

from veille.extract.shapes import is_menu_line, is_prose


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le conseil municipal a voté jeudi soir la rénovation de la piscine.", True),
        ("« Nous irons jusqu'au bout, nous ne céderons pas », a répété la syndicaliste.", True),
        ("« Nous irons jusqu'au bout et nous ne céderons sur rien. »", True),
        ("Le maire de Millau sur la fermeture de la gare : « Nous ne lâcherons rien »", False),
        ("Tempête à Biarritz : les vagues submergent la Grande Plage", False),
    ],
)
def test_shapes_is_prose_tells_headline_ending_on_a_quote(line, expected):
    assert is_prose(line) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Accueil  Agenda  Dossiers", True),
        ("Actualités\tSports\tÉconomie\tCulture", True),
        ("Facebook   Twitter   Instagram", True),
        ("Le conseil  a voté  le budget  de la ville  pour 2026.", False),
        ("Accueil Agenda Dossiers", False),  # single spaces: a title could read so
    ],
)
def test_shapes_is_menu_line_reads_wide_gaps(raw, expected):
    assert is_menu_line(raw) is expected
