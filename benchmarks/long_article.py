#!/usr/bin/env python3
"""How veille's cost grows with an article's length, against the bare model, in one run.

    python benchmarks/long_article.py [--tokens 5000 10000 20000 40000] [--json]

For each length, one article (benchmarks/corpus.py) is analysed by the model alone and by the
model with veille's stages (CPU time; veille's sentence starts, which run inside the model before
its parser, are timed apart and counted as veille's); the cost of each veille stage is shown, and the growth
exponent of veille's own cost fitted over the lengths (1.0 = linear). Goal: at 40,000 tokens,
veille end to end at most 2 x the model alone.
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import long_article  # noqa: E402
from veille.extract import extract  # noqa: E402
from veille.nlp.pipeline import VEILLE_STAGES, load_pipeline, make_doc  # noqa: E402
from veille.settings import Settings  # noqa: E402


def measure(nlp, tokens: int) -> dict[str, float]:
    article = extract(long_article(tokens), Settings.load().language)
    # veille's sentence starts run inside the model, before its parser: timed apart on their own Doc
    tokens_only = make_doc(nlp, article)
    start = time.process_time()
    nlp.get_pipe("veille_paragraphs")(tokens_only)
    paragraphs_s = time.process_time() - start
    with nlp.select_pipes(disable=VEILLE_STAGES):
        start = time.process_time()
        doc = nlp(make_doc(nlp, article))
        model_s = time.process_time() - start - paragraphs_s
    row = {"tokens": len(doc), "model_s": round(model_s, 3), "veille_paragraphs": round(paragraphs_s, 3)}
    for name in VEILLE_STAGES:
        start = time.process_time()
        doc = nlp.get_pipe(name)(doc)
        row[name] = round(time.process_time() - start, 3)
    row["veille_s"] = round(sum(row[name] for name in ["veille_paragraphs", *VEILLE_STAGES]), 3)
    row["ratio_to_model"] = round((model_s + row["veille_s"]) / model_s, 2)
    return row


def exponent(rows: list[dict[str, float]], key: str) -> float | None:
    """The slope of log(cost) over log(length) between the shortest and the longest article."""
    first, last = rows[0], rows[-1]
    if first[key] <= 0 or last[key] <= 0 or first["tokens"] == last["tokens"]:
        return None
    return round(math.log(last[key] / first[key]) / math.log(last["tokens"] / first["tokens"]), 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, nargs="+", default=[5000, 10000, 20000, 40000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline()
    measure(nlp, 300)  # load the gazetteer and the lexicons outside the measures
    rows = [measure(nlp, n) for n in args.tokens]
    result = {"rows": rows, "exponents": {k: exponent(rows, k) for k in ["model_s", "veille_s", "veille_paragraphs", *VEILLE_STAGES]},
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if not args.json:
        for row in rows:
            stages = "  ".join(f"{name.removeprefix('veille_')} {row[name]:.2f}" for name in ["veille_paragraphs", *VEILLE_STAGES])
            print(f"{row['tokens']:6d} tokens: model {row['model_s']:6.2f} s, veille {row['veille_s']:6.2f} s "
                  f"({stages}); end to end {row['ratio_to_model']} x the model")
        print("growth exponents (1.0 = linear):", result["exponents"])
        print(f"peak memory of this process: {result['peak_rss_mb']} MB")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
