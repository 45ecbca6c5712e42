"""Builders for each kind of content item: terms, comparisons, paths, categories and their parts.

Each takes a `FieldReader` over one file. A builder raises `InvalidItemError` (after recording why) when the item
cannot be used; list parts are built with `reader.each`, which drops a bad entry and keeps the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.content.fields import FieldReader, describe
from desktop.core.content.model import (
    Category,
    Comparison,
    Dimension,
    LearningPath,
    Misconception,
    Origin,
    Relation,
    RelationKind,
    Source,
    Term,
)
from desktop.core.content.yamlio import YamlMap

TERM_REQUIRED = (
    "id",
    "title",
    "category",
    "summary",
    "definition",
    "why_it_matters",
    "examples",
    "related",
    "sources",
)
TERM_OPTIONAL = ("full_name", "aliases", "how_it_works", "misconceptions")
PACK_TERM_REQUIRED = ("id", "title", "summary")
"""A user glossary pack is teachers' content, not ours: only these fields are required; the others may be left out
(the document skips empty sections) and `category` defaults to the pack's own category."""
PACK_TERM_OPTIONAL = tuple(name for name in (*TERM_REQUIRED, *TERM_OPTIONAL) if name not in PACK_TERM_REQUIRED)
COMPARISON_REQUIRED = ("id", "terms", "summary", "dimensions", "tell_apart", "sources")
PATH_REQUIRED = ("id", "title", "description", "steps")


def read_source(reader: FieldReader, value: Any, line: int) -> Source:
    data = reader.mapping(value, "a source", line)
    reader.check_fields(data, ("authors", "year", "title"), ("venue", "arxiv", "url"))
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 2100:
        raise reader.fail(data.line_of("year"), f"source year must be a four-digit year, found {describe(year)}")
    url = reader.text(data, "url", required=False)
    if url and not url.startswith(("https://", "http://")):
        raise reader.fail(data.line_of("url"), f"source url must start with https:// or http://, found {url!r}")
    return Source(
        authors=reader.text(data, "authors"),
        year=year,
        title=reader.text(data, "title"),
        venue=reader.text(data, "venue", required=False),
        arxiv=reader.text(data, "arxiv", required=False),
        url=url,
    )


def read_relation(reader: FieldReader, value: Any, line: int) -> tuple[Relation, int]:
    data = reader.mapping(value, "a related entry", line)
    reader.check_fields(data, ("id", "kind"))
    target = reader.ident(data, "id")
    kind_text = reader.text(data, "kind")
    try:
        kind = RelationKind(kind_text)
    except ValueError:
        known = ", ".join(k.value for k in RelationKind)
        raise reader.fail(data.line_of("kind"), f"unknown relation kind '{kind_text}' (known: {known})") from None
    return Relation(target, kind), data.line


def read_misconception(reader: FieldReader, value: Any, line: int) -> Misconception:
    data = reader.mapping(value, "a misconception", line)
    reader.check_fields(data, ("myth", "fact"))
    return Misconception(myth=reader.text(data, "myth"), fact=reader.text(data, "fact"))


def check_stem(reader: FieldReader, data: YamlMap, item_id: str, file: Path) -> None:
    if item_id != file.stem:
        reader.problem(data.line_of("id"), f"id '{item_id}' does not match the file name '{file.name}'")


