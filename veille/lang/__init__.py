"""Per-language linguistic data: `veille/lang/<code>/` holds data files (and an optional `rules.py`).

Each file is JSON (structured tables), TXT (one item per line, `#` comments) or TSV
(one entry per line, columns apart, `#` comments); a name may hold a subfolder
(`events/assault`). Adding a language means adding a folder with the same file names.

A folder is read through one `LanguageData`: its files once each, the tables the stages
derive from them once each (`table`), and the grammar of its `rules.py` (`rules`). The
NLP stages get theirs from their factory's `language` and read it while they run
(`reading`); the stages' helpers reach it through `language_table` loaders.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from ..errors import ConfigError

# The language veille reads when none is configured.
DEFAULT = "fr"

T = TypeVar("T")


class LanguageData:
    """One language's data folder: its files, the tables derived from them and its grammar rules, each read once."""

    def __init__(self, code: str, folder: Traversable) -> None:
        self.code = code
        self.folder = folder
        self._files: dict[str, Any] = {}
        self._tables: dict[Callable[..., Any], Any] = {}
        self._rules: ModuleType | None = None

    def __repr__(self) -> str:
        return f"LanguageData({self.code!r}, {str(self.folder)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes rebuild it from its folder (the caches are rebuilt there on use).
        return (_rebuilt, (self.code, str(self.folder)))

    def load(self, name: str) -> Any:
        """Data file `name` (without extension): JSON as parsed, TXT and TSV as a list of lines."""
        if name not in self._files:
            self._files[name] = self._read(name)
        return self._files[name]

    def names(self, folder: str, suffix: str = ".txt") -> list[str]:
        """The data files of a subfolder with this suffix, by name without it, sorted."""
        root = self.folder.joinpath(*folder.split("/"))
        if not root.is_dir():
            return []
        return sorted(p.name[: -len(suffix)] for p in root.iterdir() if p.is_file() and p.name.endswith(suffix))

    def table(self, build: Callable[[LanguageData], T]) -> T:
        """What `build` makes of this language's data, built on first use only."""
        try:
            return self._tables[build]  # type: ignore[no-any-return]
        except KeyError:
            made = self._tables[build] = build(self)
            return made

    @property
    def rules(self) -> ModuleType:
        """The language's grammar that is not a word list (its folder's `rules.py`)."""
        if self._rules is None:
            self._rules = self._read_rules()
        return self._rules

    def _read(self, name: str) -> Any:
        folder = self.folder.joinpath(*name.split("/")[:-1])
        base = name.split("/")[-1]
        json_file = folder / f"{base}.json"
        if json_file.is_file():
            return json.loads(json_file.read_text(encoding="utf-8"))
        for suffix in (".txt", ".tsv"):
            lines_file = folder / f"{base}{suffix}"
            if lines_file.is_file():
                lines = (line.split("#", 1)[0].strip() for line in lines_file.read_text(encoding="utf-8").splitlines())
                return [line for line in lines if line]
        raise ConfigError("V501", name=f"lang/{self.code}/{name}", reason="no such data file")

    def _read_rules(self) -> ModuleType:
        source = self.folder / "rules.py"
        if not source.is_file():
            raise ConfigError("V501", name=f"lang/{self.code}/rules.py", reason="no such file")
        spec = importlib.util.spec_from_file_location(f"veille.lang._rules_{self.code}", str(source))
        if spec is None or spec.loader is None:
            raise ConfigError("V501", name=f"lang/{self.code}/rules.py", reason="cannot be imported")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module


# Languages by code: the folders shipped in this package, and folders registered by path.
_LANGUAGES: dict[str, LanguageData] = {}


def available() -> list[str]:
    """The language codes that have a data folder."""
    root = resources.files(__package__)
    shipped = {p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")}
    return sorted(shipped | set(_LANGUAGES))


def language_data(code: str) -> LanguageData:
    """The data of language `code`, read once per process."""
    if code not in _LANGUAGES:
        folder = resources.files(__package__) / code
        if not code or not folder.is_dir():
            raise ConfigError("V502", lang=code, known=", ".join(available()))
        _LANGUAGES[code] = LanguageData(code, folder)
    return _LANGUAGES[code]


def register_folder(code: str, folder: str | Path) -> LanguageData:
    """Make the data folder at `folder` the language `code` (a language not shipped with veille)."""
    path = Path(folder)
    if not path.is_dir():
        raise ConfigError("V501", name=str(folder), reason="not a language data folder")
    _LANGUAGES[code] = LanguageData(code, path)
    return _LANGUAGES[code]


def _rebuilt(code: str, folder: str) -> LanguageData:
    known = _LANGUAGES.get(code)
    if known is not None and str(known.folder) == folder:
        return known
    return register_folder(code, folder)


def load(lang: str, name: str) -> Any:
    """Load data file `name` (without extension) for `lang`: JSON as parsed, TXT and TSV as a list of lines."""
    return language_data(lang).load(name)


def names(lang: str, folder: str, suffix: str = ".txt") -> list[str]:
    """The data files of a subfolder with this suffix, by name without it, sorted."""
    return language_data(lang).names(folder, suffix)


# -- the language a stage reads while it runs ----------------------------------------------------

_READING: ContextVar[LanguageData | None] = ContextVar("veille_language", default=None)


def current() -> LanguageData:
    """The language being read: the running stage's, else the default one (a helper called on its own)."""
    return _READING.get() or language_data(DEFAULT)


@contextmanager
def reading(data: LanguageData) -> Iterator[LanguageData]:
    """Within this block, the stages' helpers read `data` (set by a component around its work)."""
    token = _READING.set(data)
    try:
        yield data
    finally:
        _READING.reset(token)


def language_table(build: Callable[[LanguageData], T]) -> Callable[[], T]:
    """A loader of what `build` makes of the current language's data, built once per language."""

    @wraps(build)
    def table() -> T:
        return current().table(build)

    return table


def _word_lists(language: LanguageData) -> dict[str, Any]:
    lists = language.load("words")
    return {name: frozenset(value) if isinstance(value, list) else value
            for name, value in lists.items() if not name.startswith("_")}


def word_set(name: str) -> frozenset[str]:
    """A closed word list of words.json of the language read ("genitives"), as a set."""
    found: frozenset[str] = current().table(_word_lists)[name]
    return found


def ordered_words(name: str) -> list[str]:
    """A word list of words.json in the file's order (where order is preference)."""
    return list(current().load("words")[name])


def word_forms(name: str) -> dict[str, str]:
    """A table of words.json of the language read ("preposition_forms"): a form and what it stands for."""
    found: dict[str, str] = current().table(_word_lists)[name]
    return found
