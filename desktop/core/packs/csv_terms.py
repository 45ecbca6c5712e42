"""Turning the rows of a CSV pack into terms: ids claimed, related titles and categories found (or reported).

Written column by column for speed, because a pack may have 100,000 rows: titles are folded together in one batch
(`fold_keys`), ids made in one pass, each distinct category looked up once, one `Relation` made per target, and
the pack's folded names (titles, aliases, ids) are worked out only when a related term is not written exactly as
a title (`PackBuilder.more_names`). Messages and results are those of a row-by-row reading. Plain Python, no Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, compress, islice, repeat
from operator import add

from desktop.core.content.model import Origin, Relation, RelationKind, Source, Term, made_in_bulk
from desktop.core.packs.csv_cells import SEPARATOR, quoted
from desktop.core.packs.csv_pack import CsvRows
from desktop.core.packs.pack_builder import PackBuilder, fold_keys, slugs_of_keys

CHUNK = 4096
"""Rows linked together: enough to keep the work in C, few enough for what it makes on the way to stay small."""


class _Columns:
    """The rows of every CSV file of a pack, one list per column."""

    def __init__(self, blocks: Sequence[CsvRows]) -> None:
        self.titles: list[str] = list(chain.from_iterable(b.titles for b in blocks))
        self.summaries: list[str] = list(chain.from_iterable(b.summaries for b in blocks))
        self.definitions: list[str] = list(chain.from_iterable(b.definitions for b in blocks))
        self.categories: list[str] = list(chain.from_iterable(b.categories for b in blocks))
        self.related: list[str] = list(chain.from_iterable(b.related for b in blocks))
        self.aliases: list[tuple[str, ...]] = list(chain.from_iterable(b.aliases for b in blocks))
        self.sources: list[tuple[Source, ...]] = list(chain.from_iterable(b.sources for b in blocks))
        self.paths: list[str] = list(chain.from_iterable(repeat(b.path, len(b)) for b in blocks))
        self.lines: list[int] = list(chain.from_iterable(b.lines for b in blocks))

    def keep(self, flags: Sequence[bool]) -> None:
        """Keep only the rows whose flag is true."""
        for name in ("titles", "summaries", "definitions", "categories", "related", "aliases", "sources", "paths"):
            setattr(self, name, list(compress(getattr(self, name), flags)))
        self.lines = list(compress(self.lines, flags))


def _drop_repeated_titles(pack: PackBuilder, rows: _Columns, wanted: list[str]) -> list[str]:
    """A title that appears twice keeps only its first row ("Thing" and "THING" are one term; "C" and "C++" two).

    `wanted` holds the id each title makes; titles that are the same but for case make the same id, so when the
    ids differ, so do the titles. Returns the ids of the rows kept.
    """
    if len(set(wanted)) == len(wanted):
        return wanted
    same = list(map(str.casefold, rows.titles))
    if len(set(same)) == len(same):
        return wanted
    first: dict[str, int] = {}
    flags = [True] * len(same)
    for i, key in enumerate(same):
        j = first.setdefault(key, i)
        if j != i:
            flags[i] = False
            pack.problem(
                rows.paths[i],
                rows.lines[i],
                f"the term {quoted(rows.titles[i])} appears twice (first at {rows.paths[j]}:{rows.lines[j]}); "
                "this row is skipped",
            )
    rows.keep(flags)
    return list(compress(wanted, flags))


def _claim_ids(pack: PackBuilder, rows: _Columns, wanted: list[str]) -> list[str]:
    """The id of each row: the one its title makes, unless the glossary or the pack already uses it (then renamed
    and reported), as if the rows claimed their ids one after the other."""
    taken, claimed = pack.tables.terms, pack.ids
    ids = list(wanted)
    distinct = set(ids)
    clashes = distinct.intersection(taken) | distinct.intersection(claimed)
    if len(distinct) < len(ids):  # two titles make the same id ("C-3" and "C 3"): one row after the other
        for i, term_id in enumerate(ids):
            if term_id in taken or term_id in claimed:
                ids[i] = pack.claim_id(term_id, rows.paths[i], rows.lines[i], rows.titles[i])
            else:
                claimed.add(term_id)
    else:
        # The rows between two clashes claim their ids together, unless one was taken by a renamed id meanwhile.
        renamed: set[str] = set()
        start = 0
        for i in [*compress(range(len(ids)), map(clashes.__contains__, ids)), len(ids)]:
            if renamed.isdisjoint(ids[start:i]):
                claimed.update(ids[start:i])
            else:
                for k in range(start, i):
                    if ids[k] in taken or ids[k] in claimed:
                        ids[k] = pack.claim_id(ids[k], rows.paths[k], rows.lines[k], rows.titles[k])
                        renamed.add(ids[k])
                    else:
                        claimed.add(ids[k])
            if i < len(ids):
                ids[i] = pack.claim_id(ids[i], rows.paths[i], rows.lines[i], rows.titles[i])
                renamed.add(ids[i])
            start = i + 1
    pack.more_names = lambda: _add_names(pack, rows.titles, rows.aliases, ids)
    return ids


def _add_names(pack: PackBuilder, titles: list[str], aliases: list[tuple[str, ...]], ids: list[str]) -> None:
    """The rows' titles as written, then their folded titles, aliases and ids (with spaces for hyphens)."""
    exact = pack.exact_names
    for title, term_id in zip(titles, ids, strict=True):
        exact.setdefault(title, term_id)
    names = pack.names
    for key, term_id in zip(fold_keys(titles), ids, strict=True):
        names.setdefault(key, term_id)
    alias_keys = iter(fold_keys(list(chain.from_iterable(aliases))))
    for term_aliases, term_id in zip(aliases, ids, strict=True):
        for _ in term_aliases:
            names.setdefault(next(alias_keys), term_id)
        names.setdefault(term_id.replace("-", " "), term_id)


