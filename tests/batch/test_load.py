"""A Parquet batch loaded into SQLite and PostgreSQL: every record, its events counted, idempotently."""
from __future__ import annotations

from pathlib import Path

from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.batch import load_parquet
from veille.export.parquet import write_records
from veille.model.failure import Failure
from veille.store import EventQuery, open_store

BROKEN = Failure("vide", "corpus/vide.txt", "read", "V102", "[V102] corpus/vide.txt is empty")
RECORDS = [summit_record(), protest_record(), undated_record()]


def _counts(url: str) -> tuple[int, int, int, int]:
    with open_store(url) as store:
        return (store.count_articles(), store.count_events(), store.count_events(EventQuery(actor="RUS")),
                len(store.failures()))


def test_loading_twice_gives_the_same_counts(tmp_path: Path, db_url: str) -> None:
    write_records(RECORDS, [BROKEN], tmp_path / "out")
    with open_store(db_url) as store:
        loaded = list(load_parquet(tmp_path / "out", store))
    assert sorted(r.id if not isinstance(r, Failure) else r.source for r in loaded) == \
        sorted([r.id for r in RECORDS] + [BROKEN.source])
    first = _counts(db_url)
    assert first == (3, 4, 2, 1)
    with open_store(db_url) as store:
        list(load_parquet(tmp_path / "out", store))
    assert _counts(db_url) == first


def test_a_loaded_record_is_the_record_written(tmp_path: Path, db_url: str) -> None:
    write_records(RECORDS, [], tmp_path / "out")
    with open_store(db_url) as store:
        list(load_parquet(tmp_path / "out", store, chunk=2))
        assert store.get(summit_record().id) == summit_record()
        assert [e.event.type for e in store.events(EventQuery(dyad=("RUS", "BLR")))] == ["CONSULT"]


def test_export_then_load_moves_a_store(tmp_path: Path, db_url: str) -> None:
    """SQLite to the backend under test through a Parquet folder, failures included."""
    with open_store(str(tmp_path / "source.db")) as source:
        source.upsert(RECORDS)
        source.add_failures([BROKEN])
        write_records(source.records(), [f.failure for f in source.failures()], tmp_path / "moved")
    with open_store(db_url) as target:
        list(load_parquet(tmp_path / "moved", target))
        assert sorted(target.records(), key=lambda r: r.id) == sorted(RECORDS, key=lambda r: r.id)
        assert [f.failure for f in target.failures()] == [BROKEN]
