"""Ingestion into a store without the model: results are passed through and written."""
from __future__ import annotations

from tests.store.records_factory import protest_record, summit_record
from veille.model.failure import Failure
from veille.store import SqlStore
from veille.store.ingest import list_files, store_results


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


def test_list_files_turns_a_missing_path_into_a_failure(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Titre\n\nCorps de l'article.\n", encoding="utf-8")
    files, failures = list_files([good, tmp_path / "absent.txt"])
    assert files == [good]
    assert [(f.name, f.stage, f.code) for f in failures] == [("absent", "read", "V105")]
    assert "absent.txt" in failures[0].message
