"""The two databases every store, API, web and CLI test runs on: SQLite and PostgreSQL.

Import `backend` and `db_url` into a conftest. A PostgreSQL test gets a schema of its own in
the test cluster (`make postgres` starts it; its URL is in build/pg/url or VEILLE_TEST_PG),
dropped afterwards. Without a cluster the PostgreSQL cases are skipped, unless
VEILLE_REQUIRE_PG=1 (as `make test` sets), when they fail.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ("sqlite", "postgresql")


@lru_cache(maxsize=1)
def postgres_url() -> str | None:
    """The test cluster's URL when it answers, else None."""
    url = os.environ.get("VEILLE_TEST_PG") or _read(ROOT / "build" / "pg" / "url")
    if not url:
        return None
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error:
        return None
    return url


def _read(path: Path) -> str | None:
    return path.read_text().strip() if path.exists() else None


def require_postgres() -> str:
    """The cluster's URL, or skip (fail under VEILLE_REQUIRE_PG=1)."""
    url = postgres_url()
    if url is None:
        message = "no PostgreSQL test cluster (run `make postgres`)"
        if os.environ.get("VEILLE_REQUIRE_PG") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return url


def schema_url(base: str, schema: str) -> str:
    """The URL of one schema of the cluster's database (its search path), as any process can open it."""
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema},public')}"


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def new_postgres_url() -> tuple[str, Callable[[], None]]:
    """A fresh, empty schema: its URL and the function that drops it."""
    base = require_postgres()
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return schema_url(base, schema), lambda: drop_schema(base, schema)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """sqlite or postgresql: the test runs once on each."""
    return request.param


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A new, empty database of the backend: a SQLite file or a PostgreSQL schema."""
    if backend == "sqlite":
        yield str(tmp_path / "veille.db")
        return
    url, drop = new_postgres_url()
    try:
        yield url
    finally:
        drop()


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Like db_url, shared by a module's tests (for read-only tests over one filled database)."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("db") / "veille.db")
        return
    url, drop = new_postgres_url()
    try:
        yield url
    finally:
        drop()
