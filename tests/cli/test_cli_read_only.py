"""Reading commands and the server on a SQLite database nobody may write (issue 9 #8): they work,
and the database is left as it was; a command that writes says so in one line."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.store.records_factory import protest_record, summit_record
from veille.app import create_app
from veille.settings import Settings
from veille.store import open_store


def _freeze(paths: list[Path]) -> bool:
    """Make the paths unwritable even by root (the immutable attribute), or by their owner (chmod)."""
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return True
    chattr = shutil.which("chattr")
    return bool(chattr) and subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True).returncode == 0


def _thaw(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for path in paths:
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def frozen_db(tmp_path: Path) -> Iterator[Path]:
    """A SQLite database of two articles, its file and its folder made unwritable."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "veille.db"
    with open_store(str(db)) as store:
        store.upsert([summit_record(), protest_record()])
    frozen = [db, folder]
    if not _freeze(frozen):
        pytest.skip("cannot make a file unwritable here (root without chattr)")
    try:
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")  # the freeze holds: nothing can be written there
        yield db
    finally:
        _thaw(frozen)


def test_reading_commands_work_on_a_database_nobody_may_write(app, runner, frozen_db):
    before = frozen_db.read_bytes()
    for command in (["list"], ["show", "a1b2"], ["events"], ["failures"], ["export", "--format", "jsonl"]):
        result = runner.invoke(app, [*command, "--db", str(frozen_db)])
        assert result.exit_code == 0, (command, result.output)
    assert "2 of 2 article(s)" in runner.invoke(app, ["list", "--db", str(frozen_db)]).stdout
    assert frozen_db.read_bytes() == before
    assert sorted(p.name for p in frozen_db.parent.iterdir()) == ["veille.db"]


def test_server_serves_a_database_nobody_may_write(frozen_db):
    with TestClient(create_app(Settings(db=str(frozen_db))), base_url="http://127.0.0.1") as client:
        answer = client.get("/api/articles")
        page = client.get("/")
    assert answer.status_code == 200 and answer.json()["total"] == 2
    assert page.status_code == 200


def test_ingest_into_a_database_nobody_may_write_is_one_error_line(app, runner, frozen_db, tmp_path):
    article = tmp_path / "brève.txt"
    article.write_text("Un titre\n\nUn corps d'article assez long pour être lu.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--db", str(frozen_db)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: [V401]") and str(frozen_db) in lines[0], result.stderr


@pytest.mark.parametrize("command", [["list"], ["show", "a1b2"], ["events"], ["failures"],
                                     ["export", "--format", "jsonl"], ["serve", "--port", "8999"]])
def test_reading_commands_refuse_a_missing_database_in_one_line_and_create_nothing(app, runner, tmp_path, command):
    # issue 9 #13: `veille list --db typo/dir/x.db` created the folders and an empty database
    target = tmp_path / "typo" / "dir" / "x.db"
    result = runner.invoke(app, [*command, "--db", str(target)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: [V401]") and "no such file" in lines[0], result.stderr
    assert not (tmp_path / "typo").exists()
