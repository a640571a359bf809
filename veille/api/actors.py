"""Actors across articles, as the explorer shows them: one row of the `actors` table per real-world actor.

How keys are made (RUS, PER:ion-vrabie) is veille.store.actors; the counts are kept by the
store on every write (veille.store.tally), so nothing is built in memory here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..store import SqlStore, schema
from ..store.actors import CODE, PERSON_OR_ORG, country_name, entity_key, normalise_key, slug

__all__ = ["CODE", "PERSON_OR_ORG", "ActorInfo", "country_name", "entity_key", "find_actor", "normalise_key", "slug"]


@dataclass(frozen=True)
class ActorInfo:
    """What the A-to-Z index shows about one actor."""

    key: str
    name: str
    kind: str  # state (a code), PER or ORG
    country: str | None
    mentions: int
    articles: int
    events: int

    @classmethod
    def from_row(cls, row: Any) -> "ActorInfo":
        return cls(row.key, row.name, row.kind, row.country, row.mentions, row.articles, row.events)


def find_actor(store: SqlStore, key: str) -> ActorInfo | None:
    """The actor under this key (codes and type prefixes are case-insensitive), or None."""
    act = schema.actors
    with store.engine.connect() as conn:
        row = conn.execute(select(act).where(act.c.key == normalise_key(key))).first()
    return ActorInfo.from_row(row) if row else None
