"""One contract JSON file per article, named after its input (seed.txt -> seed.json)."""
from __future__ import annotations

import json
from pathlib import Path

from ..model.record import Record


def record_json(record: Record) -> str:
    """The record as indented contract JSON."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=2)


def write_record(record: Record, out_dir: Path, taken: set[str] | None = None) -> Path:
    """Write `<name>.json` into out_dir (created if needed) and return its path. A name already in
    `taken` (two inputs "a.txt" and "a.html" in one run) gets the article id added: nothing is lost."""
    out_dir.mkdir(parents=True, exist_ok=True)
    name = record.name
    if taken is not None:
        if name in taken:
            name = f"{record.name}-{record.id[:8]}"
        taken.add(name)
    path = out_dir / f"{name}.json"
    path.write_text(record_json(record) + "\n", encoding="utf-8")
    return path
