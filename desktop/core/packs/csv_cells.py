"""The CSV pack format: its columns, the header row, and the cells that hold several values or a source.

See `desktop.core.packs.csv_pack` for the format as a whole. Plain Python, no Qt.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from desktop.core.content.model import Problem, Source

COLUMNS = ("term", "summary", "definition", "category", "related", "aliases", "source")
COLUMN_ALIASES = {"title": "term", "alias": "aliases", "sources": "source", "related terms": "related"}
SEPARATOR = "|"
DELIMITERS = (",", ";")

_PAREN_YEAR = re.compile(r"\((1\d{3}|20\d\d)[a-z]?\)")
_BARE_YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
_URL = re.compile(r"https?://[^\s<>\"'|]+", re.IGNORECASE)


SourceCache = dict[str, tuple[tuple[Source, ...], tuple[str, ...]]]
"""A `source` cell → its sources and the texts in it that are no source (most rows of a pack repeat a few cells)."""


# --- cells ------------------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """User text for a message: one line, at most 60 characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:59] + "…")


def split_cell(cell: str) -> tuple[str, ...]:
    """The `|`-separated values of a cell (already trimmed), trimmed, empty ones dropped."""
    if SEPARATOR not in cell:
        return (cell,) if cell else ()
    return tuple(filter(None, map(str.strip, cell.split(SEPARATOR))))


def parse_source(text: str) -> Source | None:
    """A source written as `Authors (YEAR). Title [https://…]`, `Authors, YEAR, Title` or a bare web address.

    None when neither a year nor a web address can be found.
    """
    text = " ".join(text.split())
    url_match = _URL.search(text)
    url = url_match.group().rstrip(".,;)") if url_match else ""
    if url and text.rstrip(".") == url:
        return Source(authors="", year=0, title="", url=url)
    rest_of = text.replace(url, " ").strip() if url else text
    # Plain searches, no backtracking: a long hostile cell costs linear time.
    year_match = _PAREN_YEAR.search(rest_of) or _BARE_YEAR.search(rest_of)
    if year_match is None:
        return Source(authors=rest_of.strip(" .,;:"), year=0, title="", url=url) if url else None
    authors, title = rest_of[: year_match.start()], rest_of[year_match.end() :]
    return Source(authors=authors.strip(" ,;:("), year=int(year_match.group(1)), title=title.strip(" .,;:)"), url=url)


def first_sentence(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    head, dot, _ = line.partition(". ")
    return head + "." if dot else line


def parse_sources(cell: str) -> tuple[tuple[Source, ...], tuple[str, ...]]:
    """The sources of a cell, and the texts in it that are not sources."""
    sources: list[Source] = []
    bad: list[str] = []
    for text in split_cell(cell):
        source = parse_source(text)
        if source is None:
            bad.append(text)
        else:
            sources.append(source)
    return tuple(sources), tuple(bad)


# --- the header row ---------------------------------------------------------------------------------------------


class StopReadingError(Exception):
    """The file cannot be read further; its problem is recorded."""


@dataclass
class Header:
    delimiter: str
    width: int
    pick: Callable[[list[str]], tuple[str, ...]]
    """The cells of a row (padded to `width`, plus one empty cell when `padded`) in `COLUMNS` order."""
    padded: bool
    """Whether a column is missing: its cell is the empty one added after the row's cells."""
    names: list[str]
    """The header's cells, for naming a column that is not one of `COLUMNS`."""

    def columns(self, columns: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
        """Of the columns of the rows (plus the empty one after them), those of `COLUMNS`, in that order."""
        return self.pick(columns)  # type: ignore[arg-type, return-value]  # itemgetter: any sequence


def _header_cells(line: str, delimiter: str) -> list[str]:
    try:
        cells = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    return [" ".join(cell.split()).casefold() for cell in cells]


def _column(name: str) -> str:
    return COLUMN_ALIASES.get(name, name)


def read_header(text: str, path: str, problems: list[Problem]) -> Header:
    ends = [i for i in (text.find("\n"), text.find("\r")) if i >= 0]  # "\r" alone ends lines in old Mac files
    first = text[: min(ends)] if ends else text
    if not first.strip():
        problems.append(Problem(path, 1, "the first row must name the columns: " + ", ".join(COLUMNS)))
        raise StopReadingError
    # The delimiter is the one that splits the header row into the most known column names.
    scored = [(sum(_column(c) in COLUMNS for c in _header_cells(first, d)), d) for d in DELIMITERS]
    best, delimiter = max(scored, key=lambda pair: pair[0])
    cells = _header_cells(first, delimiter)
    if best == 0 or "term" not in {_column(c) for c in cells}:
        hint = ""
        if "\t" in first:
            hint = "; the columns seem to be separated by tabs: use commas or semicolons"
        elif best == 0 and not any(d in first for d in DELIMITERS):
            hint = "; columns are separated by commas or semicolons"
        shown = ", ".join(repr(c) for c in cells[:8] if c) or "nothing"
        problems.append(
            Problem(
                path,
                1,
                f"the header row needs a 'term' column (found {shown[:200]}); "
                f"the columns are {', '.join(COLUMNS)}{hint}",
            )
        )
        raise StopReadingError
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        name = _column(cell)
        if name in columns:
            problems.append(Problem(path, 1, f"the header row names the column '{name}' twice"))
            raise StopReadingError
        if name in COLUMNS:
            columns[name] = index
        elif cell:
            unknown.append(cell)
    if unknown:
        problems.append(
            Problem(
                path,
                1,
                f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(repr(u[:40]) for u in unknown[:8])} "
                f"ignored (the columns are {', '.join(COLUMNS)})",
            )
        )
    if "summary" not in columns and "definition" not in columns:
        problems.append(Problem(path, 1, "the header row needs a 'summary' or a 'definition' column"))
        raise StopReadingError
    width = len(cells)
    picked = [columns.get(name, width) for name in COLUMNS]
    return Header(delimiter, width, itemgetter(*picked), width in picked, cells)
