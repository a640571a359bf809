"""Record assembly: offsets index the body, headline spans are marked."""
from veille.model.record import Mention, TimeExpr
from veille.records import HEADLINE_SPAN, in_body


def test_records_body_span_shifts_by_headline_length():
    assert in_body(Mention("Riga", 30, 34), body_start=20) == Mention("Riga", 10, 14)


def test_records_headline_span_is_marked():
    moved = in_body(TimeExpr("lundi", "DATE", "2024-05-20", 3, 8), body_start=20)
    assert (moved.start, moved.end) == HEADLINE_SPAN


def test_records_offsets_point_into_record_text(analyse):
    from veille.records import build_record

    doc = analyse("Le ministre a reçu mardi son homologue à Riga.", title="Visite à Riga mardi")
    record = build_record(doc)
    for entity in record.entities:
        for m in entity.mentions:
            if m.start >= 0:
                assert record.text[m.start:m.end] == m.text
    for t in record.times:
        if t.start >= 0:
            assert record.text[t.start:t.end] == t.text
    assert any(t.start >= 0 for t in record.times)
