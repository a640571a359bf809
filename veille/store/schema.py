"""The database tables, in SQLAlchemy Core: the same on SQLite and PostgreSQL (schema version 10).

Designed for the queries people run rather than as a copy of the record:

- `articles` keeps each article once: its text in `text`, the rest of its record as JSON in
  `record` (the text is not repeated there). `seq` is a small increasing key: children point to
  it, so their rows append to the end of their tables instead of landing at random pages.
  Child tables are clustered on their key in SQLite (WITHOUT ROWID): one B-tree each, no copy.
- `entities`, `places`, `quotes` and `events` spread the parts out for filters, each row already
  carrying what its queries sort or group by (an entity's actor key, a quote's speaker key, an
  event's quad class and sort key): no query has to rebuild them.
- `event_sides` is the actor side of events: one row per event and actor key (a person's key and
  the code of the state they act for both stand on their side), indexed by key and date.
  `event_pairs` holds one row per event and pair of keys on opposite sides, indexed by pair and date.
- `actors`, `actor_names`, `actor_months`, `dyad_days`, `dyad_totals` and `event_spans` are counts
  kept up to date by every write (veille.store.tally), so the actor pages, dyad timelines and
  counts of a type's events in a date range read a few rows.

Times are ISO strings (UTC for instants), which sort as the times they name. `newest` and
`sort_key` are never NULL ('' when undated), so ordering is the same on every database.
The migrations (veille/store/revisions) build exactly these tables; tests/store compares them.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# A key of an actor: a code (RUS, NATO) or TYPE:normalised-name (PER:ion-vrabie).
KEY = 160


def _child_key() -> tuple[Column, Column]:
    """A child's key: its article's seq and its position in the record. The store deletes an
    article's children itself (no foreign key to check on every insert)."""
    return Column("article", Integer, primary_key=True), Column("position", Integer, primary_key=True)


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),  # content hash (veille.model.article.content_id)
    Column("name", Text, nullable=False),
    Column("source", Text),
    Column("input_hash", String(64)),  # hash of the input's bytes: the same input is never analysed twice
    Column("url", Text),
    Column("title", Text),
    Column("published", String(40)),  # as the contract writes it, with its offset
    Column("published_utc", String(32)),  # the same instant in UTC, for filters
    Column("newest", String(32), nullable=False),  # published_utc or '': the sort key of "newest first"
    Column("outlet", Text),
    Column("dateline", Text),
    Column("language", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the record's JSON without its text
    Column("ingested_at", String(32), nullable=False),
    # counts, kept with the article so that listing needs no join
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_times", Integer, nullable=False, default=0),
    Column("n_places", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Index("ix_articles_name", "name"),
    Index("ix_articles_source", "source", "input_hash"),
    Index("ix_articles_url", "url"),
)
# Newest first, ties in id order: how every list of articles comes.
Index("ix_articles_newest", articles.c.newest.desc(), articles.c.id)

entities = Table(
    "entities",
    metadata,
    *_child_key(),
    Column("entity_id", String(64)),  # the record's own id (e1, e2...), unique within its article
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("kind", Text),
    Column("country", String(8)),
    Column("mentions", Integer, nullable=False),
    Column("actor", String(KEY)),  # the actor it stands for, or NULL (a city, a MISC)
    Index("ix_entities_actor", "actor", "article"),
    sqlite_with_rowid=False,
)

places = Table(
    "places",
    metadata,
    *_child_key(),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(32)),
    Column("entity_id", String(64)),
    sqlite_with_rowid=False,
)

