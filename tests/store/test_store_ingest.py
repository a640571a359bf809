"""Ingestion into a store without the model: results are passed through and written."""
from __future__ import annotations

from tests.store.records_factory import protest_record, summit_record
from veille.model.failure import Failure
from veille.store import SqlStore
from veille.store.ingest import count_articles, store_results


def test_store_results_yields_everything_and_stores_it(store: SqlStore):
    failure = Failure("vide", "in/vide.txt", "extract", "V102", "[V102] in/vide.txt is empty")
    results = [summit_record(), failure, protest_record()]
    assert list(store_results(results, store, chunk=2)) == results
    assert store.count_articles() == 2
    assert [f.failure for f in store.failures()] == [failure]


def test_store_results_writes_as_it_goes(store: SqlStore):
    results = store_results([summit_record(), protest_record(), summit_record(id="x", name="x")], store, chunk=2)
    next(results), next(results)
    assert store.count_articles() == 0  # the chunk is written once the next result is asked for
    next(results)
    assert store.count_articles() == 2


def test_count_articles_knows_files_and_not_containers(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\n\nCorps.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "note.png").write_bytes(b"\x89PNG")
    assert count_articles([tmp_path]) == 2
    assert count_articles([tmp_path / "a.txt", tmp_path / "absent.txt"]) == 2
    (tmp_path / "dump.jsonl").write_text("{}\n", encoding="utf-8")
    assert count_articles([tmp_path]) is None
    assert count_articles(["-"]) is None
