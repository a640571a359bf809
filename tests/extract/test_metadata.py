"""Page metadata: each field from the most reliable source that has it."""
from __future__ import annotations

from lxml.html import document_fromstring

from veille.extract.metadata import (
    is_domain,
    page_dateline,
    page_language,
    page_outlet,
    page_published,
    page_title,
    recase_title,
    strip_outlet_suffix,
)
from veille.extract.page import read_page

JSONLD_PAGE = """<html lang="fr"><head>
<title>Titre de la page | Le Journal du Soir</title>
<meta property="og:title" content="Titre pour les réseaux sociaux">
<meta property="og:site_name" content="journaldusoir.fr">
<meta property="article:published_time" content="2022-03-01T08:00:00Z">
<script type="application/ld+json">[{"@type": "WebSite", "name": "Site"},
 {"@type": "NewsArticle", "headline": "Le titre de l'article",
  "datePublished": "2022-03-01T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Le Journal du Soir"},
  "dateline": "Strasbourg", "inLanguage": "fr-FR"}]</script>
</head><body><h1>Le titre imprimé</h1></body></html>"""

META_PAGE = """<html lang="fr-BE"><head>
<title>La crue de la Meuse recule enfin - Le Quotidien Wallon</title>
<meta property="article:published_time" content="2021-07-18T17:45:00+02:00">
<script type="application/ld+json">{ not json at all</script>
</head><body><header><h1>Le Quotidien Wallon</h1></header>
<h1>La crue de la Meuse recule enfin</h1></body></html>"""


def _page(html: str):
    return read_page(document_fromstring(html))


def test_metadata_prefers_jsonld_to_meta_tags():
    page = _page(JSONLD_PAGE)
    assert page_title(page, lang="fr") == "Le titre de l'article"
    assert page_published(page, lang="fr").when.isoformat() == "2022-03-01T09:00:00+01:00"
    assert page_outlet(page, lang="fr") == "Le Journal du Soir"
    assert page_dateline(page) == "Strasbourg"
    assert page_language(page) == "fr"


def test_metadata_falls_back_to_headings_and_meta_tags():
    page = _page(META_PAGE)
    assert page_title(page, lang="fr") == "La crue de la Meuse recule enfin"
    assert page_published(page, lang="fr").when.isoformat() == "2021-07-18T17:45:00+02:00"
    assert page_outlet(page, lang="fr") == "Le Quotidien Wallon"
    assert page_dateline(page) is None
    assert page_language(page) == "fr"


def test_metadata_gives_none_when_page_says_nothing():
    page = _page("<html><body><p>Un paragraphe sans titre ni date.</p></body></html>")
    assert (page_title(page, lang="fr"), page_published(page, lang="fr"), page_outlet(page, lang="fr")) == (None, None, None)


def test_metadata_strip_outlet_suffix_keeps_colons_of_headline():
    assert strip_outlet_suffix("Ukraine : la contre-offensive piétine | Le Journal", None, lang="fr") == (
        "Ukraine : la contre-offensive piétine"
    )
    assert strip_outlet_suffix("Climat - les glaciers alpins reculent - L'Hebdo", "L'Hebdo", lang="fr") == (
        "Climat - les glaciers alpins reculent"
    )


def test_metadata_strip_outlet_suffix_drops_an_outlet_printed_first():
    assert strip_outlet_suffix("Le Régional Jurassien | Moutier rejoint le canton du Jura", None, lang="fr") == "Moutier rejoint le canton du Jura"
    assert strip_outlet_suffix("Gazette du Nord | Le port de Dunkerque recrute", "Gazette du Nord", lang="fr") == "Le port de Dunkerque recrute"
    # a rubric printed first is not taken for a name
    assert strip_outlet_suffix("Climat | Les glaciers alpins reculent encore cet été", None, lang="fr") == "Climat | Les glaciers alpins reculent encore cet été"


def test_metadata_recase_title_keeps_names_capitalised():
    body = "Les maires de Lyon et de Grenoble ont signé un accord avec la SNCF sur les trains régionaux."
    assert recase_title("LYON ET GRENOBLE SIGNENT UN ACCORD AVEC LA SNCF", body) == (
        "Lyon et Grenoble signent un accord avec la SNCF"
    )
    assert recase_title("Un titre déjà écrit normalement", body) == "Un titre déjà écrit normalement"


def test_metadata_page_title_prefers_whole_heading_to_cut_jsonld_headline():
    page = _page(
        """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "headline": "Inondations dans le Pas-de-Calais : les habitants de trois communes…"}</script></head>
        <body><h1>Inondations dans le Pas-de-Calais : les habitants de trois communes évacués</h1></body></html>"""
    )
    assert page_title(page, lang="fr") == "Inondations dans le Pas-de-Calais : les habitants de trois communes évacués"


def test_metadata_page_outlet_prefers_a_name_to_a_domain():
    page = _page("""<html><head><title>Le lac gèle enfin - Le Matin lacustre</title>
        <meta property="og:site_name" content="www.matinlacustre.ch"></head><body></body></html>""")
    assert page_outlet(page, lang="fr") == "Le Matin lacustre"
    assert is_domain("matinlacustre.ch") and not is_domain("Le Matin lacustre")


def test_metadata_page_outlet_falls_back_to_logo_then_copyright():
    logo = _page("""<html><head><title>Un titre sans suffixe</title></head><body>
        <header><a class="site-logo"><img src="l.png" alt="La Gazette du Rift"></a></header><p>Texte.</p></body></html>""")
    assert page_outlet(logo, lang="fr") == "La Gazette du Rift"
    notice = _page("""<html><head><title>Un titre sans suffixe</title></head><body><p>Texte.</p>
        <footer><p>© 2025 L'Observateur de Kaolack. Tous droits réservés.</p></footer></body></html>""")
    assert page_outlet(notice, lang="fr") == "L'Observateur de Kaolack"


def test_metadata_page_published_takes_the_offset_given_for_the_same_time():
    page = _page("""<html><head><meta property="article:published_time" content="2025-02-12T11:00:00+01:00">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-12T11:00:00"}</script>
        </head><body></body></html>""")
    assert page_published(page, lang="fr").when.isoformat() == "2025-02-12T11:00:00+01:00"


def test_metadata_page_published_reads_the_articles_first_time_element():
    page = _page("""<html><body><article><h1>Titre</h1>
        <p>Par Léa Roux, <time datetime="2025-01-08T17:20:00+01:00">8 janvier 2025</time></p><p>Texte.</p>
        <aside><time datetime="2024-12-01T08:00:00+01:00">1er décembre</time></aside></article></body></html>""")
    assert page_published(page, lang="fr").when.isoformat() == "2025-01-08T17:20:00+01:00"
