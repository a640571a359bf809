"""Schema version 1: the tables veille 0.1 created (articles keyed by content hash, children by position).

Revision ID: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.store.revisions.versions import record_version

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column, keys: tuple[str, ...] = ("article_id", "position")) -> None:
    op.create_table(name, sa.Column("article_id", sa.String(64), nullable=False), *columns, sa.PrimaryKeyConstraint(*keys))


def upgrade() -> None:
    op.create_table("schema_version", sa.Column("version", sa.Integer, primary_key=True),
                    sa.Column("applied_at", sa.String(32), nullable=False))
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True), sa.Column("name", sa.Text, nullable=False),
        sa.Column("source", sa.Text), sa.Column("url", sa.Text), sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)), sa.Column("published_utc", sa.String(32)),
        sa.Column("outlet", sa.Text), sa.Column("dateline", sa.Text), sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False), sa.Column("record", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        *[sa.Column(f"n_{part}", sa.Integer, nullable=False) for part in ("entities", "times", "places", "quotes", "events")],
    )
    _child("entities", sa.Column("position", sa.Integer), sa.Column("entity_id", sa.String(64)),
           sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String(8), nullable=False),
           sa.Column("kind", sa.Text), sa.Column("country", sa.String(8)))
    _child("mentions", sa.Column("entity_position", sa.Integer), sa.Column("position", sa.Integer),
           sa.Column("text", sa.Text, nullable=False), sa.Column("start", sa.Integer, nullable=False),
           sa.Column("end", sa.Integer, nullable=False), keys=("article_id", "entity_position", "position"))
    _child("times", sa.Column("position", sa.Integer), sa.Column("text", sa.Text, nullable=False),
           sa.Column("type", sa.String(16), nullable=False), sa.Column("value", sa.String(64)),
           sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False))
    _child("places", sa.Column("position", sa.Integer), sa.Column("name", sa.Text, nullable=False),
           sa.Column("country", sa.String(8)), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
           sa.Column("feature", sa.String(32)), sa.Column("entity_id", sa.String(64)))
    _child("quotes", sa.Column("position", sa.Integer), sa.Column("text", sa.Text, nullable=False),
           sa.Column("speaker", sa.Text), sa.Column("speaker_id", sa.String(64)),
           sa.Column("direct", sa.Boolean, nullable=False), sa.Column("start", sa.Integer, nullable=False),
           sa.Column("end", sa.Integer, nullable=False))
    _child("events", sa.Column("position", sa.Integer), sa.Column("type", sa.String(16), nullable=False),
           sa.Column("mode", sa.Text), sa.Column("cameo", sa.String(16)), sa.Column("status", sa.String(16), nullable=False),
           sa.Column("date", sa.String(64)), sa.Column("day_from", sa.String(10)), sa.Column("day_to", sa.String(10)),
           sa.Column("place", sa.Text), sa.Column("background", sa.Boolean, nullable=False),
           sa.Column("sentence", sa.Text, nullable=False), sa.Column("trigger", sa.Text, nullable=False),
           sa.Column("confidence", sa.Float, nullable=False))
    _child("event_actors", sa.Column("event_position", sa.Integer), sa.Column("role", sa.String(8)),
           sa.Column("position", sa.Integer), sa.Column("name", sa.Text, nullable=False), sa.Column("code", sa.String(16)),
           sa.Column("sector", sa.Text), sa.Column("entity_id", sa.String(64)),
           keys=("article_id", "event_position", "role", "position"))
    op.create_table(
        "failures", sa.Column("source", sa.Text, primary_key=True), sa.Column("name", sa.Text, nullable=False),
        sa.Column("stage", sa.Text, nullable=False), sa.Column("code", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False), sa.Column("failed_at", sa.String(32), nullable=False),
    )
    record_version(1)


def downgrade() -> None:
    raise NotImplementedError("veille does not downgrade a database")
