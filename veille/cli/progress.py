"""The progress bar of long commands: articles done, rate and time left (or a spinner and rate
when the number of articles is not known in advance, as in a JSON Lines dump)."""
from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class RateColumn(TextColumn):
    """Articles per second."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[override]
        speed = task.finished_speed or task.speed
        return self.text_format if speed is None else f"{speed:.1f} art./s"


def article_progress(console: Console, total: int | None, enabled: bool = True) -> Progress:
    """A transient progress display on stderr; off when there is one article or fewer."""
    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn(), TaskProgressColumn(), RateColumn(), TimeRemainingColumn()]
    else:
        columns += [MofNCompleteColumn(), RateColumn(), TimeElapsedColumn()]
    return Progress(*columns, console=console, transient=True,
                    disable=not enabled or (total is not None and total < 2))
