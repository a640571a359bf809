#!/usr/bin/env python3
"""Throughput of veille against the bare spaCy model, measured in one run as a ratio.

    python benchmarks/throughput.py [FOLDER] [--repeat N]

Reads every article of FOLDER (default ../shared/eval/dev/texts), extracts it once, then
times (a) fr_core_news_md alone over the clean texts and (b) veille's whole run
(extraction + model + veille's stages + record assembly). Machines here are noisy, so the
ratio b/a is the figure to compare across commits, not the seconds.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from veille.extract import extract
from veille.ingest.files import expand, read_file
from veille.nlp.pipeline import analysed_text, load_pipeline
from veille.run import process_many

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval" / "dev" / "texts")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    raws = [read_file(p) for p in expand([args.folder])] * args.repeat
    texts = [analysed_text(extract(raw))[0] for raw in raws]
    words = sum(len(t.split()) for t in texts)
    bare, veille_nlp = spacy.load("fr_core_news_md"), load_pipeline()
    list(bare.pipe(texts[:2])), list(process_many(raws[:2]))  # warm both up

    start = time.perf_counter()
    list(bare.pipe(texts))
    bare_s = time.perf_counter() - start
    start = time.perf_counter()
    results = list(process_many(raws))
    veille_s = time.perf_counter() - start

    print(f"articles {len(raws)}  words {words}  pipeline {veille_nlp.pipe_names}")
    print(f"spaCy model alone : {bare_s:6.2f} s  {len(texts) / bare_s:6.1f} articles/s  {words / bare_s:8.0f} words/s")
    print(f"veille end to end : {veille_s:6.2f} s  {len(results) / veille_s:6.1f} articles/s  {words / veille_s:8.0f} words/s")
    print(f"ratio veille / model alone: {veille_s / bare_s:.2f}")


if __name__ == "__main__":
    main()
