"""A new worker process reads one bundled article before its first task, so that the stages'
tables (event lexicon, gazetteer...) are built then, not inside the first part it analyses."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from veille.lang import language_data
from veille.settings import Settings


def built_tables() -> set[str]:
    """What the worker process has built of French's tables so far (by builder name)."""
    return {build.__name__ for build in language_data("fr")._tables}


@pytest.mark.model
def test_a_new_worker_has_built_the_stage_tables_before_its_first_task() -> None:
    from veille.run import _start_worker

    context = multiprocessing.get_context("spawn")  # a fresh process, as the engines start theirs
    with ProcessPoolExecutor(1, mp_context=context, initializer=_start_worker, initargs=(Settings.load(),)) as pool:
        built = pool.submit(built_tables).result()
    assert {"load_lexicon", "gazetteer", "grammar", "role_phrases"} <= built
