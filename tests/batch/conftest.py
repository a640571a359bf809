"""Batch fixtures: a database of each kind, and a small corpus folder with a broken input in it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.backends import backend, db_url  # noqa: F401  (fixtures)

SAMPLES = Path(__file__).resolve().parents[2] / "veille" / "samples"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three sample articles (text and HTML), an empty article file and a picture (not an article)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("courrier-manifestation-dakar.txt", "hebdo-monde-soudan-aide.html",
                 "journal-soir-sanctions-bruxelles.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "vide.txt").write_text("")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    return folder
