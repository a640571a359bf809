#!/usr/bin/env python3
"""Throughput of veille against the bare spaCy model, measured in one run as a ratio.

    python benchmarks/throughput.py [--articles 300] [--repeat 3] [--workers 2] [--json]

Both sides read the same distinct articles (benchmarks/corpus.py: no repeated copies). The model
is loaded once and its load excluded: the bare side is veille's own pipeline with veille's
stages switched off. Each side is timed in CPU time, the two alternated over --repeat rounds;
veille's side includes reading the articles from .txt files, cleaning (extraction), analysing and
storing into SQLite; the bare side reads the analysed texts from memory. With
--workers N, veille also runs on N worker processes, against one process, in wall time beyond the
first batches (each worker loads the model: that start-up is not the rate).
The last line printed is one JSON object with the figures.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import distinct_articles  # noqa: E402
from veille.extract import extract  # noqa: E402
from veille.ingest import read_inputs  # noqa: E402
from veille.nlp.pipeline import VEILLE_STAGES, analysed_text, load_pipeline, make_doc  # noqa: E402
from veille.run import process_many  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.store import open_store  # noqa: E402
from veille.usecases.ingest import store_results  # noqa: E402

# Worker runs are measured beyond the first batches of each worker (see wall_rate).
STARTUP_BATCHES = 2


def bare_seconds(nlp, texts: list[str]) -> float:
    """CPU seconds of the model's own components alone over the texts."""
    with nlp.select_pipes(disable=[*VEILLE_STAGES, "veille_paragraphs"]):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.process_time() - start


def write_articles(raws, folder: Path, name: str = "articles") -> Path:
    """The articles as the .txt files veille reads (written once, outside the measures)."""
    articles = folder / name
    articles.mkdir()
    for raw in raws:
        (articles / f"{raw.name}.txt").write_bytes(raw.data)
    return articles


def veille_seconds(articles: Path, settings: Settings, folder: Path) -> float:
    """CPU seconds (or wall seconds with workers) of veille end to end: read, extract, analyse, store."""
    clock = time.process_time if settings.n_process == 1 else time.perf_counter
    with open_store(str(folder / f"bench-{time.monotonic_ns()}.db")) as store:
        start = clock()
        for _ in store_results(process_many(read_inputs([articles]), settings), store):
            pass
        return clock() - start


def wall_rate(articles: Path, first: Path, extra: int, settings: Settings, folder: Path) -> float:
    """Articles per second of wall time beyond the first few: a run on those few is subtracted,
    which takes out the start-up (each worker process loading the model) and leaves the rate."""
    seconds = time_wall(articles, settings, folder) - time_wall(first, settings, folder)
    return extra / seconds


def time_wall(articles: Path, settings: Settings, folder: Path) -> float:
    start = time.perf_counter()
    veille_seconds(articles, settings, folder)
    return time.perf_counter() - start


def stage_costs(nlp, raws) -> dict[str, float]:
    """Milliseconds per article of extraction and of each veille stage (model components run first)."""
    start = time.process_time()
    articles = [extract(raw, Settings.load().language) for raw in raws]
    costs = {"extract": time.process_time() - start}
    docs = []
    with nlp.select_pipes(disable=VEILLE_STAGES):
        for article in articles:
            docs.append(nlp(make_doc(nlp, article)))
    for name in VEILLE_STAGES:
        component = nlp.get_pipe(name)
        start = time.process_time()
        docs = [component(doc) for doc in docs]
        costs[name] = time.process_time() - start
    return {name: round(1000 * seconds / len(raws), 2) for name, seconds in costs.items()}


def peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="only the JSON line")
    args = parser.parse_args()

    single = Settings.load(n_process=1)
    raws = distinct_articles(args.articles)
    texts = [analysed_text(extract(raw, single.language))[0] for raw in raws]
    nlp = load_pipeline(model=single.model, language=single.language)
    bare_runs: list[float] = []
    veille_runs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = write_articles(raws, folder)
        list(nlp.pipe(texts[:4]))  # warm caches of both sides alike
        for round_number in range(args.repeat):
            order = [("bare", bare_seconds), ("veille", None)]
            for side, _ in order if round_number % 2 == 0 else reversed(order):
                if side == "bare":
                    bare_runs.append(bare_seconds(nlp, texts))
                else:
                    veille_runs.append(veille_seconds(articles, single, folder))
        costs = stage_costs(nlp, raws[: min(len(raws), 100)])
        worker_rate = None
        if args.workers > 1:
            few = STARTUP_BATCHES * 16 * args.workers
            first = write_articles(raws[:few], folder, "first")
            worker_rate = wall_rate(articles, first, len(raws) - few, Settings.load(n_process=args.workers), folder)
            one_rate = wall_rate(articles, first, len(raws) - few, single, folder)
    bare_s, veille_s = statistics.median(bare_runs), statistics.median(veille_runs)
    result = {
        "articles": len(raws), "words": sum(len(t.split()) for t in texts), "repeat": args.repeat,
        "spacy_articles_per_s": round(len(raws) / bare_s, 2), "veille_articles_per_s": round(len(raws) / veille_s, 2),
        "ratio": round(bare_s / veille_s, 3), "veille_ms_per_article": costs,
        "spacy_ms_per_article": round(1000 * bare_s / len(raws), 2), "workers": args.workers,
        "peak_rss_mb": peak_mb(resource.RUSAGE_SELF),
    }
    if worker_rate is not None:
        result.update(workers_articles_per_s=round(worker_rate, 2), one_process_wall_articles_per_s=round(one_rate, 2),
                      workers_speedup=round(worker_rate / one_rate, 2), worker_peak_rss_mb=peak_mb(resource.RUSAGE_CHILDREN))
    if not args.json:
        print(f"{len(raws)} distinct articles, {result['words']} words, {args.repeat} alternated rounds (CPU time)")
        print(f"spaCy model alone : {result['spacy_articles_per_s']:7.2f} articles/s")
        print(f"veille end to end : {result['veille_articles_per_s']:7.2f} articles/s  (ratio {result['ratio']}: 1.0 = no overhead)")
        print(f"veille's own cost, ms per article: {costs}  (spaCy: {result['spacy_ms_per_article']})")
        if worker_rate is not None:
            print(f"{args.workers} workers: {worker_rate:.2f} articles/s wall, {result['workers_speedup']} x one process")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
