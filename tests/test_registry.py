"""The pipeline's components, their order and what each requires/assigns, pinned in tests/data/components.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from veille.errors import PipelineError
from veille.nlp.pipeline import check_order, describe_pipeline

GOLDEN = Path(__file__).parent / "data" / "components.json"


@pytest.mark.model
def test_registry_pipeline_matches_the_committed_description(nlp):
    assert describe_pipeline(nlp) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_registry_check_order_refuses_a_stage_before_what_it_requires():
    import spacy

    import veille.nlp.pipeline  # noqa: F401  (registers the components)

    blank: Language = spacy.blank("fr")
    blank.add_pipe("veille_quotes")
    with pytest.raises(PipelineError, match="V302"):
        check_order(blank)
