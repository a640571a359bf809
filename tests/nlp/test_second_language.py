"""Adding a language is adding a folder: a minimal one, made here, builds the whole pipeline and no French leaks in."""
from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
import spacy

from veille import lang
from veille.lang import language_data, reading, register_folder
from veille.nlp.pipeline import add_stages, make_doc
from veille.nlp.quotes.lexicon import lexicon
from veille.nlp.times.grammar import vocabulary

pytestmark = pytest.mark.model

FRENCH = Path(lang.__file__).parent / "fr"
# The questions lang/<code>/rules.py answers, answered "no" by a language that knows no such grammar.
NO_GRAMMAR = """
def is_near_future(auxiliary, verb): return False
def is_going_to(auxiliary): return False
def is_have_auxiliary(auxiliary): return False
def is_negation_particle(word): return False
def regular_future_stem(lemma): return lemma
def without_elision(word): return word
def elided_genitive(word): return None
"""
TEXT = "Le ministre a déclaré mardi à Paris : « Nous signerons l'accord la semaine prochaine. »"


def emptied(value: object) -> object:
    """A top-level value of a data file with its words taken out: same kind, no entries (numbers kept)."""
    if isinstance(value, dict):
        return {}
    if isinstance(value, list):
        return []
    if isinstance(value, str):
        return ""
    return value


def write_minimal_language(folder: Path) -> None:
    """Every data file the stages read, under the French names, holding no word: the tables' keys only."""
    for source in FRENCH.rglob("*"):
        if not source.is_file() or source.suffix not in (".json", ".txt", ".tsv"):
            continue
        target = folder / source.relative_to(FRENCH)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".json":
            table = json.loads(source.read_text(encoding="utf-8"))
            target.write_text(json.dumps({k: emptied(v) for k, v in table.items()}), encoding="utf-8")
        else:
            target.write_text("# no entry\n", encoding="utf-8")
    (folder / "reporting_verbs.txt").write_text("blorp\n", encoding="utf-8")
    (folder / "rules.py").write_text(NO_GRAMMAR, encoding="utf-8")


@pytest.fixture
def other_language(tmp_path: Path):
    write_minimal_language(tmp_path / "xx")
    yield register_folder("xx", tmp_path / "xx")
    lang._LANGUAGES.pop("xx", None)


def article(text: str):
    from datetime import datetime

    from veille.model.article import Article, content_id

    return Article(id=content_id(text), name="t", source="test", title=None, published=datetime(2024, 5, 26, 9, 47),
                   published_precision="minute", outlet=None, dateline=None, language="xx", text=text)


def test_second_language_pipeline_reads_only_its_own_folder(nlp, other_language) -> None:
    french = nlp(make_doc(nlp, article(TEXT)))  # French first: any cache not kept per language would now hold French
    assert french._.times and french._.quotes

    blank = spacy.blank("xx")
    blank.add_pipe("sentencizer")
    other = add_stages(blank, "xx")
    assert all(other.get_pipe(name).data is other_language for name in other.pipe_names if name.startswith("veille_"))

    doc = other(make_doc(other, article(TEXT)))
    assert doc._.times == [] and doc._.quotes == [] and doc._.events == []

    with reading(other_language):
        assert lexicon().reporting_lemmas == frozenset({"blorp"})
        assert vocabulary().weekdays == {} and vocabulary().months == {}
    with reading(language_data("fr")):
        assert "blorp" not in lexicon().reporting_lemmas and "declarer" in lexicon().reporting_lemmas


def test_second_language_rules_are_its_own(other_language) -> None:
    assert other_language.rules.is_negation_particle("ne") is False
    assert language_data("fr").rules.is_negation_particle("n’") is True
    assert grammar_questions(other_language.rules) == grammar_questions(language_data("fr").rules)


def grammar_questions(rules) -> set[str]:
    """The public functions a rules.py defines."""
    return {name for name, value in vars(rules).items()
            if inspect.isfunction(value) and value.__module__ == rules.__name__ and not name.startswith("_")}
