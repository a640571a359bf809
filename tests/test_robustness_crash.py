"""Crashes and concurrency (issue 9, "Crashes"): `veille ingest` killed with SIGKILL at random points
of a corpus, several times, leaves a sound database (PRAGMA integrity_check) holding no article
twice, and a rerun stores every article once; two ingests at once, on a new database and then on
an existing one, both finish."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
TOWNS = ("Valbourg", "Lyon", "Nantes", "Dakar", "Genève", "Bruxelles", "Rabat", "Tunis")
ARTICLES = 80  # a few write transactions (veille.usecases.ingest.CHUNK) per run
SEED = 9  # the kill points are random, and the same at every run of the test
POLL_SECONDS = 0.1
RUN_SECONDS = 300


def write_corpus(folder: Path, first: int, count: int) -> None:
    """`count` short articles, each of its own text, numbered from `first`."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(first, first + count):
        town = TOWNS[number % len(TOWNS)]
        (folder / f"a{number:03d}.txt").write_text(
            f"Manifestation numéro {number} à {town}\n\nPlusieurs centaines de personnes ont défilé mardi à {town} "
            f"pour la {number}e fois contre la hausse des prix. « Nous reviendrons », a déclaré Marie Dubois{number}, "
            f"porte-parole du collectif. La mairie de {town} a promis une réunion le {1 + number % 28} juin.\n",
            encoding="utf-8")


def start_ingest(db: Path, *inputs: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "veille", "ingest", *map(str, inputs), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def stored(db: Path) -> tuple[int, int]:
    """How many articles the database holds, and from how many distinct sources (read-only)."""
    if not db.exists():
        return 0, 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60) as conn:
        try:
            return conn.execute("SELECT count(*), count(DISTINCT source) FROM articles").fetchone()
        except sqlite3.OperationalError:  # tables not made yet
            return 0, 0


def integrity(db: Path) -> str:
    with sqlite3.connect(db, timeout=60) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def kill_after_next_commit(process: subprocess.Popen, db: Path, extra: float) -> bool:
    """SIGKILL `extra` seconds after the run's first commit grows the database (or at once if it ends
    first). True when the kill met a running process."""
    before = stored(db)[0]
    deadline = time.monotonic() + RUN_SECONDS
    while process.poll() is None and stored(db)[0] == before and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
    time.sleep(extra)
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return alive


def test_ingest_killed_at_random_points_loses_and_doubles_nothing(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "veille.db"
    write_corpus(corpus, 0, ARTICLES)
    chance = random.Random(SEED)
    # the first kill lands while the model loads or the first articles are read, the others during the run
    process = start_ingest(db, corpus)
    time.sleep(chance.uniform(1.0, 6.0))
    process.send_signal(signal.SIGKILL)
    process.wait()
    interrupted = []
    for _ in range(3):
        interrupted.append(kill_after_next_commit(start_ingest(db, corpus), db, chance.uniform(0.0, 1.5)))
        assert integrity(db) == "ok"
        count, sources = stored(db)
        assert count == sources <= ARTICLES
        interrupted[-1] = interrupted[-1] and count < ARTICLES
    assert any(interrupted), "no kill met an ingest in the middle of the corpus"
    kept = stored(db)[0]
    final = start_ingest(db, corpus)
    out, err = final.communicate(timeout=RUN_SECONDS)
    assert final.returncode == 0, err
    assert integrity(db) == "ok"
    assert stored(db) == (ARTICLES, ARTICLES)
    assert f"{ARTICLES - kept} article(s) stored in {db}, {kept} already stored" in out  # not analysed again


def test_two_ingests_at_once_both_finish_on_a_new_then_an_existing_database(tmp_path):
    db = tmp_path / "new" / "veille.db"
    for round_number, expected in ((0, 20), (1, 40)):
        # both read the same ten articles, and five of their own
        shared, left, right = (tmp_path / f"{part}{round_number}" for part in ("shared", "left", "right"))
        first = round_number * 20
        write_corpus(shared, first, 10)
        write_corpus(left, first + 10, 5)
        write_corpus(right, first + 15, 5)
        processes = [start_ingest(db, shared, left), start_ingest(db, shared, right)]
        for process in processes:
            _, err = process.communicate(timeout=RUN_SECONDS)
            assert process.returncode == 0, err
        assert integrity(db) == "ok"
        assert stored(db) == (expected, expected)
