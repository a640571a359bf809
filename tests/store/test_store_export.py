"""Exports of a store: JSON lines and CSV, of articles and of events."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.store.records_factory import summit_record
from veille.errors import ConfigError
from veille.model.record import Record
from veille.store import ArticleQuery, EventQuery, SqlStore
from veille.usecases.export import export_store


def _export(store: SqlStore, format: str, what: str, **queries) -> tuple[int, str]:
    out = io.StringIO()
    count = export_store(store, out, format, what, **queries)
    return count, out.getvalue()


def test_export_jsonl_articles_one_record_per_line(filled: SqlStore):
    count, text = _export(filled, "jsonl", "articles")
    lines = text.splitlines()
    assert count == len(lines) == 3
    assert Record.from_dict(json.loads(lines[1])) == summit_record()
    assert "Sommet à Minsk" in text  # UTF-8, not \u escapes


def test_export_jsonl_events_in_contract_shape(filled: SqlStore):
    _, text = _export(filled, "jsonl", "events", events=EventQuery(type="AGREE"))
    event = json.loads(text)
    assert event["article_id"] == "a1b2c3d4e5f60001"
    assert [a["code"] for a in event["source"]] == ["RUS", "BLR"]
    assert event["target"] is None


def test_export_csv_articles_main_fields(filled: SqlStore):
    count, text = _export(filled, "csv", "articles", articles=ArticleQuery(outlet="La Tribune"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == 1
    assert rows[0]["title"] == "Sommet à Minsk"
    assert rows[0]["published"] == "2024-05-26T09:47:00+01:00"
    assert (rows[0]["entities"], rows[0]["events"]) == ("2", "2")


def test_export_csv_events_one_row_per_event_compound_actors_joined(filled: SqlStore):
    count, text = _export(filled, "csv", "events")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 4
    agree = next(r for r in rows if r["type"] == "AGREE")
    assert agree["source_codes"] == "RUS; BLR"
    assert agree["source_names"] == "Russie; Biélorussie"
    assert agree["target_codes"] == ""


def test_export_csv_keeps_commas_quotes_and_newlines_in_cells(store: SqlStore):
    store.upsert([summit_record(title='Titre, avec "guillemets"\net saut de ligne')])
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv", "articles")[1])))
    assert rows[0]["title"] == 'Titre, avec "guillemets"\net saut de ligne'


def test_export_empty_store_writes_only_a_header(store: SqlStore):
    assert _export(store, "csv", "events")[1].startswith("article_id,position,")
    assert _export(store, "jsonl", "articles") == (0, "")


@pytest.mark.parametrize(("format", "what"), [("xml", "articles"), ("csv", "entities")])
def test_export_refuses_unknown_format_or_kind(store: SqlStore, format, what):
    with pytest.raises(ConfigError, match="V501"):
        _export(store, format, what)


def test_export_csv_cells_a_spreadsheet_would_run_are_quoted_as_text(store):
    import io

    from tests.store.records_factory import summit_record
    from veille.export.csv import spreadsheet_safe, write_articles

    record = summit_record(title='=HYPERLINK("http://evil.example","clic")')
    out = io.StringIO()
    write_articles([record], out)
    assert "'=HYPERLINK" in out.getvalue() and ',=HYPERLINK' not in out.getvalue()
    assert [spreadsheet_safe(v) for v in ["+33 1", "-2", "@SUM(A1)", "\tx", "ok", 3]] == ["'+33 1", "'-2", "'@SUM(A1)", "'\tx", "ok", 3]
