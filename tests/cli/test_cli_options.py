"""The settings' options are derived from the settings table: one flag, help and check per setting."""
from __future__ import annotations

from dataclasses import fields

import pytest
import typer
from typer.testing import CliRunner

from veille.cli.options import setting_flag, with_settings
from veille.settings import Settings


def _app(seen: list[Settings]) -> typer.Typer:
    app = typer.Typer()

    @app.command()
    @with_settings("db", "model", "batch_size", "n_process")
    def run(name: str = typer.Argument(...), *, settings: Settings) -> None:
        seen.append(settings)
        typer.echo(name)

    return app


def test_options_with_settings_hands_the_command_what_option_variable_and_default_say(monkeypatch, tmp_path):
    monkeypatch.setenv("VEILLE_MODEL", "fr_core_news_sm")
    monkeypatch.delenv("VEILLE_N_PROCESS", raising=False)
    seen: list[Settings] = []
    result = CliRunner().invoke(_app(seen), ["x", "--batch-size", "3", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert (seen[0].batch_size, seen[0].model, seen[0].db, seen[0].n_process) == (3, "fr_core_news_sm",
                                                                                 str(tmp_path / "a.db"), 1)


def test_options_with_settings_refuses_a_value_below_the_tables_least():
    result = CliRunner().invoke(_app([]), ["x", "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_options_every_analysing_command_offers_every_setting_with_its_variable(app, runner, command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    names = [f.name for f in fields(Settings) if command == "ingest" or f.name != "db"]  # analyze stores nothing
    for name in names:
        assert setting_flag(name) in result.output and f"VEILLE_{name.upper()}" in result.output
