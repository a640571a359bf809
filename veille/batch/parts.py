"""One part of a batch: a list of inputs analysed into a list of results, wherever it runs."""
from __future__ import annotations

from dataclasses import replace

from ..ingest import Input
from ..model.failure import Failure, Skipped
from ..model.record import Record
from ..settings import Settings

Result = Record | Failure | Skipped
Part = tuple[int, list[Input]]  # its number and its inputs
# Articles per part: one Dask task, one file of each dataset; big enough that a task outweighs its
# scheduling, small enough that two workers share a small corpus.
PART_SIZE = 32


def analyse_part(inputs: list[Input], settings: Settings) -> list[Result]:
    """The part's results in input order, as `veille ingest` makes them, in this process."""
    from ..run import process_many  # the NLP stack is loaded only where articles are analysed

    return list(process_many(inputs, replace(settings, n_process=1)))


def lost_part(inputs: list[Input], stage: str, error: BaseException) -> list[Result]:
    """The part's inputs as Failures when the part itself could not be analysed (a worker died):
    every article is named, none is lost."""
    results: list[Result] = []
    for item in inputs:
        if isinstance(item, (Failure, Skipped)):
            results.append(item)
            continue
        reason = f"{type(error).__name__}: {error}"[:300]
        message = f"[V304] stage {stage} failed on {item.source}: {reason}"
        results.append(Failure(item.name, item.source, stage, "V304", message))
    return results
