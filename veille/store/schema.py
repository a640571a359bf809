"""The database tables, in SQLAlchemy Core: portable between SQLite and PostgreSQL.

`articles.record` keeps the whole contract JSON so that a stored Record reads back exactly;
the other tables spread its parts out for queries. Children are keyed by (article_id,
position) and go with their article (ON DELETE CASCADE), so re-ingesting an article
replaces them all. Times are ISO strings (UTC for instants), which sort as times do.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

# JSON in SQLite, JSONB in PostgreSQL.
RecordJSON = JSON().with_variant(JSONB(), "postgresql")



def _article_fk() -> ForeignKey:
    """A child's link to its article; a ForeignKey object belongs to one column, hence a function."""
    return ForeignKey("articles.id", ondelete="CASCADE")

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),  # content hash (veille.model.article.content_id)
    Column("name", Text, nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(40)),  # as the contract writes it, with its offset
    Column("published_utc", String(32)),  # the same instant in UTC, for ordering and filters
    Column("outlet", Text),
    Column("dateline", Text),
    Column("language", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("record", RecordJSON, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    # counts, kept with the article so that listing needs no join
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_times", Integer, nullable=False, default=0),
    Column("n_places", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Index("ix_articles_published_utc", "published_utc"),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_name", "name"),
    Index("ix_articles_source", "source"),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("entity_id", String(64)),  # the record's own id (e1, e2...), unique within its article
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("kind", Text),
    Column("country", String(8)),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("entity_position", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    ForeignKeyConstraint(
        ["article_id", "entity_position"], ["entities.article_id", "entities.position"], ondelete="CASCADE"
    ),
)

times = Table(
    "times",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(32)),
    Column("entity_id", String(64)),
    Index("ix_places_country", "country"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_id", String(64)),
    Column("direct", Boolean, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("cameo", String(16)),
    Column("status", String(16), nullable=False),
    Column("date", String(64)),  # TIMEX3 value as found
    # the days the event covers: its own date, or its article's publication day when it has none
    Column("day_from", String(10)),
    Column("day_to", String(10)),
    Column("place", Text),
    Column("background", Boolean, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_events_type", "type"),
    Index("ix_events_days", "day_from", "day_to"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("event_position", Integer, primary_key=True),
    Column("role", String(8), primary_key=True),  # source / target
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("code", String(16)),
    Column("sector", Text),
    Column("entity_id", String(64)),
    ForeignKeyConstraint(
        ["article_id", "event_position"], ["events.article_id", "events.position"], ondelete="CASCADE"
    ),
    Index("ix_event_actors_code", "code", "role"),
)

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

# Children first: the order in which an article's rows are deleted and the reverse of inserts.
CHILD_TABLES = (mentions, entities, times, places, quotes, event_actors, events)

# What `veille watch` asks the next poll of a feed with (conditional GET).
feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(32)),
)

