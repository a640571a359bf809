"""Settings: one declarative table (name, default, help) that feeds the CLI, the docs and validation.

Precedence: command-line option > environment variable (VEILLE_<NAME>) > default. Each field's
metadata holds its help and what the command line needs beyond it: `option` when its flag is not
`--<name>`, `min` for the least value that works, `shown` for a default that depends on the machine.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from . import lang
from .errors import ConfigError

DEFAULT_LANGUAGE = lang.DEFAULT  # the language folder read when none is set


def analysed_languages() -> list[str]:
    """The languages veille analyses: those whose data folder names a spaCy model (`model.json`);
    a folder holding only the web interface's words is not one."""
    return [code for code in lang.available() if _has_model(code)]


def language_model(language: str) -> str:
    """The spaCy model of a language; ConfigError V502 naming the known ones for any other."""
    if language not in analysed_languages():
        raise ConfigError("V502", lang=repr(language), known=", ".join(analysed_languages()))
    return str(lang.load(language, "model")["spacy_model"])


def _has_model(code: str) -> bool:
    try:
        lang.load(code, "model")
    except ConfigError:
        return False
    return True


def default_db() -> str:
    """The embedded default database: ~/.local/share/veille/veille.db (or $XDG_DATA_HOME)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return str(base / "veille" / "veille.db")


@dataclass(frozen=True)
class Settings:
    """What a run can be configured with."""

    db: str = field(default_factory=default_db, metadata={
        "help": "database: a SQLite file path, a sqlite:/// URL or a postgresql://user@host/db URL",
        "shown": "~/.local/share/veille/veille.db"})
    model: str = field(default_factory=lambda: language_model(DEFAULT_LANGUAGE), metadata={
        "help": "spaCy model; by default the language's, named in veille/lang/<language>/model.json"})
    language: str = field(default=DEFAULT_LANGUAGE, metadata={
        "help": "language of the articles: picks the data folder in veille/lang and the model"})
    batch_size: int = field(default=16, metadata={"help": "articles per spaCy batch", "min": 1})
    n_process: int = field(default=1, metadata={
        "help": "worker processes analysing articles (the process pool of veille.run), each loading the model once",
        "option": "--workers", "min": 1})

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Defaults, then VEILLE_* environment variables, then explicit (non-None) overrides."""
        values: dict[str, Any] = {}  # coerced to each field's type by _coerce
        for f in fields(cls):
            env = os.environ.get(f"VEILLE_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(f.name, env, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "model" not in values and "language" in values:
            values["model"] = language_model(str(values["language"]))
        settings = replace(cls(), **values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Refuse values that cannot work."""
        language_model(self.language)
        for f in fields(self):
            least = f.metadata.get("min")
            if least is not None and getattr(self, f.name) < least:
                raise ConfigError("V501", name=f.name, reason=f"must be at least {least}")


def _coerce(name: str, raw: str, kind: object) -> object:
    if kind in (int, "int"):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError("V501", name=name, reason=f"{raw!r} is not a whole number") from None
    return raw


SETTINGS = [(f.name, f.metadata.get("help", "")) for f in fields(Settings)]
