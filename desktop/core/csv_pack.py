"""Reading a glossary pack from a CSV file: one term per row, for teachers who keep their terms in a spreadsheet.

The file is UTF-8, with or without a byte-order mark (what "CSV UTF-8" in a spreadsheet writes). The first row
names the columns; columns are separated by commas or semicolons (whichever makes sense of the header row):

    term, summary, definition, category, related, aliases, source

Only `term` is required, and each row needs a summary or a definition (without a summary, the definition's first
sentence is the summary). Column names ignore case; `title`, `alias` and `sources` are accepted too; other columns
are reported and ignored. In `related`, `aliases` and `source`, a `|` separates several values. `related` names
terms by title (the pack loader finds them, ignoring case and accents, in the pack and in the bundled glossary);
`category` names a category by title or id, or a new one. A `source` is `Authors (YEAR). Title`, optionally
followed by a web address, or a bare `https://` address; a source without a year or an address is reported and
left out.

`read_csv_terms` reads the rows; `add_csv_terms` turns them into terms of a pack (ids from titles, unique in the
pack; relations and categories found by name). Plain Python, no Qt; kept lean, because a pack may have 100,000
rows: one pass of the `csv` module, no YAML, one folding of each title.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from desktop.core.fields import MAX_TEXT_CHARS, display_path
from desktop.core.model import Origin, Problem, Relation, RelationKind, Source, Term
from desktop.core.pack_builder import MAX_PACK_TERMS, PackBuilder, fold_key, slug_of_key
from desktop.core.yamlio import MAX_FILE_BYTES, ContentFileError, decode_utf8

COLUMNS = ("term", "summary", "definition", "category", "related", "aliases", "source")
COLUMN_ALIASES = {"title": "term", "alias": "aliases", "sources": "source", "related terms": "related"}
SEPARATOR = "|"
DELIMITERS = (",", ";")

_PAREN_YEAR = re.compile(r"\((1\d{3}|20\d\d)[a-z]?\)")
_BARE_YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
_URL = re.compile(r"https?://[^\s<>\"'|]+", re.IGNORECASE)


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


# --- cells ------------------------------------------------------------------------------------------------------


def _quoted(text: str) -> str:
    """User text for a message: one line, at most 60 characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:59] + "…")


def split_cell(cell: str) -> tuple[str, ...]:
    """The `|`-separated values of a cell, trimmed, empty ones dropped."""
    if SEPARATOR not in cell:
        return (cell,) if cell else ()
    return tuple(part for part in (piece.strip() for piece in cell.split(SEPARATOR)) if part)


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


