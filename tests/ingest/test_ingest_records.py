"""Containers end to end: what a dump or a feed says of its articles reaches their records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.ingest import read_inputs
from veille.model.failure import Failure
from veille.model.record import Record

BODY = ("Le conseil municipal de Valbourg a voté mardi soir la rénovation complète de la piscine "
        "olympique, fermée depuis deux ans.\n\nLes travaux doivent commencer en septembre.")


@pytest.mark.model
def test_ingest_jsonl_fields_come_first_and_other_keys_are_kept(nlp, tmp_path: Path):
    from veille.run import process_many

    path = tmp_path / "dump.jsonl"
    record = {"url": "https://courrier.example/piscine", "title": "La piscine sera rénovée", "text": BODY,
              "published": "2025-03-05T07:30:00+01:00", "outlet": "Le Courrier de Valbourg", "section": "Local"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n" + "{oops\n", encoding="utf-8")
    results = list(process_many(read_inputs([path])))
    assert sorted(type(r).__name__ for r in results) == ["Failure", "Record"]
    rec = next(r for r in results if isinstance(r, Record))
    failure = next(r for r in results if isinstance(r, Failure))
    assert (rec.title, rec.outlet, rec.published) == ("La piscine sera rénovée", "Le Courrier de Valbourg",
                                                       "2025-03-05T07:30:00+01:00")
    assert rec.url == "https://courrier.example/piscine" and rec.meta == {"section": "Local"}
    assert rec.text.startswith("Le conseil municipal") and "septembre" in rec.text
    assert [t.value for t in rec.times if t.text == "mardi soir"] == ["2025-03-04TEV"]
    assert failure.source == f"{path}#2" and failure.code == "V110"


@pytest.mark.model
def test_ingest_feed_item_publication_time_from_rfc_2822(nlp, tmp_path: Path):
    from veille.run import process_many

    rss = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Le Courrier</title>"
           "<item><title>Piscine</title><link>https://courrier.example/p</link>"
           "<pubDate>Wed, 05 Mar 2025 07:30:00 +0100</pubDate><description><![CDATA[<p>"
           + BODY.replace("\n\n", "</p><p>") + "</p>]]></description></item></channel></rss>")
    path = tmp_path / "feed.rss"
    path.write_text(rss, encoding="utf-8")
    (rec,) = process_many(read_inputs([path]))
    assert isinstance(rec, Record)
    assert (rec.title, rec.outlet, rec.published) == ("Piscine", "Le Courrier", "2025-03-05T07:30:00+01:00")
