"""Property-based fuzzing of the YAML loader and the CSV importer with random and mutated documents.

The only outcomes allowed are a loaded glossary and typed problems (`file:line: message`, one line each), within a
time bound per document (hypothesis' `deadline`); bundled content is never changed by a pack.

Profiles: the normal run uses `fuzz` (derandomized, so the same 3,200 examples over the four document tests and
800 more in three smaller properties every time, no example database); `HYPOTHESIS_PROFILE=nightly` runs 25,000
random examples per document test (about 15 minutes on two cores).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.content.loader import check_files
from desktop.core.content.model import ID_PATTERN, Glossary, Problem
from desktop.core.content.yamlio import YamlError, parse_yaml
from desktop.core.packs.csv_pack import COLUMNS, parse_source
from desktop.core.packs.loading import with_packs
from desktop.core.packs.pack_builder import fold_key, slugify

# Profiles: "fuzz" for the normal run, "nightly" (HYPOTHESIS_PROFILE=nightly) for many more random examples.
_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "fuzz",
    max_examples=800,
    deadline=timedelta(seconds=1),
    derandomize=True,
    database=None,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "nightly", max_examples=25_000, deadline=timedelta(seconds=1), suppress_health_check=_SLOW_IS_FINE
)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))
SMALL = settings(FUZZ, max_examples=max(200, FUZZ.max_examples // 3))

VALID_TERM = """\
id: fuzzed
title: Fuzzed term
category: goals
summary: A short line.
definition: |
  What it is, with *emphasis* and a [link](term:alignment).
why_it_matters: Why it matters.
examples:
  - An example.
related:
  - id: alignment
    kind: related
sources:
  - authors: Someone, A.
    year: 2020
    title: A paper
    url: https://example.org/
"""

VALID_CSV = (
    "term,summary,definition,category,related,aliases,source\n"
    'Fuzzed,A line.,"Text, with a comma.",Goals,RLHF|Other,F|G,Someone (2020). Paper\n'
    "Other,Another line.,,New category,Fuzzed,,https://example.org/\n"
)

# Pieces that have broken parsers before: structure characters, anchors, tags, bad bytes, BOMs, deep nesting.
NASTY = [
    b"[",
    b"]",
    b"{",
    b"}",
    b": ",
    b"- ",
    b"\n  ",
    b"\t",
    b'"',
    b"'",
    b"&a ",
    b"*a",
    b"<<: *a\n",
    b"!!python/object:os.system ",
    b"!tag ",
    b"!!set ",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"\r",
    b"\x85",
    b"\xe2\x80\xa8",
    b"---\n",
    b"[" * 40,
    b"a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
    b",",
    b";",
    b"|",
    b'""',
    b"\n",
    b"x" * 3000,
]


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        yield Path(folder)


def check_outcome(before: Glossary, after: Glossary | list[Problem]) -> None:
    problems = after.problems if isinstance(after, Glossary) else tuple(after)
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.path
        assert isinstance(problem.line, int) and problem.line >= 0
        assert problem.message and "\n" not in problem.message
        assert "unexpected error" not in problem.message, str(problem)
    if isinstance(after, Glossary):
        for term_id, term in before.terms.items():
            assert after.terms[term_id] is term
        for term in after.terms.values():
            assert ID_PATTERN.match(term.id)
            assert term.category in after.categories
            assert all(r.target in after.terms for r in term.related)


def load_yaml_term(data: bytes, workdir: Path, glossary: Glossary) -> None:
    """A document as a bundled-format term file (`check`) and as a pack's term file (`--pack`)."""
    file = workdir / "yaml-pack" / "terms" / "fuzzed.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data)
    check_outcome(glossary, check_files([file], context=glossary))
    check_outcome(glossary, with_packs(glossary, [workdir / "yaml-pack"]))


def load_csv(data: bytes, workdir: Path, glossary: Glossary) -> None:
    file = workdir / "fuzzed.csv"
    file.write_bytes(data)
    check_outcome(glossary, with_packs(glossary, [file]))


