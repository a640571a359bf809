"""A batch as Parquet datasets (pyarrow), readable by DuckDB, Polars or Spark, and read back.

    DIR/articles/part-00000.parquet      one row per article; `record` holds the whole record (JSON,
                                         the store's own shape, without the text kept in `text`)
    DIR/entities/part-00000.parquet      one row per entity
    DIR/events/day=2025-03-14/part-00000-0.parquet    one row per event, partitioned by publication day
    DIR/quotes/part-00000.parquet        one row per quote
    DIR/failures/part-00000.parquet      one row per input that could not be read or analysed

Each part is written once, under its number: a batch run on any engine writes the same files, and
the articles dataset is enough to rebuild every record (`read_records`), so nothing is lost.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..errors import ConfigError, InputError
from ..model.failure import Failure
from ..model.record import Actor, Record
from ..store.rows import record_from, record_json

DATASETS = ("articles", "entities", "events", "quotes", "failures")
# The events' partition column: the article's publication day as it was written (its own offset).
PARTITION = "day"

ACTOR = pa.struct([("name", pa.string()), ("code", pa.string()), ("sector", pa.string()),
                   ("entity_id", pa.string())])
SCHEMAS = {
    "articles": pa.schema([
        ("id", pa.string()), ("name", pa.string()), ("title", pa.string()), ("published", pa.string()),
        (PARTITION, pa.string()), ("outlet", pa.string()), ("dateline", pa.string()), ("language", pa.string()),
        ("url", pa.string()), ("source", pa.string()), ("entities", pa.int32()), ("times", pa.int32()),
        ("places", pa.int32()), ("quotes", pa.int32()), ("events", pa.int32()), ("text", pa.string()),
        ("record", pa.string()),
    ]),
    "entities": pa.schema([
        ("article_id", pa.string()), ("entity_id", pa.string()), ("name", pa.string()), ("type", pa.string()),
        ("country", pa.string()), ("kind", pa.string()), ("mentions", pa.int32()),
    ]),
    "events": pa.schema([
        ("article_id", pa.string()), ("position", pa.int32()), (PARTITION, pa.string()), ("date", pa.string()),
        ("type", pa.string()), ("mode", pa.string()), ("cameo", pa.string()), ("status", pa.string()),
        ("background", pa.bool_()), ("place", pa.string()),
        ("source_code", pa.string()), ("target_code", pa.string()),  # the first actor's, for simple filters
        ("source", pa.list_(ACTOR)), ("target", pa.list_(ACTOR)),
        ("trigger", pa.string()), ("sentence", pa.string()), ("confidence", pa.float64()),
    ]),
    "quotes": pa.schema([
        ("article_id", pa.string()), ("position", pa.int32()), ("text", pa.string()), ("speaker", pa.string()),
        ("speaker_id", pa.string()), ("direct", pa.bool_()), ("start", pa.int32()), ("end", pa.int32()),
    ]),
    "failures": pa.schema([
        ("name", pa.string()), ("source", pa.string()), ("stage", pa.string()), ("code", pa.string()),
        ("message", pa.string()),
    ]),
}


def publication_day(record: Record) -> str | None:
    """The day of publication as the article gives it (YYYY-MM-DD), or None."""
    return record.published[:10] if record.published else None


def article_row(record: Record) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "title": record.title, "published": record.published,
            PARTITION: publication_day(record), "outlet": record.outlet, "dateline": record.dateline,
            "language": record.language, "url": record.url, "source": record.source,
            "entities": len(record.entities), "times": len(record.times), "places": len(record.places),
            "quotes": len(record.quotes), "events": len(record.events), "text": record.text,
            "record": record_json(record)}


def entity_rows(record: Record) -> Iterator[dict[str, Any]]:
    for entity in record.entities:
        yield {"article_id": record.id, "entity_id": entity.id, "name": entity.name, "type": entity.type,
               "country": entity.country, "kind": entity.kind, "mentions": len(entity.mentions)}


def _actors(actors: tuple[Actor, ...]) -> list[dict[str, Any]]:
    return [{"name": a.name, "code": a.code, "sector": a.sector, "entity_id": a.entity_id} for a in actors]


def event_rows(record: Record) -> Iterator[dict[str, Any]]:
    day = publication_day(record)
    for position, event in enumerate(record.events):
        yield {"article_id": record.id, "position": position, PARTITION: day, "date": event.date,
               "type": event.type, "mode": event.mode, "cameo": event.cameo, "status": event.status,
               "background": event.background, "place": event.place,
               "source_code": event.source[0].code if event.source else None,
               "target_code": event.target[0].code if event.target else None,
               "source": _actors(event.source), "target": _actors(event.target),
               "trigger": event.trigger, "sentence": event.sentence, "confidence": event.confidence}


def quote_rows(record: Record) -> Iterator[dict[str, Any]]:
    for position, quote in enumerate(record.quotes):
        yield {"article_id": record.id, "position": position, "text": quote.text, "speaker": quote.speaker,
               "speaker_id": quote.speaker_id, "direct": quote.direct, "start": quote.start, "end": quote.end}


def part_tables(records: Iterable[Record], failures: Iterable[Failure]) -> dict[str, pa.Table]:
    """The five tables of one part, each in its dataset's schema (empty ones included)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in DATASETS}
    for record in records:
        rows["articles"].append(article_row(record))
        rows["entities"].extend(entity_rows(record))
        rows["events"].extend(event_rows(record))
        rows["quotes"].extend(quote_rows(record))
    rows["failures"] = [failure.to_dict() for failure in failures]
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in DATASETS}


