"""The CSV pack loader works column by column for speed; it must give the problems and the terms of reading one
row after the other. The reference here is that straightforward reading (as the loader was written before), run
through the same pack machinery; random packs (several files, broken rows, repeated and colliding titles, related
titles in every spelling, limits) must load the same both ways.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Sequence
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.content.fields import MAX_TEXT_CHARS, display_path
from desktop.core.content.model import Glossary, Origin, Problem, Relation, RelationKind, Source, Term, made_in_bulk
from desktop.core.packs import csv_pack
from desktop.core.packs import loading as packs
from desktop.core.packs.csv_cells import (
    COLUMNS,
    Header,
    StopReadingError,
    first_sentence,
    parse_source,
    quoted,
    read_header,
)
from desktop.core.packs.csv_pack import RawTerm, split_cell
from desktop.core.packs.pack_builder import MAX_PACK_TERMS, PackBuilder, fold_key, fold_keys, slug_of_key, slugs_of_keys

# --- the reference: one row after the other ---------------------------------------------------------------------


def _row(row: list[str], header: Header, path: str, line: int, problems: list[Problem]) -> RawTerm | None:
    width = header.width
    if len(row) > width:
        message = (
            f"the row has {len(row)} cells but the header names {width} columns; put text that contains "
            f"'{header.delimiter}' in double quotes"
        )
        problems.append(Problem(path, line, message))
        return None
    row = [*row, *[""] * (width - len(row)), ""]
    title, summary, definition, category, related, aliases, source = header.pick(row)
    title = title.strip()
    if not title:
        if any(cell.strip() for cell in row):
            problems.append(Problem(path, line, "the row has no term (the 'term' cell is empty)"))
        return None
    if max(map(len, row)) > MAX_TEXT_CHARS:
        long = [n for n, cell in zip(COLUMNS, header.pick(row), strict=True) if len(cell) > MAX_TEXT_CHARS]
        name = long[0] if long else next(n for n, c in zip(header.names, row, strict=False) if len(c) > MAX_TEXT_CHARS)
        problems.append(Problem(path, line, f"the '{name}' cell is longer than {MAX_TEXT_CHARS:,} characters"))
        return None
    definition = definition.strip()
    summary = summary.strip() or first_sentence(definition)
    if not summary:
        problems.append(Problem(path, line, f"the term {quoted(title)} has neither a summary nor a definition"))
        return None
    sources = []
    for text in split_cell(source) if source else ():
        found = parse_source(text)
        if found is None:
            message = (
                f"source {quoted(text)} has no year: write 'Authors (YEAR). Title' or a web address; "
                "the source is left out"
            )
            problems.append(Problem(path, line, message))
        else:
            sources.append(found)
    return RawTerm(
        title=title if "  " not in title and "\n" not in title else " ".join(title.split()),
        summary=summary,
        definition=definition,
        category=category.strip(),
        related=split_cell(related.strip()),
        aliases=split_cell(aliases.strip()),
        sources=tuple(sources),
        path=path,
        line=line,
    )


def reference_read(file: Path, problems: list[Problem], *, limit: int = MAX_PACK_TERMS, **_: Any) -> list[RawTerm]:
    path = display_path(file)
    terms: list[RawTerm] = []
    end = 0
    try:
        text = csv_pack._decode(file, path, problems)
        header = read_header(text, path, problems)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=header.delimiter)
        next(reader)
        line = end = reader.line_num
        for row in reader:
            line, end = end + 1, reader.line_num
            if not any(row):
                continue
            if len(terms) >= limit:
                message = f"more than {limit:,} terms in the pack; the rest of the file is not read"
                problems.append(Problem(path, line, message))
                return terms
            term = _row(row, header, path, line, problems)
            if term is not None:
                terms.append(term)
        if end > line and text.count('"') % 2:
            if terms and terms[-1].line == line:
                terms.pop()
            message = (
                f'a double quote (") opened in this row is never closed, so lines {line}–{end} were read as '
                "one row; the row is left out"
            )
            problems.append(Problem(path, line, message))
    except StopReadingError:
        pass
    except csv.Error as exc:
        message = f"cannot read the row: {exc} (is a double quote left open?); the rest of the file is not read"
        problems.append(Problem(path, end + 1, message))
    return terms


def reference_add(pack: PackBuilder, blocks: Sequence[list[RawTerm]]) -> None:
    rows = [row for block in blocks for row in block]
    first_rows: dict[str, RawTerm] = {}
    claimed: list[tuple[str, RawTerm]] = []
    for row in rows:
        first = first_rows.setdefault(row.title.casefold(), row)
        if first is not row:
            message = (
                f"the term {quoted(row.title)} appears twice (first at {first.path}:{first.line}); this row is skipped"
            )
            pack.problem(row.path, row.line, message)
            continue
        key = fold_key(row.title)
        term_id = slug_of_key(key) or "term"
        if term_id in pack.tables.terms or term_id in pack.ids:
            term_id = pack.claim_id(term_id, row.path, row.line, row.title)
        else:
            pack.ids.add(term_id)
        pack.names.setdefault(key, term_id)
        pack.exact_names.setdefault(row.title, term_id)
        claimed.append((term_id, row))
    for term_id, row in claimed:
        for alias in row.aliases:
            pack.names.setdefault(fold_key(alias), term_id)
        pack.names.setdefault(term_id.replace("-", " "), term_id)
    for term_id, row in claimed:
        targets: list[str] = []
        for title in row.related:
            target = pack.find_term(title)
            if target is None:
                message = f"related term {quoted(title)} is neither in the pack nor in the glossary; "
                pack.problem(row.path, row.line, message + "the link is left out")
            elif target != term_id and target not in targets:
                targets.append(target)
        pack.terms[term_id] = Term(
            id=term_id,
            title=row.title,
            category=pack.category_for(row.category, row.path, row.line),
            summary=row.summary,
            definition=row.definition,
            why_it_matters="",
            examples=(),
            related=tuple(Relation(t, RelationKind.RELATED) for t in targets),
            sources=row.sources,
            aliases=row.aliases,
            origin=Origin(row.path, row.line),
            pack=pack.name,
        )


# --- random packs -----------------------------------------------------------------------------------------------

NAMES = [
    "Alpha",
    "alpha",
    "ALPHA",
    "Beta",
    "Gamma ray",
    "gamma-ray",
    "Ünïcode",
    "Unicode",
    "Straße",
    "æther",
    "C",
    "C++",
    "C-3",
    "C 3",
    "  spaced  title ",
    "Twó\nlines",
    "a|b",
    "",
    " ",
    "zeta!",
    "İstanbul",
    "ﬁne",
    "Reward model",  # a bundled title: its id is taken
    "RLHF",
    "P Reward model",  # the id a renamed "Reward model" gets in the pack "p"
    "p-reward-model-2",
    "reward model",
]
SOURCES = ["", "Smith (2020). Title", "No year here", "https://example.org/x", "A (2021). B|bad one", " "]
CATEGORIES = ["", "Goals", "training", "New cat", "new CAT", "pack-p"]
TEXTS = ["", "A thing. More words", "Multi\nline. text", "  ", "ok."]


def _cell(text: str, delimiter: str) -> str:
    if any(ch in text for ch in f'{delimiter}"\n\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


@st.composite
def csv_files(draw: Any) -> str:
    columns = draw(st.permutations([*COLUMNS, "extra"]))[: draw(st.integers(2, 8))]
    if "term" not in columns and draw(st.booleans()):
        columns[0] = "term"
    delimiter = draw(st.sampled_from([",", ";"]))
    lines = [delimiter.join(columns)]
    for _ in range(draw(st.integers(0, 12))):
        cells = []
        for column in columns:
            if column == "term":
                cells.append(draw(st.sampled_from(NAMES)))
            elif column in ("related", "aliases"):
                cells.append("|".join(draw(st.lists(st.sampled_from(NAMES), max_size=3))))
            elif column == "source":
                cells.append(draw(st.sampled_from(SOURCES)))
            elif column == "category":
                cells.append(draw(st.sampled_from(CATEGORIES)))
            elif column == "extra":
                cells.append(draw(st.sampled_from(["", "junk", "x" * (MAX_TEXT_CHARS + 1)])))
            else:
                cells.append(draw(st.sampled_from([*TEXTS, "y" * (MAX_TEXT_CHARS + 1)])))
        shape = draw(st.integers(0, 12))
        if shape == 0:
            cells.append("surplus")
        elif shape == 1:
            cells = cells[:-1]
        elif shape == 2:
            cells = [""] * len(cells)
        lines.append(delimiter.join(_cell(cell, delimiter) for cell in cells))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text: str = ending.join(lines) + draw(st.sampled_from(["", ending, ending + 'broken,"open quote']))
    return text.replace("\n", "\u2028", 1) if draw(st.integers(0, 10)) == 0 else text


def _outcome(glossary: Glossary) -> tuple[list[str], list[str]]:
    return [str(p) for p in glossary.problems], [repr(t) for t in glossary.terms.values()] + [
        repr(c) for c in glossary.categories.values()
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(csv_files(), min_size=1, max_size=3), pack_limit=st.sampled_from([MAX_PACK_TERMS, 3, 7]))
def test_the_columns_give_what_one_row_after_the_other_gives(
    texts: list[str], pack_limit: int, glossary: Glossary
) -> None:
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(packs, "MAX_PACK_TERMS", pack_limit):
        pack = Path(folder) / "p"
        pack.mkdir()
        for i, text in enumerate(texts):
            (pack / f"f{i}.csv").write_text(text, encoding="utf-8", newline="")
        loaded = packs.with_packs(glossary, [pack])
        with (
            mock.patch.object(packs, "read_csv_terms", reference_read),
            mock.patch.object(packs, "add_csv_terms", reference_add),
        ):
            expected = packs.with_packs(glossary, [pack])
        assert _outcome(loaded) == _outcome(expected)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=csv_files(), limit=st.integers(0, 6))
def test_reading_a_file_with_a_limit(text: str, limit: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "f.csv"
        file.write_text(text, encoding="utf-8", newline="")
        problems: list[Problem] = []
        expected_problems: list[Problem] = []
        rows = list(csv_pack.read_csv_terms(file, problems, limit=limit))
        assert rows == reference_read(file, expected_problems, limit=limit)
        assert problems == expected_problems


# --- the parts ------------------------------------------------------------------------------------------------


@given(st.lists(st.text(max_size=12), max_size=6))
def test_fold_keys_folds_each_text_like_fold_key(texts: list[str]) -> None:
    assert fold_keys(texts) == [fold_key(text) for text in texts]


@given(st.lists(st.text(max_size=12).map(fold_key), max_size=6))
def test_slugs_of_keys_is_slug_of_key(keys: list[str]) -> None:
    assert slugs_of_keys(keys) == [slug_of_key(key) for key in keys]


def test_a_long_cell_in_an_ignored_column_is_reported_not_a_crash(tmp_path: Path, glossary: Glossary) -> None:
    """(Reading one row after the other stopped the whole pack with "unexpected error: StopIteration".)"""
    file = tmp_path / "p.csv"
    file.write_text(f"term,summary,notes\nKept,Fine.,\nLong,Fine.,{'x' * (MAX_TEXT_CHARS + 1)}\n", encoding="utf-8")
    loaded = packs.with_packs(glossary, [file])
    assert [p.message for p in loaded.problems][-1] == f"the 'notes' cell is longer than {MAX_TEXT_CHARS:,} characters"
    assert "kept" in loaded.terms and "long" not in loaded.terms


def test_each_source_cell_is_parsed_once_and_shared(tmp_path: Path, glossary: Glossary) -> None:
    file = tmp_path / "p.csv"
    file.write_text("term,summary,source\nA,One.,Smith (2020). T\nB,Two.,Smith (2020). T\n", encoding="utf-8")
    loaded = packs.with_packs(glossary, [file])
    assert loaded.term("a").sources == (Source("Smith", 2020, "T"),)
    assert loaded.term("a").sources is loaded.term("b").sources


def test_files_that_are_not_utf8_text_give_the_same_messages_as_before(tmp_path: Path) -> None:
    """The memory-mapped reading leaves whatever is unusual to `decode_utf8`, which names it."""
    cases = {
        "utf16.csv": "term,summary\nA,B\n".encode("utf-16"),
        "nul.csv": b"term,summary\nA,B\x00\n",
        "latin1.csv": "term,summary\nCaf\xe9,B\n".encode("latin-1"),
        "bom.csv": b"\xef\xbb\xbfterm,summary\nA,B\n",
        "empty.csv": b"",
    }
    found = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        problems: list[Problem] = []
        found[name] = ([r.title for r in csv_pack.read_csv_terms(tmp_path / name, problems)], problems)
    assert found["bom.csv"] == (["A"], [])
    assert "UTF-16" in found["utf16.csv"][1][0].message
    assert "NUL" in found["nul.csv"][1][0].message and found["nul.csv"][1][0].line == 2
    assert "not valid UTF-8" in found["latin1.csv"][1][0].message
    assert "empty" in found["empty.csv"][1][0].message


def test_made_in_bulk_equals_the_constructor() -> None:
    origins = made_in_bulk(Origin, {"path": ["a.csv", "b.csv"], "line": [2, 7]}, {})
    assert origins == [Origin("a.csv", 2), Origin("b.csv", 7)]
    terms = made_in_bulk(
        Term,
        {"id": ["x"], "title": ["X"], "related": [(Relation("y", RelationKind.RELATED),)]},
        {"category": "c", "summary": "S.", "definition": "", "why_it_matters": "", "examples": (), "sources": ()},
    )
    expected = Term("x", "X", "c", "S.", "", "", (), (Relation("y", RelationKind.RELATED),), ())
    assert terms == [expected]
    assert hash(terms[0]) == hash(expected)
    with pytest.raises(FrozenInstanceError):
        terms[0].title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="no value for category"):
        made_in_bulk(Term, {"id": ["x"]}, {"title": "X"})
    with pytest.raises(TypeError, match="no field"):
        made_in_bulk(Origin, {"path": ["a"], "line": [1]}, {"column": 3})
    with pytest.raises(ValueError, match="1 values of line for 2 items"):
        made_in_bulk(Origin, {"path": ["a", "b"], "line": [1]}, {})
    with pytest.raises(TypeError, match="__post_init__"):
        made_in_bulk(Problem, {"path": ["a"]}, {"line": 1, "message": "m"})
