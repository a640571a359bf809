"""A failure: what a batch yields instead of a Record when one article cannot be read."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Failure:
    """One article that could not be processed, and why; kept next to the records."""

    name: str
    source: str
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict:
        return asdict(self)