class _Linker:
    """Finds the terms that `related` cells name, a chunk of rows at a time (so that what is made on the way
    stays small and in the processor's cache); positions are rows first, then terms outside the CSV files."""

    def __init__(self, pack: PackBuilder, rows: _Columns, ids: list[str]) -> None:
        self.pack = pack
        self.rows = rows
        self.ids = list(ids)
        """The id at each position."""
        # Keys copied in one pass lie side by side in memory, which makes the lookups quicker than with the
        # titles themselves, spread among the other cells of their rows. (Titles hold no NUL: `yamlio.decode_utf8`.)
        titles = "\0".join(rows.titles).split("\0") if rows.titles else []
        self.row_of_title = dict(zip(titles, range(len(ids)), strict=True)).get
        self._position: dict[str, int] = {}
        self.relations: dict[int, Relation] = {}

    def targets(self, start: int, cells: list[str], counts: list[int]) -> list[int]:
        """The position each title of these rows' cells names; a title that names no term is reported and gets
        its own row's position (so that it is dropped like a link to itself)."""
        titles = list(map(str.strip, SEPARATOR.join(cells).split(SEPARATOR)))
        found: list[int | None] = list(map(self.row_of_title, titles))
        if None in found:
            ends = list(accumulate(counts))
            for k, title in enumerate(titles):
                if found[k] is None:
                    found[k] = self._find(title, start + bisect_right(ends, k))
        return found  # type: ignore[return-value]  # no None is left

    def _find(self, title: str, row: int) -> int:
        target = self.pack.find_term(title) if title else None
        if target is None:
            if title:
                message = f"related term {quoted(title)} is neither in the pack nor in the glossary; "
                self.pack.problem(self.rows.paths[row], self.rows.lines[row], message + "the link is left out")
            return row
        if not self._position:
            self._position = {term_id: i for i, term_id in enumerate(self.ids)}
        position = self._position.setdefault(target, len(self.ids))
        if position == len(self.ids):
            self.ids.append(target)
        return position

    def relation(self, positions: list[int]) -> Callable[[int], Relation]:
        """Looks up the relation to a position; these positions' relations are made first (one per target)."""
        new = list(set(positions).difference(self.relations))
        targets = list(map(self.ids.__getitem__, new))
        made = made_in_bulk(Relation, {"target": targets}, {"kind": RelationKind.RELATED})
        self.relations.update(zip(new, made, strict=True))
        return self.relations.__getitem__


def _link(pack: PackBuilder, rows: _Columns, ids: list[str]) -> list[tuple[Relation, ...]]:
    """The related terms of each row: the first of repeated targets, and never the row's own term."""
    linker = _Linker(pack, rows, ids)
    out: list[tuple[Relation, ...]] = []
    for start in range(0, len(ids), CHUNK):
        cells = rows.related[start : start + CHUNK]
        counts = list(map(add, map(str.count, cells, repeat(SEPARATOR)), repeat(1)))  # empty titles included
        found = linker.targets(start, cells, counts)
        relation = linker.relation(found)
        targets = list(map(dict.fromkeys, map(islice, repeat(iter(found)), counts)))  # in order, once each
        deque(map(dict.pop, targets, range(start, start + len(cells)), repeat(None)), maxlen=0)  # not itself
        out.extend(map(tuple, map(map, repeat(relation), targets)))
    return out


def _categories(pack: PackBuilder, rows: _Columns) -> list[str]:
    """The category id of each row; each distinct cell is looked up (or made) once, at its first row."""
    found: dict[str, str] = {}
    out: list[str] = []
    for text, path, line in zip(rows.categories, rows.paths, rows.lines, strict=True):
        category = found.get(text)
        if category is None:
            category = found[text] = pack.category_for(text, path, line)
        out.append(category)
    return out


def add_csv_terms(pack: PackBuilder, blocks: Sequence[CsvRows]) -> None:
    """Turn the rows of a pack's CSV files (in order) into the pack's terms."""
    rows = _Columns(blocks)
    if not rows.titles:
        return
    wanted = [term_id or "term" for term_id in slugs_of_keys(fold_keys(rows.titles))]
    ids = _claim_ids(pack, rows, _drop_repeated_titles(pack, rows, wanted))
    related = _link(pack, rows, ids)
    categories = _categories(pack, rows)
    origins = made_in_bulk(Origin, {"path": rows.paths, "line": rows.lines}, {})
    terms = made_in_bulk(
        Term,
        {
            "id": ids,
            "title": rows.titles,
            "category": categories,
            "summary": rows.summaries,
            "definition": rows.definitions,
            "related": related,
            "sources": rows.sources,
            "aliases": rows.aliases,
            "origin": origins,
        },
        {"why_it_matters": "", "examples": (), "pack": pack.name},
    )
    pack.terms.update(zip(ids, terms, strict=True))
