"""The Dask engine: parts of a batch analysed on a distributed cluster, one task per part.

Without a scheduler address a `distributed.LocalCluster` of `workers` processes (one thread each:
spaCy's parser holds the GIL) is started and stopped here. A WorkerPlugin loads the model once
in every worker, before its first task and in workers that join later; a task then finds it in
the worker's cache (veille.nlp.pipeline.load_pipeline). Articles travel to the workers as
RawArticles (their bytes), so workers need no access to the corpus's files.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from dask.typing import Key
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from ..errors import ConfigError
from ..settings import Settings
from .parts import Part, Result, analyse_part, lost_part

# Parts in flight per worker: one running, one waiting, so no worker idles between two tasks.
IN_FLIGHT = 2
DEFAULT_WORKERS = 2
# How long to wait for a scheduler to answer, and for its first worker.
CONNECT_SECONDS = 20


class LoadModel(WorkerPlugin):
    """Loads veille's pipeline once in each worker, and reads an article with it (veille.run.warm_up)."""

    name = "veille-model"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: object) -> None:
        from ..run import warm_up

        warm_up(self.settings)


def cluster_parts(parts: Iterable[Part], settings: Settings, scheduler: str | None,
                  workers: int | None) -> Iterator[tuple[int, list[Result]]]:
    """Each part's number and results, as parts finish (not in order)."""
    with _client(scheduler, workers or DEFAULT_WORKERS) as client:
        client.register_plugin(LoadModel(settings))
        yield from _run(client, iter(parts), settings, IN_FLIGHT * max(1, len(client.nthreads())))


def _run(client: Client, parts: Iterator[Part], settings: Settings, in_flight: int) -> Iterator[tuple[int, list[Result]]]:
    inputs: dict[Key, Part] = {}  # by the key of the future that analyses the part
    running = as_completed()
    for part in islice(parts, in_flight):
        running.add(_submit(client, part, settings, inputs))
    for future in running:
        number, items = inputs.pop(future.key)
        try:
            results = future.result()
        except Exception as err:  # a worker lost or a task that cannot run: its articles become failures
            results = lost_part(items, "worker", err)
        future.release()
        yield number, results
        for part in islice(parts, 1):
            running.add(_submit(client, part, settings, inputs))


def _submit(client: Client, part: Part, settings: Settings, inputs: dict[Key, Part]):  # noqa: ANN202
    number, items = part
    future = client.submit(analyse_part, items, settings, pure=False)
    inputs[future.key] = part
    return future


def _connect(scheduler: str) -> Client:
    """A client of a running scheduler that has at least one worker (ConfigError naming it otherwise)."""
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, ValueError, TimeoutError) as err:
        raise ConfigError("V501", name="--scheduler", reason=f"cannot reach {scheduler}: {err}") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError:
        client.close()
        raise ConfigError("V501", name="--scheduler", reason=f"{scheduler} has no worker (start some with "
                          f"`dask worker {scheduler}`)") from None
    return client


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at this address, or of a new LocalCluster closed with it."""
    if scheduler:
        with _connect(scheduler) as client:
            yield client
        return
    # The scheduler runs in this process and logs each worker's comings and goings over the progress bar.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client
