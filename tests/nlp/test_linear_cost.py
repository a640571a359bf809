"""The indexes that keep the stages' cost linear in an article's length give the answers the
plain scans they replace gave (hypothesis compares the two), and the long benchmark article is
as long as asked."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from benchmarks.corpus import long_article
from veille.extract import extract
from veille.nlp.entities.coref import Groups
from veille.nlp.entities.nationality import MarkIndex
from veille.nlp.extensions import doc_text, register_extensions
from veille.nlp.times.grammar import Candidate, select
from veille.textnorm import CACHED_FOLD_LENGTH, _fold_name, fold_name

spans = st.tuples(st.integers(0, 60), st.integers(1, 12), st.integers(0, 5))


def select_by_scan(found: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates, each checked against every one kept (the old way)."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


@given(st.lists(spans, max_size=40))
def test_time_candidates_selected_as_by_a_full_scan(rows: list[tuple[int, int, int]]) -> None:
    found = [Candidate("date", start, start + length, {}, order) for start, length, order in rows]
    assert select(found) == select_by_scan(found)


@given(st.integers(1, 30), st.lists(st.tuples(st.integers(0, 29), st.integers(0, 29)), max_size=60))
def test_union_find_sizes_count_the_members(size: int, pairs: list[tuple[int, int]]) -> None:
    groups = Groups(size)
    for i, j in pairs:
        groups.union(i % size, j % size)
    for members in groups.members():
        assert groups.sizes[groups.find(members[0])] == len(members)


@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["UKR", "RUS", "FRA"])), max_size=40),
       st.integers(0, 50), st.integers(0, 50))
def test_marks_of_a_sentence_as_by_a_full_scan(marks: list[tuple[int, str]], start: int, end: int) -> None:
    expected = [(position, code) for position, code in marks if start <= position < end]
    assert MarkIndex(marks).between(start, end) == expected


@given(st.text(max_size=2 * CACHED_FOLD_LENGTH))
def test_cached_folding_folds_like_the_plain_one(text: str) -> None:
    assert fold_name(text) == _fold_name(text)
    assert fold_name(text) == _fold_name(text)  # the second answer comes from the cache


def test_doc_text_is_the_text_read_once() -> None:
    register_extensions()
    doc = Doc(Vocab(), words=["Kiev", ",", "le", "3", "mars"], spaces=[False, True, True, True, False])
    first = doc_text(doc)
    assert first == doc.text == "Kiev, le 3 mars"
    assert doc_text(doc) is first  # the same string: not rebuilt from the tokens


def test_long_benchmark_article_keeps_its_length() -> None:
    """Every paragraph differs, so extraction (which drops repeated paragraphs) keeps them all."""
    article = extract(long_article(30_000), lang="fr")
    paragraphs = [article.text[a:b] for a, b in article.paragraphs]
    assert len(set(paragraphs)) == len(paragraphs)
    assert len(article.text.split()) * 6 // 5 >= 29_000
