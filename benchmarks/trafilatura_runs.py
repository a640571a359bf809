#!/usr/bin/env python3
"""trafilatura runs per HTML page, and extraction's CPU time, with the recall run guarded or always.

    python benchmarks/trafilatura_runs.py

Every page veille has at hand (the dev set, the samples, tests/data, the challenge cases) is
extracted twice per round: once with the recall run asked for every page (as before), once only
where text above the body could hold a standfirst (veille.extract.html._text_above); the Articles
must be the same. Rounds alternate the order; times are CPU seconds of one run.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import veille.extract.html as html  # noqa: E402
from veille.extract import extract  # noqa: E402
from veille.ingest import read_inputs  # noqa: E402
from veille.model.article import RawArticle  # noqa: E402
from veille.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dev" / "texts", ROOT / "veille" / "samples", ROOT / "tests" / "data"]


def pages() -> list[RawArticle]:
    raws = [r for r in read_inputs([p for p in SOURCES if p.exists()]) if isinstance(r, RawArticle)]
    for path in sorted((ROOT / "tests" / "challenge").glob("*.yaml")):
        for i, case in enumerate((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", [])):
            if "html" in case:
                raws.append(RawArticle(name=f"{path.stem}#{i}", data=case["html"].encode(), kind="html",
                                       source=f"{path.stem}#{i}"))
    return [r for r in raws if r.kind == "html" or r.source.endswith((".html", ".htm"))]


def run(raws: list[RawArticle], guarded: bool, language: str) -> tuple[dict[str, object], int, float]:
    """The Articles (or errors), the trafilatura runs and the CPU seconds of one pass."""
    guard, main_text = html._text_above, html._main_text
    runs = [0]

    def counted(*args: object, **kwargs: object) -> object:
        runs[0] += 1
        return main_text(*args, **kwargs)

    html._main_text = counted
    if not guarded:
        html._text_above = lambda tree, line: True
    out: dict[str, object] = {}
    start = time.process_time()
    try:
        for raw in raws:
            try:
                out[raw.source] = extract(raw, language)
            except Exception as err:  # the same failure both ways is the same result
                out[raw.source] = repr(err)
    finally:
        html._text_above, html._main_text = guard, main_text
    return out, runs[0], time.process_time() - start


def main() -> int:
    language = Settings.load().language
    raws = pages()
    run(raws, True, language)  # warm-up: lazy imports and caches
    results: dict[bool, list[float]] = {True: [], False: []}
    for order in ((False, True), (True, False)):
        for guarded in order:
            out, runs, seconds = run(raws, guarded, language)
            results[guarded].append(seconds)
            if guarded:
                guarded_out, guarded_runs = out, runs
            else:
                always_out, always_runs = out, runs
    same = [k for k in always_out if always_out[k] != guarded_out[k]]
    always, guarded_s = min(results[False]), min(results[True])
    print(f"{len(raws)} HTML pages: trafilatura runs {always_runs} -> {guarded_runs}; extraction CPU "
          f"{always:.2f} s -> {guarded_s:.2f} s (ratio {guarded_s / always:.2f}); pages read differently: {len(same)}")
    return 1 if same else 0


if __name__ == "__main__":
    sys.exit(main())
