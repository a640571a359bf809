#!/usr/bin/env python3
"""Query latencies of the API on a generated database, with the plan of every SQL statement each
request runs (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), to show the indexes used.

    python benchmarks/generate.py --articles 100000 --db build/bench/events.db     # ~1,000,000 events
    python benchmarks/queries.py --db build/bench/events.db
    python benchmarks/queries.py --db postgresql://veille@127.0.0.1:PORT/veille_bench

Each request is sent once to warm the database's caches, then `--runs` times through the app (FastAPI's
test client, no network, the server's answer cache off: every request reaches the database); the
median and the slowest are printed, in milliseconds.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import event  # noqa: E402

from veille.app import create_app  # noqa: E402
from veille.serving.guard import ServerOptions  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.store import SqlStore, open_store  # noqa: E402

REQUESTS = [
    ("actor page", "/api/actors/RUS"),
    ("dyad timeline", "/api/dyads/RUS-UKR"),
    ("events by type and date", "/api/events?type=PROTEST&since=2023-01-01&until=2023-03-31"),
    ("events of an actor", "/api/events?actor=RUS"),
    ("events at a place", "/api/events?place=ville%2012"),
    ("status, type and date", "/api/events?type=PROTEST&status=planned&since=2023-01-01&until=2023-03-31"),
    ("status and date", "/api/events?status=negated&since=2024-06-01&until=2024-06-30"),
]


def statements_of(client: TestClient, store: SqlStore, path: str) -> list[tuple[str, object]]:
    """The SQL statements (with their parameters) one request runs."""
    seen: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        client.get(path)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    return [s for s in seen if s[0].lstrip().upper().startswith(("SELECT", "WITH"))]


def plan(store: SqlStore, statement: str, parameters: object) -> list[str]:
    prefix = "EXPLAIN " if store.engine.dialect.name == "postgresql" else "EXPLAIN QUERY PLAN "
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).fetchall()
    return [str(row[-1]) for row in rows]


def timed(client: TestClient, path: str, runs: int) -> list[float]:
    client.get(path)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        answer.raise_for_status()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a database made by benchmarks/generate.py")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--plans", action="store_true", help="print every statement's plan")
    args = parser.parse_args()
    with open_store(args.db, read_only=True, timeout=60) as store:
        articles, events = store.count_articles(), store.count_events()
        print(f"{store.engine.dialect.name}: {articles:,} articles, {events:,} events")
        options = ServerOptions(allowed_hosts=("testserver",), query_timeout=60, cache_mb=0)  # no answer cache
        app = create_app(Settings.load(db=args.db), store, options)
        with TestClient(app) as client:
            for label, path in REQUESTS:
                times = timed(client, path, args.runs)
                print(f"{label:26} {path:62} median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms")
                if args.plans:
                    for statement, parameters in statements_of(client, store, path):
                        print("    " + " ".join(statement.split())[:160])
                        for line in plan(store, statement, parameters):
                            print("      | " + line)


if __name__ == "__main__":
    main()
