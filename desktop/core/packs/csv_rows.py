"""The rows of a CSV pack file, checked and kept column by column (a 100,000-row pack is a few long lists, not
100,000 objects), with the problems of the rows that cannot be used.

`check_rows` runs each check over a whole column in C (`map`, `zip`, `in`); only the rows that fail one are looked
at one by one, so the problems and the rows kept are those of checking one row after the other. Plain Python, no
Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress
from operator import itemgetter
from typing import TypeVar

from desktop.core.content.fields import MAX_TEXT_CHARS
from desktop.core.content.model import Problem, Source
from desktop.core.packs.csv_cells import (
    COLUMNS,
    SEPARATOR,
    Header,
    SourceCache,
    first_sentence,
    parse_sources,
    quoted,
    split_cell,
)

_T = TypeVar("_T")


@dataclass(slots=True)
class RawTerm:
    """One row, read but not yet linked: `related` and `category` are still the text the author wrote."""

    title: str
    summary: str
    definition: str
    category: str
    related: tuple[str, ...]
    aliases: tuple[str, ...]
    sources: tuple[Source, ...]
    path: str
    line: int


class CsvRows:
    """The usable rows of one CSV file, one list per column; iterating gives each row as a `RawTerm`.

    The `related` cell is kept as written (trimmed) and split when the terms are linked.
    """

    __slots__ = ("aliases", "categories", "definitions", "lines", "path", "related", "sources", "summaries", "titles")

    def __init__(self, path: str) -> None:
        self.path = path
        self.titles: list[str] = []
        self.summaries: list[str] = []
        self.definitions: list[str] = []
        self.categories: list[str] = []
        self.related: list[str] = []
        self.aliases: list[tuple[str, ...]] = []
        self.sources: list[tuple[Source, ...]] = []
        self.lines: list[int] = []

    def __len__(self) -> int:
        return len(self.titles)

    def __iter__(self) -> Iterator[RawTerm]:
        for i, title in enumerate(self.titles):
            yield RawTerm(
                title,
                self.summaries[i],
                self.definitions[i],
                self.categories[i],
                split_cell(self.related[i]),
                self.aliases[i],
                self.sources[i],
                self.path,
                self.lines[i],
            )

    def pop(self) -> None:
        """Forget the last row."""
        for column in (self.titles, self.summaries, self.definitions, self.categories, self.related):
            column.pop()
        self.aliases.pop()
        self.sources.pop()
        self.lines.pop()


class _Checks:
    """The non-empty rows of a file (each cut or padded to the header's width), which of them are still usable,
    and the problems found, each with the index of its row."""

    def __init__(self, path: str, raw: list[list[str]], lines: list[int], header: Header) -> None:
        self.path = path
        self.raw = raw
        self.lines = lines
        self.header = header
        self.usable = [True] * len(raw)
        self.found: list[tuple[int, Problem]] = []
        self.every = True
        """Whether every row is usable (once `report` has run)."""

    def fail(self, i: int, message: str) -> None:
        self.usable[i] = False
        self.found.append((i, Problem(self.path, self.lines[i], message)))

    def widths(self) -> None:
        """Rows with more cells than the header has columns are reported; shorter ones are padded."""
        width = self.header.width
        if not set(map(len, self.raw)) - {width}:
            return
        for i, row in enumerate(self.raw):
            if len(row) > width:
                self.fail(
                    i,
                    f"the row has {len(row)} cells but the header names {width} columns; put text that contains "
                    f"'{self.header.delimiter}' in double quotes",
                )
                self.raw[i] = [""] * width
            elif len(row) < width:
                row.extend([""] * (width - len(row)))

    def columns(self) -> tuple[tuple[str, ...], ...]:
        """The cells in `COLUMNS` order, one tuple per column."""
        raw = self.raw
        columns: list[tuple[str, ...]] = list(zip(*raw, strict=True)) if raw else [()] * self.header.width
        columns.append(("",) * len(raw))  # the cell of every column the header does not have
        return self.header.columns(columns)

    def titles(self, cells: tuple[str, ...]) -> list[str]:
        titles = list(map(str.strip, cells))
        if "" in titles:
            for i, title in enumerate(titles):
                if not title and self.usable[i]:
                    self.usable[i] = False
                    if any(cell.strip() for cell in self.raw[i]):  # otherwise a row of blanks
                        self.fail(i, "the row has no term (the 'term' cell is empty)")
        return titles

    def lengths(self) -> None:
        names = self.header.names
        if max(map(len, chain.from_iterable(self.raw)), default=0) <= MAX_TEXT_CHARS:
            return
        for i, row in enumerate(self.raw):
            if self.usable[i] and max(map(len, row)) > MAX_TEXT_CHARS:
                cells = self.header.pick([*row, ""])
                name = next((n for n, cell in zip(COLUMNS, cells, strict=True) if len(cell) > MAX_TEXT_CHARS), "")
                # else a column that is ignored
                name = name or next(n for n, cell in zip(names, row, strict=True) if len(cell) > MAX_TEXT_CHARS)
                self.fail(i, f"the '{name}' cell is longer than {MAX_TEXT_CHARS:,} characters")

    def summaries(self, cells: tuple[str, ...], definitions: list[str], titles: list[str]) -> list[str]:
        """Each row's summary: its own, or its definition's first sentence."""
        summaries = list(map(str.strip, cells))
        if "" in summaries:
            for i, summary in enumerate(summaries):
                if not summary and self.usable[i]:
                    summaries[i] = first_sentence(definitions[i])
                    if not summaries[i]:
                        self.fail(i, f"the term {quoted(titles[i])} has neither a summary nor a definition")
        return summaries

    def sources(self, cells: tuple[str, ...], cache: SourceCache) -> list[tuple[Source, ...]]:
        """Each row's sources, each distinct cell parsed once; the texts that are no source are reported."""
        if not all(map(cache.__contains__, cells)):
            for cell in cells:
                if cell not in cache:
                    cache[cell] = parse_sources(cell)
        found = list(map(cache.__getitem__, cells))
        if any(bad for _, bad in cache.values()):
            for i, (_, bad) in enumerate(found):
                for text in bad if self.usable[i] else ():
                    self.found.append(
                        (
                            i,
                            Problem(
                                self.path,
                                self.lines[i],
                                f"source {quoted(text)} has no year: write 'Authors (YEAR). Title' or a web address; "
                                "the source is left out",
                            ),
                        )
                    )
        return list(map(itemgetter(0), found))

    def report(self, problems: list[Problem], limit: int) -> bool:
        """Record the problems in row order, those of the rows before the limit; True when it cut the rows."""
        cut = _cut(self.usable, limit)
        if cut < len(self.raw):
            self.found = [(i, problem) for i, problem in self.found if i < cut]
            self.usable[cut:] = [False] * (len(self.raw) - cut)
        self.found.sort(key=itemgetter(0))
        problems.extend(problem for _, problem in self.found)
        self.every = all(self.usable)
        if cut < len(self.raw):
            message = f"more than {limit:,} terms in the pack; the rest of the file is not read"
            problems.append(Problem(self.path, self.lines[cut], message))
        return cut < len(self.raw)

    def kept(self, column: Iterable[_T]) -> list[_T]:
        """The column's cells of the usable rows."""
        return list(column) if self.every else list(compress(column, self.usable))


def _cut(usable: list[bool], limit: int) -> int:
    """The index of the first row read once `limit` usable rows have been (len(usable) when there is none)."""
    if limit <= 0:
        return 0
    if limit > len(usable) or usable.count(True) < limit:
        return len(usable)
    count = 0
    for i, ok in enumerate(usable):
        if ok:
            count += 1
            if count == limit:
                return i + 1
    return len(usable)


def _aliases(cells: list[str]) -> list[tuple[str, ...]]:
    aliases: list[tuple[str, ...]] = [(cell,) if cell else () for cell in cells]
    if SEPARATOR in "\0".join(cells):
        for i, cell in enumerate(cells):
            if SEPARATOR in cell:
                aliases[i] = split_cell(cell)
    return aliases


def check_rows(  # noqa: PLR0917 - the state of the file being read
    rows: CsvRows,
    raw: list[list[str]],
    lines: list[int],
    header: Header,
    problems: list[Problem],
    cache: SourceCache,
    limit: int,
    *,
    short_cells: bool,
) -> bool:
    """Add the usable rows of `raw` (the non-empty rows read, starting on `lines`) to `rows` and record why the
    others cannot be used; True when `limit` stopped the reading. `short_cells` says that no cell can be longer
    than `MAX_TEXT_CHARS` (each row is one line, none of them longer)."""
    checks = _Checks(rows.path, raw, lines, header)
    checks.widths()
    title_cells, summary_cells, definitions, categories, related, aliases, sources = checks.columns()
    titles = checks.titles(title_cells)
    if not short_cells:
        checks.lengths()
    definition_texts = list(map(str.strip, definitions))
    summaries = checks.summaries(summary_cells, definition_texts, titles)
    found_sources = checks.sources(sources, cache)
    cut = checks.report(problems, limit)
    keep = checks.kept
    titles = keep(titles)
    joined = "\0".join(titles)
    if "  " in joined or "\n" in joined:
        titles = [" ".join(title.split()) if "  " in title or "\n" in title else title for title in titles]
    rows.titles.extend(titles)
    rows.summaries.extend(keep(summaries))
    rows.definitions.extend(keep(definition_texts))
    # A pack names a few categories in many rows: one string each, not one per row.
    category_texts = list(map(str.strip, categories))
    interned: dict[str, str] = {}
    rows.categories.extend(keep(map(interned.setdefault, category_texts, category_texts)))
    rows.related.extend(keep(map(str.strip, related)))
    rows.aliases.extend(_aliases(keep(map(str.strip, aliases))))
    rows.sources.extend(keep(found_sources))
    rows.lines.extend(keep(lines))
    return cut