def mutate(data: bytes, edits: list[tuple[int, int, int, bytes]]) -> bytes:
    """Apply (kind, position, length, piece) edits: 0 insert, 1 delete, 2 replace, 3 duplicate a slice."""
    out = bytearray(data)
    for kind, position, length, piece in edits:
        at = position % (len(out) + 1)
        if kind == 0:
            out[at:at] = piece
        elif kind == 1:
            del out[at : at + length]
        elif kind == 2:
            out[at : at + len(piece)] = piece
        else:
            out[at:at] = out[at : at + length] * 3
    return bytes(out)


edits = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.integers(0, 10_000),
        st.integers(0, 80),
        st.one_of(st.sampled_from(NASTY), st.binary(max_size=12)),
    ),
    min_size=1,
    max_size=8,
)

# Random YAML built from values a content file might hold, keys mostly from the term schema.
KEYS = ["id", "title", "category", "summary", "definition", "why_it_matters", "examples", "related", "sources"]
KEYS += ["aliases", "full_name", "how_it_works", "misconceptions", "kind", "year", "authors", "url", "myth"]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["alignment", "rlhf", "goals", "related", "2020", "https://example.org", "no such id"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=10)), children, max_size=8),
    ),
    max_leaves=40,
)


@FUZZ
@given(document=documents)
def test_random_yaml_documents(document: object, workdir: Path, glossary: Glossary) -> None:
    data = yaml.safe_dump(document, allow_unicode=True).encode("utf-8")
    load_yaml_term(data, workdir, glossary)


@FUZZ
@given(changes=edits)
def test_mutated_yaml_terms(changes: list[tuple[int, int, int, bytes]], workdir: Path, glossary: Glossary) -> None:
    load_yaml_term(mutate(VALID_TERM.encode(), changes), workdir, glossary)


cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["RLHF", "alignment", "Goals", "Fuzzed", "a|b|", "x (2020). T", "https://e.org", '"', ""]),
)
headers = st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=8)), min_size=1, max_size=9)


csv_documents = st.fixed_dictionaries(
    {
        "header": headers,
        "rows": st.lists(st.lists(cells, max_size=9), max_size=12),
        "delimiter": st.sampled_from([",", ";", "\t", "|"]),
        "encoding": st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
        "newline": st.sampled_from(["\n", "\r\n", "\r"]),
    }
)


@FUZZ
@given(document=csv_documents)
def test_random_csv_files(document: dict[str, Any], workdir: Path, glossary: Glossary) -> None:
    delimiter: str = document["delimiter"]

    def line(values: list[str]) -> str:
        quoted = ['"' + v.replace('"', '""') + '"' if any(c in v for c in f'{delimiter}"\n\r') else v for v in values]
        return delimiter.join(quoted)

    newline = document["newline"]
    text = newline.join(line(values) for values in [document["header"], *document["rows"]]) + newline
    load_csv(text.encode(document["encoding"], errors="replace"), workdir, glossary)


@FUZZ
@given(changes=edits)
def test_mutated_csv_files(changes: list[tuple[int, int, int, bytes]], workdir: Path, glossary: Glossary) -> None:
    load_csv(mutate(VALID_CSV.encode(), changes), workdir, glossary)


# --- smaller properties -----------------------------------------------------------------------------------------


@SMALL
@given(data=st.binary(max_size=300))
def test_parse_yaml_raises_only_its_own_error(data: bytes) -> None:
    try:
        parse_yaml(data)
    except YamlError as exc:
        assert exc.message and "\n" not in exc.message
        assert exc.line >= 0


@SMALL
@given(text=st.text(max_size=60))
def test_slugs_are_ids_and_folding_is_stable(text: str) -> None:
    slug = slugify(text)
    assert slug == "" or ID_PATTERN.match(slug)
    assert fold_key(fold_key(text)) == fold_key(text)


citations = st.one_of(
    st.text(max_size=80),
    st.builds(
        lambda authors, year, title, url: f"{authors} ({year}). {title} {url}",
        st.text(max_size=20),
        st.integers(0, 3000),
        st.text(max_size=20),
        st.sampled_from(["", "https://example.org/x", "http://e.org", "ftp://no"]),
    ),
)


@SMALL
@given(text=citations)
def test_parse_source_gives_a_year_or_an_address(text: str) -> None:
    source = parse_source(text)
    if source is not None:
        assert 1000 <= source.year <= 2099 or source.url.startswith(("http://", "https://"))
        assert "\n" not in source.authors + source.title
