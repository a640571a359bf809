#!/usr/bin/env python3
"""Time to build the gazetteer (veille.geo) once, as a process does on its first lookup.

    python benchmarks/gazetteer_build.py [--repeat N]

Prints the fastest of N builds, in seconds (about 1.5 s on an idle machine). Kept out of the
test suite: a shared machine makes wall-clock assertions fail for reasons unrelated to the code.
"""
from __future__ import annotations

import argparse
import time

from veille.geo.gazetteer import Gazetteer
from veille.lang import DEFAULT, language_data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    timings = []
    for _ in range(args.repeat):
        began = time.perf_counter()
        gazetteer = Gazetteer(language_data(DEFAULT))
        timings.append(time.perf_counter() - began)
    print(f"gazetteer: {len(gazetteer.exact)} names, built in {min(timings):.2f} s (best of {args.repeat})")


if __name__ == "__main__":
    main()
