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


@dataclass(frozen=True)
class Skipped:
    """A file inside a folder that is not a kind of article veille reads (an image, a note):
    counted in the run's summary, not an error."""

    source: str
    reason: str