def _first_sentence(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    head, dot, _ = line.partition(". ")
    return head + "." if dot else line


# --- reading ----------------------------------------------------------------------------------------------------


class _StopReadingError(Exception):
    """The file cannot be read further; its problem is recorded."""


@dataclass
class _Header:
    delimiter: str
    width: int
    pick: Callable[[list[str]], tuple[str, ...]]
    """The cells of a row (padded to `width`, plus one empty cell) in `COLUMNS` order."""


def _header_cells(line: str, delimiter: str) -> list[str]:
    try:
        cells = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    return [" ".join(cell.split()).casefold() for cell in cells]


def _column(name: str) -> str:
    return COLUMN_ALIASES.get(name, name)


def _read_header(text: str, path: str, problems: list[Problem]) -> _Header:
    ends = [i for i in (text.find("\n"), text.find("\r")) if i >= 0]  # "\r" alone ends lines in old Mac files
    first = text[: min(ends)] if ends else text
    if not first.strip():
        problems.append(Problem(path, 1, "the first row must name the columns: " + ", ".join(COLUMNS)))
        raise _StopReadingError
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
        raise _StopReadingError
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        name = _column(cell)
        if name in columns:
            problems.append(Problem(path, 1, f"the header row names the column '{name}' twice"))
            raise _StopReadingError
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
        raise _StopReadingError
    width = len(cells)
    return _Header(delimiter, width, itemgetter(*(columns.get(name, width) for name in COLUMNS)))


def _decode(file: Path, path: str, problems: list[Problem]) -> str:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(path, 0, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"))
            raise _StopReadingError
        data = file.read_bytes()
    except OSError as exc:
        problems.append(Problem(path, 0, f"cannot read the file: {exc.strerror or exc}"))
        raise _StopReadingError from None
    try:
        text = decode_utf8(data)
    except ContentFileError as exc:
        hint = " (in a spreadsheet: save as “CSV UTF-8”)" if "UTF" in exc.message else ""
        problems.append(Problem(path, exc.line, exc.message + hint))
        raise _StopReadingError from None
    if not text.strip():
        problems.append(Problem(path, 1, "the file is empty: it needs a header row and one row per term"))
        raise _StopReadingError
    return text


def _sources(cell: str, path: str, line: int, problems: list[Problem]) -> tuple[Source, ...]:
    sources: list[Source] = []
    for text in split_cell(cell):
        source = parse_source(text)
        if source is None:
            problems.append(
                Problem(
                    path,
                    line,
                    f"source {_quoted(text)} has no year: write 'Authors (YEAR). Title' or a web address; "
                    "the source is left out",
                )
            )
        else:
            sources.append(source)
    return tuple(sources)


def _row_term(row: list[str], header: _Header, path: str, line: int, problems: list[Problem]) -> RawTerm | None:
    """One row as a term, or None (after recording why) when it cannot be used."""
    width = header.width
    if len(row) > width:
        problems.append(
            Problem(
                path,
                line,
                f"the row has {len(row)} cells but the header names {width} columns; put text that contains "
                f"'{header.delimiter}' in double quotes",
            )
        )
        return None
    if len(row) < width:
        row.extend([""] * (width - len(row)))
    row.append("")  # the cell of every column the header does not have
    title, summary, definition, category, related, aliases, source = header.pick(row)
    title = title.strip()
    if not title:
        if any(cell.strip() for cell in row):
            problems.append(Problem(path, line, "the row has no term (the 'term' cell is empty)"))
        return None  # otherwise a row of blanks
    if max(map(len, row)) > MAX_TEXT_CHARS:
        name = next(n for n, cell in zip(COLUMNS, header.pick(row), strict=True) if len(cell) > MAX_TEXT_CHARS)
        problems.append(Problem(path, line, f"the '{name}' cell is longer than {MAX_TEXT_CHARS:,} characters"))
        return None
    definition = definition.strip()
    summary = summary.strip() or _first_sentence(definition)
    if not summary:
        problems.append(Problem(path, line, f"the term {_quoted(title)} has neither a summary nor a definition"))
        return None
    return RawTerm(
        title=title if "  " not in title and "\n" not in title else " ".join(title.split()),
        summary=summary,
        definition=definition,
        category=category.strip(),
        related=split_cell(related.strip()) if related else (),
        aliases=split_cell(aliases.strip()) if aliases else (),
        sources=_sources(source, path, line, problems) if source else (),
        path=path,
        line=line,
    )


def read_csv_terms(file: Path, problems: list[Problem], *, limit: int = MAX_PACK_TERMS) -> list[RawTerm]:
    """Every usable row of a CSV pack file; each problem is recorded as `file:line: message`. Never raises."""
    path = display_path(file)
    terms: list[RawTerm] = []
    end = 0
    try:
        text = _decode(file, path, problems)
        header = _read_header(text, path, problems)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=header.delimiter)
        next(reader)  # the header row
        line = end = reader.line_num
        for row in reader:
            line, end = end + 1, reader.line_num
            if not any(row):
                continue
            if len(terms) >= limit:
                problems.append(
                    Problem(path, line, f"more than {limit:,} terms in the pack; the rest of the file is not read")
                )
                return terms
            term = _row_term(row, header, path, line, problems)
            if term is not None:
                terms.append(term)
        if end > line and text.count('"') % 2:
            # A quote left open swallows every line after it into one cell of the last row.
            if terms and terms[-1].line == line:
                terms.pop()
            problems.append(
                Problem(
                    path,
                    line,
                    f'a double quote (") opened in this row is never closed, so lines {line}–{end} were read as '
                    "one row; the row is left out",
                )
            )
    except _StopReadingError:
        pass
    except csv.Error as exc:
        problems.append(
            Problem(
                path,
                end + 1,
                f"cannot read the row: {exc} (is a double quote left open?); the rest of the file is not read",
            )
        )
    return terms


# --- terms ------------------------------------------------------------------------------------------------------


def _claim_ids(pack: PackBuilder, rows: Sequence[RawTerm]) -> list[tuple[str, RawTerm]]:
    """An id for each row, made from its title; a title that appears twice keeps only its first row.

    The loop is written for speed (100,000 rows): the common case, a new id, takes no method calls.
    """
    first_rows: dict[str, RawTerm] = {}
    claimed: list[tuple[str, RawTerm]] = []
    taken, ids, names, exact = pack.tables.terms, pack.ids, pack.names, pack.exact_names
    for row in rows:
        same = row.title.casefold()  # "Thing" and "THING" are one term; "C" and "C++" are two
        first = first_rows.get(same)
        if first is not None:
            pack.problem(
                row.path,
                row.line,
                f"the term {_quoted(row.title)} appears twice (first at {first.path}:{first.line}); "
                "this row is skipped",
            )
            continue
        first_rows[same] = row
        key = fold_key(row.title)
        term_id = slug_of_key(key) or "term"
        if term_id in taken or term_id in ids:
            term_id = pack.claim_id(term_id, row.path, row.line, row.title)
        else:
            ids.add(term_id)
        names.setdefault(key, term_id)
        exact.setdefault(row.title, term_id)
        claimed.append((term_id, row))
    for term_id, row in claimed:
        for alias in row.aliases:
            names.setdefault(fold_key(alias), term_id)
        names.setdefault(term_id.replace("-", " "), term_id)
    return claimed


def add_csv_terms(pack: PackBuilder, rows: Sequence[RawTerm]) -> None:
    """Turn rows into the pack's terms: ids claimed, related titles and categories found (or reported)."""
    relation_to: dict[str, Relation] = {}  # relations are immutable: one per target serves every term
    exact = pack.exact_names
    kind = RelationKind.RELATED
    for term_id, row in _claim_ids(pack, rows):
        targets: list[str] = []
        for title in row.related:
            target = exact.get(title) or pack.find_term(title)
            if target is None:
                pack.problem(
                    row.path,
                    row.line,
                    f"related term {_quoted(title)} is neither in the pack nor in the glossary; the link is left out",
                )
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
            related=tuple(relation_to.get(t) or relation_to.setdefault(t, Relation(t, kind)) for t in targets),
            sources=row.sources,
            aliases=row.aliases,
            origin=Origin(row.path, row.line),
            pack=pack.name,
        )
