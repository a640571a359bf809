#!/usr/bin/env python3
"""What the explorer's pages cost beside the JSON of the same data, as ratios measured in one run.

    python benchmarks/generate.py --articles 5000 --db bench.db
    python benchmarks/explorer_pages.py --db bench.db [--repeat 5]

Each line is a page (or a variant of a query) and the request it is compared with, over the same
app and store: the page adds the interface (its language, words, dates in words, actor names and
the SVG chart) to what the API answers. Best of N requests each, in milliseconds, and their ratio.
Kept out of the test suite: a shared machine makes wall-clock assertions fail for other reasons.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient  # noqa: E402

from veille.app import create_app  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.store import open_store  # noqa: E402


def best_ms(client: TestClient, url: str, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        began = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - began)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code} {response.text[:200]}")
    return 1000 * min(timings)


def pairs(client: TestClient) -> list[tuple[str, str]]:
    article = client.get("/api/articles?limit=1").json()["items"][0]["id"]
    place = client.get("/api/events?actor=RUS&limit=1").json()["items"][0]["place"] or "Kyiv"
    return [
        ("/events", "/api/events"),
        ("/actors/RUS", "/api/actors/RUS"),
        ("/dyads/RUS-UKR", "/api/dyads/RUS-UKR"),
        ("/dyads/RUS-UKR?period=week", "/api/dyads/RUS-UKR?period=week"),
        (f"/articles/{article}", f"/api/articles/{article}"),
        ("/map", "/api/places"),
        ("/api/dyads/Russie-Ukraine", "/api/dyads/RUS-UKR"),  # names resolved to keys
        (f"/api/events?actor=RUS&place={place}", "/api/events?actor=RUS"),  # the place filter
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with open_store(args.db, read_only=True) as store:
        client = TestClient(create_app(Settings(db=store.url), store=store), base_url="http://127.0.0.1")
        print(f"{'request':48} {'ms':>8}   {'compared with':40} {'ms':>8}  ratio")
        for measured, baseline in pairs(client):
            a, b = best_ms(client, measured, args.repeat), best_ms(client, baseline, args.repeat)
            print(f"{measured:48} {a:8.1f}   {baseline:40} {b:8.1f}  {a / b:5.2f}")


if __name__ == "__main__":
    main()
