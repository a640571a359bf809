"""The three-line use from Python the README shows: a text, a file, a folder."""
from __future__ import annotations

import json
import shutil

import pytest

import veille

pytestmark = pytest.mark.model

TEXT = ("Le ministre russe des Affaires étrangères a rencontré jeudi à Minsk son homologue biélorusse. "
        "Les deux pays ont signé un accord de coopération militaire.")


def test_process_text_gives_a_record_with_what_was_given_over_what_was_read(nlp):
    record = veille.process_text(TEXT, title="Accord à Minsk", published="2024-05-24T10:00:00+02:00",
                                 outlet="La Tribune")
    assert isinstance(record, veille.Record)
    assert (record.title, record.outlet, record.published) == ("Accord à Minsk", "La Tribune",
                                                               "2024-05-24T10:00:00+02:00")
    assert "Minsk" in {p.name for p in record.places}
    thursday = next(t for t in record.times if t.text == "jeudi")
    assert thursday.value == "2024-05-23"  # resolved against the date given


def test_process_text_of_nothing_raises_an_input_error():
    with pytest.raises(veille.VeilleError):
        veille.process_text("   ")


def test_process_file_reads_a_sample(nlp):
    record = veille.process_file(veille.__path__[0] + "/samples/courrier-manifestation-dakar.txt")
    assert record.title and record.events and record.name == "courrier-manifestation-dakar"


def test_process_file_reads_a_container_as_ingest_does_its_first_article(nlp, tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": TEXT, "title": "Accord à Minsk"}, ensure_ascii=False) + "\n")
    record = veille.process_file(dump)
    assert record.title == "Accord à Minsk" and "Minsk" in {p.name for p in record.places}


def test_process_file_of_a_missing_or_unreadable_input_raises_an_input_error_naming_it(tmp_path):
    with pytest.raises(veille.InputError, match="nope.txt: no such file"):
        veille.process_file(tmp_path / "nope.txt")
    (tmp_path / "bad.jsonl").write_text("not json\n")
    with pytest.raises(veille.InputError, match="bad.jsonl.*line 1 is not a JSON object"):
        veille.process_file(tmp_path / "bad.jsonl")


def test_process_folder_yields_records_and_failures_and_skips_what_is_no_article(nlp, tmp_path):
    shutil.copy(veille.__path__[0] + "/samples/courrier-manifestation-dakar.txt", tmp_path / "a.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    results = list(veille.process_folder(tmp_path))
    records = [r for r in results if isinstance(r, veille.Record)]
    failures = [r for r in results if isinstance(r, veille.Failure)]
    assert len(results) == 2 and [r.name for r in records] == ["a"]
    assert [f.source for f in failures] == [str(tmp_path / "empty.txt")]
