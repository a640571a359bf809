"""open_store and SQLite: files, URLs, pragmas, schema versions, refusals."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from tests.store.records_factory import summit_record
from veille.errors import ConfigError, StoreError
from veille.store import Store, open_store
from veille.store.migrations import LATEST


def test_open_store_creates_file_and_parent_folders(tmp_path):
    path = tmp_path / "a" / "b" / "veille.db"
    with open_store(str(path)) as store:
        store.upsert([summit_record()])
    assert path.exists()
    with open_store(str(path)) as again:
        assert again.get("a1b2c3d4e5f60001") == summit_record()


def test_open_store_accepts_sqlite_url(tmp_path):
    path = tmp_path / "url.db"
    with open_store(f"sqlite:///{path}") as store:
        store.upsert([summit_record()])
    with open_store(str(path)) as same:
        assert same.count_articles() == 1


def test_open_store_memory_is_private():
    with open_store(":memory:") as one, open_store(":memory:") as two:
        one.upsert([summit_record()])
        assert two.count_articles() == 0


def test_sqlite_store_satisfies_the_protocol():
    with open_store(":memory:") as store:
        assert isinstance(store, Store)


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    with open_store(str(tmp_path / "p.db")) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_schema_version_recorded_once(tmp_path):
    path = tmp_path / "v.db"
    open_store(str(path)).close()
    open_store(str(path)).close()
    rows = sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(v,) for v in range(1, LATEST + 1)]


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?, '2099-01-01')", (LATEST + 1,))
    with pytest.raises(StoreError, match="newer than this veille"):
        open_store(str(path))


@pytest.mark.parametrize("url", ["mysql://h/db", "mongodb://h/db", " "])
def test_open_store_refuses_what_it_cannot_open(url):
    with pytest.raises(ConfigError, match="V501"):
        open_store(url)


def test_open_store_on_an_unreachable_postgres_is_one_store_error():
    with pytest.raises(StoreError, match=r"V401.*postgresql://nobody@127\.0\.0\.1:1/veille"):
        open_store("postgresql://nobody@127.0.0.1:1/veille")


def test_open_store_on_a_folder_raises_store_error(tmp_path):
    with pytest.raises(StoreError, match="V401"):
        open_store(str(tmp_path))


def test_open_store_on_a_non_database_file_raises_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base\n" * 100)
    with pytest.raises(StoreError, match=r"V401.*notes\.db"):
        open_store(str(path))


THREADS_READING = """
import sys, threading
from veille.store import open_store
from veille.store.base import ArticleQuery

store = open_store(sys.argv[1], read_only=sys.argv[2] == "ro", timeout=5.0)
failed = []

def read():
    try:
        for _ in range(60):
            assert store.count_articles(ArticleQuery(text="Minsk")) == 1 and len(store.events()) == 2
    except Exception as err:
        failed.append(repr(err))

threads = [threading.Thread(target=read) for _ in range(24)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("failed:", failed[:3])
"""


@pytest.mark.parametrize("mode", ["ro", "rw"])
def test_sqlite_file_serves_many_threads_at_once(tmp_path, mode):
    # issue 9 #11: 10 concurrent API clients crashed the server (SIGSEGV): the engine's pool, taken for
    # an in-memory one, closed connections other threads were reading through
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "veille.db"
    with open_store(str(path)) as store:
        store.upsert([summit_record()])
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", THREADS_READING, str(path), mode], capture_output=True, text=True,
                         cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "failed: []"