quotes = Table(
    "quotes",
    metadata,
    *_child_key(),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_id", String(64)),
    Column("speaker_actor", String(KEY)),  # the speaker's actor key, when the speaker is an entity
    Column("direct", Boolean, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("newest", String(32), nullable=False),  # the article's: quotes by an actor come newest first
    Index("ix_quotes_speaker", "speaker_actor", "newest"),
    sqlite_with_rowid=False,
)

# Every event list is in sort_key order: "day_from published_utc seq inverted-position" ('' parts
# when unknown), unique per event, so that one index column orders newest first (read backwards:
# oldest first) and a page's last key is the cursor of the next one.
SORT_KEY = 48

events = Table(
    "events",
    metadata,
    Column("article", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("quad", Integer),  # PLOVER quad class 1-4 (veille.model.plover), NULL when unknown
    Column("mode", Text),
    Column("cameo", String(16)),
    Column("status", String(16), nullable=False),
    Column("date", String(64)),  # TIMEX3 value as found
    # the days the event covers: its own date, or its article's publication day when it has none
    Column("day_from", String(10)),
    Column("day_to", String(10)),
    Column("sort_key", String(SORT_KEY), primary_key=True),
    Column("place", Text),
    Column("background", Boolean, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("actors", Text, nullable=False),  # JSON: {"source": [[name, code, sector, entity_id, key]...], ...}
    # the place folded as search folds words (veille.textnorm.fold_text): «Genes» finds «Gênes» in an index
    Column("place_key", Text),
    Index("ix_events_article", "article", "position"),
    # events of a type in a date range, in list order: bounded on both sides of sort_key (see
    # event_spans), day_to and status in the index so that the range's other end and the status are
    # checked without the row
    Index("ix_events_type_sort", "type", "sort_key", "day_to", "status"),
    # events at a place, in list order
    Index("ix_events_place", "place_key", "sort_key"),
    sqlite_with_rowid=False,
)


def _event_columns() -> list[Column]:
    """What the side and pair rows repeat of their event, so that filters need no join."""
    return [
        Column("article", Integer, nullable=False),
        Column("position", Integer, nullable=False),
        Column("day_from", String(10)),
        Column("day_to", String(10)),
        Column("type", String(16), nullable=False),
        Column("status", String(16), nullable=False),
    ]


# One row per event and actor key on its sides; the table is its index (key, date order).
event_sides = Table(
    "event_sides",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("sort_key", String(SORT_KEY), primary_key=True),
    Column("is_source", Boolean, nullable=False),
    Column("is_target", Boolean, nullable=False),
    *_event_columns(),
    sqlite_with_rowid=False,
)

# One row per event and pair of keys on opposite sides (a <= b); the table is its index.
event_pairs = Table(
    "event_pairs",
    metadata,
    Column("a", String(KEY), primary_key=True),
    Column("b", String(KEY), primary_key=True),
    Column("sort_key", String(SORT_KEY), primary_key=True),
    Column("forward", Boolean, nullable=False),  # a among the sources, b among the targets
    Column("backward", Boolean, nullable=False),  # b among the sources, a among the targets
    *_event_columns(),
    sqlite_with_rowid=False,
)

# -- counts kept up to date on every write ---------------------------------------------------------

actors = Table(
    "actors",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("kind", String(8), nullable=False),  # state (codes, blocs included), PER or ORG
    Column("country", String(8)),
    Column("name", Text, nullable=False),  # what it is most often called
    Column("name_fold", Text, nullable=False),  # the name folded (veille.textnorm.fold_text), for A to Z
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("events", Integer, nullable=False),
    Index("ix_actors_name", "name_fold", "key"),
)

actor_names = Table(
    "actor_names",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("origin", String(8), primary_key=True),  # entity (its entities' names) or actor (event actors')
    Column("name", Text, primary_key=True),
    Column("weight", Integer, nullable=False),  # mentions, or event actors so named
)

actor_months = Table(
    "actor_months",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("month", String(7), primary_key=True),  # of publication
    Column("mentions", Integer, nullable=False),
)

dyad_days = Table(
    "dyad_days",
    metadata,
    Column("a", String(KEY), primary_key=True),  # a <= b: a dyad either way round
    Column("b", String(KEY), primary_key=True),
    Column("day", String(10), primary_key=True),  # the event's first day, '' when undated
    Column("quad", Integer, primary_key=True),  # 0 when the type has no quad class
    Column("events", Integer, nullable=False),  # either way round
    Column("forward", Integer, nullable=False),  # a acting on b
    Column("backward", Integer, nullable=False),  # b acting on a
)

dyad_totals = Table(
    "dyad_totals",
    metadata,
    Column("a", String(KEY), primary_key=True),
    Column("b", String(KEY), primary_key=True),
    Column("events", Integer, nullable=False),
    Index("ix_dyad_totals_b", "b"),
)

# Events per type, span of days ('' when undated) and status: the count of a type, a status or both in a
# date range reads a few rows, and the earliest first day of the events reaching into a range bounds the
# page's index read from below (an event's span may start long before the range: a year, a month).
event_spans = Table(
    "event_spans",
    metadata,
    Column("type", String(16), primary_key=True),
    Column("day_from", String(10), primary_key=True),
    Column("day_to", String(10), primary_key=True),
    Column("status", String(16), primary_key=True),
    Column("events", Integer, nullable=False),
    # a status's spans reaching into a range, without a type: read in the index, which holds the count
    Index("ix_event_spans_status", "status", "day_to", "day_from", "events"),
    sqlite_with_rowid=False,
)

# -- ingestion bookkeeping -------------------------------------------------------------------------

failures = Table(
    "failures",
    metadata,
    Column("source", Text, primary_key=True),  # one row per input: a newer failure replaces an older one
    Column("name", Text, nullable=False),
    Column("stage", Text, nullable=False),
    Column("code", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("failed_at", String(32), nullable=False),
)

# What `veille watch` asks the next poll of a feed with (conditional GET).
feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(32)),
)

# Work a migration leaves for the store (`rebuild`: derive every table from the articles again).
store_tasks = Table(
    "store_tasks",
    metadata,
    Column("name", String(32), primary_key=True),
)

# The rows one article writes, in insert order (parents first).
ARTICLE_TABLES = (articles, entities, places, quotes, events, event_sides, event_pairs)
COUNT_TABLES = (actors, actor_names, actor_months, dyad_days, dyad_totals, event_spans)
