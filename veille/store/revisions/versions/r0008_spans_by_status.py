"""Schema version 8: the kept spans count events per status too.

A list filtered by status (with a type, a date range, or both) counted its events by reading every
event of the type or range (tens of thousands on a million events); `event_spans` now keeps its
counts per type, span of days and status, so such a count is a sum of a few of its rows, and the
earliest event of that status reaching into a range bounds the page's index read. The table is
made again here from the stored events.

Revision ID: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("event_spans")
    op.create_table("event_spans", sa.Column("type", sa.String(16), primary_key=True),
                    sa.Column("day_from", sa.String(10), primary_key=True),
                    sa.Column("day_to", sa.String(10), primary_key=True),
                    sa.Column("status", sa.String(16), primary_key=True),
                    sa.Column("events", sa.Integer, nullable=False), sqlite_with_rowid=False)
    op.execute("INSERT INTO event_spans (type, day_from, day_to, status, events) "
               "SELECT type, coalesce(day_from, ''), coalesce(day_to, ''), status, count(*) FROM events "
               "GROUP BY type, coalesce(day_from, ''), coalesce(day_to, ''), status")
    record_version(8)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
