"""veille's packages import one another in one direction: no cycle between two rooms.

Every import of every module is read (those inside functions too: a lazy import is still a
dependency), resolved to the package it names (`veille.store`, `veille.api`; a module right under
veille/ is its own unit) and the graph of packages is searched for cycles.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import veille

ROOT = Path(veille.__file__).resolve().parent
# The units the package root itself stands for: its __init__ (re-exports) is left out.
ROOT_UNIT = "veille"


def unit_of(module: str) -> str:
    """The room a dotted module belongs to: `veille.store.sql` -> `veille.store`."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else ROOT_UNIT


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> Iterator[str]:
    """The veille modules a file imports, relative imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("veille"))
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            if not target.startswith("veille"):
                continue
            if node.module:
                yield target
            else:  # `from .. import lang` imports the module veille.lang; `from . import __version__` a name
                yield from (f"{target}.{a.name}" if _is_module(target, a.name) else target for a in node.names)


def _is_module(package: str, name: str) -> bool:
    folder = ROOT.parent.joinpath(*package.split("."))
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


@cache
def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if path == ROOT / "__init__.py":
            continue
        source = unit_of(module_name(path))
        for target in imported(path):
            unit = unit_of(target)
            if unit not in (source, ROOT_UNIT):
                graph.setdefault(source, set()).add(unit)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every pair or longer loop of packages, each reported once, from its smallest member."""
    found: set[tuple[str, ...]] = set()

    def walk(start: str, node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                found.add(tuple(path))
            elif nxt > start and nxt not in path:
                walk(start, nxt, path + [nxt])

    for start in sorted(graph):
        walk(start, start, [start])
    return [list(c) for c in sorted(found)]


def test_layers_the_graph_is_read_from_the_code():
    graph = package_graph()
    assert "veille.store" in graph["veille.api"] and "veille.model" in graph["veille.store"]
    assert {"veille.api", "veille.web"} <= graph["veille.app"] and "veille.lang" in graph["veille.queries"]


def test_layers_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("room", ["veille.store", "veille.api", "veille.web", "veille.queries", "veille.serving",
                                  "veille.app", "veille.usecases", "veille.export", "veille.extract", "veille.ingest",
                                  "veille.cli", "veille.batch", "veille.settings", "veille.run"])
def test_layers_no_package_outside_the_nlp_stages_is_in_an_import_cycle(room):
    assert [c for c in cycles(package_graph()) if room in c] == []
