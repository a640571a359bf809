"""Schema version 9: the status is checked in the index of events by type.

`ix_events_type_sort (type, sort_key, day_to)` read every event of a type in a date range, each row
fetched to check its status when one was asked for (PostgreSQL's bitmap scan then fetched and sorted
thousands of rows for a page of fifty). With the status in the index, only the events of that status
are fetched. The index is made again (a minute or so per million events).

Revision ID: 0009
"""
from __future__ import annotations

from alembic import op

from veille.store.revisions.versions import record_version

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_type_sort", table_name="events")
    op.create_index("ix_events_type_sort", "events", ["type", "sort_key", "day_to", "status"])
    record_version(9)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
