"""GET /api/articles (search) and /api/articles/{id} (one record with offsets)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ...queries.filters import ArticleFilter, Page
from ...queries.lists import article_dict, get_article, search_articles
from ...serving.deps import page, store_of
from ...serving.params import article_params
from ...store import SqlStore
from ..schemas import ArticleOut, ArticlePage, ErrorBody

router = APIRouter(tags=["articles"], responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}})


@router.get("/articles", response_model=ArticlePage, summary="Search articles")
def articles(
    f: ArticleFilter = Depends(article_params), window: Page = Depends(page),
    store: SqlStore = Depends(store_of),
) -> dict[str, Any]:
    """Articles matching a full-text query and filters, newest first."""
    hits, total = search_articles(store, f, window)
    return {"items": [vars(h) for h in hits], "total": total, "limit": window.limit, "offset": window.offset}


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="One article with everything read in it",
            responses={404: {"model": ErrorBody}})
def article(article_id: str, store: SqlStore = Depends(store_of)) -> dict[str, Any]:
    """The stored record of an article (id, unique id prefix or name): text, entities with offsets, events."""
    return article_dict(get_article(store, article_id))
