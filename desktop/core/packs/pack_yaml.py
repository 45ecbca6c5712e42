"""The YAML part of a glossary pack: its categories, term files, comparisons and learning paths.

Terms are read with the same builders as bundled content, in the pack's lenient mode (see
`items.PACK_TERM_REQUIRED`). Ids the glossary already uses are renamed by the `PackBuilder`, and the pack's own
references (related terms, compared terms, path steps) follow the rename: a pack means its own term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.content.fields import InvalidItemError, display_path, parse_file
from desktop.core.content.items import read_category, read_comparison, read_path, read_term
from desktop.core.content.model import Comparison, LearningPath, Relation, Term
from desktop.core.content.yamlio import YamlList
from desktop.core.packs.pack_builder import MAX_PACK_TERMS, PackBuilder


def read_categories(pack: PackBuilder, file: Path) -> None:
    """A pack's `categories.yaml`; an id the glossary already has keeps the glossary's category."""
    result = parse_file(file, pack.tables.problems)
    if result is None:
        return
    reader, raw = result
    if not isinstance(raw, YamlList):
        reader.problem(getattr(raw, "line", 1), "categories.yaml must be a list of categories")
        return
    for category in reader.each(raw, lambda v, ln: read_category(reader, v, ln)):
        if pack.has_category(category.id):
            reader.problem(raw.line, f"category '{category.id}' is already defined; the pack uses that one")
        else:
            pack.add_category(category)


def _parse_terms(pack: PackBuilder, files: Sequence[Path]) -> tuple[dict[str, Term], dict[tuple[str, str], int]]:
    parsed: dict[str, Term] = {}
    relation_lines: dict[tuple[str, str], int] = {}
    for file in files:
        result = parse_file(file, pack.tables.problems)
        if result is None:
            continue
        reader, raw = result
        try:
            data = reader.mapping(raw, "a term file", 1)
            term = read_term(reader, data, file, relation_lines, pack.name)
        except InvalidItemError:
            continue
        first = parsed.get(term.id)
        if first is not None:
            reader.problem(
                data.line_of("id"),
                f"duplicate term id '{term.id}' (first defined at {first.origin}); this one is skipped",
            )
            continue
        parsed[term.id] = term
    return parsed, relation_lines


def read_terms(pack: PackBuilder, files: Sequence[Path], root: Path) -> None:
    """The pack's YAML terms, with their ids claimed, categories settled and relations checked."""
    if len(files) > MAX_PACK_TERMS:
        pack.problem(
            display_path(root), 0, f"more than {MAX_PACK_TERMS:,} term files in the pack; only the first are read"
        )
        files = files[:MAX_PACK_TERMS]
    parsed, relation_lines = _parse_terms(pack, files)
    new_ids = {
        term_id: pack.claim_id(term_id, term.origin.path, term.origin.line, term.title)
        for term_id, term in parsed.items()
    }
    known = pack.tables.terms
    own = set(new_ids.values())
    for term_id, term in parsed.items():
        new_id = new_ids[term_id]
        category = term.category
        if category and not pack.has_category(category):
            pack.problem(
                term.origin.path,
                term.origin.line,
                f"unknown category '{category}'; the term goes into the pack's own category",
            )
            category = ""
        related: list[Relation] = []
        for relation in term.related:
            target = new_ids.get(relation.target, relation.target)
            if target != new_id and (target in own or target in known):
                related.append(Relation(target, relation.kind))
                continue
            line = relation_lines.get((term_id, relation.target), term.origin.line)
            reason = "relates to itself" if target == new_id else f"related term '{relation.target}' does not exist"
            pack.problem(term.origin.path, line, reason)
        pack.terms[new_id] = replace(term, id=new_id, category=category or pack.own_category(), related=tuple(related))


def read_extras(
    pack: PackBuilder, comparison_files: Sequence[Path], path_files: Sequence[Path]
) -> tuple[dict[str, Comparison], dict[str, LearningPath]]:
    """The pack's comparisons and learning paths, their term ids following the pack's renames."""
    tables = pack.tables
    comparisons: dict[str, Comparison] = {}
    paths: dict[str, LearningPath] = {}
    for kind, files in (("comparison", comparison_files), ("learning path", path_files)):
        for file in files:
            result = parse_file(file, tables.problems)
            if result is None:
                continue
            reader, raw = result
            try:
                data = reader.mapping(raw, f"a {kind} file", 1)
                item: Comparison | LearningPath = (
                    read_comparison(reader, data, file) if kind == "comparison" else read_path(reader, data, file)
                )
            except InvalidItemError:
                continue
            refs = tuple(pack.rename.get(t, t) for t in (item.terms if isinstance(item, Comparison) else item.steps))
            missing = [t for t in refs if t not in pack.ids and t not in tables.terms]
            if missing:
                reader.problem(item.origin.line, f"{kind} '{item.id}' names unknown terms: {', '.join(missing)}")
                continue
            taken: set[str] = set(tables.comparisons if kind == "comparison" else tables.paths)
            taken |= set(comparisons if kind == "comparison" else paths)
            new_id, number = item.id, 1
            while new_id in taken:
                number += 1
                new_id = f"{pack.slug}-{item.id}" + (f"-{number - 1}" if number > 2 else "")
            if new_id != item.id:
                reader.problem(item.origin.line, f"{kind} id '{item.id}' is already used; it is renamed '{new_id}'")
            if isinstance(item, Comparison):
                dimensions = tuple(
                    replace(d, cells={pack.rename.get(k, k): v for k, v in d.cells.items()}) for d in item.dimensions
                )
                comparisons[new_id] = replace(item, id=new_id, terms=refs, dimensions=dimensions)
            else:
                paths[new_id] = replace(item, id=new_id, steps=refs)
    return comparisons, paths