class ParquetBatch:
    """The Parquet datasets of one batch in a new folder (or one holding no file), written part by part."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        # A folder with no file in it is free (a run stopped before its first part leaves one).
        if self.out.exists() and (not self.out.is_dir() or any(p.is_file() for p in self.out.rglob("*"))):
            raise ConfigError("V501", name="--out", reason=f"{self.out} is not an empty folder: give a new one "
                              "(a batch is never written over another)")
        try:
            for name in DATASETS:
                (self.out / name).mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ConfigError("V501", name="--out", reason=f"cannot create {self.out}: {err.strerror or err}") from None

    def write_part(self, number: int, records: Iterable[Record], failures: Iterable[Failure]) -> None:
        """Write part `number` of every dataset (an empty table writes no file)."""
        for name, table in part_tables(records, failures).items():
            if table.num_rows == 0:
                continue
            if name == "events":
                pq.write_to_dataset(table, self.out / name, partition_cols=[PARTITION],
                                    basename_template=f"part-{number:05d}-{{i}}.parquet",
                                    existing_data_behavior="overwrite_or_ignore")
            else:
                pq.write_table(table, self.out / name / f"part-{number:05d}.parquet")


def dataset(folder: str | Path, name: str) -> ds.Dataset:
    """One dataset of a batch folder (the events with their day read back from the folder names)."""
    root = Path(folder) / name
    if name == "events":
        partitioning = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
        return ds.dataset(root, format="parquet", partitioning=partitioning, schema=SCHEMAS[name])
    return ds.dataset(root, format="parquet", schema=SCHEMAS[name])


def check_batch(folder: str | Path) -> Path:
    """The folder, if it holds a batch (InputError V117 naming it otherwise)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("V105", source=root)
    if not (root / "articles").is_dir():
        raise InputError("V117", source=root, reason="no articles/ dataset in it")
    return root


def read_records(folder: str | Path, batch_rows: int = 1000) -> Iterator[Record]:
    """Every record of a batch folder, rebuilt from its articles dataset, streamed."""
    root = check_batch(folder)
    try:
        for batch in dataset(root, "articles").to_batches(columns=["text", "record"], batch_size=batch_rows):
            for text, data in zip(batch.column("text").to_pylist(), batch.column("record").to_pylist()):
                yield record_from(data, text)
    except (pa.ArrowException, OSError) as err:
        raise InputError("V117", source=root, reason=str(err).splitlines()[0]) from None


def read_failures(folder: str | Path) -> Iterator[Failure]:
    """Every failure a batch folder kept."""
    root = check_batch(folder)
    if not (root / "failures").is_dir():
        return
    try:
        for row in dataset(root, "failures").to_table().to_pylist():
            yield Failure(**row)
    except (pa.ArrowException, OSError) as err:
        raise InputError("V117", source=root, reason=str(err).splitlines()[0]) from None


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items (the last one shorter)."""
    rest = iter(items)
    while chunk := list(islice(rest, size)):
        yield chunk


def write_records(records: Iterable[Record], failures: Iterable[Failure], out: str | Path,
                  part_size: int = 1000) -> int:
    """Records already analysed (a store's) and failures as a batch folder; returns how many records."""
    batch = ParquetBatch(out)
    count = number = 0
    for number, part in enumerate(chunks(records, part_size)):
        batch.write_part(number, part, [])
        count += len(part)
    batch.write_part(number + 1 if count else 0, [], list(failures))
    return count


__all__ = ["DATASETS", "ParquetBatch", "check_batch", "dataset", "read_failures", "read_records", "write_records"]
