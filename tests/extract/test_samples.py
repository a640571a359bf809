"""Whole articles through extract(): the hand-written samples of tests/data/articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract import extract
from veille.ingest.files import read_file
from veille.textnorm import fold_line as fold

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
EXPECTED = {k: v for k, v in json.loads((ARTICLES / "expected.json").read_text("utf-8")).items() if k != "_doc"}


@pytest.fixture(scope="module")
def articles():
    """Each sample read once for all the checks below."""
    return {name: extract(read_file(ARTICLES / name), lang="fr") for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_reads_document_fields(articles, name):
    article, want = articles[name], EXPECTED[name]
    got = {
        "title": article.title, "published": article.published_iso, "outlet": article.outlet,
        "dateline": article.dateline, "language": article.language,
    }
    for field in ("title", "published", "outlet", "dateline", "language"):
        if field in want:
            assert got[field] == want[field], field


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_keeps_body_and_drops_furniture(articles, name):
    article, want = articles[name], EXPECTED[name]
    text = fold(article.text)
    for sentence in want["body_sentinels"]:
        assert fold(sentence) in text, sentence
    for line in want["boilerplate"]:
        assert fold(line) not in text, line
    assert fold(article.title) not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_separates_paragraphs_by_blank_lines(articles, name):
    article = articles[name]
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(article.paragraphs) >= 2
    for (start, end), paragraph in zip(article.paragraphs, paragraphs):
        assert article.text[start:end] == paragraph
        assert paragraph.strip() == paragraph and "\n" not in paragraph
