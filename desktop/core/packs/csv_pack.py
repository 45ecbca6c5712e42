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

`read_csv_terms` reads a file's rows (`desktop.core.packs.csv_rows` checks them, `desktop.core.packs.csv_cells`
knows the header and the cells); `desktop.core.packs.csv_terms.add_csv_terms` turns them into terms of a pack (ids
from titles, unique in the pack; relations and categories found by name). Plain Python, no Qt; kept lean, because a
pack may have 100,000 rows: the file decoded from a memory map, one pass of the `csv` module, no YAML, the rows kept
column by column, each distinct source cell parsed once, titles folded together in one batch, and the names of the
pack folded only if a related term is not written exactly as a title."""

from __future__ import annotations

import codecs
import csv
import io
import mmap
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add, sub
from pathlib import Path

from desktop.core.content.fields import MAX_TEXT_CHARS, display_path
from desktop.core.content.model import Problem
from desktop.core.content.yamlio import MAX_FILE_BYTES, ContentFileError, decode_utf8
from desktop.core.packs.csv_cells import (
    COLUMN_ALIASES,
    COLUMNS,
    DELIMITERS,
    SEPARATOR,
    SourceCache,
    StopReadingError,
    parse_source,
    read_header,
    split_cell,
)
from desktop.core.packs.csv_rows import CsvRows, RawTerm, check_rows
from desktop.core.packs.pack_builder import MAX_PACK_TERMS

__all__ = [
    "COLUMNS",
    "COLUMN_ALIASES",
    "DELIMITERS",
    "SEPARATOR",
    "CsvRows",
    "RawTerm",
    "SourceCache",
    "parse_source",
    "read_csv_terms",
    "split_cell",
]

_NOT_UTF8 = (b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04")
"""How UTF-16 files and zip archives (.xlsx, .ods) start: `decode_utf8` names them."""
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters `str.splitlines` ends lines at, besides the CR, LF and CRLF that end the lines of a CSV file."""


# --- reading ----------------------------------------------------------------------------------------------------


