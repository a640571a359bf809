"""The program's own options: --version, and --debug or -v written after the command."""
from __future__ import annotations

import subprocess
import sys

from veille.cli import global_flags_first


def test_cli_global_flags_may_follow_the_command():
    assert global_flags_first(["list", "--debug", "--db", "x.db"]) == ["--debug", "list", "--db", "x.db"]
    assert global_flags_first(["-v", "ingest", "a.txt", "-vv"]) == ["-v", "-vv", "ingest", "a.txt"]
    assert global_flags_first(["analyze", "--", "--debug"]) == ["analyze", "--", "--debug"]


def test_cli_version_prints_the_version():
    import veille

    done = subprocess.run([sys.executable, "-m", "veille", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"veille {veille.__version__}"
