"""Per-language linguistic data: `veille/lang/<code>/` holds data files only.

Each file is JSON (structured tables), TXT (one item per line, `#` comments) or TSV
(one entry per line, columns apart, `#` comments); a name may hold a subfolder
(`events/assault`). Adding a language means adding a folder with the same file names.
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


def _folder(lang: str) -> Any:
    folder = resources.files(__package__) / lang
    if not folder.is_dir():
        raise ConfigError("V502", lang=lang, known=", ".join(available()))
    return folder


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """Load data file `name` (without extension) for `lang`: JSON as parsed, TXT and TSV as a list of lines."""
    folder = _folder(lang).joinpath(*name.split("/")[:-1])
    base = name.split("/")[-1]
    json_file = folder / f"{base}.json"
    if json_file.is_file():
        return json.loads(json_file.read_text(encoding="utf-8"))
    for suffix in (".txt", ".tsv"):
        lines_file = folder / f"{base}{suffix}"
        if lines_file.is_file():
            lines = (line.split("#", 1)[0].strip() for line in lines_file.read_text(encoding="utf-8").splitlines())
            return [line for line in lines if line]
    raise ConfigError("V501", name=f"lang/{lang}/{name}", reason="no such data file")


def names(lang: str, folder: str, suffix: str = ".txt") -> list[str]:
    """The data files of a subfolder with this suffix, by name without it, sorted."""
    root = _folder(lang).joinpath(*folder.split("/"))
    if not root.is_dir():
        return []
    return sorted(p.name[: -len(suffix)] for p in root.iterdir() if p.is_file() and p.name.endswith(suffix))
