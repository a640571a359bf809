"""Schema version 4: SQLite's full-text index is written once per batch, not by a trigger per article.

The insert trigger re-entered FTS5 for every article: writing the batch's rows with one
INSERT ... SELECT after the articles costs a quarter as much (benchmarks/storage.py). The store
does it (veille.store.sqlite.SqliteDialect.index_text); the delete and update triggers stay, as
an article leaves the index the moment it is deleted. PostgreSQL computes its column itself.

Revision ID: 0004
"""
from __future__ import annotations

from alembic import op

from veille.store.revisions.versions import record_version

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS articles_fts_ai")
    record_version(4)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
