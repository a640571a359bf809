"""Per-language linguistic data: `veille/lang/<code>/` holds data files only.

Each file is JSON (structured tables) or TXT (one item per line, `#` comments).
Adding a language means adding a folder with the same file names.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ConfigError


def available() -> list[str]:
    """The language codes that have a data folder."""
    root = resources.files(__package__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """Load data file `name` (without extension) for `lang`: JSON as parsed, TXT as a list of lines."""
    folder = resources.files(__package__) / lang
    if not folder.is_dir():
        raise ConfigError("V502", lang=lang, known=", ".join(available()))
    json_file, txt_file = folder / f"{name}.json", folder / f"{name}.txt"
    if json_file.is_file():
        return json.loads(json_file.read_text(encoding="utf-8"))
    if txt_file.is_file():
        lines = (line.split("#", 1)[0].strip() for line in txt_file.read_text(encoding="utf-8").splitlines())
        return [line for line in lines if line]
    raise ConfigError("V501", name=f"lang/{lang}/{name}", reason="no such data file")
