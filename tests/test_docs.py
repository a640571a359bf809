"""Every command, setting and pipeline component is documented, and the CLI reference is current."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from veille.cli import load_commands
from veille.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return [c.name or c.callback.__name__.replace("_", "-") for c in load_commands().registered_commands]


@pytest.mark.parametrize("command", _commands())
def test_docs_readme_shows_every_command(command):
    assert f"veille {command}" in README


@pytest.mark.parametrize("command", _commands())
def test_docs_every_command_has_help(command):
    app = load_commands()
    info = next(c for c in app.registered_commands if (c.name or c.callback.__name__.replace("_", "-")) == command)
    assert (info.callback.__doc__ or "").strip()


@pytest.mark.parametrize("name", [name for name, _ in SETTINGS])
def test_docs_readme_documents_every_setting(name):
    assert f"`{name}`" in README


def test_docs_readme_names_every_veille_stage():
    from veille.nlp.pipeline import VEILLE_STAGES

    for stage in VEILLE_STAGES:
        assert stage in README


def test_docs_cli_reference_is_generated_from_help():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == module.render(), (
        "docs/cli.md is stale: run `python scripts/cli_reference.py`"
    )
