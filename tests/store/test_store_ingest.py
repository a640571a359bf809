"""Ingestion into a store without the model: results are passed through and written."""
from __future__ import annotations

import json

import pytest

from tests.store.records_factory import protest_record, summit_record
from veille.model.article import RawArticle, content_id
from veille.model.failure import Changed, Failure, Unchanged
from veille.model.record import Record
from veille.store import SqlStore
from veille.usecases.ingest import ingest_files, store_results


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


class FakeAnalysis:
    """process_many without the model: each article becomes a record of its text (id: its text's hash),
    every article analysed is counted."""

    def __init__(self) -> None:
        self.analysed: list[str] = []

    def __call__(self, inputs, settings=None):
        for item in inputs:
            if isinstance(item, RawArticle):
                self.analysed.append(item.source)
                text = item.data.decode("utf-8")
                yield summit_record(id=content_id(text), name=item.name, source=item.source, text=text)
            else:
                yield item


@pytest.fixture
def analysis(monkeypatch) -> FakeAnalysis:
    fake = FakeAnalysis()
    monkeypatch.setattr("veille.run.process_many", fake)
    return fake


def test_ingest_again_skips_what_is_stored_without_analysing_it(store: SqlStore, analysis: FakeAnalysis, tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Texte de l'article {name}.", encoding="utf-8")
    first = list(ingest_files([tmp_path], store))
    second = list(ingest_files([tmp_path], store))
    assert [type(r) for r in first] == [Record, Record]
    assert second == [Unchanged(str(tmp_path / "a.txt")), Unchanged(str(tmp_path / "b.txt"))]
    assert len(analysis.analysed) == 2 and store.count_articles() == 2
    assert [type(r) for r in ingest_files([tmp_path], store, again=True)] == [Record, Record]
    assert len(analysis.analysed) == 4 and store.count_articles() == 2


def test_ingest_new_text_under_a_known_file_name_keeps_both_and_says_so(store: SqlStore, analysis: FakeAnalysis, tmp_path):
    # issue 9 #4: `ingest latest.html`, another article saved as latest.html, ingest again: the first was lost
    latest = tmp_path / "latest.txt"
    latest.write_text("Premier article enregistré sous ce nom.", encoding="utf-8")
    first = list(ingest_files([latest], store))
    latest.write_text("Un tout autre article, enregistré sous le même nom.", encoding="utf-8")
    second = list(ingest_files([latest], store))
    assert second[1:] == [Changed(str(latest), second[0].id, replaced=False)]
    assert {a.id for a in store.articles()} == {first[0].id, second[0].id}
    assert list(ingest_files([latest], store)) == [Unchanged(str(latest))]


def test_ingest_new_version_of_a_known_article_replaces_it_and_says_so(store: SqlStore, monkeypatch, tmp_path):
    # the same article (same URL) saved again with other bytes: its new reading replaces the old one
    monkeypatch.setattr("veille.run.process_many",
                        lambda items, settings=None: (summit_record(source=i.source) for i in items))
    page = tmp_path / "page.txt"
    page.write_text("Version 1", encoding="utf-8")
    list(ingest_files([page], store))
    page.write_text("Version 2", encoding="utf-8")
    assert list(ingest_files([page], store))[1:] == [Changed(str(page), summit_record().id, replaced=True)]
    assert store.count_articles() == 1


def test_ingest_records_of_a_container_are_known_each_by_its_content(store: SqlStore, analysis: FakeAnalysis, tmp_path):
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps({"title": f"T{i}", "text": f"Texte {i}."}) for i in range(3)]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    list(ingest_files([dump], store))
    lines[1] = json.dumps({"title": "T1 corrigé", "text": "Texte 1."})  # metadata changed: read again
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(ingest_files([dump], store))
    assert [r for r in results if isinstance(r, Unchanged)] == [Unchanged(f"{dump}#1"), Unchanged(f"{dump}#3")]
    assert analysis.analysed == [f"{dump}#1", f"{dump}#2", f"{dump}#3", f"{dump}#2"]


def test_ingest_stdin_records_are_never_said_to_replace_a_text(store: SqlStore, analysis: FakeAnalysis):
    import io

    def lines(*texts: str) -> io.BytesIO:
        return io.BytesIO("".join(json.dumps({"title": "T", "text": t}) + "\n" for t in texts).encode())

    list(ingest_files(["-"], store, stdin=lines("Premier texte.")))
    results = list(ingest_files(["-"], store, stdin=lines("Premier texte.", "Deuxième texte.")))
    assert results[0] == Unchanged("<stdin>#1")
    assert [type(r) for r in results[1:]] == [Record]
    results = list(ingest_files(["-"], store, stdin=lines("Autre texte.")))
    assert [type(r) for r in results] == [Record]  # no Changed: <stdin>#1 names no place
    assert store.count_articles() == 3
