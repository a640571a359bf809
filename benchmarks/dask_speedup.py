#!/usr/bin/env python3
"""`veille batch`: a Dask LocalCluster of N workers against the local engine in one process, on the
same distinct articles (benchmarks/corpus.py), in one run; the figure is the ratio of the two.

    python benchmarks/dask_speedup.py --articles 120 --workers 2 [--warm-only]

Warm: the local engine's model is loaded and the cluster's workers have loaded theirs (a first
small batch on the same cluster) before the clock starts, so only the analysis and the writing of
the Parquet datasets are timed. Cold: the whole command, model loading and cluster start included.

CPU: on a machine other programs load, wall time says more of the load than of the engines, so the
warm runs are also measured in CPU seconds: the local engine's process, against each worker process
(`Client.run`) and this process (client, scheduler, reading, writing). The CPU-bound speed-up is
what the cluster would reach with a core per worker: the local engine's CPU over the busiest of the
workers' CPU or, when the cluster's processes would share the cores, over their total CPU shared out.

Dask's workers run their numeric libraries on one thread (its nanny sets OMP_NUM_THREADS=1 and the
like); so does this process, unless --blas-threads says otherwise, so that each engine's process
stands for one core. On a machine other programs load, the kernel shares the cores by thread: a
process with more threads gets a larger share, which would say nothing of the engines.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if __name__ == "__main__":  # before numpy is imported: its thread pools are sized when it loads
    threads = sys.argv[sys.argv.index("--blas-threads") + 1] if "--blas-threads" in sys.argv else "1"
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = threads

from distributed import Client, LocalCluster  # noqa: E402

from benchmarks.corpus import distinct_articles  # noqa: E402
from veille.batch import run_batch  # noqa: E402
from veille.nlp.pipeline import load_pipeline  # noqa: E402
from veille.settings import Settings  # noqa: E402


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for raw in distinct_articles(count):
        (folder / f"{raw.name}.txt").write_bytes(raw.data)
    return folder


def seconds(corpus: Path, out: Path, **engine: object) -> float:
    started = time.perf_counter()
    for _ in run_batch([corpus], out, **engine):
        pass
    return time.perf_counter() - started


def cpu_seconds(client: Client) -> dict[str, float]:
    """CPU seconds each worker process has used so far."""
    return client.run(time.process_time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--part-size", type=int, default=8)
    parser.add_argument("--blas-threads", type=int, default=1, help="threads of this process's numeric libraries")
    parser.add_argument("--warm-only", action="store_true", help="skip the cold runs (whole commands)")
    args = parser.parse_args()
    settings = Settings.load()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus", args.articles)
        warmup = write_corpus(root / "warmup", args.workers * 2)
        print(f"{args.articles} articles, parts of {args.part_size}, {args.workers} Dask workers, "
              f"{args.blas_threads} BLAS thread(s) in the local engine's process")

        runs = {}
        if not args.warm_only:
            runs["cold"] = (seconds(corpus, root / "cold-local", engine="local", part_size=args.part_size),
                            seconds(corpus, root / "cold-dask", engine="dask", workers=args.workers,
                                    part_size=args.part_size))
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            seconds(warmup, root / "warm-up", engine="dask", scheduler=cluster.scheduler_address, part_size=1)
            workers_before, parent_before = cpu_seconds(client), time.process_time()
            warm_dask = seconds(corpus, root / "warm-dask", engine="dask", scheduler=cluster.scheduler_address,
                                part_size=args.part_size)
            parent_cpu = time.process_time() - parent_before
            workers_cpu = [cpu - workers_before[w] for w, cpu in cpu_seconds(client).items()]
        load_pipeline(settings.model)
        local_before = time.process_time()
        warm_local = seconds(corpus, root / "warm-local", engine="local", part_size=args.part_size)
        local_cpu = time.process_time() - local_before
    runs["warm"] = (warm_local, warm_dask)
    for name, (local, dask) in sorted(runs.items(), reverse=True):
        print(f"{name}: local {local:6.1f} s ({args.articles / local:4.1f} art./s), dask {dask:6.1f} s "
              f"({args.articles / dask:4.1f} art./s): {local / dask:.2f} x")
    shared = (sum(workers_cpu) + parent_cpu) / len(workers_cpu)
    print(f"CPU (warm): local {local_cpu:.1f} s ({1000 * local_cpu / args.articles:.0f} ms an article); workers "
          f"{' + '.join(f'{cpu:.1f}' for cpu in workers_cpu)} s, this process {parent_cpu:.1f} s: CPU-bound speed-up "
          f"{local_cpu / max(*workers_cpu, shared):.2f} x")


if __name__ == "__main__":
    main()
