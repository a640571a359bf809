"""veille.web.annotate: annotations become properly nested HTML over the article text."""
from __future__ import annotations

from veille.web.annotate import Span, evidence_html, locate, nested, render


def span(start: int, end: int, name: str, layer: int = 2) -> Span:
    return Span(start, end, layer, f"<{name}>", f"</{name}>")


def test_annotate_nested_spans_render_inside_each_other():
    text = "« Paris attend », dit Anne."
    html = render(text, nested([span(2, 14, "q", 0), span(2, 7, "b")], len(text)))
    assert html == "<p>« <q><b>Paris</b> attend</q> », dit Anne.</p>"


def test_annotate_crossing_span_is_left_out():
    chosen = nested([span(0, 10, "a"), span(5, 15, "b"), span(12, 14, "c")], 20)
    assert [(s.start, s.end) for s in chosen] == [(0, 10), (12, 14)]


def test_annotate_out_of_range_span_is_left_out():
    assert nested([span(5, 50, "a"), span(3, 3, "b")], 20) == []


def test_annotate_paragraphs_close_and_reopen_open_spans():
    text = "Un.\n\nDeux\ntrois."
    html = render(text, nested([span(0, len(text), "e", 1)], len(text)))
    assert html == "<p><e>Un.</e></p>\n<p><e>Deux<br>trois.</e></p>"


def test_annotate_text_is_escaped():
    assert render("a < b & c", []) == "<p>a &lt; b &amp; c</p>"


def test_annotate_locate_repairs_offsets_counted_from_the_title():
    article = {"title": "Titre", "text": "Le président Macron parle."}
    assert locate(article, "Macron", 13, 19) == (13, 19)
    assert locate(article, "Macron", 13 + 7, 19 + 7) == (13, 19)  # title + blank line
    assert locate(article, "Macron", 2, 8) == (13, 19)  # nearest occurrence
    assert locate(article, "Vrabie", 0, 6) is None


def test_annotate_evidence_marks_the_trigger():
    assert evidence_html("Kiev a rejeté l'offre.", "rejeté") == "Kiev a <mark>rejeté</mark> l&#39;offre."
    assert evidence_html("Rien <ici>.", "absent") == "Rien &lt;ici&gt;."
