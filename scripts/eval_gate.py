#!/usr/bin/env python3
"""Re-score the shared dev set and fail below the pinned floors (scripts/eval_floors.json).

    python scripts/eval_gate.py [--shared ../shared] [--show] [--pin-corpus]

--pin-corpus records the dev set's hash in the floors file (do it when the corpus changes).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from veille.evaluate import corpus_hash, score, shortfalls, write_records

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "scripts" / "eval_floors.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print the scorer's misses too")
    parser.add_argument("--pin-corpus", action="store_true", help="store the dev set's hash in the floors file")
    args = parser.parse_args()
    dev, scorer = args.shared / "eval" / "dev", args.shared / "eval" / "score.py"
    limits = json.loads(FLOORS.read_text(encoding="utf-8"))
    digest = corpus_hash(dev)
    if args.pin_corpus:
        limits["corpus_sha256"] = digest
        FLOORS.write_text(json.dumps(limits, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    elif limits.get("corpus_sha256") not in (None, digest):
        print(f"the dev set changed since the floors were pinned ({digest[:12]}): re-check and --pin-corpus")
    with tempfile.TemporaryDirectory() as out:
        failures = write_records(dev / "texts", Path(out))
        report = score(scorer, dev / "gold", Path(out))
    for failure in failures:
        print(f"failed: {failure.message}")
    print(json.dumps({k: v for k, v in report.items() if k != "missing_predictions"}, indent=1))
    missing = shortfalls(report, limits)
    for item in missing:
        print(f"SHORT {item}")
    return 1 if missing or failures else 0


if __name__ == "__main__":
    sys.exit(main())
