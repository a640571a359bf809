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
    return extract(RawArticle(name="p.html", data=page.encode(), kind="html", source="test"))


def test_html_reads_the_paragraphs_when_the_extraction_flattens_the_article():
    article = _html(FLATTENED)
    assert article.text.split("\n\n") == [
        "La température de l'eau a dépassé 26 degrés cette semaine, un record selon le syndicat du lac.",
        "Les pêcheurs professionnels redoutent une mortalité des féras pendant l'été.",
    ]
    assert article.title == "Annecy : le lac sous surveillance"
