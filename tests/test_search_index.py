"""The fast search index returns exactly the hits of the straightforward ranking, on random packs and queries;
the content cache is reused only while the content is unchanged.

`rank_all` (term by term, in `desktop.core.search.index`) is the definition; `SearchIndex` must agree with it on every
query: prefixes, typos (one edit, near a word's start or anywhere), several words, accents and case, words that
only occur in an entry's text, and plain random text.
"""

from __future__ import annotations

import os
import shutil
from array import array
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex

from desktop import resources
from desktop.content import cache_file, load_content
from desktop.core.content.content_cache import cached
from desktop.core.content.loader import load_glossary
from desktop.core.content.model import Glossary, Relation, RelationKind, Source, Term
from desktop.core.search import postings
from desktop.core.search.index import FoldedTerm, SearchIndex, rank_all
from desktop.core.search.postings import PositionSets, Vocabulary, fold_many, fold_text
from desktop.core.search.textfold import fold

# Few, overlapping words, so that prefixes, one-edit neighbours, shared words and accents meet often.
WORDS = (
    "reward",
    "rewrad",
    "rewards",
    "model",
    "modal",
    "mode",
    "models",
    "align",
    "alignment",
    "alinement",
    "rlhf",
    "rlfh",
    "café",
    "cafe",
    "naïve",
    "naive",
    "straße",
    "strasse",
    "ab",
    "abc",
    "abcd",
    "abdc",
    "bacd",
    "x",
    "xy",
    "Ωmega",
    "omega",
    "hacking",
    "hack",
    "AI",
    "ai",
)
TEXT = st.text(alphabet="abcdeé ß-'ĳ½ΩI\u0301", max_size=12)
NAME = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    TEXT,
)


@st.composite
def terms(draw: Any, max_count: int = 14) -> list[Term]:
    count = draw(st.integers(min_value=0, max_value=max_count))
    out = []
    for i in range(count):
        body_words = draw(st.lists(st.sampled_from((*WORDS, "coinrun", "zebra", "zebu")), max_size=6))
        out.append(
            Term(
                id=f"t{i}",
                title=draw(NAME),
                category="goals",
                summary=" ".join(body_words),
                definition=draw(TEXT),
                why_it_matters="",
                examples=tuple(draw(st.lists(TEXT, max_size=2))),
                related=(Relation("x", RelationKind.RELATED),),
                sources=(Source("A", 2020, "T"),),
                full_name=draw(st.one_of(st.just(""), NAME)),
                aliases=tuple(draw(st.lists(NAME, max_size=2))),
            )
        )
    return out


def _edit(word: str, data: st.DataObject) -> str:
    """The word with one random edit: delete, insert, substitute or swap neighbours."""
    if not word:
        return word
    i = data.draw(st.integers(min_value=0, max_value=len(word) - 1))
    kind = data.draw(st.sampled_from(("delete", "insert", "substitute", "swap")))
    letter = data.draw(st.sampled_from("abcdehmrxé"))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "insert":
        return word[:i] + letter + word[i:]
    if kind == "substitute":
        return word[:i] + letter + word[i + 1 :]
    return word[:i] + word[i + 1 : i + 2] + word[i] + word[i + 2 :] if i + 1 < len(word) else word


def queries(pack: list[Term], data: st.DataObject) -> list[str]:
    names = [name for term in pack for name in term.names] or ["reward"]
    body = [word for term in pack for text in term.body_texts() for word in text.split()] or ["zebra"]
    name = data.draw(st.sampled_from(names))
    word = data.draw(st.sampled_from([*name.split(), *body] or ["x"]))
    cut = data.draw(st.integers(min_value=0, max_value=len(name)))
    return [
        name,
        name.upper(),
        name[:cut],
        name[cut:],
        _edit(name, data),
        _edit(word, data),
        _edit(word, data) + "s",
        f"{word} {name[:cut]}",
        f"{_edit(word, data)} {word[:3]}",
        data.draw(st.sampled_from(body)),
        data.draw(st.sampled_from(body))[:2],
        data.draw(TEXT),
        data.draw(st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join)),
    ]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pack=terms(), data=st.data())
