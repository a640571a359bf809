"""Copied text: paragraphs, header lines, headline and outlet."""
from __future__ import annotations

from veille.extract.text import header_length, pick_title_and_outlet, read_header, to_paragraphs


def test_text_to_paragraphs_joins_hard_wrapped_lines():
    content = "Un titre\n\nLes dockers ont cessé le travail\njeudi matin.\nUne seconde phrase suit ici.\n\nFin du texte."
    assert to_paragraphs(content) == [
        "Un titre", "Les dockers ont cessé le travail jeudi matin.", "Une seconde phrase suit ici.", "Fin du texte.",
    ]


def test_text_header_length_stops_at_first_prose_line():
    paragraphs = ["Le Journal", "UN TITRE EN CAPITALES", "Par Jeanne Moreau",
                  "Le conseil municipal a voté jeudi soir la rénovation complète de la piscine.", "Suite."]
    assert header_length(paragraphs) == 3


def test_text_pick_title_and_outlet_prefers_repeated_line():
    title, outlet = pick_title_and_outlet(["Lecourrierdunord", "LA RÉCOLTE EST SAUVÉE", "Une autre ligne plus longue du menu", "LA RÉCOLTE EST SAUVÉE"])
    assert (title, outlet) == ("LA RÉCOLTE EST SAUVÉE", "Lecourrierdunord")


def test_text_pick_title_and_outlet_skips_kickers():
    assert pick_title_and_outlet(["International", "Le Brésil accueille le sommet du G20"]) == (
        "Le Brésil accueille le sommet du G20", None,
    )


def test_text_read_header_sorts_stamps_bylines_and_datelines():
    header = read_header(["Le titre de la brève du jour", "Publié le 3 mai 2024 à 10h05", "Par Jeanne Moreau", "Brest / L'Ouest Matin"])
    assert header.candidates == ["Le titre de la brève du jour"]
    assert header.found.published.when.isoformat() == "2024-05-03T10:05:00"
    assert (header.found.dateline, header.found.outlet) == ("Brest", "L'Ouest Matin")
