"""HTML pages through extract_html: what trafilatura gives, and the page's own paragraphs when it flattens them."""
from __future__ import annotations

from veille.extract import extract
from veille.model.article import RawArticle

FLATTENED = """<html lang="fr"><head><title>Annecy : le lac sous surveillance</title></head>
<body><article><h1>Annecy : le lac sous surveillance</h1>
<figure><img src="a.jpg"><figcaption>Le lac, en août. Photo Le Courrier savoyard / Paul Roux</figcaption></figure>
<p>La température de l'eau a dépassé 26 degrés cette semaine, un record selon le syndicat du lac.</p>
<p>Les pêcheurs professionnels redoutent une mortalité des féras pendant l'été.</p>
<div class="mots"><a>Annecy</a> · <a>Environnement</a> · <a>Lac</a></div>
</article></body></html>"""


def _html(page: str):
    return extract(RawArticle(name="p.html", data=page.encode(), kind="html", source="test"), lang="fr")


def test_html_reads_the_paragraphs_when_the_extraction_flattens_the_article():
    article = _html(FLATTENED)
    assert article.text.split("\n\n") == [
        "La température de l'eau a dépassé 26 degrés cette semaine, un record selon le syndicat du lac.",
        "Les pêcheurs professionnels redoutent une mortalité des féras pendant l'été.",
    ]
    assert article.title == "Annecy : le lac sous surveillance"


def test_html_reads_a_stamp_printed_above_the_headline_not_the_related_dates():
    page = """<html lang="fr"><head><title>Arlon : la caserne déménage</title></head><body>
    <div class="article"><span class="date">Publié le 9 janvier 2025 à 13h20</span><h1>Arlon : la caserne déménage</h1>
    <p>La zone de secours s'installera en 2027 dans un bâtiment neuf à la sortie de la ville, près de l'autoroute.</p>
    <p>L'ancienne caserne du centre sera transformée en logements par la commune.</p></div>
    <ul><li>Virton : un hall sportif - <span>8 janvier 2025</span></li></ul></body></html>"""
    assert _html(page).published.isoformat() == "2025-01-09T13:20:00"


def test_html_ignores_bare_dates_below_the_text():
    page = """<html lang="fr"><head><title>Sousse : la saison s'annonce record</title></head><body><main>
    <h1>Sousse : la saison s'annonce record</h1>
    <p>Les hôteliers de la région affichent un taux de réservation de 85 % pour juillet, selon la fédération.</p>
    <p>Les visiteurs reviennent en nombre grâce à de nouvelles liaisons aériennes cette année.</p>
    <div class="bloc"><p>Monastir : l'aéroport agrandi</p><span>02/06/2025</span></div></main></body></html>"""
    assert _html(page).published is None


def _trafilatura_runs(monkeypatch, page: str) -> int:
    import veille.extract.html as html

    runs = []
    main_text = html._main_text
    monkeypatch.setattr(html, "_main_text", lambda *args, **kw: runs.append(1) or main_text(*args, **kw))
    _html(page)
    return len(runs)


PLAIN = """<html lang="fr"><head><title>Le marché couvert rouvre à Vannes</title></head><body><article>
<h1>Le marché couvert rouvre à Vannes</h1>
<p>Après deux ans de travaux, le marché couvert de Vannes a rouvert ses portes samedi matin aux habitants.</p>
<p>Les quarante étals ont été rénovés et le toit isolé, pour un coût de quatre millions d'euros selon la mairie.</p>
</article></body></html>"""


def test_html_a_page_with_nothing_above_its_text_is_read_by_one_trafilatura_run(monkeypatch):
    assert _trafilatura_runs(monkeypatch, PLAIN) == 1


def test_html_a_page_with_prose_above_its_text_is_read_by_one_run_and_keeps_its_standfirst(monkeypatch):
    intro = ("<div class=\"top\"><h2>Les commerçants attendaient ce jour depuis longtemps et la ville a prévu une fête "
             "pour l'occasion.</h2></div>")
    page = PLAIN.replace("<article>", intro + "<article>")
    assert _trafilatura_runs(monkeypatch, page) == 1
    assert _html(page).text.startswith("Les commerçants attendaient ce jour")


def test_html_prose_above_the_text_inside_furniture_is_not_a_standfirst():
    banner = ("<div class=\"cookie-banner\"><p>Nous et nos partenaires déposons des traceurs pour mesurer "
              "l'audience de ce site et vous proposer des offres.</p></div><nav><p>Les commerçants du centre "
              "vous attendent tous les samedis matin pour le grand marché.</p></nav>")
    text = _html(PLAIN.replace("<article>", banner + "<article>")).text
    assert text.startswith("Après deux ans de travaux") and "traceurs" not in text and "samedis matin" not in text
