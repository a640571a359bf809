"""The Dask engine's errors: one line naming the scheduler, and no batch folder left in the way."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.batch import cluster, run_batch
from veille.errors import ConfigError


def test_an_unreachable_scheduler_is_named(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with pytest.raises(ConfigError, match=r"--scheduler: cannot reach tcp://127\.0\.0\.1:1\b"):
        list(run_batch([corpus], tmp_path / "out", "dask", scheduler="tcp://127.0.0.1:1"))
    with pytest.raises(ConfigError, match="cannot reach nonsense"):
        list(run_batch([corpus], tmp_path / "out", "dask", scheduler="nonsense"))


def test_a_scheduler_without_workers_is_named(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import LocalCluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with LocalCluster(n_workers=0, dashboard_address=None, processes=False) as empty:
        with pytest.raises(ConfigError, match="has no worker"):
            list(run_batch([corpus], tmp_path / "out", "dask", scheduler=empty.scheduler_address))


def test_a_lost_part_names_each_of_its_articles() -> None:
    from veille.batch.parts import lost_part
    from veille.model.article import RawArticle
    from veille.model.failure import Failure, Skipped

    unread = Failure("vide", "corpus/vide.txt", "read", "V102", "[V102] corpus/vide.txt is empty")
    picture = Skipped("corpus/photo.jpg", "not a kind of file veille reads")
    article = RawArticle("a", b"Titre\n\nTexte.", "text", "corpus/a.txt")
    results = lost_part([article, unread, picture], "worker", RuntimeError("worker killed"))
    assert results[1:] == [unread, picture]
    assert (results[0].source, results[0].stage, results[0].code) == ("corpus/a.txt", "worker", "V304")
    assert results[0].message == "[V304] stage worker failed on corpus/a.txt: RuntimeError: worker killed"
