"""The schema's revisions, one file each, applied in order by Alembic; never edit one that has shipped."""
from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op


def record_version(number: int) -> None:
    """Note the version in `schema_version`, as veille did before Alembic (older veilles read it)."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    op.execute(sa.text("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)").bindparams(v=number, t=now))
