"""Load and validate glossary content from YAML files into the frozen model.

The loader never raises for bad content. It returns a `Glossary` holding everything that is valid and a tuple of
`Problem`s, each naming `file:line: message`. A term, comparison or path with a missing or mistyped required field
is left out; a single bad relation, source or step is dropped from an item that is otherwise kept, and a
reference to an id that does not exist is reported where it was written.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from desktop.core.content.fields import FieldReader, InvalidItemError, display_path, parse_file, yaml_files
from desktop.core.content.items import read_category, read_comparison, read_path, read_term
from desktop.core.content.model import (
    Category,
    Comparison,
    Glossary,
    GlossaryMeta,
    LearningPath,
    Problem,
    Term,
)
from desktop.core.content.overlay import apply_overlays
from desktop.core.content.yamlio import YamlList
from desktop.core.packs.loading import add_packs

ENGLISH = "en"

T = TypeVar("T")


@dataclass
class _Parsed:
    """What one pass over a set of files produced, before cross-references are checked."""

    meta: GlossaryMeta | None = None
    meta_file: Path = Path("meta.yaml")
    path_order_line: int = 0
    categories: dict[str, Category] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    comparisons: dict[str, Comparison] = field(default_factory=dict)
    paths: dict[str, LearningPath] = field(default_factory=dict)
    # Lines of references, to report dangling ones where they were written.
    relation_lines: dict[tuple[str, str], int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _add_unique(reader: FieldReader, table: dict[str, T], item: T, *, item_id: str, line: int, what: str) -> None:
    first = table.get(item_id)
    if first is not None:
        where = getattr(first, "origin", "")
        reader.problem(line, f"duplicate {what} id '{item_id}' (first defined at {where}); this one is skipped")
        return
    table[item_id] = item


def _load_items(kind: str, files: Iterable[Path], parsed: _Parsed, pack: str = "") -> None:
    for file in files:
        result = parse_file(file, parsed.problems)
        if result is None:
            continue
        reader, raw = result
        try:
            data = reader.mapping(raw, f"a {kind} file", 1)
            if kind == "term":
                term = read_term(reader, data, file, parsed.relation_lines, pack)
                _add_unique(reader, parsed.terms, term, item_id=term.id, line=data.line_of("id"), what=kind)
            elif kind == "comparison":
                comparison = read_comparison(reader, data, file)
                _add_unique(
                    reader, parsed.comparisons, comparison, item_id=comparison.id, line=data.line_of("id"), what=kind
                )
            else:
                path = read_path(reader, data, file)
                _add_unique(reader, parsed.paths, path, item_id=path.id, line=data.line_of("id"), what="learning path")
        except InvalidItemError:
            continue


def _load_meta(file: Path, parsed: _Parsed) -> None:
    result = parse_file(file, parsed.problems)
    if result is None:
        return
    reader, raw = result
    try:
        data = reader.mapping(raw, "meta.yaml", 1)
        reader.check_fields(data, ("content_version", "title"), ("path_order",))
        order = reader.items(data, "path_order", required=False)
        parsed.path_order_line = data.line_of("path_order")
        parsed.meta = GlossaryMeta(
            reader.text(data, "content_version"),
            reader.text(data, "title"),
            tuple(reader.text_item(v, order.line_of(i)) for i, v in enumerate(order)),
        )
    except InvalidItemError:
        return


def _load_categories(file: Path, parsed: _Parsed) -> None:
    result = parse_file(file, parsed.problems)
    if result is None:
        return
    reader, raw = result
    if not isinstance(raw, YamlList):
        reader.problem(getattr(raw, "line", 1), "categories.yaml must be a list of categories")
        return

    for category in reader.each(raw, lambda v, ln: read_category(reader, v, ln)):
        if category.id in parsed.categories:
            reader.problem(raw.line, f"duplicate category id '{category.id}'")
        else:
            parsed.categories[category.id] = category


# --- cross references -------------------------------------------------------------------------------------------


def _link(parsed: _Parsed, known_terms: set[str], known_categories: set[str]) -> None:
    """Check references between items; drop what dangles and report where it was written."""
    problems = parsed.problems
    for term_id, term in list(parsed.terms.items()):
        kept = []
        for relation in term.related:
            if relation.target in known_terms and relation.target != term_id:
                kept.append(relation)
                continue
            line = parsed.relation_lines.get((term_id, relation.target), term.origin.line)
            reason = (
                "relates to itself"
                if relation.target == term_id
                else f"related term '{relation.target}' does not exist"
            )
            problems.append(Problem(term.origin.path, line, reason))
        if term.category not in known_categories:
            problems.append(Problem(term.origin.path, term.origin.line, f"unknown category '{term.category}'"))
        if len(kept) != len(term.related):
            parsed.terms[term_id] = replace(term, related=tuple(kept))
    for comparison_id, comparison in list(parsed.comparisons.items()):
        missing = [t for t in comparison.terms if t not in known_terms]
        if missing:
            problems.append(
                Problem(
                    comparison.origin.path,
                    comparison.origin.line,
                    f"comparison '{comparison_id}' names unknown term{'s' if len(missing) > 1 else ''}: "
                    + ", ".join(missing),
                )
            )
            del parsed.comparisons[comparison_id]
    for path_id, path in list(parsed.paths.items()):
        missing = [s for s in path.steps if s not in known_terms]
        if missing:
            problems.append(
                Problem(
                    path.origin.path,
                    path.origin.line,
                    f"learning path step{'s' if len(missing) > 1 else ''} not found: {', '.join(missing)}",
                )
            )
            parsed.paths[path_id] = replace(path, steps=tuple(s for s in path.steps if s in known_terms))
    _order_paths(parsed)


def _order_paths(parsed: _Parsed) -> None:
    """Paths in meta.yaml's `path_order`, any it does not name after them (by id); an unknown id is a problem."""
    order = parsed.meta.path_order if parsed.meta else ()
    if not order:
        return
    unknown = [path_id for path_id in order if path_id not in parsed.paths]
    if unknown:
        parsed.problems.append(
            Problem(
                display_path(parsed.meta_file),
                parsed.path_order_line,
                f"path_order names unknown learning path{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}",
            )
        )
    rank = {path_id: index for index, path_id in enumerate(order)}
    ordered = sorted(parsed.paths.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))
    parsed.paths.clear()
    parsed.paths.update(ordered)