def read_term(
    reader: FieldReader, data: YamlMap, file: Path, relation_lines: dict[tuple[str, str], int], pack: str = ""
) -> Term:
    """A term; the line of each relation goes into `relation_lines` so a dangling one can be reported there.

    Bundled terms (`pack` empty) need every required field. A pack term needs only `PACK_TERM_REQUIRED`; its
    category is empty when not given (the pack loader gives it the pack's own category).
    """
    strict = not pack
    if strict:
        reader.check_fields(data, TERM_REQUIRED, TERM_OPTIONAL)
    else:
        reader.check_fields(data, PACK_TERM_REQUIRED, PACK_TERM_OPTIONAL)
    least = 1 if strict else 0
    term_id = reader.ident(data, "id")
    check_stem(reader, data, term_id, file)
    relations = reader.each(
        reader.items(data, "related", required=strict, minimum=least), lambda v, ln: read_relation(reader, v, ln)
    )
    for relation, line in relations:
        relation_lines[(term_id, relation.target)] = line
    term = Term(
        id=term_id,
        title=reader.text(data, "title"),
        full_name=reader.text(data, "full_name", required=False),
        aliases=reader.each(reader.items(data, "aliases", required=False), reader.text_item),
        category=reader.ident(data, "category") if strict or data.get("category") is not None else "",
        summary=reader.text(data, "summary"),
        definition=reader.text(data, "definition", required=strict),
        why_it_matters=reader.text(data, "why_it_matters", required=strict),
        how_it_works=reader.text(data, "how_it_works", required=False),
        examples=reader.each(reader.items(data, "examples", required=strict, minimum=least), reader.text_item),
        misconceptions=reader.each(
            reader.items(data, "misconceptions", required=False),
            lambda v, ln: read_misconception(reader, v, ln),
        ),
        related=tuple(relation for relation, _ in relations),
        sources=reader.each(
            reader.items(data, "sources", required=strict, minimum=least), lambda v, ln: read_source(reader, v, ln)
        ),
        origin=Origin(reader.path, data.line),
        pack=pack,
    )
    if strict and not term.examples:
        raise reader.fail(data.line_of("examples"), "the term needs at least one valid example")
    if strict and not term.sources:
        raise reader.fail(data.line_of("sources"), "the term needs at least one valid source")
    return term


def read_dimension(reader: FieldReader, value: Any, line: int, terms: tuple[str, ...]) -> Dimension:
    data = reader.mapping(value, "a dimension", line)
    reader.check_fields(data, ("name", "cells"))
    name = reader.text(data, "name")
    cells = reader.mapping(data.get("cells"), f"the cells of dimension '{name}'", data.line_of("cells"))
    for key in cells:
        if key not in terms:
            reader.problem(cells.line_of(key), f"dimension '{name}' has a cell for '{key}', which is not compared here")
    missing = [t for t in terms if t not in cells]
    if missing:
        raise reader.fail(cells.line, f"dimension '{name}' has no cell for {', '.join(missing)}")
    return Dimension(name=name, cells={t: reader.text(cells, t) for t in terms})


def read_comparison(reader: FieldReader, data: YamlMap, file: Path) -> Comparison:
    reader.check_fields(data, COMPARISON_REQUIRED, ("title",))
    comparison_id = reader.ident(data, "id")
    check_stem(reader, data, comparison_id, file)
    term_items = reader.items(data, "terms", minimum=2)
    terms = tuple(reader.text_item(v, term_items.line_of(i)) for i, v in enumerate(term_items))
    if len(terms) > 3:
        raise reader.fail(term_items.line, "a comparison sets two or three terms side by side, not more")
    if len(set(terms)) != len(terms):
        raise reader.fail(term_items.line, "a comparison lists the same term twice")
    dimensions = reader.each(
        reader.items(data, "dimensions", minimum=1), lambda v, ln: read_dimension(reader, v, ln, terms)
    )
    if not dimensions:
        raise reader.fail(data.line_of("dimensions"), "the comparison has no valid dimension")
    return Comparison(
        id=comparison_id,
        title=reader.text(data, "title", required=False),
        terms=terms,
        summary=reader.text(data, "summary"),
        dimensions=dimensions,
        tell_apart=reader.text(data, "tell_apart"),
        sources=reader.each(reader.items(data, "sources", minimum=1), lambda v, ln: read_source(reader, v, ln)),
        origin=Origin(reader.path, data.line),
    )


def read_path(reader: FieldReader, data: YamlMap, file: Path) -> LearningPath:
    reader.check_fields(data, PATH_REQUIRED)
    path_id = reader.ident(data, "id")
    check_stem(reader, data, path_id, file)
    steps = reader.items(data, "steps", minimum=1)
    return LearningPath(
        id=path_id,
        title=reader.text(data, "title"),
        description=reader.text(data, "description"),
        steps=tuple(reader.text_item(v, steps.line_of(i)) for i, v in enumerate(steps)),
        origin=Origin(reader.path, data.line),
    )


def read_category(reader: FieldReader, value: Any, line: int) -> Category:
    data = reader.mapping(value, "a category", line)
    reader.check_fields(data, ("id", "title", "description"))
    return Category(reader.ident(data, "id"), reader.text(data, "title"), reader.text(data, "description"))
