"""Worker processes give the same records as one process, in the same order."""
from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.ingest import read_inputs
from veille.model.failure import Failure
from veille.model.record import Record
from veille.settings import Settings

SAMPLES = Path(veille.__file__).parent / "samples"


@pytest.mark.model
def test_workers_two_processes_same_records_as_one(nlp, tmp_path: Path):
    from veille.run import process_many

    (tmp_path / "vide.txt").write_text("  ", encoding="utf-8")
    inputs = [SAMPLES, tmp_path / "vide.txt"]
    one = list(process_many(read_inputs(inputs), Settings.load(n_process=1, batch_size=2)))
    two = list(process_many(read_inputs(inputs), Settings.load(n_process=2, batch_size=2)))
    assert [type(r).__name__ for r in one] == [type(r).__name__ for r in two]
    assert [r.to_dict() for r in one if isinstance(r, Record)] == [r.to_dict() for r in two if isinstance(r, Record)]
    assert [r.source for r in two if isinstance(r, Failure)] == [str(tmp_path / "vide.txt")]


@pytest.mark.model
def test_too_long_article_fails_alone_and_the_others_are_stored(nlp, tmp_path: Path):
    from veille.run import MAX_ARTICLE_CHARS, process_many

    words = " ".join(f"mot{i}" for i in range(MAX_ARTICLE_CHARS // 6))
    (tmp_path / "long.txt").write_text("Un titre\n\n" + words + ".\n", encoding="utf-8")
    for sample in sorted(SAMPLES.glob("*.txt"))[:2]:
        (tmp_path / sample.name).write_bytes(sample.read_bytes())
    results = list(process_many(read_inputs([tmp_path])))
    assert sorted(type(r).__name__ for r in results) == ["Failure", "Record", "Record"]
    (failure,) = [r for r in results if isinstance(r, Failure)]
    assert failure.code == "V203" and "long.txt" in failure.message