# --- public API -------------------------------------------------------------------------------------------------


def available_content_languages(root: Path) -> list[str]:
    """Languages with a content overlay folder under the glossary root."""
    return sorted(p.name for p in root.iterdir() if p.is_dir() and re.fullmatch(r"[a-z]{2}(_[A-Z]{2})?", p.name))


def load_glossary(root: Path, *, lang: str = ENGLISH, packs: Sequence[Path] = ()) -> Glossary:
    """Load a glossary folder (meta, categories, terms, comparisons, paths) with an optional language overlay.

    `packs` are user glossary packs (CSV files or folders, see `desktop.core.packs.loading`), added after the bundled
    content: they never replace any of it, and their problems come after the bundled ones.
    """
    parsed = _Parsed()
    meta_file = parsed.meta_file = root / "meta.yaml"
    if meta_file.is_file():
        _load_meta(meta_file, parsed)
    else:
        parsed.problems.append(Problem(display_path(meta_file), 0, "the glossary has no meta.yaml"))
    _load_categories(root / "categories.yaml", parsed)
    _load_items("term", yaml_files(root / "terms"), parsed)
    _load_items("comparison", yaml_files(root / "comparisons"), parsed)
    _load_items("path", yaml_files(root / "paths"), parsed)
    _link(parsed, set(parsed.terms), set(parsed.categories))
    english_names = {term_id: term.names for term_id, term in parsed.terms.items()} if packs else {}
    translation = None
    if lang != ENGLISH:
        translation = apply_overlays(
            root,
            lang,
            terms=parsed.terms,
            comparisons=parsed.comparisons,
            paths=parsed.paths,
            categories=parsed.categories,
            problems=parsed.problems,
        )
    if packs:
        add_packs(
            packs,
            terms=parsed.terms,
            categories=parsed.categories,
            comparisons=parsed.comparisons,
            paths=parsed.paths,
            problems=parsed.problems,
            other_names=english_names if lang != ENGLISH else {},
        )
    return Glossary(
        meta=parsed.meta or GlossaryMeta("unknown", root.name),
        categories=parsed.categories,
        terms=parsed.terms,
        comparisons=parsed.comparisons,
        paths=parsed.paths,
        problems=tuple(parsed.problems),
        language=lang,
        translation=translation,
    )


def check_files(targets: Sequence[Path], *, context: Glossary | None = None) -> list[Problem]:
    """Validate the given files or folders. References may point into `context` (the bundled glossary).

    A folder with the glossary layout (`terms/`, `comparisons/`, ...) is checked as a whole glossary; any other
    folder, or a single file, is checked item by item, its kind taken from the folder it sits in
    (`terms`, `comparisons` or `paths`; terms otherwise).
    """
    parsed = _Parsed()
    for target in targets:
        kind = _file_kind(target)
        if kind:
            parsed.problems.append(Problem(display_path(target), 0, kind))
        elif target.is_dir() and ((target / "terms").is_dir() or (target / "meta.yaml").is_file()):
            glossary = load_glossary(target)
            parsed.problems.extend(glossary.problems)
        elif target.is_dir():
            for file in yaml_files(target):
                _load_items(_kind_of(file), [file], parsed)
        else:
            _load_items(_kind_of(target), [target], parsed)
    known_terms = set(parsed.terms) | (set(context.terms) if context else set())
    # Without a context there is no list of categories to check against: accept what the files name.
    known_categories = set(context.categories) if context else {t.category for t in parsed.terms.values()}
    _link(parsed, known_terms, known_categories)
    return parsed.problems


def _file_kind(target: Path) -> str:
    """ "" for a regular file or a folder; else why it cannot be checked (a device or a pipe is never read: /dev/zero
    would never end, a FIFO would wait forever)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return "no such file or folder"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return ""
    return "not a regular file or folder; left unread"


def _kind_of(file: Path) -> str:
    parent = file.parent.name
    return {"comparisons": "comparison", "paths": "path"}.get(parent, "term")
