"""`veille export`: JSON lines and CSV of articles and events, to stdout or a file."""
from __future__ import annotations

import csv
import io
import json

from tests.store.records_factory import summit_record
from veille.model.record import Record


def test_export_jsonl_to_stdout_one_record_per_line(app, runner, db):
    result = runner.invoke(app, ["export", "--db", db])
    assert result.exit_code == 0, result.output
    records = [Record.from_dict(json.loads(line)) for line in result.stdout.splitlines()]
    assert [r.name for r in records] == ["manif-dakar", "sommet-minsk", "sans-date"]
    assert records[1] == summit_record()


def test_export_csv_articles_to_a_file(app, runner, db, tmp_path):
    out = tmp_path / "exports" / "articles.csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ["manif-dakar", "sommet-minsk", "sans-date"]
    assert "3 articles written to" in result.stderr


def test_export_csv_events_since(app, runner, db):
    result = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--what", "events", "--since", "2025-01-01"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["type"], r["status"]) for r in rows] == [("PROTEST", "asserted"), ("CONSULT", "planned")]


def test_export_unknown_format_is_one_error_line(app, runner, db):
    result = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert result.exit_code == 1
    assert "[V501] bad value for format" in result.stderr


def test_export_gdelt_alone_exports_asserted_events_tab_separated(app, runner, db, tmp_path):
    out = tmp_path / "events.tsv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 4  # summit: CONSULT + AGREE by two actors; Dakar: PROTEST (the planned one is left out)
    assert "4 rows written to" in result.stderr
    everything = runner.invoke(app, ["export", "--db", db, "-f", "gdelt", "--what", "events", "--all-statuses"])
    assert len(everything.stdout.splitlines()) == 1 + 5
