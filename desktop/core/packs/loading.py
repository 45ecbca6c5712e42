"""User glossary packs: a teacher's own terms, loaded beside the bundled glossary and never replacing any of it.

A pack is one of:

- a CSV file (see `desktop.core.packs.csv_pack` for the columns);
- a folder of YAML term files in our content format, either directly in the folder or under `terms/`, with optional
  `categories.yaml`, `comparisons/` and `paths/` as in `resources/glossary/`; CSV files directly in the folder are
  read too (an installed CSV pack is a folder holding its CSV file).

The pack's name is the folder's name (a CSV file's name without `.csv`); every term it brings carries
`term.pack = name`. Pack YAML terms need only `id`, `title` and `summary` (see `items.PACK_TERM_REQUIRED`).

Rules that keep bundled content safe and messages clear:

- A pack term whose id is already taken (by the bundled glossary or an earlier pack) is renamed `<pack>-<id>` and
  reported; references inside the pack follow the rename. Comparisons and learning paths likewise.
- CSV ids are made from titles (`slugify`), unique within the pack. Related terms named by title are found in the
  pack first, then in the bundled glossary (titles, full names, aliases, ids; case and accents ignored).
- A category named by a pack is found among the known ones (by id or title) or created (at most
  `MAX_PACK_CATEGORIES` per pack); a term without one goes to the pack's own category, titled with the pack's name.
- Limits: `MAX_PACK_TERMS` terms per pack, 20 MB per file, and the text and YAML limits of `fields` and `yamlio`.

Nothing here raises for bad input: every problem is a `Problem` naming `file:line`. Plain Python, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core.collector import paused_collector
from desktop.core.content.fields import display_path, yaml_files
from desktop.core.content.model import Category, Comparison, Glossary, LearningPath, Problem, Term
from desktop.core.packs.csv_pack import CsvRows, SourceCache, read_csv_terms
from desktop.core.packs.csv_terms import add_csv_terms
from desktop.core.packs.pack_builder import (
    MAX_PACK_TERMS,
    NO_NAMES,
    GlossaryTables,
    PackBuilder,
    name_index,
    slugify,
)
from desktop.core.packs.pack_names import inside, pack_name
from desktop.core.packs.pack_yaml import read_categories, read_extras, read_terms

__all__ = ["MAX_PACK_TERMS", "PackReport", "add_packs", "check_pack", "pack_name", "with_packs"]

_NOT_TERMS = frozenset({"meta.yaml", "categories.yaml", "pack.yaml"})


@dataclass
class _Files:
    terms: list[Path] = field(default_factory=list)
    csv: list[Path] = field(default_factory=list)
    categories: Path | None = None
    comparisons: list[Path] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    outside: list[Path] = field(default_factory=list)
    """Links that lead out of the pack's folder: never read (issue 21), reported."""


def _pack_files(path: Path) -> _Files | str:
    """The files of a pack, or a message saying why there are none."""
    try:
        return _find_pack_files(path)
    except OSError as exc:  # a name too long, a folder that cannot be listed
        return f"cannot read the pack: {exc.strerror or exc}"


def _find_pack_files(path: Path) -> _Files | str:
    if not path.exists():
        return "no such file or folder"
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix == ".csv":
            return _Files(csv=[path])
        if suffix in (".yaml", ".yml"):
            return _Files(terms=[path])
        return "a glossary pack is a folder of YAML term files or a .csv file"
    outside: list[Path] = []

    def own(found: list[Path]) -> list[Path]:
        kept = [f for f in found if inside(path, f)]
        outside.extend(f for f in found if f not in kept)
        return kept

    categories = own([path / "categories.yaml"] if (path / "categories.yaml").is_file() else [])
    files = _Files(
        terms=own([*yaml_files(path / "terms"), *(f for f in yaml_files(path) if f.name not in _NOT_TERMS)]),
        csv=own(sorted(f for f in path.iterdir() if f.suffix.lower() == ".csv" and f.is_file())),
        categories=categories[0] if categories else None,
        comparisons=own(yaml_files(path / "comparisons")),
        paths=own(yaml_files(path / "paths")),
        outside=outside,
    )
    if not files.terms and not files.csv:
        return "no terms found: a glossary pack is a CSV file or a folder of YAML term files"
    return files


