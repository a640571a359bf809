"""process() and process_many(): articles in, Records (or Failures) out, over Language.pipe."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError, PipelineError, VeilleError
from .extract import extract
from .ingest import read_path
from .ingest.containers import file_kind
from .ingest.files import read_file
from .model.article import RawArticle
from .model.failure import Failure, Skipped
from .model.record import Record
from .nlp.pipeline import load_pipeline, make_doc
from .records import build_record
from .settings import Settings

# Articles handled inside one spaCy memory zone: bounds memory on long batches.
ZONE_SIZE = 500


def process(raw: RawArticle, settings: Settings | None = None) -> Record:
    """One article to its Record; raises the VeilleError that stopped it."""
    result = next(process_many([raw], settings))
    if isinstance(result, Failure):
        raise PipelineError("V304", stage=result.stage, source=result.source, reason=result.message)
    return result


Result = Record | Failure | Skipped


def process_file(path: str | Path, settings: Settings | None = None) -> Record:
    """Read, extract and analyse one article file (or the first article of a container file);
    raises the InputError that stops reading it."""
    path = Path(path)
    if file_kind(path) in (None, "article"):
        return process(read_file(path), settings)
    for item in read_path(path):
        if isinstance(item, RawArticle):
            return process(item, settings)
        raise PipelineError("V304", stage="read", source=path, reason=getattr(item, "message", None) or item.reason)
    raise InputError("V106", source=path)


def process_many(inputs: Iterable[RawArticle | Failure | Skipped], settings: Settings | None = None) -> Iterator[Result]:
    """Every article to a Record, or to a Failure saying which stage refused it and why; Failures
    and Skipped files met while reading (`veille.ingest.read_inputs`) pass through in their place."""
    settings = settings or Settings.load()
    nlp = load_pipeline(settings.model)
    raws = iter(inputs)
    while chunk := list(islice(raws, ZONE_SIZE)):
        with nlp.memory_zone():
            yield from _process_chunk(nlp, chunk, settings)


def _process_chunk(nlp: Language, raws: list[RawArticle | Failure | Skipped], settings: Settings) -> Iterator[Result]:
    failures: deque[Failure | Skipped] = deque()
    docs = _docs(nlp, raws, failures)
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


def _docs(nlp: Language, raws: list[RawArticle | Failure | Skipped], failures: deque[Failure | Skipped]) -> Iterator[Doc]:
    """Extract each article; one that cannot be read becomes a Failure and is skipped."""
    for raw in raws:
        if not isinstance(raw, RawArticle):
            failures.append(raw)
            continue
        try:
            yield make_doc(nlp, extract(raw))
        except VeilleError as err:
            failures.append(Failure(raw.name, raw.source, "extract", err.code, str(err)))


def _failure_recorder(failures: deque[Failure]):
    def record(stage: str, proc: object, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            article = doc._.article
            message = f"[V304] stage {stage} failed on {article.source}: {type(error).__name__}: {error}"
            failures.append(Failure(article.name, article.source, stage, "V304", message))

    return record


def _raise(stage: str, proc: object, docs: list[Doc], error: Exception) -> None:
    raise error
