#!/usr/bin/env python3
"""Where veille's own time goes: cProfile over its stages (and extraction, record building) on
distinct articles, the model's own components run first and left out of the profile.

    python benchmarks/profile_stages.py [--articles 200] [--top 25] [--sort tottime|cumtime] [--out FILE] [--plain]

Prints each stage's CPU milliseconds per article, then the profile's top functions.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import distinct_articles  # noqa: E402
from veille.extract import extract  # noqa: E402
from veille.nlp.pipeline import VEILLE_STAGES, load_pipeline, make_doc  # noqa: E402
from veille.records import build_record  # noqa: E402
from veille.settings import Settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--out", help="write the raw profile here (for pstats or snakeviz)")
    parser.add_argument("--plain", action="store_true", help="only the stages' CPU times, not profiled")
    args = parser.parse_args()
    language = Settings.load().language
    nlp = load_pipeline()
    raws = distinct_articles(args.articles)
    list(nlp.pipe([make_doc(nlp, extract(raw, language)) for raw in raws[:4]]))  # lexicons, gazetteer
    profile = cProfile.Profile()
    costs: dict[str, float] = {}

    def timed(name: str, work):  # noqa: ANN001, ANN202
        start = time.process_time()
        if not args.plain:
            profile.enable()
        result = work()
        profile.disable()
        costs[name] = costs.get(name, 0.0) + time.process_time() - start
        return result

    articles = timed("extract", lambda: [extract(raw, language) for raw in raws])
    with nlp.select_pipes(disable=VEILLE_STAGES):
        docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=16))
    for name in VEILLE_STAGES:
        component = nlp.get_pipe(name)
        docs = timed(name, lambda: [component(doc) for doc in docs])  # noqa: B023
    timed("record", lambda: [build_record(doc) for doc in docs])
    print("ms per article" + ("" if args.plain else " (profiled)") + ":", {k: round(1000 * v / len(raws), 2) for k, v in costs.items()})
    if args.plain:
        return 0
    if args.out:
        profile.dump_stats(args.out)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
