"""`veille ingest` with the model: the bundled samples, re-ingestion, and a bad file among good ones."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import veille
from veille.store import open_store

SAMPLES = Path(veille.__file__).parent / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.model
def test_ingest_samples_twice_stores_each_once(app, runner, tmp_path):
    db = str(tmp_path / "veille.db")
    first = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    assert f"{len(SAMPLE_FILES)} article(s) stored" in first.stdout
    second = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert second.exit_code == 0, second.output
    assert f"0 article(s) stored in {db}, {len(SAMPLE_FILES)} already stored (unchanged" in second.stdout
    with open_store(db) as store:
        assert store.count_articles() == len(SAMPLE_FILES)
        assert sorted(a.name for a in store.articles()) == [p.stem for p in SAMPLE_FILES]
        assert all(a.title and a.entities for a in store.articles())


@pytest.mark.model
def test_ingest_another_article_saved_under_a_known_name_is_kept_with_a_note(app, runner, tmp_path):
    # issue 9 #4: the first article was silently replaced by the second saved under the same name
    latest, db = tmp_path / "latest.txt", str(tmp_path / "veille.db")
    shutil.copy(SAMPLE_FILES[0], latest)
    assert runner.invoke(app, ["ingest", str(latest), "--db", db]).exit_code == 0
    shutil.copy(SAMPLE_FILES[1], latest)
    result = runner.invoke(app, ["ingest", str(latest), "--db", db])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and str(latest) in notes[0] and "the earlier one kept" in notes[0]
    with open_store(db) as store:
        assert store.count_articles() == 2


@pytest.mark.model
def test_ingest_bad_file_among_good_ones_is_reported_and_the_rest_stored(app, runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for sample in SAMPLE_FILES[:2]:
        shutil.copy(sample, folder)
    (folder / "vide.txt").write_text("  \n", encoding="utf-8")
    db = str(tmp_path / "veille.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "vide.txt" in error_lines[0]
    assert "2 article(s) stored" in result.stdout and "1 failed" in result.stdout
    with open_store(db) as store:
        assert store.count_articles() == 2
        assert [f.failure.name for f in store.failures()] == ["vide"]


@pytest.mark.model
def test_ingest_containers_each_record_stored_and_bad_ones_named(app, runner, tmp_path):
    import json

    body = ("Les agriculteurs ont bloqué mardi la rocade de Valbourg pour protester contre la baisse des prix. "
            "La préfecture a annoncé une réunion avec les syndicats.")
    inputs = tmp_path / "in"
    inputs.mkdir()
    dump = inputs / "dump.jsonl"
    dump.write_text("\n".join([json.dumps({"title": "Blocage", "text": body, "url": "https://ex.fr/1"}),
                               "pas du json",
                               json.dumps({"title": "Autre", "text": body + " Deuxième.", "url": "https://ex.fr/2"})]) + "\n",
                    encoding="utf-8")
    (inputs / "image.png").write_bytes(b"\x89PNG")
    db = str(tmp_path / "veille.db")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", db])
    assert result.exit_code == 1
    assert "2 article(s) stored" in result.stdout and "1 failed" in result.stdout and "1 file(s) skipped" in result.stdout
    assert f"{dump}#2" in result.stderr
    with open_store(db) as store:
        assert [f.failure.source for f in store.failures()] == [f"{dump}#2"]
        assert sorted(a.url for a in store.articles()) == ["https://ex.fr/1", "https://ex.fr/2"]


def test_failure_line_names_the_record_inside_its_container_once():
    from veille.cli.results import failure_line
    from veille.model.failure import Failure

    cut = Failure("cut-3", "in/cut.warc.gz#3", "read", "V112",
                  "[V112] in/cut.warc.gz: cannot read the WARC file after 2 record(s): Not a gzipped file")
    # it read "in/cut.warc.gz#3: [V112] in/cut.warc.gz: cannot read..."
    assert failure_line(cut) == "[V112] in/cut.warc.gz#3: cannot read the WARC file after 2 record(s): Not a gzipped file"
    empty = Failure("vide", "in/vide.txt", "extract", "V102", "[V102] in/vide.txt is empty")
    assert failure_line(empty) == "[V102] in/vide.txt is empty"
    stage = Failure("a", "in/a.txt", "veille_events", "V304", "[V304] stage veille_events failed: KeyError")
    assert failure_line(stage) == "in/a.txt: [V304] stage veille_events failed: KeyError"
