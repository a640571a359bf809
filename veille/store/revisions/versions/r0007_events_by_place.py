"""Schema version 7: the place filter reads an index.

The filter compared `lower(place)` on every event, after a scan of every stored place had found
the spelling a reader meant (SQLite's lower() knows only ASCII letters, so accents were folded in
Python, place by place). Each event now keeps its place folded as search folds words
(`place_key`, veille.store.rows.place_key), indexed with the list order: «Genes» finds «Gênes»
by one index range. The stored events get theirs here: each distinct place is folded once in
Python, then every event takes its place's key in one UPDATE.

Revision ID: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version
from veille.store.rows import place_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PLACES_PER_INSERT = 1000


def upgrade() -> None:
    op.add_column("events", sa.Column("place_key", sa.Text))
    bind = op.get_bind()
    places = list(bind.exec_driver_sql("SELECT DISTINCT place FROM events WHERE place IS NOT NULL").scalars())
    bind.exec_driver_sql("CREATE TEMPORARY TABLE place_keys (place TEXT PRIMARY KEY, place_key TEXT NOT NULL)")
    keys = sa.table("place_keys", sa.column("place"), sa.column("place_key"))
    for start in range(0, len(places), PLACES_PER_INSERT):
        chunk = places[start:start + PLACES_PER_INSERT]
        bind.execute(keys.insert(), [{"place": p, "place_key": place_key(p)} for p in chunk])
    if bind.dialect.name == "postgresql":
        op.execute("UPDATE events SET place_key = k.place_key FROM place_keys k WHERE k.place = events.place")
    else:
        op.execute("UPDATE events SET place_key = (SELECT k.place_key FROM place_keys k WHERE k.place = events.place) "
                   "WHERE place IS NOT NULL")
    op.execute("DROP TABLE place_keys")
    op.create_index("ix_events_place", "events", ["place_key", "sort_key"])
    record_version(7)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
