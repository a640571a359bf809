#!/usr/bin/env python3
"""Load test of `veille serve`: requests/s, p50 and p99 per route at 1, 10 and 50 concurrent clients.

    python benchmarks/load.py [--db build/load/dev.db] [--clients 1,10,50] [--requests 200]
                              [--workers 2] [--cache-mb MB] [--level-seconds 60] [--json]

The server is started on the loopback interface only (127.0.0.1, a free port) over a database of
the shared development set (ingested into --db first when it does not exist). Each route (search,
article, actor, dyad) gets --requests requests at each level of concurrency, cycling over the
articles, actors and dyads the database holds; a level stops early after --level-seconds, so the
run is bounded in count and in time. An error is any answer other than 200, or no answer. Then the
pathological search of issue 9 (3,000 prefix terms) is sent once and timed. The client runs on the
same machine: the latencies are those of the pair, not of the server alone, and they follow the
machine's load (printed, as the load average, before and after). What the server itself spends is
measured apart: its processes' CPU time per request (`cpu ms`, and the client's), which other work on the machine
barely changes, so two versions compare by it even on a busy machine. `--cache-mb 0` serves every
request from the database (no answer kept between ingests). The last line printed is one JSON
object with the figures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
DEV_TEXTS = ROOT.parent / "shared" / "eval" / "dev" / "texts"
LOOPBACK = "127.0.0.1"
SEARCH_TERMS = ("Russie", "Ukraine", "guerre", "negociations", "accord", "president", "ukrain*", "\"armée russe\"",
                "sanctions OR aide", "manifestation")
PATHOLOGICAL = "e* " * 3000
START_SECONDS = 60
REQUEST_SECONDS = 30


@dataclass
class Cell:
    """The figures of one route at one level of concurrency."""

    route: str
    clients: int
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float  # CPU time of the server's processes per request
    client_cpu_ms: float  # CPU time of this load generator per request
    error_kinds: dict[str, int]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=ROOT / "build" / "load" / "dev.db")
    parser.add_argument("--clients", default="1,10,50", help="levels of concurrency, comma-separated")
    parser.add_argument("--requests", type=int, default=200, help="requests per route and level")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--cache-mb", type=float, default=None, help="the server's --cache-mb (0: no cache)")
    parser.add_argument("--level-seconds", type=float, default=60.0, help="time cap of one route at one level")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args()
    if not args.db.exists():
        ingest_dev_set(args.db)
    port = free_port()
    load_before = os.getloadavg()[0]
    server = start_server(args.db, port, args.workers, args.cache_mb)
    try:
        base = f"http://{LOOPBACK}:{port}"
        wait_until_up(base, server)
        cells, pathological = asyncio.run(measure(base, psutil.Process(server.pid),
                                                  [int(c) for c in args.clients.split(",")],
                                                  args.requests, args.level_seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    load = {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)}
    if not args.json:
        print_table(cells, pathological, load)
    print(json.dumps({"db": str(args.db), "server_workers": args.workers, "cache_mb": args.cache_mb,
                      "load_average": load, "cells": [asdict(c) for c in cells], "pathological_search": pathological}))


def ingest_dev_set(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "veille", "ingest", str(DEV_TEXTS), "--db", str(db)], check=True,
                   env=_env(), stdout=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int, workers: int, cache_mb: float | None) -> subprocess.Popen:
    command = [sys.executable, "-m", "veille", "serve", "--db", str(db), "--host", LOOPBACK, "--port", str(port),
               "--workers", str(workers)] + (["--cache-mb", str(cache_mb)] if cache_mb is not None else [])
    log = open(os.environ.get("VEILLE_LOAD_LOG", os.devnull), "w")  # the server's own log, to look into errors
    return subprocess.Popen(command, env=_env(), stdout=log, stderr=subprocess.STDOUT)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit {server.returncode})")
        try:
            if httpx.get(f"{base}/api/articles?limit=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not answer in time")


async def measure(base: str, server: psutil.Process, levels: list[int], count: int,
                  level_seconds: float) -> tuple[list[Cell], dict]:
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_SECONDS,
                                 limits=httpx.Limits(max_connections=max(levels))) as client:
        routes = await route_paths(client)
        cells = [await load(client, server, name, paths, clients, count, level_seconds)
                 for clients in levels for name, paths in routes.items()]
        start = time.perf_counter()
        answer = await client.get("/api/articles", params={"q": PATHOLOGICAL})
        pathological = {"status": answer.status_code, "seconds": round(time.perf_counter() - start, 3)}
    return cells, pathological


async def route_paths(client: httpx.AsyncClient) -> dict[str, list[str]]:
    """Paths to ask for each route, from what the database holds."""
    articles = (await client.get("/api/articles", params={"limit": 100})).json()["items"]
    actors = (await client.get("/api/actors", params={"limit": 500})).json()["items"]
    events = (await client.get("/api/events", params={"limit": 500})).json()["items"]
    busiest = sorted(actors, key=lambda a: -a["events"])[:50]
    pairs = {f"{e['source'][0]['key']}-{e['target'][0]['key']}" for e in events
             if e["source"] and e["target"] and e["source"][0]["key"] and e["target"][0]["key"]}
    return {
        "search": [f"/api/articles?q={httpx.QueryParams({'q': t})['q']}" for t in SEARCH_TERMS],
        "article": [f"/api/articles/{a['id']}" for a in articles],
        "actor": [f"/api/actors/{a['key']}" for a in busiest],
        "dyad": [f"/api/dyads/{pair}" for pair in sorted(pairs)[:50]],
    }


def server_cpu(server: psutil.Process) -> float:
    """CPU seconds spent so far by the server and its worker processes."""
    seconds = 0.0
    for process in [server, *server.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        seconds += times.user + times.system
    return seconds


async def load(client: httpx.AsyncClient, server: psutil.Process, route: str, paths: list[str], clients: int,
               count: int, level_seconds: float) -> Cell:
    """`count` requests over `paths` from `clients` concurrent clients (fewer if the time cap is met)."""
    latencies: list[float] = []
    kinds: dict[str, int] = {}
    queue: asyncio.Queue[str] = asyncio.Queue()
    for number in range(count):
        queue.put_nowait(paths[number % len(paths)])
    deadline = time.perf_counter() + level_seconds

    async def one_client() -> None:
        while not queue.empty() and time.perf_counter() < deadline:
            path = queue.get_nowait()
            start = time.perf_counter()
            try:
                status = (await client.get(path)).status_code
                kind = None if status == 200 else f"HTTP {status}"
            except httpx.HTTPError as err:
                kind = type(err).__name__
            latencies.append(time.perf_counter() - start)
            if kind:
                kinds[kind] = kinds.get(kind, 0) + 1

    start, cpu, own = time.perf_counter(), server_cpu(server), time.process_time()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed, cpu, own = time.perf_counter() - start, server_cpu(server) - cpu, time.process_time() - own
    ordered = sorted(latencies)
    return Cell(route, clients, len(ordered), sum(kinds.values()), round(len(ordered) / elapsed, 1),
                round(statistics.median(ordered) * 1000, 1), round(_percentile(ordered, 0.99) * 1000, 1),
                round(cpu * 1000 / len(ordered), 2), round(own * 1000 / len(ordered), 2), kinds)


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def print_table(cells: list[Cell], pathological: dict, load: dict) -> None:
    print(f"{'route':8} {'clients':>7} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'cpu ms':>7} {'client':>7}")
    for c in cells:
        kinds = ", ".join(f"{n} {kind}" for kind, n in c.error_kinds.items())
        print(f"{c.route:8} {c.clients:7} {c.requests:8} {c.errors:6} {c.per_second:8} {c.p50_ms:8} {c.p99_ms:8} "
              f"{c.cpu_ms:7} {c.client_cpu_ms:7}  {kinds}")
    print(f"pathological search (3,000 prefix terms): HTTP {pathological['status']} in {pathological['seconds']} s")
    print(f"load average: {load['before']} before, {load['after']} after")


if __name__ == "__main__":
    main()
