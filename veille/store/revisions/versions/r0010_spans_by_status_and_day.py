"""Schema version 10: the kept spans are indexed by status and last day.

A status and date filter without a type (`?status=negated&since=...&until=...`) counts its events and
bounds its index read from `event_spans`, whose key starts with the type: both statements read every
kept span (70,000 rows on a million events), twice a request. `ix_event_spans_status (status, day_to,
day_from, events)` reads only the spans of that status ending in or after the range, and holds what the
count sums (no row fetched).

Revision ID: 0010
"""
from __future__ import annotations

from alembic import op

from veille.store.revisions.versions import record_version

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_spans_status", "event_spans", ["status", "day_to", "day_from", "events"])
    record_version(10)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
