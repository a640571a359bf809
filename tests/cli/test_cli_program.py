"""The program's own options: --version, and --debug or -v written after the command."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from veille.cli import global_flags_first, load_commands

NARROW = 72
COMMANDS = [c.name or c.callback.__name__.replace("_", "-") for c in load_commands().registered_commands]


def test_cli_global_flags_may_follow_the_command():
    assert global_flags_first(["list", "--debug", "--db", "x.db"]) == ["--debug", "list", "--db", "x.db"]
    assert global_flags_first(["-v", "ingest", "a.txt", "-vv"]) == ["-v", "-vv", "ingest", "a.txt"]
    assert global_flags_first(["analyze", "--", "--debug"]) == ["analyze", "--", "--debug"]


def test_cli_version_prints_the_version():
    import veille

    done = subprocess.run([sys.executable, "-m", "veille", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"veille {veille.__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_reads_as_paragraphs_at_any_width(command):
    # issue 11: each paragraph of a command's description is wrapped to the terminal, never broken
    # where the docstring's source line ended ("... at /docs and" / "/openapi.json. The ...")
    app = load_commands()
    shown = CliRunner().invoke(app, [command, "--help"], prog_name="veille",
                               env={"COLUMNS": str(NARROW), "NO_COLOR": "1", "TERM": "dumb"}).output
    description = shown.split("Usage:", 1)[1].split("╭", 1)[0].splitlines()[1:]
    lines = [line.strip() for line in description]
    for line, following in zip(lines, lines[1:]):
        if line and following:  # inside a paragraph, a line is filled before the next one starts
            assert len(line) + len(following.split()[0]) + 1 > NARROW - 4, (command, line)