def _add_pack(tables: GlossaryTables, path: Path, name: str) -> None:
    files = _pack_files(path)
    if isinstance(files, str):
        tables.problems.append(Problem(display_path(path), 0, files))
        return
    first_problem = len(tables.problems)
    for link in files.outside:
        message = "a link to a file outside the pack; left out (a pack reads only its own files)"
        tables.problems.append(Problem(display_path(link), 0, message))
    pack = PackBuilder(name=name, slug=slugify(name) or "pack", tables=tables)
    if files.categories is not None:
        read_categories(pack, files.categories)
    read_terms(pack, files.terms, path)
    pack.names.update(name_index(pack.terms.values()))
    blocks: list[CsvRows] = []
    sources: SourceCache = {}
    for file in files.csv:
        room = max(0, MAX_PACK_TERMS - len(pack.terms) - sum(map(len, blocks)))
        blocks.append(read_csv_terms(file, tables.problems, limit=room, sources=sources))
    add_csv_terms(pack, blocks)
    del blocks, sources
    comparisons, paths = read_extras(pack, files.comparisons, files.paths)
    # The pack's problems in file and line order, whichever step found them.
    tables.problems[first_problem:] = sorted(tables.problems[first_problem:], key=lambda p: (p.path, p.line))
    if not pack.terms:
        tables.problems.append(Problem(display_path(path), 0, f"the pack '{name}' has no usable terms"))
        return
    tables.categories.update(pack.categories)
    tables.terms.update(pack.terms)
    tables.comparisons.update(comparisons)
    tables.paths.update(paths)


def add_packs(
    packs: Sequence[Path],
    *,
    terms: dict[str, Term],
    categories: dict[str, Category],
    comparisons: dict[str, Comparison],
    paths: dict[str, LearningPath],
    problems: list[Problem],
    other_names: Mapping[str, Sequence[str]] = NO_NAMES,
) -> None:
    """Add each pack's content to the given tables in place, in order; problems are appended. Never raises.

    `other_names` gives more names for bundled terms (their English titles when the glossary is translated), so a
    pack's related terms are found by either.
    """
    tables = GlossaryTables(
        terms=terms,
        categories=categories,
        comparisons=comparisons,
        paths=paths,
        problems=problems,
        base_names=name_index((t for t in terms.values() if not t.pack), other_names),
    )
    loaded = {t.pack for t in terms.values() if t.pack}
    for path in packs:
        name = pack_name(path)
        if name in loaded:
            problems.append(Problem(display_path(path), 0, f"a pack named '{name}' is already loaded; skipped"))
            continue
        loaded.add(name)
        try:
            with paused_collector():
                _add_pack(tables, path, name)
        except Exception as exc:  # the last line of defence: a pack must never stop the app
            problems.append(
                Problem(display_path(path), 0, f"unexpected error while reading the pack: {type(exc).__name__}: {exc}")
            )


def with_packs(
    glossary: Glossary, packs: Sequence[Path], *, other_names: Mapping[str, Sequence[str]] = NO_NAMES
) -> Glossary:
    """A new glossary: this one plus the packs (the original is not changed).

    For a translated glossary, pass the English names as `other_names` (`{id: term.names}` of the English
    glossary), so that a pack's related terms are found by English titles too.
    """
    terms, categories = dict(glossary.terms), dict(glossary.categories)
    comparisons, paths = dict(glossary.comparisons), dict(glossary.paths)
    problems = list(glossary.problems)
    add_packs(
        packs,
        terms=terms,
        categories=categories,
        comparisons=comparisons,
        paths=paths,
        problems=problems,
        other_names=other_names,
    )
    return replace(
        glossary, terms=terms, categories=categories, comparisons=comparisons, paths=paths, problems=tuple(problems)
    )


@dataclass(frozen=True)
class PackReport:
    """What checking a pack found: its name, how many terms it brings and its problems."""

    name: str
    terms: int
    problems: tuple[Problem, ...]

    @property
    def usable(self) -> bool:
        return self.terms > 0


def check_pack(path: Path, glossary: Glossary) -> PackReport:
    """Load one pack beside `glossary` (the bundled one) and report what it brings; `glossary` is not changed.

    Terms of an already loaded pack with the same name are left out first, so checking a new version of an
    installed pack does not report its own terms as collisions.
    """
    name = pack_name(path)
    base = replace(
        glossary,
        terms={k: t for k, t in glossary.terms.items() if t.pack != name},
        problems=(),
    )
    loaded = with_packs(base, [path])
    count = sum(1 for t in loaded.terms.values() if t.pack == name)
    return PackReport(name=name, terms=count, problems=loaded.problems)


SHARED_STEP = 8_192
"""Titles compared per step of `shared_titles`."""


def shared_titles(terms: Sequence[Term]) -> Generator[None, None, frozenset[str]]:
    """The ids of the pack terms whose title (ignoring case) another term has too; yields between chunks of
    `SHARED_STEP` titles so that the window stays responsive at 100,000 terms."""
    counts: Counter[str] = Counter()
    folded: list[str] = []
    for start in range(0, len(terms), SHARED_STEP):
        chunk = [term.title.casefold() for term in terms[start : start + SHARED_STEP]]
        counts.update(chunk)
        folded += chunk
        yield
    shared = set()
    for start in range(0, len(terms), SHARED_STEP):
        for term, key in zip(terms[start : start + SHARED_STEP], folded[start : start + SHARED_STEP], strict=True):
            if term.pack and counts[key] > 1:
                shared.add(term.id)
        yield
    return frozenset(shared)
