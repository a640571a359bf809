"""Schema version 2: the state of watched feeds (what `veille watch` asks the next poll with).

Revision ID: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("feeds", sa.Column("url", sa.Text, primary_key=True), sa.Column("etag", sa.Text),
                    sa.Column("last_modified", sa.Text), sa.Column("checked_at", sa.String(32)))
    record_version(2)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