def test_index_returns_the_reference_ranking(pack: list[Term], data: Any) -> None:
    index = SearchIndex(pack)
    folded = [FoldedTerm.of(term) for term in pack]
    for query in queries(pack, data):
        expected = rank_all(query, folded)
        assert index.search(query) == expected, query
        assert index.ranked_positions(query) == [hit.position for hit in expected], query


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pack=terms(), data=st.data())
def test_typing_a_query_a_letter_at_a_time(pack: list[Term], data: Any) -> None:
    """Each keystroke reuses what the one before found (cached word sets, fragments narrowed from the shorter one)."""
    index = SearchIndex(pack)
    folded = [FoldedTerm.of(term) for term in pack]
    for query in queries(pack, data)[:6]:
        for end in range(1, len(query) + 1):
            assert index.search(query[:end]) == rank_all(query[:end], folded), query[:end]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pack=terms(max_count=150), data=st.data())
def test_large_packs_where_frequent_words_are_kept_as_masks(pack: list[Term], data: Any) -> None:
    """From 32 terms on, a word most terms share is stored as a mask rather than a list of positions."""
    index = SearchIndex(pack)
    folded = [FoldedTerm.of(term) for term in pack]
    for query in queries(pack, data):
        assert index.search(query) == rank_all(query, folded), query


@settings(max_examples=100, deadline=None)
@given(pack=terms(), data=st.data())
def test_limit_and_subset_narrow_the_same_ranking(pack: list[Term], data: Any) -> None:
    assume(pack)
    index = SearchIndex(pack)
    folded = [FoldedTerm.of(term) for term in pack]
    allowed = set(data.draw(st.lists(st.integers(min_value=0, max_value=len(pack) - 1))))
    limit = data.draw(st.integers(min_value=0, max_value=len(pack)))
    for query in queries(pack, data):
        expected = rank_all(query, folded)
        assert index.search(query, limit=limit) == expected[:limit]
        within = index.ranked_positions(query, within=index.subset(allowed))
        assert within == [hit.position for hit in expected if hit.position in allowed]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pack=terms(max_count=40), data=st.data())
def test_positions_kept_in_blocks(pack: list[Term], data: Any) -> None:
    """Positions are kept as 16-bit offsets in blocks of 65,536; blocks of 4 send every search through them."""
    with mock.patch.object(postings, "BLOCK", 4):
        index = SearchIndex(pack)
        folded = [FoldedTerm.of(term) for term in pack]
        for query in queries(pack, data)[:8]:
            for end in range(1, len(query) + 1, 2):
                assert index.search(query[:end]) == rank_all(query[:end], folded), query[:end]


SIZE = 150_000
POSTINGS = st.one_of(
    st.integers(min_value=0, max_value=SIZE - 1),
    st.lists(st.integers(min_value=0, max_value=SIZE - 1), min_size=1, max_size=30, unique=True).map(sorted),
)


@settings(max_examples=150, deadline=None)
@given(words=st.dictionaries(st.text("abc", min_size=1, max_size=3), POSTINGS, max_size=20), data=st.data())
def test_vocabulary_beyond_the_first_block(words: dict[str, int | list[int]], data: Any) -> None:
    """With the real blocks (positions up to 150,000), each range and each set of words gives its positions."""
    sets = PositionSets(SIZE)
    vocabulary = Vocabulary({w: p if isinstance(p, int) else array("i", p) for w, p in words.items()}, sets)
    ordered = sorted(words)

    def positions(word: str) -> set[int]:
        found = words[word]
        return {found} if isinstance(found, int) else set(found)

    lo = data.draw(st.integers(min_value=0, max_value=len(ordered)))
    hi = data.draw(st.integers(min_value=lo, max_value=len(ordered)))
    expected = set().union(*(positions(word) for word in ordered[lo:hi]))
    assert set(sets.positions(vocabulary.mask([(lo, hi)]))) == expected
    picked = data.draw(st.lists(st.integers(min_value=0, max_value=max(0, len(ordered) - 1)), max_size=5))
    picked = [k for k in picked if k < len(ordered)]
    expected = set().union(*(positions(ordered[k]) for k in picked))
    assert set(sets.positions(vocabulary.words_mask(picked))) == expected


def test_a_position_is_two_16_bit_halves() -> None:
    """`Vocabulary` keeps the low half of each 32-bit position as its offset in a block of 65,536."""
    assert array("i").itemsize == 2 * array("H").itemsize == 4


@given(st.text())
def test_fold_text_is_fold(text: str) -> None:
    assert fold_text(text) == fold(text)


@given(st.lists(st.text(), max_size=5))
def test_fold_many_folds_each_text(texts: list[str]) -> None:
    assert [text.split() for text in fold_many(texts)] == [fold(text).split() for text in texts]


@given(st.lists(st.text(), max_size=5))
def test_fold_many_tidy_is_fold(texts: list[str]) -> None:
    assert fold_many(texts, tidy=True) == [fold(text) for text in texts]


