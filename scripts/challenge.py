"""Score the challenge suite (tests/challenge/*.yaml) per capability and print a table.

    python scripts/challenge.py [--show] [--only PREFIX] [--json] [--check]

--show lists each failed case with what went wrong; --check exits 1 when a capability
falls below the floor its file pins.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.challenge import load_cases, run_cases, scores  # noqa: E402  (after the path is set)

SUITE = ROOT / "tests" / "challenge"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the failed cases and why")
    parser.add_argument("--only", default="", help="only capabilities starting with this prefix")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 below a pinned floor")
    parser.add_argument("--suite", type=Path, default=SUITE, help="folder of case files")
    args = parser.parse_args(argv)

    cases = [c for c in load_cases(args.suite) if c.capability.startswith(args.only)]
    outcomes = run_cases(cases)
    table = scores(outcomes)
    if args.json:
        rows = {s.capability: {"cases": s.cases, "passed": s.passed, "rate": round(s.rate, 3), "floor": s.floor} for s in table}
        print(json.dumps(rows, indent=1))
    else:
        print_table(table)
    if args.show:
        for o in outcomes:
            if not o.passed:
                text = (o.case.data.get("text") or o.case.data.get("page") or o.case.data.get("html") or "")[:90]
                print(f"\n{o.case.ident}: {' '.join(text.split())}")
                for problem in o.problems:
                    print(f"    {problem}")
    short = [s for s in table if s.rate < s.floor]
    return 1 if args.check and short else 0


def print_table(table) -> None:
    width = max((len(s.capability) for s in table), default=10)
    print(f"{'capability':<{width}}  cases  passed   rate  floor")
    for s in table:
        mark = "  < floor" if s.rate < s.floor else ""
        print(f"{s.capability:<{width}}  {s.cases:5d}  {s.passed:6d}  {s.rate:5.2f}  {s.floor:5.2f}{mark}")
    total = sum(s.cases for s in table)
    passed = sum(s.passed for s in table)
    print(f"{'all':<{width}}  {total:5d}  {passed:6d}  {passed / total if total else 0:5.2f}")


if __name__ == "__main__":
    sys.exit(main())
