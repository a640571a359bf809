"""One contract JSON file per article, named after its input (seed.txt -> seed.json)."""
from __future__ import annotations

import json
from pathlib import Path

from ..model.record import Record


def record_json(record: Record) -> str:
    """The record as indented contract JSON."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=2)


def write_record(record: Record, out_dir: Path) -> Path:
    """Write `<name>.json` into out_dir (created if needed) and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{record.name}.json"
    path.write_text(record_json(record) + "\n", encoding="utf-8")
    return path
