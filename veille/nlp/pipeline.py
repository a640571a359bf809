"""Builds and caches the Language: a spaCy model plus veille's components for one language, in order.

The analysed text of an article is its title, a blank line, then its body, so that
names and dates of the headline are read too; `doc._.body_start` says where the body begins.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PipelineError
from ..lang import DEFAULT
from ..model.article import Article
from ..settings import language_model
from . import entities, events, paragraphs, places, quotes, times  # noqa: F401  (registers the components)
from .extensions import register_extensions

# Order matters: each stage may read what an earlier one assigns (checked in check_order).
VEILLE_STAGES = ["veille_entities", "veille_times", "veille_places", "veille_quotes", "veille_events"]


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, language: str = DEFAULT) -> Language:
    """The model (by default the one `language`'s data folder names) with veille's stages for
    `language` added; loaded once per process, model and language."""
    register_extensions()
    model = model or language_model(language)
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise PipelineError("V303", model=model, reason=str(err).splitlines()[0]) from err
    return add_stages(nlp, language)


def add_stages(nlp: Language, language: str = DEFAULT) -> Language:
    """`nlp` with veille's stages appended in order, each built from its factory for `language`."""
    register_extensions()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("veille_paragraphs", before="parser")
    for stage in VEILLE_STAGES:
        nlp.add_pipe(stage, config={"language": language})
    check_order(nlp)
    return nlp


def check_order(nlp: Language) -> None:
    """Fail fast when a stage requires an attribute that no earlier stage assigns."""
    assigned: set[str] = {"doc._.article", "doc._.body_start"}
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        missing = [attr for attr in meta.requires if attr not in assigned and attr.startswith("doc._.")]
        if missing:
            raise PipelineError("V302", stage=name, needs=", ".join(missing))
        assigned.update(meta.assigns)


def analysed_text(article: Article) -> tuple[str, int]:
    """The text the pipeline reads (title, blank line, body) and where the body starts in it."""
    if article.title:
        head = article.title.strip() + "\n\n"
        return head + article.text, len(head)
    return article.text, 0


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc carrying its Article, ready for the components (tokenised only)."""
    text, body_start = analysed_text(article)
    doc = nlp.make_doc(text)
    doc._.article = article
    doc._.body_start = body_start
    return doc


def describe_pipeline(nlp: Language) -> list[dict[str, object]]:
    """Each component in order with its declared requires/assigns (for `veille components`)."""
    rows: list[dict[str, object]] = []
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        rows.append({"name": name, "requires": list(meta.requires), "assigns": list(meta.assigns)})
    return rows
