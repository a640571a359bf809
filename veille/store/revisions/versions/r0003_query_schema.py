"""Schema version 3: tables designed for the queries people run (see veille.store.schema).

The article's text is kept once (the record JSON no longer repeats it); children point to a small
increasing `seq`; actor keys, sort keys and quad classes are stored; the actor side and the pairs
of events have their own indexed tables, and counts per actor, dyad and period are kept. The
tables derived from the records are rebuilt from them after the upgrade (the store does it when
it finds the `rebuild` task), so an old database keeps every article it had.

Revision ID: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_CHILDREN = ("mentions", "event_actors", "events", "quotes", "places", "times", "entities")
OLD_INDEXES = ("ix_articles_published_utc", "ix_articles_outlet", "ix_articles_name", "ix_articles_source",
               "ix_entities_name", "ix_places_country", "ix_events_type", "ix_events_days", "ix_event_actors_code")
OLD_FTS = ("DROP TRIGGER IF EXISTS articles_fts_ai", "DROP TRIGGER IF EXISTS articles_fts_au",
           "DROP TRIGGER IF EXISTS articles_fts_ad", "DROP TABLE IF EXISTS articles_fts")
KEY = 160
SORT_KEY = 48
ARTICLE_COLUMNS = ("id", "name", "source", "url", "title", "published", "published_utc", "outlet", "dateline",
                   "language", "text", "ingested_at", "n_entities", "n_times", "n_places", "n_quotes", "n_events")

# SQLite: an external-content FTS5 index over articles (the text is not copied), kept by triggers.
SQLITE_FTS = (
    """CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq',
       tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
       INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text); END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
       INSERT INTO articles_fts(articles_fts, rowid, title, text)
       VALUES ('delete', old.seq, coalesce(old.title, ''), old.text); END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
       INSERT INTO articles_fts(articles_fts, rowid, title, text)
       VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
       INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text); END""",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
)


def _postgres_fts() -> list[str]:
    """PostgreSQL: French stemming with accents folded by unaccent, in a generated, GIN-indexed column."""
    return [
        "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
        "DO $$ BEGIN CREATE TEXT SEARCH CONFIGURATION veille_fr (COPY = pg_catalog.french); "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "DO $$ DECLARE dict text; BEGIN "
        "SELECT n.nspname || '.unaccent' INTO dict FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'; "
        "EXECUTE format('ALTER TEXT SEARCH CONFIGURATION veille_fr ALTER MAPPING FOR hword, hword_part, word "
        "WITH %s, french_stem', dict); END $$",
        "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('veille_fr'::regconfig, coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX ix_articles_search ON articles USING gin (search)",
    ]


def _child_key() -> list[sa.Column]:
    return [sa.Column("article", sa.Integer, primary_key=True), sa.Column("position", sa.Integer, primary_key=True)]


def _event_columns() -> list[sa.Column]:
    return [sa.Column("article", sa.Integer, nullable=False), sa.Column("position", sa.Integer, nullable=False),
            sa.Column("day_from", sa.String(10)), sa.Column("day_to", sa.String(10)),
            sa.Column("type", sa.String(16), nullable=False), sa.Column("status", sa.String(16), nullable=False)]


CLUSTERED = {"sqlite_with_rowid": False}  # SQLite: the table is its primary key's B-tree


def _create_articles() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False), sa.Column("source", sa.Text),
        sa.Column("input_hash", sa.String(64)), sa.Column("url", sa.Text), sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)), sa.Column("published_utc", sa.String(32)),
        sa.Column("newest", sa.String(32), nullable=False), sa.Column("outlet", sa.Text),
        sa.Column("dateline", sa.Text), sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False), sa.Column("record", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        *[sa.Column(f"n_{part}", sa.Integer, nullable=False) for part in ("entities", "times", "places", "quotes", "events")],
    )
    op.create_index("ix_articles_newest", "articles", [sa.text("newest DESC"), "id"])
    op.create_index("ix_articles_name", "articles", ["name"])
    op.create_index("ix_articles_source", "articles", ["source", "input_hash"])
    op.create_index("ix_articles_url", "articles", ["url"])


def _copy_articles(sqlite: bool) -> None:
    """Every article of version 2 into the new table, oldest first, its record without its text."""
    columns = ", ".join(f'"{c}"' for c in ARTICLE_COLUMNS)
    without_text = "json_remove(record, '$.text')" if sqlite else "(record::jsonb - 'text')::text"
    op.execute(f"INSERT INTO articles ({columns}, newest, record) "
               f"SELECT {columns}, coalesce(published_utc, ''), {without_text} FROM articles_v2 "
               "ORDER BY coalesce(published_utc, ''), id")


def _create_children() -> None:
    op.create_table("entities", *_child_key(), sa.Column("entity_id", sa.String(64)),
                    sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String(8), nullable=False),
                    sa.Column("kind", sa.Text), sa.Column("country", sa.String(8)),
                    sa.Column("mentions", sa.Integer, nullable=False), sa.Column("actor", sa.String(KEY)), **CLUSTERED)
    op.create_index("ix_entities_actor", "entities", ["actor", "article"])
    op.create_table("places", *_child_key(), sa.Column("name", sa.Text, nullable=False),
                    sa.Column("country", sa.String(8)), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
                    sa.Column("feature", sa.String(32)), sa.Column("entity_id", sa.String(64)), **CLUSTERED)
    op.create_table("quotes", *_child_key(), sa.Column("text", sa.Text, nullable=False), sa.Column("speaker", sa.Text),
                    sa.Column("speaker_id", sa.String(64)), sa.Column("speaker_actor", sa.String(KEY)),
                    sa.Column("direct", sa.Boolean, nullable=False), sa.Column("start", sa.Integer, nullable=False),
                    sa.Column("end", sa.Integer, nullable=False), sa.Column("newest", sa.String(32), nullable=False),
                    **CLUSTERED)
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_actor", "newest"])
    op.create_table("events", sa.Column("article", sa.Integer, nullable=False),
                    sa.Column("position", sa.Integer, nullable=False), sa.Column("type", sa.String(16), nullable=False),
                    sa.Column("quad", sa.Integer), sa.Column("mode", sa.Text), sa.Column("cameo", sa.String(16)),
                    sa.Column("status", sa.String(16), nullable=False), sa.Column("date", sa.String(64)),
                    sa.Column("day_from", sa.String(10)), sa.Column("day_to", sa.String(10)),
                    sa.Column("sort_key", sa.String(SORT_KEY), primary_key=True), sa.Column("place", sa.Text),
                    sa.Column("background", sa.Boolean, nullable=False), sa.Column("sentence", sa.Text, nullable=False),
                    sa.Column("trigger", sa.Text, nullable=False), sa.Column("confidence", sa.Float, nullable=False),
                    sa.Column("actors", sa.Text, nullable=False), **CLUSTERED)
    op.create_index("ix_events_article", "events", ["article", "position"])
    op.create_index("ix_events_type_day", "events", ["type", "day_from"])
    op.create_index("ix_events_day", "events", ["day_from"])
    op.create_table("event_sides", sa.Column("key", sa.String(KEY), primary_key=True),
                    sa.Column("sort_key", sa.String(SORT_KEY), primary_key=True),
                    sa.Column("is_source", sa.Boolean, nullable=False), sa.Column("is_target", sa.Boolean, nullable=False),
                    *_event_columns(), **CLUSTERED)
    op.create_table("event_pairs", sa.Column("a", sa.String(KEY), primary_key=True),
                    sa.Column("b", sa.String(KEY), primary_key=True),
                    sa.Column("sort_key", sa.String(SORT_KEY), primary_key=True),
                    sa.Column("forward", sa.Boolean, nullable=False), sa.Column("backward", sa.Boolean, nullable=False),
                    *_event_columns(), **CLUSTERED)


def _create_counts() -> None:
    op.create_table("actors", sa.Column("key", sa.String(KEY), primary_key=True),
                    sa.Column("kind", sa.String(8), nullable=False), sa.Column("country", sa.String(8)),
                    sa.Column("name", sa.Text, nullable=False), sa.Column("name_fold", sa.Text, nullable=False),
                    *[sa.Column(c, sa.Integer, nullable=False) for c in ("mentions", "articles", "events")])
    op.create_index("ix_actors_name", "actors", ["name_fold", "key"])
    op.create_table("actor_names", sa.Column("key", sa.String(KEY), primary_key=True),
                    sa.Column("origin", sa.String(8), primary_key=True), sa.Column("name", sa.Text, primary_key=True),
                    sa.Column("weight", sa.Integer, nullable=False))
    op.create_table("actor_months", sa.Column("key", sa.String(KEY), primary_key=True),
                    sa.Column("month", sa.String(7), primary_key=True), sa.Column("mentions", sa.Integer, nullable=False))
    op.create_table("dyad_days", sa.Column("a", sa.String(KEY), primary_key=True),
                    sa.Column("b", sa.String(KEY), primary_key=True), sa.Column("day", sa.String(10), primary_key=True),
                    sa.Column("quad", sa.Integer, primary_key=True), sa.Column("events", sa.Integer, nullable=False),
                    sa.Column("forward", sa.Integer, nullable=False), sa.Column("backward", sa.Integer, nullable=False))
    op.create_table("dyad_totals", sa.Column("a", sa.String(KEY), primary_key=True),
                    sa.Column("b", sa.String(KEY), primary_key=True), sa.Column("events", sa.Integer, nullable=False))
    op.create_index("ix_dyad_totals_b", "dyad_totals", ["b"])
    op.create_table("store_tasks", sa.Column("name", sa.String(32), primary_key=True))


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in OLD_FTS:
            op.execute(statement)
    for name in OLD_CHILDREN:
        op.drop_table(name)
    for name in OLD_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if not sqlite:  # constraint names are the schema's: the new table takes them
        op.execute("ALTER INDEX IF EXISTS articles_pkey RENAME TO articles_v2_pkey")
    op.rename_table("articles", "articles_v2")
    _create_articles()
    _copy_articles(sqlite)
    op.drop_table("articles_v2")
    _create_children()
    _create_counts()
    for statement in SQLITE_FTS if sqlite else _postgres_fts():
        op.execute(statement)
    op.execute("INSERT INTO store_tasks (name) VALUES ('rebuild')")
    record_version(3)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
