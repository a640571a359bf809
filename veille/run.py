"""process() and process_many(): articles in, Records (or Failures) out, over Language.pipe."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ExtractionError, InputError, PipelineError, VeilleError
from .extract import extract
from .ingest import read_inputs
from .model.article import Article, RawArticle
from .model.failure import Failure, Skipped
from .model.record import Record
from .nlp.pipeline import load_pipeline, make_doc
from .records import build_record
from .settings import Settings

# The longest article body read (about 80,000 words): the parser needs about 1 GB per 100,000 characters.
MAX_ARTICLE_CHARS = 500_000
# Articles handled inside one spaCy memory zone: bounds memory on long batches.
ZONE_SIZE = 500
# With worker processes: spaCy batches per chunk sent to a worker, and chunks in flight per worker.
WORKER_BATCHES = 2
IN_FLIGHT = 2
# The article a new worker reads first: the stages build their tables (lexicons, gazetteer) on first use.
WARM_UP_ARTICLE = Path(__file__).parent / "samples" / "courrier-manifestation-dakar.txt"


def process(raw: RawArticle, settings: Settings | None = None) -> Record:
    """One article to its Record; raises the VeilleError that stopped it."""
    result = next(process_many([raw], settings))
    if isinstance(result, Failure):
        raise PipelineError("V304", stage=result.stage, source=result.source, reason=result.message)
    if isinstance(result, Skipped):
        raise PipelineError("V304", stage="read", source=result.source, reason=result.reason)
    return result


Result = Record | Failure | Skipped


def pipeline(settings: Settings) -> Language:
    """The pipeline of the settings' model, its stages reading the data of the settings' language."""
    return load_pipeline(model=settings.model, language=settings.language)


def process_file(path: str | Path, settings: Settings | None = None) -> Record:
    """Read, extract and analyse one article file (or the first article of a container file or
    folder), read as `veille ingest` reads it (`read_inputs`); raises the InputError that stops
    reading it."""
    for item in read_inputs([path]):
        if isinstance(item, RawArticle):
            return process(item, settings)
        reason = item.message if isinstance(item, Failure) else item.reason
        raise InputError("V101", source=path, reason=reason)
    raise InputError("V106", source=path)


def process_many(inputs: Iterable[RawArticle | Failure | Skipped], settings: Settings | None = None) -> Iterator[Result]:
    """Every article to a Record, or to a Failure saying which stage refused it and why; Failures
    and Skipped files met while reading (`veille.ingest.read_inputs`) pass through in their place."""
    settings = settings or Settings.load()
    if settings.n_process > 1:
        yield from _process_in_workers(inputs, settings)
        return
    nlp = pipeline(settings)
    raws = iter(inputs)
    while chunk := list(islice(raws, ZONE_SIZE)):
        with nlp.memory_zone():
            yield from _process_chunk(nlp, chunk, settings)


def _process_in_workers(inputs: Iterable[RawArticle | Failure | Skipped], settings: Settings) -> Iterator[Result]:
    """The same work spread over `settings.n_process` worker processes, each loading the model once
    (a process pool above Language.pipe: a Doc carrying its Article cannot cross processes, a
    RawArticle and a Record can). Chunks go out a few at a time, so memory stays flat on a corpus of
    any size, and results come back in input order."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no forked copy of the parent's threads or connections
    size = settings.batch_size * WORKER_BATCHES
    raws = iter(inputs)
    with ProcessPoolExecutor(settings.n_process, mp_context=context, initializer=_start_worker,
                             initargs=(settings,)) as pool:
        pending: deque = deque()
        while chunk := list(islice(raws, size)):
            pending.append(pool.submit(_worker_chunk, chunk, settings))
            while len(pending) >= IN_FLIGHT * settings.n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _start_worker(settings: Settings) -> None:
    """Load the pipeline once in a new worker process, and warm it."""
    warm_up(settings)


def warm_up(settings: Settings) -> None:
    """Load the pipeline and read one bundled article with it, so that a new worker process builds
    every stage's tables (about 3 s) before its first task, not inside it."""
    pipeline(settings)
    if WARM_UP_ARTICLE.exists():
        for _ in process_many(read_inputs([WARM_UP_ARTICLE]), replace(settings, n_process=1)):
            pass


def _worker_chunk(chunk: list[RawArticle | Failure | Skipped], settings: Settings) -> list[Result]:
    nlp = pipeline(settings)
    with nlp.memory_zone():
        return list(_process_chunk(nlp, chunk, settings))


def _process_chunk(nlp: Language, raws: list[RawArticle | Failure | Skipped], settings: Settings) -> Iterator[Result]:
    failures: deque[Failure | Skipped] = deque()
    docs = _docs(nlp, raws, failures, settings.language)
    # Language.set_error_handler would also set it on the parser, whose compiled class refuses it
    # (spaCy 3.8); veille's own stages, where article-specific failures happen, use the default one.
    nlp.default_error_handler = _failure_recorder(failures)
    try:
        for doc in nlp.pipe(docs, batch_size=settings.batch_size):
            while failures:
                yield failures.popleft()
            yield build_record(doc)
    finally:
        nlp.default_error_handler = _raise
    yield from failures


def _docs(nlp: Language, raws: list[RawArticle | Failure | Skipped], failures: deque[Failure | Skipped],
          lang: str) -> Iterator[Doc]:
    """Extract each article; one that cannot be read becomes a Failure and is skipped."""
    for raw in raws:
        if not isinstance(raw, RawArticle):
            failures.append(raw)
            continue
        try:
            article = extract(raw, lang)
            _check_length(article)
            yield make_doc(nlp, article)
        except VeilleError as err:
            failures.append(Failure(raw.name, raw.source, "extract", err.code, str(err)))
        except Exception as err:  # a page that breaks a library (lxml, trafilatura) fails alone, the batch goes on
            error = ExtractionError("V202", source=raw.source, reason=f"{type(err).__name__}: {err}"[:300])
            failures.append(Failure(raw.name, raw.source, "extract", error.code, str(error)))


def _check_length(article: Article) -> None:
    """Refuse an article longer than veille reads in one piece (the parser's memory grows with it)."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise ExtractionError("V203", source=article.source, length=len(article.text), limit=MAX_ARTICLE_CHARS)


def _failure_recorder(failures: deque[Failure | Skipped]):
    def record(stage: str, proc: object, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            article = doc._.article
            message = f"[V304] stage {stage} failed on {article.source}: {type(error).__name__}: {error}"
            failures.append(Failure(article.name, article.source, stage, "V304", message))

    return record


def _raise(stage: str, proc: object, docs: list[Doc], error: Exception) -> None:
    raise error
