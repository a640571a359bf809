"""Feeds polled from a local HTTP server (loopback): conditional requests, robots.txt, per-host delay,
new items only, and `veille watch --once` storing what it found."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.ingest.fetch import HttpFetcher, PoliteFetcher, Response
from veille.ingest.watch import FeedState, poll_feed, read_feed_list

PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>Les pêcheurs de Valbourg ont bloqué mardi le port pour protester contre les nouveaux quotas, "
        "a constaté notre correspondant. La préfecture a convoqué une réunion pour jeudi.</p>"
        "<p>{extra}</p></article></body></html>")
ITEM = ("<item><title>{title}</title><link>{base}{path}</link><pubDate>Tue, 04 Mar 2025 07:45:00 +0100</pubDate>"
        "<description>Résumé de l'article {title}, avec assez de mots pour être lu comme un texte.</description></item>")


class Site(BaseHTTPRequestHandler):
    """A tiny news site: a feed with an ETag, two pages, one page robots.txt forbids."""

    requests: list[tuple[str, dict]] = []

    def do_GET(self):  # noqa: N802  (the name http.server calls)
        Site.requests.append((self.path, dict(self.headers)))
        base = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /prive/\n", "text/plain")
        if self.path == "/feed.rss":
            if self.headers.get("If-None-Match") == '"v1"':
                return self._send(304, b"", "application/rss+xml")
            items = "".join(ITEM.format(title=t, base=base, path=p) for t, p in
                            [("Port bloqué", "/a/1.html"), ("Réunion en préfecture", "/a/2.html"), ("Réservé", "/prive/3.html")])
            feed = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>La Vigie</title>{items}</channel></rss>"
            return self._send(200, feed.encode(), "application/rss+xml", etag='"v1"')
        if self.path.startswith("/a/"):
            number = self.path.split("/")[-1].split(".")[0]
            page = PAGE.format(title=f"Article {number}", extra=f"Deuxième paragraphe numéro {number}, pour le contexte.")
            return self._send(200, page.encode(), "text/html; charset=utf-8")
        return self._send(404, b"", "text/plain")

    def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture
def app():
    from veille.cli import load_commands

    return load_commands()


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Site.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_watch_poll_fetches_pages_respects_robots_and_then_asks_conditionally(site):
    fetcher = PoliteFetcher(HttpFetcher(), delay=0)
    state, items = poll_feed(FeedState(f"{site}/feed.rss"), fetcher, is_known=lambda url: False)
    assert state.etag == '"v1"'
    assert [i.url for i in items] == [f"{site}/a/1.html", f"{site}/a/2.html", f"{site}/prive/3.html"]
    assert [i.kind for i in items] == ["html", "html", "body"]
    assert b"Article 1" in items[0].data and items[0].meta["outlet"] == "La Vigie"
    assert items[2].data.startswith("Résumé".encode())  # robots.txt forbids the page: the item's own content
    assert "/prive/3.html" not in [path for path, _ in Site.requests]
    again, nothing = poll_feed(state, fetcher, is_known=lambda url: False)
    assert nothing == [] and again.etag == '"v1"'
    assert Site.requests[-1][0] == "/feed.rss" and Site.requests[-1][1].get("If-None-Match") == '"v1"'


def test_watch_poll_skips_items_already_stored(site):
    fetcher = PoliteFetcher(HttpFetcher(), delay=0)
    _, items = poll_feed(FeedState(f"{site}/feed.rss"), fetcher, is_known=lambda url: url.endswith("/a/1.html"))
    assert [i.url for i in items] == [f"{site}/a/2.html", f"{site}/prive/3.html"]


def test_watch_unreachable_feed_is_a_failure_naming_it():
    url = "http://127.0.0.1:9/feed.rss"
    state, items = poll_feed(FeedState(url), PoliteFetcher(HttpFetcher(timeout=2), delay=0), is_known=lambda u: False)
    assert state == FeedState(url) and [(f.code, f.source) for f in items] == [("V115", url)]


def test_watch_polite_fetcher_waits_between_two_requests_to_one_host():
    calls: list[str] = []
    slept: list[float] = []
    now = [100.0]

    class Fake:
        def get(self, url, headers=None):
            calls.append(url)
            return Response(url, 404 if url.endswith("robots.txt") else 200, {}, b"ok")

    polite = PoliteFetcher(Fake(), delay=5.0, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)))
    polite.get("http://a.example/1")
    polite.get("http://a.example/2")
    polite.get("http://b.example/1")
    assert calls == ["http://a.example/robots.txt", "http://a.example/1", "http://a.example/2",
                     "http://b.example/robots.txt", "http://b.example/1"]
    assert slept == [5.0, 5.0, 5.0]  # after each host's robots.txt, every request waits; none across hosts


def test_watch_feed_list_and_intervals():
    from veille.cli.watch import parse_interval

    assert read_feed_list("# mes flux\nhttps://a.example/rss\n\nhttps://b.example/atom  # sport\n") == [
        "https://a.example/rss", "https://b.example/atom"]
    assert parse_interval("15m") == 900 and parse_interval("1h30m") == 5400 and parse_interval("90s") == 90
    with pytest.raises(ConfigError):
        parse_interval("tous les jours")


@pytest.mark.model
def test_watch_once_stores_new_articles_and_a_second_poll_adds_none(site, app, runner, tmp_path: Path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site}/feed.rss\n", encoding="utf-8")
    db = str(tmp_path / "veille.db")
    first = runner.invoke(app, ["watch", str(feeds), "--once", "--delay", "0", "--db", db])
    assert first.exit_code == 0, first.output
    assert "3 new article(s) stored" in first.stdout
    second = runner.invoke(app, ["watch", str(feeds), "--once", "--delay", "0", "--db", db])
    assert "0 new article(s) stored" in second.stdout
    from veille.store import open_store

    with open_store(db) as store:
        assert store.count_articles() == 3
        assert store.feed_state(f"{site}/feed.rss").etag == '"v1"'
