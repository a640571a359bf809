"""Distinct benchmark articles made from the bundled samples (and the dev set when it is beside
the repo): each article a different draw of paragraphs, so that no article repeats another."""
from __future__ import annotations

import random
from pathlib import Path

from veille.extract import extract
from veille.ingest import read_inputs
from veille.model.article import RawArticle
from veille.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "veille" / "samples", ROOT.parent / "shared" / "eval" / "dev" / "texts"]


def paragraph_pool() -> list[str]:
    """Every body paragraph of the source articles, cleaned by veille's extraction."""
    pool: list[str] = []
    language = Settings.load().language
    for item in read_inputs([p for p in SOURCES if p.exists()]):
        if isinstance(item, RawArticle):
            article = extract(item, language)
            pool.extend(article.text[a:b] for a, b in article.paragraphs if len(article.text[a:b].split()) > 8)
    return pool


def distinct_articles(count: int, seed: int = 7, paragraphs: tuple[int, int] = (4, 9)) -> list[RawArticle]:
    """`count` different articles as copied text (headline, blank line, body) with a publication stamp."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    articles = []
    for number in range(count):
        body = rng.sample(pool, min(len(pool), rng.randint(*paragraphs)))
        title = " ".join(body[0].split()[:9]).rstrip(",.;:")
        day = 1 + number % 28
        text = f"{title}\n\nPublié le {day} mars 2025 à 08h{number % 60:02d}\n\n" + "\n\n".join(body) + "\n"
        articles.append(RawArticle(name=f"bench-{number}", data=text.encode("utf-8"), kind="text", source=f"bench#{number}"))
    return articles


def long_article(tokens: int) -> RawArticle:
    """One article of about `tokens` tokens, every paragraph different: the pool's paragraphs once,
    then (the pool used up) pairs of them joined in a new random order on each pass, since
    extraction drops a paragraph that repeats an earlier one."""
    rng = random.Random(tokens)
    pool = paragraph_pool()
    body: list[str] = []
    count, used_up = 0, False
    while count < tokens:
        rng.shuffle(pool)
        paragraphs = [f"{a} {b}" for a, b in zip(pool[::2], pool[1::2])] if used_up else pool
        for paragraph in paragraphs:
            body.append(paragraph)
            count += len(paragraph.split()) * 6 // 5  # about 1.2 tokens a word
            if count >= tokens:
                break
        used_up = True
    text = "Un très long article\n\nPublié le 4 mars 2025 à 08h00\n\n" + "\n\n".join(body) + "\n"
    return RawArticle(name=f"long-{tokens}", data=text.encode("utf-8"), kind="text", source=f"long#{tokens}")
