"""Translation overlays: `resources/glossary/<lang>/...` files that replace only the fields they give.

An overlay file names an existing item by `id` and gives translated values for some translatable fields. Ids,
categories, relations, sources and compared terms are never translated. An item whose overlay leaves its
running text in English (a term without a translated `definition`, a comparison without `dimensions`; a title and
summary alone are common) is marked `untranslated`, so the interface can say so, and `TranslationCoverage` counts
how much of the glossary a language covers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.content.fields import FieldReader, InvalidItemError, parse_file, yaml_files
from desktop.core.content.items import read_category, read_dimension, read_misconception
from desktop.core.content.model import Category, Comparison, LearningPath, Problem, Term, TranslationCoverage
from desktop.core.content.yamlio import YamlList, YamlMap

TERM_TEXT = ("title", "full_name", "summary", "definition", "why_it_matters", "how_it_works")
TERM_TRANSLATABLE = (*TERM_TEXT, "aliases", "examples", "misconceptions")
COMPARISON_TRANSLATABLE = ("title", "summary", "dimensions", "tell_apart")
PATH_TRANSLATABLE = ("title", "description")

Item = TypeVar("Item", Term, Comparison, LearningPath)


def _overlays(
    folder: Path, items: Mapping[str, Any], what: str, allowed: Sequence[str], problems: list[Problem]
) -> Iterator[tuple[FieldReader, YamlMap, Any]]:
    """Each readable overlay file in a folder with the item it translates; problems are recorded on the way."""
    for file in yaml_files(folder):
        parsed = parse_file(file, problems)
        if parsed is None:
            continue
        reader, raw = parsed
        try:
            data = reader.mapping(raw, f"a translated {what}", 1)
            item_id = reader.ident(data, "id")
        except InvalidItemError:
            continue
        item = items.get(item_id)
        if item is None:
            reader.problem(data.line_of("id"), f"translation of unknown {what} '{item_id}'")
            continue
        for name in data:
            if name != "id" and name not in allowed:
                reader.problem(
                    data.line_of(name), f"field '{name}' cannot be translated (translatable: {', '.join(allowed)})"
                )
        yield reader, data, item


def _term_changes(reader: FieldReader, data: YamlMap, term: Term) -> dict[str, Any]:
    changes: dict[str, Any] = {key: reader.text(data, key) for key in TERM_TEXT if key in data}
    translated_aliases = reader.each(reader.items(data, "aliases"), reader.text_item) if "aliases" in data else ()
    # The English names stay searchable (and are shown as "also called") in every language.
    changes["aliases"] = _unique((*translated_aliases, *term.names), exclude=(changes.get("title", term.title),))
    if "examples" in data:
        changes["examples"] = reader.each(reader.items(data, "examples", minimum=1), reader.text_item)
    if "misconceptions" in data:
        changes["misconceptions"] = reader.each(
            reader.items(data, "misconceptions"), lambda v, ln: read_misconception(reader, v, ln)
        )
    return changes


def _unique(names: tuple[str, ...], *, exclude: tuple[str, ...]) -> tuple[str, ...]:
    seen = {name.casefold() for name in exclude}
    kept = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return tuple(kept)


def _comparison_changes(reader: FieldReader, data: YamlMap, comparison: Comparison) -> dict[str, Any]:
    changes: dict[str, Any] = {key: reader.text(data, key) for key in ("title", "summary", "tell_apart") if key in data}
    if "dimensions" in data:
        dimensions = reader.each(
            reader.items(data, "dimensions", minimum=1),
            lambda v, ln: read_dimension(reader, v, ln, comparison.terms),
        )
        if len(dimensions) != len(comparison.dimensions):
            raise reader.fail(
                data.line_of("dimensions"),
                f"the translation has {len(dimensions)} valid dimensions, the original {len(comparison.dimensions)}",
            )
        changes["dimensions"] = dimensions
    return changes


def _path_changes(reader: FieldReader, data: YamlMap, path: LearningPath) -> dict[str, Any]:
    return {key: reader.text(data, key) for key in PATH_TRANSLATABLE if key in data}


def _translate(
    folder: Path,
    items: dict[str, Item],
    *,
    what: str,
    allowed: Sequence[str],
    changes: Callable[[FieldReader, YamlMap, Item], dict[str, Any]],
    problems: list[Problem],
) -> dict[str, frozenset[str]]:
    """Apply every overlay in a folder to `items` in place; returns the fields each translated item was given."""
    done: dict[str, frozenset[str]] = {}
    for reader, data, item in _overlays(folder, items, what, allowed, problems):
        try:
            items[item.id] = replace(item, **changes(reader, data, item))
        except InvalidItemError:
            continue
        done[item.id] = frozenset(data)
    return done


def _translate_categories(file: Path, categories: dict[str, Category], problems: list[Problem]) -> None:
    parsed = parse_file(file, problems)
    if parsed is None:
        return
    reader, raw = parsed
    if not isinstance(raw, YamlList):
        reader.problem(getattr(raw, "line", 1), "categories.yaml must be a list of categories")
        return
    for category in reader.each(raw, lambda v, ln: read_category(reader, v, ln)):
        if category.id in categories:
            categories[category.id] = category
        else:
            reader.problem(raw.line, f"translation of unknown category '{category.id}'")


def apply_overlays(
    root: Path,
    lang: str,
    *,
    terms: dict[str, Term],
    comparisons: dict[str, Comparison],
    paths: dict[str, LearningPath],
    categories: dict[str, Category],
    problems: list[Problem],
) -> TranslationCoverage:
    """Translate the loaded items in place from `root/<lang>/`; mark what stays English as untranslated and return
    how much of the bundled content the language covers."""
    base = root / lang
    translated_terms = _translate(
        base / "terms", terms, what="term", allowed=TERM_TRANSLATABLE, changes=_term_changes, problems=problems
    )
    translated_comparisons = _translate(
        base / "comparisons",
        comparisons,
        what="comparison",
        allowed=COMPARISON_TRANSLATABLE,
        changes=_comparison_changes,
        problems=problems,
    )
    _translate(
        base / "paths", paths, what="learning path", allowed=PATH_TRANSLATABLE, changes=_path_changes, problems=problems
    )
    if (base / "categories.yaml").is_file():
        _translate_categories(base / "categories.yaml", categories, problems)
    bundled = [term_id for term_id, term in terms.items() if not term.pack]
    named = complete = 0
    for term_id in bundled:
        given = translated_terms.get(term_id, frozenset())
        named += {"title", "summary"} <= given
        if "definition" in given:
            complete += 1
        else:
            terms[term_id] = replace(terms[term_id], untranslated=True)
    for comparison_id, comparison in comparisons.items():
        if "dimensions" not in translated_comparisons.get(comparison_id, frozenset()):
            comparisons[comparison_id] = replace(comparison, untranslated=True)
    return TranslationCoverage(
        terms=len(bundled),
        named=named,
        complete=complete,
        comparisons=len(comparisons),
        complete_comparisons=sum(not c.untranslated for c in comparisons.values()),
    )
