"""What a long command shows of its results as they come, and counts: the loop `veille ingest` and
`veille batch` share (a progress bar, one line per failure or note, the summary and exit code)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import typer

from ..model.failure import Changed, Failure, Skipped, Unchanged
from . import console, errors
from .progress import article_progress


@dataclass
class Counts:
    """How a run's inputs ended."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    unchanged: int = 0


def follow(results: Iterable[object], total: int | None, starting: str, working: str) -> Counts:
    """Count `results` while showing them: the progress bar (`starting` until the first result, then
    `working`), a line on stderr for each failure and each note about a changed input."""
    counts = Counts()
    with article_progress(errors, total) as progress:
        task = progress.add_task(starting, total=total)
        for result in results:
            if isinstance(result, Changed):  # a note about a result still to come, not one more input
                errors.print(f"[yellow]note:[/yellow] {changed_line(result)}", highlight=False, soft_wrap=True)
                continue
            progress.update(task, advance=1, description=working)
            _count(counts, result)
    return counts


def _count(counts: Counts, result: object) -> None:
    if isinstance(result, Unchanged):
        counts.unchanged += 1
    elif isinstance(result, Skipped):
        counts.skipped += 1
    elif isinstance(result, Failure):
        counts.failed += 1
        errors.print(f"[red]error:[/red] {failure_line(result)}", highlight=False, soft_wrap=True)
    else:
        counts.done += 1


def finish(counts: Counts, where: str) -> None:
    """Print the run's summary; exit with 1 when any input failed."""
    console.print(summary(counts, where), highlight=False, soft_wrap=True)
    if counts.failed:
        raise typer.Exit(1)


def summary(counts: Counts, where: str) -> str:
    """The run's one-line summary: done (`where`: "stored in URL", "written to DIR"), already stored,
    failed and skipped."""
    line = f"{counts.done} article(s) {where}"
    if counts.unchanged:
        line += f", {counts.unchanged} already stored (unchanged, not analysed again)"
    if counts.failed:
        line += f", [red]{counts.failed} failed[/red]"
    if counts.skipped:
        line += f", {counts.skipped} file(s) skipped (not articles)"
    return line


def failure_line(failure: Failure) -> str:
    """The failure's message, naming its input (a record inside a container by its number) once."""
    if failure.source in failure.message:
        return failure.message
    container = failure.source.rpartition("#")[0]
    if container and container in failure.message:
        return failure.message.replace(container, failure.source, 1)
    return f"{failure.source}: {failure.message}"


def changed_line(changed: Changed) -> str:
    """What became of a known path's new text."""
    if changed.replaced:
        return f"{changed.source} holds a new text of article {changed.article_id[:10]}: stored as its new version"
    return (f"{changed.source} holds another text than the one stored from it: stored as article "
            f"{changed.article_id[:10]}, the earlier one kept")
