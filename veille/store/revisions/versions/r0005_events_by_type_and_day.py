"""Schema version 5: events of a type in a date range read an index bounded on both sides.

`ix_events_type_day (type, day_from)` bounded the first day from above only, so a page and its
count read every event of the type before the range's end. `ix_events_type_sort (type, sort_key,
day_to)` reads in list order (no sort), and the kept `event_spans` (events per type and span of
days) give the count and the earliest first day of the events reaching into the range, which
bounds the read from below. The counts are filled here from the stored events. `ix_events_day
(day_from)` goes: the primary key (sort_key, which starts with day_from) bounds a date range as well,
in list order, and one index fewer is written per event.

Revision ID: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_type_day", table_name="events")
    op.drop_index("ix_events_day", table_name="events")  # the primary key, sort_key, starts with the day
    op.create_index("ix_events_type_sort", "events", ["type", "sort_key", "day_to"])
    op.create_table("event_spans", sa.Column("type", sa.String(16), primary_key=True),
                    sa.Column("day_from", sa.String(10), primary_key=True),
                    sa.Column("day_to", sa.String(10), primary_key=True),
                    sa.Column("events", sa.Integer, nullable=False), sqlite_with_rowid=False)
    op.execute("INSERT INTO event_spans (type, day_from, day_to, events) "
               "SELECT type, coalesce(day_from, ''), coalesce(day_to, ''), count(*) FROM events "
               "GROUP BY type, coalesce(day_from, ''), coalesce(day_to, '')")
    record_version(5)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
