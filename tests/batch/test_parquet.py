"""The Parquet datasets of a batch: what each holds, read back by pyarrow and DuckDB, and refused inputs."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.store.records_factory import protest_record, summit_record, undated_record
from veille.errors import ConfigError, InputError
from veille.export.parquet import ParquetBatch, dataset, read_failures, read_records, write_records
from veille.model.failure import Failure

BROKEN = Failure("vide", "corpus/vide.txt", "read", "V102", "[V102] corpus/vide.txt is empty")


def test_records_come_back_whole(tmp_path: Path) -> None:
    records = [summit_record(), protest_record(), undated_record()]
    count = write_records(records, [BROKEN], tmp_path / "out", part_size=2)
    assert count == 3
    assert sorted(read_records(tmp_path / "out"), key=lambda r: r.id) == sorted(records, key=lambda r: r.id)
    assert list(read_failures(tmp_path / "out")) == [BROKEN]


def test_events_are_partitioned_by_publication_day(tmp_path: Path) -> None:
    write_records([summit_record(), protest_record()], [], tmp_path / "out")
    days = sorted(p.name for p in (tmp_path / "out" / "events").iterdir())
    assert days == ["day=2024-05-26", "day=2025-03-14"]
    rows = dataset(tmp_path / "out", "events").to_table().to_pylist()
    consult = next(r for r in rows if r["type"] == "CONSULT" and r["day"] == "2024-05-26")
    assert (consult["source_code"], consult["target_code"], consult["date"]) == ("RUS", "BLR", "2024-05-24")
    agree = next(r for r in rows if r["type"] == "AGREE")
    assert [a["code"] for a in agree["source"]] == ["RUS", "BLR"] and agree["target"] == []


def test_duckdb_reads_the_datasets(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_records([summit_record(), protest_record(), undated_record()], [], out)
    events = duckdb.sql(f"SELECT day, count(*) FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning=true) "
                        "GROUP BY day ORDER BY day").fetchall()
    assert [(str(day), n) for day, n in events] == [("2024-05-26", 2), ("2025-03-14", 2)]
    speakers = duckdb.sql(f"SELECT q.speaker, a.title FROM '{out}/quotes/*.parquet' q "
                          f"JOIN '{out}/articles/*.parquet' a ON a.id = q.article_id").fetchall()
    assert speakers == [("Russie", "Sommet à Minsk")]
    entities = duckdb.sql(f"SELECT count(*) FROM '{out}/entities/*.parquet' WHERE country = 'BLR'").fetchall()
    assert entities == [(1,)]


def test_a_batch_is_never_written_over_another(tmp_path: Path) -> None:
    write_records([summit_record()], [], tmp_path / "out")
    with pytest.raises(ConfigError, match="not an empty folder"):
        ParquetBatch(tmp_path / "out")


def test_a_folder_that_is_no_batch_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(InputError, match=r"V117.*notes is not a veille Parquet batch"):
        list(read_records(tmp_path / "notes"))
    with pytest.raises(InputError, match="V105"):
        list(read_records(tmp_path / "missing"))


def test_a_damaged_part_is_named(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_records([summit_record()], [], out)
    (out / "articles" / "part-00000.parquet").write_bytes(b"PAR1 cut short")
    with pytest.raises(InputError, match=r"V117.*out is not a veille Parquet batch"):
        list(read_records(out))
