"""Copied text: paragraphs, header lines, headline and outlet."""
from __future__ import annotations

from veille.extract.text import extract_text, header_length, pick_title_and_outlet, read_header, to_paragraphs
from veille.model.article import RawArticle


def test_text_to_paragraphs_joins_hard_wrapped_lines():
    content = "Un titre\n\nLes dockers ont cessé le travail\njeudi matin.\nUne seconde phrase suit ici.\n\nFin du texte."
    assert to_paragraphs(content) == [
        "Un titre", "Les dockers ont cessé le travail jeudi matin.", "Une seconde phrase suit ici.", "Fin du texte.",
    ]


def test_text_header_length_stops_at_first_prose_line():
    paragraphs = ["Le Journal", "UN TITRE EN CAPITALES", "Par Jeanne Moreau",
                  "Le conseil municipal a voté jeudi soir la rénovation complète de la piscine.", "Suite."]
    assert header_length(paragraphs, lang="fr") == 3


def test_text_pick_title_and_outlet_prefers_repeated_line():
    title, outlet = pick_title_and_outlet(["Lecourrierdunord", "LA RÉCOLTE EST SAUVÉE", "Une autre ligne plus longue du menu", "LA RÉCOLTE EST SAUVÉE"], lang="fr")
    assert (title, outlet) == ("LA RÉCOLTE EST SAUVÉE", "Lecourrierdunord")


def test_text_pick_title_and_outlet_skips_kickers():
    assert pick_title_and_outlet(["International", "Le Brésil accueille le sommet du G20"], lang="fr") == (
        "Le Brésil accueille le sommet du G20", None,
    )


def test_text_read_header_sorts_stamps_bylines_and_datelines():
    header = read_header(["Le titre de la brève du jour", "Publié le 3 mai 2024 à 10h05", "Par Jeanne Moreau", "Brest / L'Ouest Matin"], lang="fr")
    assert header.candidates == ["Le titre de la brève du jour"]
    assert header.found.published.when.isoformat() == "2024-05-03T10:05:00"
    assert (header.found.dateline, header.found.outlet) == ("Brest", "L'Ouest Matin")


def test_text_to_paragraphs_drops_copied_menus():
    content = "Accueil  Région  Sport  Loisirs\n\nLe pont de Millau fermé une nuit\n\nLe viaduc sera fermé dans la nuit de mardi à mercredi."
    assert to_paragraphs(content)[0] == "Le pont de Millau fermé une nuit"


def test_text_header_takes_a_headline_shaped_like_a_sentence_above_its_stamp():
    paragraphs = ["Sport Wallonie", "Le Standard arrache enfin sa première victoire de l'année !", "Publié le 2 février 2025 à 22h40",
                  "Les Liégeois se sont imposés deux buts à un face à Malines dimanche soir."]
    assert header_length(paragraphs, lang="fr") == 3
    # without a stamp under it, a first sentence is text
    assert header_length(["Le Standard arrache enfin sa première victoire de l'année !", "Les Liégeois ont gagné dimanche à domicile, enfin."], lang="fr") == 0


def test_text_read_header_reads_masthead_and_shared_stamp_line():
    header = read_header(["L'Écho du Sahel — Le quotidien du Niger", "Zinder : la récolte de mil en hausse",
                          "Par Moussa Issa | 20.11.2025 à 09h00 • Mis à jour le 21.11.2025 à 08h00"], lang="fr")
    assert header.found.outlet == "L'Écho du Sahel"
    assert header.candidates == ["Zinder : la récolte de mil en hausse"]
    assert header.found.published.when.isoformat() == "2025-11-20T09:00:00"
    assert header.found.updated.when.isoformat() == "2025-11-21T08:00:00"


def test_text_extract_reads_the_stamp_under_a_standfirst():
    content = (
        "Le Journal des Causses\n\nRodez : la cathédrale illuminée cet été\n\n"
        "Chaque soir de juillet et d'août, un spectacle de lumière sera projeté sur la façade de grès rose, "
        "une première pour la ville qui espère attirer des visiteurs en soirée dans le centre ancien.\n\n"
        "Par Anne Vidal\nPublié le 12 mars 2025 à 06h30\n\n"
        "La mairie a présenté mardi le projet, qui coûtera 300 000 euros.\n\nLe spectacle durera vingt minutes."
    )
    article = extract_text(RawArticle(name="x", data=content.encode(), kind="text", source="test"), content, lang="fr")
    assert article.published.isoformat() == "2025-03-12T06:30:00"
    assert article.text.startswith("Chaque soir de juillet")
    assert "Publié le" not in article.text and "Anne Vidal" not in article.text


def test_text_extract_reads_a_stamp_under_the_text_but_not_bare_related_dates():
    def published(content: str):
        return extract_text(RawArticle(name="x", data=content.encode(), kind="text", source="test"), content, lang="fr").published

    body = "Nyon : la plage agrandie\n\nLa commune a gagné 3 000 mètres carrés sur le lac en prolongeant la digue.\n\n"
    assert published(body + "Publié le 28 mai 2025 à 16h40").isoformat() == "2025-05-28T16:40:00"
    assert published(body + "Les plus lus\nTouba : le Magal attire des fidèles\n12.09.2025") is None


def test_text_extract_does_not_read_the_stamp_of_a_related_item():
    content = ("Nyon : la plage agrandie\n\nLa commune a gagné 3 000 mètres carrés sur le lac en prolongeant la digue.\n\n"
               "Sur le même sujet\nGland : le port de plaisance rénové\nPublié le 2 mai 2025 à 09h00")
    article = extract_text(RawArticle(name="x", data=content.encode(), kind="text", source="test"), content, lang="fr")
    assert article.published is None


def test_text_tab_title_repeating_the_headline_gives_the_outlet():
    lines = ["Vannes : le marché déménage pendant les travaux - Le Ponant Hebdo", "Vannes : le marché déménage pendant les travaux"]
    assert pick_title_and_outlet(lines, "fr") == ("Vannes : le marché déménage pendant les travaux", "Le Ponant Hebdo")


def test_text_a_name_shaped_line_above_the_headline_is_the_outlet():
    lines = ["Le Populaire de la Marche", "« L'école rurale mérite mieux qu'un moratoire »"]
    assert pick_title_and_outlet(lines, "fr") == ("« L'école rurale mérite mieux qu'un moratoire »", "Le Populaire de la Marche")
    # a headline in sentence case is not a name, even when short and opening on an article
    assert pick_title_and_outlet(["Le pont fermé en juin", "Publié hier"], "fr")[0] == "Le pont fermé en juin"


def test_text_when_every_line_is_short_the_last_one_is_the_headline():
    assert pick_title_and_outlet(["Info Riviera", "La Fête des Vignerons"], "fr") == ("La Fête des Vignerons", "Info Riviera")


def test_text_a_labelled_stamp_beats_the_masthead_day():
    header = read_header(["Samedi 8 mars 2025", "Annaba : l'usine entrera en service", "Publié le : 2025-03-07 09:45"], "fr")
    assert header.found.published.when.isoformat() == "2025-03-07T09:45:00"


def test_text_cookie_sentences_do_not_end_the_header():
    paragraphs = ["Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
                  "Tout accepter", "Esch : la piscine inaugurée", "Publié le 14.05.2025 à 15:30",
                  "Le bassin de cinquante mètres a été inauguré mercredi en présence de la ministre des Sports."]
    assert header_length(paragraphs, "fr") == 4
