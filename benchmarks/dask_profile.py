#!/usr/bin/env python3
"""What a `veille batch --engine dask` run spends, seen with Dask's own tools: the task stream
(how busy each worker was) and the workers' statistical profile (`Client.profile`).

    python benchmarks/dask_profile.py [--articles 200] [--workers 2] [--part-size 8] [--top 15]

The cluster is warmed up first (the plugin has loaded the model in each worker), then one batch
is run on it. Printed: wall time; for each worker the seconds its tasks computed and that share
of the wall time (1.0 = never idle); the mean task; the parent's CPU time (the client, the
scheduler, reading the inputs and writing the Parquet parts all run in this process); the
functions the workers' profiler most often found running (its own samples, children excluded).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if __name__ == "__main__":  # before numpy loads, as in the workers (the nanny sets these)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"

from distributed import Client, LocalCluster  # noqa: E402

from benchmarks.dask_speedup import seconds, write_corpus  # noqa: E402


def busy_seconds(tasks: list[dict]) -> dict[str, float]:
    """Seconds each worker spent computing tasks (the task stream's compute spans)."""
    busy: dict[str, float] = defaultdict(float)
    for task in tasks:
        for span in task["startstops"]:
            if span["action"] == "compute":
                busy[task["worker"]] += span["stop"] - span["start"]
    return dict(busy)


def own_samples(node: dict, found: dict[str, int] | None = None) -> dict[str, int]:
    """Samples of each function of a Dask profile tree in which it was the innermost frame."""
    found = {} if found is None else found
    children = node.get("children", {}).values()
    own = node["count"] - sum(child["count"] for child in children)
    if own > 0 and "description" in node:
        where = node["description"]
        name = f"{where['filename'].rsplit('site-packages/', 1)[-1]}:{where['line_number']}({where['name']})"
        found[name] = found.get(name, 0) + own
    for child in children:
        own_samples(child, found)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--part-size", type=int, default=8)
    parser.add_argument("--top", type=int, default=15, help="how many of the profile's functions to show")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus", args.articles)
        warmup = write_corpus(root / "warmup", args.workers * 2)
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            address = cluster.scheduler_address
            seconds(warmup, root / "warm-up", engine="dask", scheduler=address, part_size=1)
            client.get_task_stream()  # start the stream after the warm-up
            started, cpu = time.time(), time.process_time()
            wall = seconds(corpus, root / "out", engine="dask", scheduler=address, part_size=args.part_size)
            cpu = time.process_time() - cpu
            tasks = [t for t in client.get_task_stream() if "analyse_part" in str(t["key"])]
            profile = client.profile(start=started)
    busy = busy_seconds(tasks)
    print(f"{args.articles} articles in parts of {args.part_size} on {args.workers} workers: {wall:.1f} s wall, "
          f"{args.articles / wall:.2f} articles/s; parent CPU {cpu:.1f} s")
    for worker, spent in sorted(busy.items()):
        print(f"  {worker}: tasks computed {spent:.1f} s, busy {spent / wall:.2f} of the run")
    if tasks:
        print(f"  {len(tasks)} tasks, {sum(busy.values()) / len(tasks):.2f} s each on average")
    samples = own_samples(profile)
    total = max(1, sum(samples.values()))
    for name, count in sorted(samples.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {100 * count / total:5.1f} %  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
