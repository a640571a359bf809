"""`veille watch FEEDS.txt`: poll RSS/Atom feeds, fetch their new articles, analyse and store them."""
from __future__ import annotations

import re
import signal
import threading
from pathlib import Path

import typer

from ..errors import ConfigError
from ..ingest.fetch import HttpFetcher, PoliteFetcher
from ..ingest.watch import read_feed_list
from ..model.failure import Failure
from ..model.record import Record
from ..settings import Settings
from ..usecases.ingest import watch_feeds
from . import app, console, errors, reports_errors
from .options import DbOption, open_db
from .results import failure_line

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """"15m", "1h30m", "90s", "2h" in seconds."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", text.strip().lower())
    if not parts or "".join(n + u for n, u in parts) != re.sub(r"\s", "", text.strip().lower()):
        raise ConfigError("V501", name="--every", reason=f"{text!r} is not a duration such as 15m, 1h or 90s")
    return sum(float(number) * UNITS[unit] for number, unit in parts)


@app.command()
@reports_errors
def watch(
    feeds: Path = typer.Argument(..., help="A file listing feed URLs, one per line (# starts a comment)."),
    every: str = typer.Option("15m", "--every", help="Time between two polls: 90s, 15m, 1h..."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and stop (for cron)."),
    delay: float = typer.Option(2.0, "--delay", min=0.0, help="Seconds between two requests to one host."),
    db: DbOption = None,
) -> None:
    """Poll RSS/Atom feeds and ingest their new articles.

    Each poll asks only for what changed (ETag, Last-Modified), skips items already stored,
    fetches each new item's page when the site's robots.txt allows it (else the item's own
    content is used) and waits between two requests to one host. Ctrl-C stops cleanly: what
    was fetched is stored first.
    """
    try:
        urls = read_feed_list(feeds.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError("V501", name="FEEDS", reason=f"cannot read {feeds}: {err.strerror or err}") from err
    if not urls:
        raise ConfigError("V501", name="FEEDS", reason=f"{feeds} lists no feed URL")
    interval = parse_interval(every)
    settings = Settings.load(db=db)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    stored = failed = 0
    fetcher = HttpFetcher()
    try:
        with open_db(settings.db) as store:
            console.print(f"watching {len(urls)} feed(s) every {every}; Ctrl-C stops", highlight=False)
            for result in watch_feeds(urls, store, PoliteFetcher(fetcher, delay=delay), interval, settings,
                                      rounds=1 if once else None, stop=stop):
                if isinstance(result, Failure):
                    failed += 1
                    errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
                elif isinstance(result, Record):
                    stored += 1
                    console.print(f"stored {result.title or result.name}", highlight=False, soft_wrap=True)
            url = store.url
    finally:
        signal.signal(signal.SIGINT, previous)
        fetcher.close()
    console.print(f"{stored} new article(s) stored in {url}" + (f", {failed} failed" if failed else ""), highlight=False)
