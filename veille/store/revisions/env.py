"""Alembic's entry point for veille: migrations run on the connection veille.store.migrations gives,
inside its transaction (which holds the schema lock), never on a URL of their own."""
from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
