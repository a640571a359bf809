"""What the entities stage decides about a group of mentions: shared by the component, roles and nationality
(which enrich it), so that none of them imports another for it."""
from __future__ import annotations

from dataclasses import dataclass

from .mentions import Candidate


@dataclass
class Resolved:
    """A group of mentions with what was decided about it."""

    members: list[Candidate]
    type: str
    name: str
    kind: str | None = None
    country: str | None = None
