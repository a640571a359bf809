"""Settings: one declarative table (name, default, help) that feeds the CLI, the docs and validation.

Precedence: command-line option > environment variable (VEILLE_<NAME>) > default.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from . import lang
from .errors import ConfigError

DEFAULT_LANGUAGE = "fr"


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

    db: str = field(default_factory=default_db, metadata={"help": "database: a SQLite path or a SQLAlchemy URL"})
    model: str = field(default_factory=lambda: language_model(DEFAULT_LANGUAGE),
                       metadata={"help": "spaCy model (default: the language's, in veille/lang/<language>/model.json)"})
    language: str = field(default=DEFAULT_LANGUAGE,
                          metadata={"help": "language of the articles: picks the data folder in veille/lang and the model"})
    batch_size: int = field(default=16, metadata={"help": "articles per spaCy batch"})
    n_process: int = field(default=1, metadata={"help": "worker processes analysing articles (the pool of veille.run), "
                                                        "each loading the model once"})

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Defaults, then VEILLE_* environment variables, then explicit (non-None) overrides."""
        values: dict[str, object] = {}
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
        if self.batch_size < 1:
            raise ConfigError("V501", name="batch_size", reason="must be at least 1")
        if self.n_process < 1:
            raise ConfigError("V501", name="n_process", reason="must be at least 1")


def _coerce(name: str, raw: str, kind: object) -> object:
    if kind in (int, "int"):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError("V501", name=name, reason=f"{raw!r} is not a whole number") from None
    return raw


SETTINGS = [(f.name, f.metadata.get("help", "")) for f in fields(Settings)]