# --- the content cache ------------------------------------------------------------------------------------------


class CountingLoader:
    """Loads a glossary folder and counts how often it really had to."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.loads = 0

    def __call__(self) -> Glossary:
        self.loads += 1
        return load_glossary(self.root)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "glossary"
    shutil.copytree(resources.glossary_dir(), root)
    return root


def test_cached_content_is_reused_until_a_file_changes(content_copy: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "cache" / "content-en.pickle"
    loader = CountingLoader(content_copy)
    first = cached(cache_file, [content_copy], "en", loader, Glossary)
    again = cached(cache_file, [content_copy], "en", loader, Glossary)
    assert loader.loads == 1
    assert again == first

    term_file = content_copy / "terms" / "rlhf.yaml"
    text = term_file.read_text(encoding="utf-8")
    term_file.write_text(text.replace("title: RLHF", "title: RLHF (changed)"), encoding="utf-8")
    status = term_file.stat()
    os.utime(term_file, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))
    changed = cached(cache_file, [content_copy], "en", loader, Glossary)
    assert loader.loads == 2
    assert changed.terms["rlhf"].title == "RLHF (changed)"

    (content_copy / "terms" / "rlhf.yaml").unlink()
    assert "rlhf" not in cached(cache_file, [content_copy], "en", loader, Glossary).terms
    assert loader.loads == 3


def test_the_key_and_the_version_are_part_of_the_fingerprint(content_copy: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "content.pickle"
    loader = CountingLoader(content_copy)
    cached(cache_file, [content_copy], "en", loader, Glossary, version="1.0")
    cached(cache_file, [content_copy], "en", loader, Glossary, version="1.1")
    cached(cache_file, [content_copy], "de", loader, Glossary, version="1.1")
    cached(cache_file, [content_copy], "de", loader, Glossary, version="1.1")
    assert loader.loads == 3


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_cache_file_means_a_normal_load(content_copy: Path, tmp_path: Path, damage: bytes) -> None:
    cache_file = tmp_path / "content.pickle"
    loader = CountingLoader(content_copy)
    cache_file.write_bytes(damage)
    assert "rlhf" in cached(cache_file, [content_copy], "en", loader, Glossary).terms
    assert "rlhf" in cached(cache_file, [content_copy], "en", loader, Glossary).terms
    assert loader.loads == 1  # the damaged file was replaced by a good one


def test_a_cache_folder_that_cannot_be_written_is_no_error(content_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    loader = CountingLoader(content_copy)
    glossary = cached(blocker / "content.pickle", [content_copy], "en", loader, Glossary)
    assert "rlhf" in glossary.terms


def test_load_content_with_a_cache_folder_gives_the_same_glossary(tmp_path: Path, glossary: Glossary) -> None:
    assert load_content(cache_dir=tmp_path) == glossary
    assert load_content(cache_dir=tmp_path) == glossary
    assert [p.name for p in tmp_path.iterdir()] == [cache_file(tmp_path, "en", resources.glossary_dir()).name]


def test_each_installation_has_its_own_cache_file(tmp_path: Path) -> None:
    # A checkout and a bundle on one account alternate without making each other parse the YAML again.
    names = {cache_file(tmp_path, lang, root).name for lang in ("en", "de") for root in (Path("/a/x"), Path("/b/x"))}
    assert len(names) == 4
    assert all(name.startswith(("content-en-", "content-de-")) and name.endswith(".pickle") for name in names)


# --- the list's model -------------------------------------------------------------------------------------------


def test_the_search_model_hands_rows_to_views_in_batches(
    qtmodeltester: Any, glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.term_model import TermListModel, TermSearchModel

    monkeypatch.setattr(TermSearchModel, "BATCH", 5)
    terms = list(glossary.terms.values())
    index = SearchIndex(terms)
    model = TermSearchModel(TermListModel(terms, category_title=str), index)
    counts: list[int] = []
    model.results_changed.connect(counts.append)
    model.set_query("alignment")
    expected = [hit.term_id for hit in index.search("alignment")]
    assert len(expected) > 10
    assert counts[-1] == model.result_count() == len(expected)
    assert model.rowCount() == 5
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    last = expected[-1]
    assert model.row_of(last) == len(expected) - 1  # fetched up to the row it returns
    assert model.rowCount() == len(expected)
    assert not model.canFetchMore(QModelIndex())
    assert [model.term_id_at(row) for row in range(model.rowCount())] == expected
    qtmodeltester.check(model)
