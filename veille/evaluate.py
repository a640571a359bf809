"""Score veille on an annotated set with the shared scorer, and check pinned floors.

The scorer (../shared/eval/score.py) is run as a separate program on the records that
veille writes, exactly as a user would run it; this module only prepares and reads.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .export.record_json import write_record
from .ingest import read_inputs
from .model.failure import Failure
from .model.record import Record
from .run import process_many
from .settings import Settings


@dataclass(frozen=True)
class Shortfall:
    """One figure on the wrong side of its pinned limit."""

    group: str
    metric: str
    value: float
    limit: float
    kind: str  # "floor" or "ceiling"

    def __str__(self) -> str:
        sign = "<" if self.kind == "floor" else ">"
        return f"{self.group}: {self.metric} {self.value:.3f} {sign} {self.limit}"


def write_records(texts: Path, out: Path, settings: Settings | None = None) -> list[Failure]:
    """Analyse every article of `texts` into `out/<name>.json`; return the failures."""
    failures = []
    for result in process_many(read_inputs([texts]), settings):
        if isinstance(result, Failure):
            failures.append(result)
        elif isinstance(result, Record):
            write_record(result, out)
    return failures


def score(scorer: Path, gold: Path, out: Path) -> dict:
    """The scorer's JSON report for the records in `out`."""
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(out), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def metric(report: dict, path: str) -> float:
    """A figure of the report by dotted path; an `{acc: ...}` node gives its acc, a null figure (no
    case to count) is 0. A path the report does not hold raises ConfigError: a misspelt floor in
    eval_floors.json must not pass as a figure of 0 that meets a ceiling."""
    node: Any = report
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise ConfigError("V501", name=f"metric {path}", reason=f"the scorer's report has no {part!r} there")
        node = node[part]
    if isinstance(node, dict):
        node = node.get("acc")
    return float(node or 0.0)


def shortfalls(report: dict, limits: dict) -> list[Shortfall]:
    """Every floor not reached and every ceiling exceeded."""
    found = []
    for group, floors in limits.get("floors", {}).items():
        found += [Shortfall(group, m, metric(report, m), v, "floor") for m, v in floors.items() if metric(report, m) < v]
    for group, ceilings in limits.get("ceilings", {}).items():
        found += [Shortfall(group, m, metric(report, m), v, "ceiling") for m, v in ceilings.items() if metric(report, m) > v]
    return found


def corpus_hash(dev: Path) -> str:
    """SHA-256 over the dev set's texts and gold files, so floors are tied to one corpus."""
    digest = hashlib.sha256()
    for path in sorted(p for p in dev.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".json")):
        digest.update(path.relative_to(dev).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
