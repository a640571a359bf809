"""End-to-end fixtures: `veille serve` in a subprocess on a database ingested from the sample
articles (plus the hand-built records of tests/api), and Debian's headless Chromium driven by
Playwright. Screenshots go to tests/artifacts/ (git-ignored) for a person to look at; with
VEILLE_DOCS_SCREENSHOTS=1 the pages the README shows (DOCS_SHOTS) are also written to docs/.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs"
SAMPLES = ROOT / "veille" / "samples"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SERVER_START_SECONDS = 90
INGEST_SECONDS = 240
DOCS_SHOTS = {"article": "screenshot-article.png", "dyad": "screenshot-dyad.png",
              "actor-time-axis": "screenshot-actor.png", "article-english": "screenshot-article-en.png"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium against `veille serve` (tests/web)")


def _hand_records() -> ModuleType:
    """tests/api/hand_records.py, shared without making tests a package."""
    spec = importlib.util.spec_from_file_location("hand_records", ROOT / "tests" / "api" / "hand_records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database with the sample articles read by `veille ingest`, and the hand-built records.

    The pipeline belongs to other stages that change often: if ingesting the samples fails or
    hangs, the pages are still checked on the hand-built records, with a warning saying why.
    """
    from veille.store import open_store

    path = str(tmp_path_factory.mktemp("web") / "web.db")
    command = [sys.executable, "-m", "veille", "ingest", str(SAMPLES), "--db", path]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=INGEST_SECONDS)
        if done.returncode != 0:
            warnings.warn(f"veille ingest of the samples failed ({done.returncode}): {done.stderr[-500:]}")
    except subprocess.TimeoutExpired:
        warnings.warn(f"veille ingest of the samples took over {INGEST_SECONDS} s: pages checked on hand-built records")
    with open_store(path) as store:
        hand = _hand_records()
        store.upsert([*hand.all_records(), hand.bloc_phrases_record()])
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"veille serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/api/articles?limit=1", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"veille serve did not answer within {SERVER_START_SECONDS} s")


@pytest.fixture(scope="session")
def base_url(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`veille serve --db web.db --port FREE` running for the session."""
    port = _free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "veille", "serve", "--db", web_db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium, headless (installed by `make system-deps`; never `playwright install`)."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run `make system-deps` (as root) for the browser tests")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    """A fresh tab that records every request it makes (to prove nothing leaves the machine)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    tab = context.new_page()
    tab.requested = []  # type: ignore[attr-defined]
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture
def screenshot():  # noqa: ANN201  (returns the saving function)
    """save(tab, name): the whole page as tests/artifacts/<name>.png (and to docs/ when asked)."""
    return save_screenshot


def save_screenshot(tab, name: str) -> Path:  # noqa: ANN001  (a Playwright Page)
    """Save the whole page as tests/artifacts/<name>.png (and to docs/ when asked)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    if os.environ.get("VEILLE_DOCS_SCREENSHOTS") == "1" and name in DOCS_SHOTS:
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(path, DOCS / DOCS_SHOTS[name])
    return path
