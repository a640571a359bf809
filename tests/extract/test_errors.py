"""Inputs that are not articles give a coded VeilleError naming the file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from veille.errors import ExtractionError, InputError
from veille.extract import extract
from veille.ingest.files import read_file

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def _read(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return extract(read_file(path), lang="fr")


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("vide.txt", b"", "V102"),
        ("blancs.html", b"  \n\t\n", "V102"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "V103"),
        ("archive.txt", b"PK\x03\x04" + b"\x00\x14" * 200, "V103"),
        ("brouillé.txt", bytes(range(128, 256)) * 20, "V104"),
    ],
)
def test_extract_refuses_unreadable_input_with_a_coded_message(tmp_path, name, data, code):
    with pytest.raises(InputError) as caught:
        _read(tmp_path, name, data)
    message = str(caught.value)
    assert caught.value.code == code
    assert message.startswith(f"[{code}]") and name in message and "\n" not in message


def test_extract_reads_legacy_latin_text(tmp_path):
    body = "Le maire de Besançon a présenté jeudi le nouveau plan de circulation du centre-ville, très attendu."
    text = f"Besançon change son plan de circulation\n\n{body}\n"
    article = _read(tmp_path, "ancien.txt", text.encode("cp1252"))
    assert article.title == "Besançon change son plan de circulation"
    assert "très attendu" in article.text


LEGACY_BODY = ("Le maire de Besançon a présenté jeudi le nouveau plan de circulation du centre-ville, très attendu. "
               "« Nous ne céderons pas », a déclaré Hélène Dupré, à côté de la forêt où naît l'été.")


@pytest.mark.parametrize(("encoding", "title"), [
    ("cp1252", "Grève à Besançon : l’œuvre coûte 5 €"),
    ("iso8859_15", "Grève à Besançon : l'œuvre coûte 5 €"),
    ("mac_roman", "Grève à Besançon : l’œuvre coûte 5 €"),
    ("cp850", "Grève à Besançon : l'oeuvre coûte 5 euros"),
])
def test_extract_reads_each_legacy_encoding_without_mangling_it(tmp_path, encoding, title):
    # Mac Roman and DOS text were read as cp1252 before: "Grève" came out "GrËve" or "GrŠve"
    article = _read(tmp_path, f"ancien-{encoding}.txt", f"{title}\n\n{LEGACY_BODY}\n".encode(encoding))
    assert article.title == title
    assert article.text.startswith(LEGACY_BODY)


def test_extract_reads_utf8_cut_inside_a_character(tmp_path):
    text = "Un titre de brève\n\nLes députés ont adopté le texte en première lecture après un long débat à l'Assemblée, é"
    data = text.encode("utf-8")[:-1]
    article = _read(tmp_path, "coupé.txt", data)
    assert article.text.endswith("à l'Assemblée,")


def test_extract_reads_truncated_page_that_holds_an_article():
    article = extract(read_file(ARTICLES / "tronquee.html"), lang="fr")
    assert article.title == "Budget 2025 : le Sénat rejette la taxe sur les billets d'avion"
    assert "territoires les plus enclavés" in article.text


def test_extract_refuses_truncated_page_without_text(tmp_path):
    page = (ARTICLES / "quotidien-jsonld.html").read_bytes()
    cut = page[: page.index(b"<main>")]
    with pytest.raises(ExtractionError) as caught:
        _read(tmp_path, "coupée.html", cut)
    assert caught.value.code == "V201" and "coupée.html" in str(caught.value)


def test_extract_refuses_page_without_article():
    with pytest.raises(ExtractionError) as caught:
        extract(read_file(ARTICLES / "sans-article.html"), lang="fr")
    assert caught.value.code == "V201" and "sans-article.html" in str(caught.value)


def test_extract_refuses_random_bytes(tmp_path):
    with pytest.raises(InputError) as caught:
        _read(tmp_path, "bruit.txt", b"\x00" + os.urandom(2048))
    assert caught.value.code == "V103"


def test_extract_reads_plain_text_saved_as_html(tmp_path):
    text = "Un titre de brève\n\nLe conseil régional a voté jeudi un budget en hausse de trois pour cent.\n"
    article = _read(tmp_path, "brève.html", text.encode("utf-8"))
    assert article.title == "Un titre de brève" and article.text.startswith("Le conseil régional")


def test_extract_reads_html_saved_as_text(tmp_path):
    article = _read(tmp_path, "page.txt", (ARTICLES / "breve-simple.html").read_bytes())
    assert article.title == "Belgique : grève nationale dans les transports publics"
    assert "<p>" not in article.text


def test_extract_says_when_the_text_lies_below_the_parser_depth(tmp_path):
    body = "<p>Les députés ont adopté le texte en première lecture après un long débat à l'Assemblée nationale.</p>"
    readable = _read(tmp_path, "profonde.html", f"<html><body>{'<div>' * 200}{body}{'</div>' * 200}</body></html>".encode())
    assert readable.text.startswith("Les députés ont adopté")
    with pytest.raises(ExtractionError) as caught:
        _read(tmp_path, "abyssale.html", f"<html><body>{'<div>' * 100_000}{body}{'</div>' * 100_000}</body></html>".encode())
    # it said "is it an index or a login page?", of a page whose text is there, only too deep
    assert caught.value.code == "V204" and "abyssale.html" in str(caught.value) and "255 levels" in str(caught.value)
