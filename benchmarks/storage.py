#!/usr/bin/env python3
"""Write rate of pre-analysed records into SQLite and PostgreSQL: records made by generate.py
before the clock starts, then written into a new database, by `upsert` (as `veille ingest` does)
and by loading a Parquet batch (`veille ingest --from-parquet`).

    python benchmarks/storage.py --records 5000
    python benchmarks/storage.py --records 5000 --pg postgresql://veille@127.0.0.1:PORT/veille_test
    python benchmarks/storage.py --records 2000 --breakdown [--pg URL]    # where a write's time goes

PostgreSQL runs in a new schema of that database, dropped afterwards. The rate per CPU-second of the
writing process says what the machine's load hides (the PostgreSQL server's own time is not in it).
`--breakdown` times each part of `upsert` alone: the CPU of the thread doing it (what the database
library spends in this process) and its wall time (which holds the PostgreSQL server's work).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import records  # noqa: E402
from veille.batch import load_parquet  # noqa: E402
from veille.export.parquet import write_records  # noqa: E402
from veille.store import open_store  # noqa: E402

CHUNK = 1000  # records per upsert, as load_parquet writes them


def upsert_rates(url: str, batch: list) -> tuple[float, float]:
    """Records per second of wall time and per second of this process's CPU time."""
    with open_store(url) as store:
        wall, cpu = time.perf_counter(), time.process_time()
        for first in range(0, len(batch), CHUNK):
            store.upsert(batch[first:first + CHUNK])
        return len(batch) / (time.perf_counter() - wall), len(batch) / (time.process_time() - cpu)


def python_share(batch: list) -> float:
    """CPU-seconds per record of making the rows and counts in Python (no database): what the
    store's own code costs, the rest of a write being the driver's and the database's."""
    from veille.store.sql import _prepare

    cpu = time.process_time()
    for first in range(0, len(batch), CHUNK):
        _prepare(batch[first:first + CHUNK], first + 1, "2026-01-01T00:00:00", {})
    return (time.process_time() - cpu) / len(batch)


def breakdown(url: str, batch: list) -> list[tuple[str, float, float]]:
    """(part, CPU µs per record, wall µs per record) of upsert, most costly first: the rows and counts
    made in Python, each table's inserts, the full-text index and the renames."""
    import veille.store.sql as sql
    import veille.store.tally as tally

    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])

    def timed(name: Callable[..., str | None], function: Callable) -> Callable:
        """`function`, its time added to the part `name` gives its arguments (None: not timed, being
        part of another part, like the COPY of counts into a scratch table)."""
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            part = name(*args, **kwargs)
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                if part is not None:
                    spent[part][0] += time.thread_time() - cpu
                    spent[part][1] += time.perf_counter() - wall
        return run

    with open_store(url) as store:
        dialect = store.dialect
        dialect.insert_rows = timed(lambda conn, table, rows, into=None: None if into else f"insert {table.name}",
                                    dialect.insert_rows)
        dialect.add_counts = timed(lambda conn, table, *_, **__: f"counts {table.name}", dialect.add_counts)
        dialect.index_text = timed(lambda *_: "full-text index (SQLite)", dialect.index_text)
        saved = sql._prepare, tally.rename
        sql._prepare = timed(lambda *_: "rows and counts made in Python", sql._prepare)
        tally.rename = timed(lambda *_: "actor names (rename)", tally.rename)
        try:
            for first in range(0, len(batch), CHUNK):
                store.upsert(batch[first:first + CHUNK])
        finally:
            sql._prepare, tally.rename = saved
    parts = [(name, cpu / len(batch) * 1e6, wall / len(batch) * 1e6) for name, (cpu, wall) in spent.items()]
    return sorted((p for p in parts if p[2] >= 0.5), key=lambda part: -part[2])  # 0: a no-op on this database


def parquet_rates(url: str, folder: Path, count: int) -> tuple[float, float]:
    with open_store(url) as store:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in load_parquet(folder, store):
            pass
        return count / (time.perf_counter() - wall), count / (time.process_time() - cpu)


def pg_schema(base: str) -> tuple[str, Callable[[], None]]:
    """A new schema of the PostgreSQL database: its URL and the function that drops it."""
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')

    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema},public')}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--pg", help="a PostgreSQL database URL (a schema is made in it)")
    parser.add_argument("--breakdown", action="store_true", help="time each part of upsert instead")
    args = parser.parse_args()
    batch = list(records(args.records, first=10_000_000))
    events = sum(len(r.events) for r in batch)
    print(f"{len(batch):,} records, {events:,} events")
    if args.breakdown:
        print_breakdown(args, batch)
        return
    print(f"rows and counts made in Python: {python_share(batch) * 1e6:,.0f} µs of CPU per record")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        write_records(batch, [], folder)
        targets = [("sqlite", lambda: (str(Path(tmp) / f"{uuid.uuid4().hex}.db"), lambda: None))]
        if args.pg:
            targets.append(("postgresql", lambda: pg_schema(args.pg)))
        for name, fresh in targets:
            for way, measure in (("upsert", lambda url: upsert_rates(url, batch)),
                                 ("from parquet", lambda url: parquet_rates(url, folder, len(batch)))):
                url, drop = fresh()
                try:
                    wall, cpu = measure(url)
                    print(f"{name:11} {way:13} {wall:8,.0f} records/s ({cpu:,.0f} per CPU-second of this process)")
                finally:
                    drop()


def print_breakdown(args: argparse.Namespace, batch: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("sqlite", (str(Path(tmp) / "parts.db"), lambda: None))]
        if args.pg:
            targets.append(("postgresql", pg_schema(args.pg)))
        for name, (url, drop) in targets:
            try:
                print(f"{name}: µs per record    CPU of its thread    wall")
                for part, cpu, wall in breakdown(url, batch):
                    print(f"  {part:34} {cpu:8,.0f} {wall:10,.0f}")
            finally:
                drop()


if __name__ == "__main__":
    main()
