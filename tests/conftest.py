"""Global fixtures: the model pipeline (loaded once per session) and paths to shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="session")
def nlp():
    """fr_core_news_md with veille's stages, loaded once."""
    from veille.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def analyse(nlp):
    """Run the whole pipeline on an Article built from a title, body and publication time."""
    from datetime import datetime

    from veille.model.article import Article, content_id
    from veille.nlp.pipeline import make_doc

    def run(body: str, title: str | None = None, published: str | None = "2024-05-26T09:47:00+01:00"):
        when = datetime.fromisoformat(published) if published else None
        article = Article(
            id=content_id(body), name="t", source="test", title=title, published=when,
            published_precision="minute" if when else None, outlet=None, dateline=None, language="fr", text=body,
        )
        return nlp(make_doc(nlp, article))

    return run
