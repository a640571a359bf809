"""What a batch yields besides Records: a Failure when one article cannot be read, a Skipped for an
input it does not analyse, a Changed when a known input holds another text."""
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



@dataclass(frozen=True)
class Unchanged(Skipped):
    """An input already stored from the same source with the same bytes: not analysed again."""

    reason: str = "already stored, unchanged"


@dataclass(frozen=True)
class Changed:
    """A source stored before whose bytes are new: the record read now is `article_id`, stored as a new
    version of the article (`replaced`: same URL or text, so the same id) or as another one, the
    earlier kept."""

    source: str
    article_id: str
    replaced: bool
