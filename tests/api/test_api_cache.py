"""Answers kept between ingests (veille.serving.cache): a repeated GET is not asked of the database
again, a write is seen by the next request, and what differs per reader is never shared.
Each test runs on SQLite and PostgreSQL."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from anyio import to_thread
from fastapi.testclient import TestClient
from hand_records import english_record, geneva_record, summit_record

from veille.api.routes import articles as article_routes
from veille.app import create_app
from veille.serving.guard import ServerOptions
from veille.serving.threads import kept_connections
from veille.settings import Settings
from veille.store import SqlStore, open_store

BASE_URL = "http://127.0.0.1"


@pytest.fixture
def writer(db_url: str) -> Iterator[SqlStore]:
    """A database holding one article, written as an ingest would while the server reads it."""
    with open_store(db_url) as opened:
        opened.upsert([summit_record()])
        yield opened


def served(writer: SqlStore, cache_mb: float = 64) -> TestClient:
    """The app as `veille serve` makes it: its own read-only store on the database."""
    app = create_app(Settings(db=writer.url), options=ServerOptions(cache_mb=cache_mb))
    return TestClient(app, base_url=BASE_URL)


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the searches the article list asks of the database."""
    asked: list[int] = []
    real = article_routes.search_articles

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(article_routes, "search_articles", counted)
    return asked


def test_a_repeated_request_is_answered_without_asking_the_database(writer, searches):
    with served(writer) as client:
        first = client.get("/api/articles")
        again = client.get("/api/articles")
    assert again.json() == first.json() and first.json()["total"] == 1
    assert len(searches) == 1
    assert again.headers["x-content-type-options"] == "nosniff"  # kept answers carry the guards' headers too


def test_an_ingest_is_seen_by_the_next_request(writer, searches):
    with served(writer) as client:
        assert client.get("/api/articles").json()["total"] == 1
        writer.upsert([geneva_record()])
        assert client.get("/api/articles").json()["total"] == 2
        writer.upsert([english_record()])
        assert client.get("/api/articles?limit=50").json()["total"] == 3
        assert client.get("/api/articles").json()["total"] == 3
    assert len(searches) == 4


def test_cache_mb_0_asks_the_database_every_time(writer, searches):
    with served(writer, cache_mb=0) as client:
        for _ in range(3):
            assert client.get("/api/articles").status_code == 200
    assert len(searches) == 3


def test_pages_in_another_interface_language_are_not_shared(writer):
    with served(writer) as client:
        french = client.get("/actors")
        client.cookies.set("veille_lang", "en")
        english = client.get("/actors")
    assert french.status_code == english.status_code == 200
    assert '<html lang="fr"' in french.text and '<html lang="en"' in english.text


def test_an_answer_setting_a_cookie_is_not_kept(writer):
    with served(writer) as client:
        assert "veille_lang" in client.get("/actors?lang=en").headers.get("set-cookie", "")
        client.cookies.clear()
        assert "veille_lang" in client.get("/actors?lang=en").headers.get("set-cookie", "")


def test_errors_are_not_kept(writer):
    with served(writer) as client:
        assert client.get("/api/articles/nothing-such").status_code == 404
        writer.upsert([geneva_record()])
        assert client.get(f"/api/articles/{geneva_record().id}").status_code == 200


def test_routes_run_in_as_many_threads_as_the_store_keeps_connections(writer):
    app = create_app(Settings(db=writer.url))

    async def threads() -> int:
        return int(to_thread.current_default_thread_limiter().total_tokens)

    app.add_api_route("/threads", threads)
    with TestClient(app, base_url=BASE_URL) as client:
        assert client.get("/threads").json() == kept_connections(app.state.store) > 1
