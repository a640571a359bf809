#!/usr/bin/env python3
"""trafilatura runs per HTML page, and extraction's CPU time.

    python benchmarks/trafilatura_runs.py

Every page veille has at hand (the dev set, the samples, tests/data, the challenge cases) is
extracted; each call to trafilatura.bare_extraction is counted. One run per page is the aim:
the balanced run gives the body and the page's metadata, and the lines above the body that it
leaves out are read from the page's elements. Times are the CPU seconds of the best of three
passes, after a warm-up. Exits 1 when a page costs more than one run.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.extract import extract  # noqa: E402
from veille.ingest import read_inputs  # noqa: E402
from veille.model.article import RawArticle  # noqa: E402
from veille.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dev" / "texts", ROOT / "veille" / "samples", ROOT / "tests" / "data"]
PASSES = 3


def pages() -> list[RawArticle]:
    raws = [r for r in read_inputs([p for p in SOURCES if p.exists()]) if isinstance(r, RawArticle)]
    for path in sorted((ROOT / "tests" / "challenge").glob("*.yaml")):
        for i, case in enumerate((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", [])):
            if "html" in case:
                raws.append(RawArticle(name=f"{path.stem}#{i}", data=case["html"].encode(), kind="html",
                                       source=f"{path.stem}#{i}"))
    return [r for r in raws if r.kind == "html" or r.source.endswith((".html", ".htm"))]


def run(raws: list[RawArticle], language: str) -> tuple[Counter[str], float]:
    """trafilatura runs per page and the CPU seconds of one pass over the pages."""
    bare_extraction = trafilatura.bare_extraction
    runs: Counter[str] = Counter()
    current = [""]

    def counted(*args: object, **kwargs: object) -> object:
        runs[current[0]] += 1
        return bare_extraction(*args, **kwargs)

    trafilatura.bare_extraction = counted
    start = time.process_time()
    try:
        for raw in raws:
            current[0] = raw.source
            try:
                extract(raw, language)
            except Exception:  # a page that cannot be read still counts its runs
                pass
    finally:
        trafilatura.bare_extraction = bare_extraction
    return runs, time.process_time() - start


def main() -> int:
    language = Settings.load().language
    raws = pages()
    run(raws, language)  # warm-up: lazy imports and caches
    passes = [run(raws, language) for _ in range(PASSES)]
    runs, seconds = passes[0][0], min(s for _, s in passes)
    twice = sum(1 for n in runs.values() if n > 1)
    print(f"{len(raws)} HTML pages: trafilatura runs {sum(runs.values())}, pages run more than once {twice}; "
          f"extraction CPU {seconds:.2f} s")
    return 1 if twice else 0


if __name__ == "__main__":
    sys.exit(main())