def _mapped_text(file: Path) -> str | None:
    """The file's text, decoded straight from a memory map of the file (its bytes are not copied into memory the
    process allocates first); None when anything is unusual, for `decode_utf8` to say what."""
    try:
        with file.open("rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            if len(mapped) > MAX_FILE_BYTES or mapped.find(b"\0") >= 0 or mapped[:4].startswith(_NOT_UTF8):
                return None
            start = 3 if mapped[:3] == codecs.BOM_UTF8 else 0
            with memoryview(mapped) as whole, whole[start:] as view:
                return codecs.utf_8_decode(view, "strict", True)[0]
    except (OSError, ValueError, UnicodeDecodeError):  # (an empty file cannot be mapped)
        return None


def _decode(file: Path, path: str, problems: list[Problem]) -> str:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(path, 0, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"))
            raise StopReadingError
        text = _mapped_text(file)
        data = file.read_bytes() if text is None else b""
    except OSError as exc:
        problems.append(Problem(path, 0, f"cannot read the file: {exc.strerror or exc}"))
        raise StopReadingError from None
    try:
        text = decode_utf8(data) if text is None else text
    except ContentFileError as exc:
        hint = " (in a spreadsheet: save as “CSV UTF-8”)" if "UTF" in exc.message else ""
        problems.append(Problem(path, exc.line, exc.message + hint))
        raise StopReadingError from None
    if not text or text.isspace():
        problems.append(Problem(path, 1, "the file is empty: it needs a header row and one row per term"))
        raise StopReadingError
    return text


def _lines(text: str) -> list[str] | io.StringIO:
    """The lines of a CSV text, each with its line break, or a StringIO when the text holds a character other than
    CR and LF that `str.splitlines` would end a line at (`splitlines` is the quicker of the two otherwise)."""
    if any(character in text for character in _OTHER_BREAKS):
        return io.StringIO(text, newline="")
    return text.splitlines(keepends=True)


@dataclass
class _Read:
    """The rows after the header: the non-empty ones with the line each starts on, where the last row read starts
    and ends, whether every row is one line, and the error that stopped the reading, if one did."""

    raw: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    line: int = 0
    end: int = 0
    one_line_rows: bool = False
    error: csv.Error | None = None


def _read_rows(source: list[str] | io.StringIO, delimiter: str) -> _Read:
    """All rows at once (`list` of the reader, in C), their lines worked out from their line breaks."""
    if not isinstance(source, list):
        return _read_row_by_row(source, delimiter)
    reader = csv.reader(source, delimiter=delimiter)
    try:
        next(reader)  # the header row
        first = reader.line_num
        rows = list(reader)
    except csv.Error:
        return _read_row_by_row(source, delimiter)  # (again, for the lines of the rows before the error)
    read = _Read(end=reader.line_num)
    read.one_line_rows = read.end - first == len(rows)
    if read.one_line_rows:
        starts: list[int] | range = range(first + 1, read.end + 1)
    else:  # a row's cells hold the line breaks of the lines it spans
        joined = ["".join(row) for row in rows]
        breaks = map(
            sub,
            map(add, map(str.count, joined, repeat("\n")), map(str.count, joined, repeat("\r"))),
            map(str.count, joined, repeat("\r\n")),
        )
        starts = list(accumulate(breaks, lambda start, spanned: start + spanned + 1, initial=first + 1))[:-1]
    read.line = starts[-1] if rows else first
    flags = list(map(any, rows))
    read.raw = list(compress(rows, flags))
    read.lines = list(compress(starts, flags))
    return read


def _read_row_by_row(source: Iterable[str], delimiter: str) -> _Read:
    read = _Read()
    try:
        reader = csv.reader(source, delimiter=delimiter)
        next(reader)  # the header row
        read.line = read.end = first = reader.line_num
        blank = 0
        for row in reader:
            read.line, read.end = read.end + 1, reader.line_num
            if any(row):
                read.raw.append(row)
                read.lines.append(read.line)
            else:
                blank += 1
        read.one_line_rows = read.end - first == len(read.raw) + blank
    except csv.Error as exc:
        read.error = exc
    return read


def read_csv_terms(
    file: Path, problems: list[Problem], *, limit: int = MAX_PACK_TERMS, sources: SourceCache | None = None
) -> CsvRows:
    """Every usable row of a CSV pack file; each problem is recorded as `file:line: message`. Never raises.

    `sources` caches parsed source cells; pass the same dictionary for every file of a pack.
    """
    rows = CsvRows(display_path(file))
    path = rows.path
    try:
        text = _decode(file, path, problems)
        header = read_header(text, path, problems)
    except StopReadingError:
        return rows
    open_quote = text.count('"') % 2 == 1
    source = _lines(text)
    longest = max(map(len, source), default=0) if isinstance(source, list) else MAX_TEXT_CHARS + 1
    del text
    read = _read_rows(source, header.delimiter)
    del source
    # When every row is one line, no cell is longer than the longest line.
    short_cells = read.error is None and read.one_line_rows and longest <= MAX_TEXT_CHARS
    cache = {} if sources is None else sources
    if check_rows(rows, read.raw, read.lines, header, problems, cache, limit, short_cells=short_cells):
        return rows
    line, end = read.line, read.end
    if read.error is not None:
        message = f"cannot read the row: {read.error} (is a double quote left open?); the rest of the file is not read"
        problems.append(Problem(path, end + 1, message))
    elif end > line and open_quote:
        # A quote left open swallows every line after it into one cell of the last row.
        if rows.lines and rows.lines[-1] == line:
            rows.pop()
        problems.append(
            Problem(
                path,
                line,
                f'a double quote (") opened in this row is never closed, so lines {line}–{end} were read as '
                "one row; the row is left out",
            )
        )
    return rows
