"""The content model: frozen value objects for terms, comparisons, paths and the glossary that holds them.

Plain Python, no Qt. The loader builds these; everything else only reads them.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from itertools import repeat
from typing import Any, TypeVar

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Ids of terms, comparisons and paths: lower-case words and digits joined by hyphens."""

_Item = TypeVar("_Item")


class RelationKind(StrEnum):
    """How a term relates to another; the value is what content files write."""

    RELATED = "related"
    PART_OF = "part-of"
    HAS_PART = "has-part"
    TECHNIQUE_FOR = "technique-for"
    ADDRESSED_BY = "addressed-by"
    EXAMPLE_OF = "example-of"
    CONTRASTS_WITH = "contrasts-with"
    PREREQUISITE = "prerequisite"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a piece of content came from, for messages: a file and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, printed as `file:line: message`; the message is always one line."""

    path: str
    line: int
    message: str
    renamed: bool = False
    """True when nothing was lost: the entry was kept under another id (a pack's id already taken)."""

    def __post_init__(self) -> None:
        if "\n" in self.message or "\r" in self.message:  # user text quoted in a message may hold line breaks
            object.__setattr__(self, "message", " ".join(self.message.split()))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Source:
    authors: str
    year: int
    title: str
    venue: str = ""
    arxiv: str = ""
    url: str = ""

    @property
    def link(self) -> str:
        """The best web address for the work: its URL, or its arXiv page, or empty."""
        if self.url:
            return self.url
        if self.arxiv:
            return f"https://arxiv.org/abs/{self.arxiv}"
        return ""


@dataclass(frozen=True, slots=True)
class Relation:
    target: str
    kind: RelationKind


@dataclass(frozen=True, slots=True)
class Misconception:
    myth: str
    fact: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str
    description: str
    pack: str = ""
    """Empty for the bundled categories; the pack's name for a category a glossary pack brings."""


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    title: str
    category: str
    summary: str
    definition: str
    why_it_matters: str
    examples: tuple[str, ...]
    related: tuple[Relation, ...]
    sources: tuple[Source, ...]
    full_name: str = ""
    aliases: tuple[str, ...] = ()
    how_it_works: str = ""
    misconceptions: tuple[Misconception, ...] = ()
    origin: Origin = Origin("", 0)
    pack: str = ""
    """Empty for bundled content; the pack's name for a user glossary pack."""
    untranslated: bool = False
    """True when the interface language has no translation of this term and English is shown."""

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a person may search for: title, full name and aliases."""
        extra = (self.full_name,) if self.full_name else ()
        return (self.title, *extra, *self.aliases)

    def body_texts(self) -> Iterator[str]:
        """The running text of the entry, for full-text search."""
        yield self.summary
        yield self.definition
        yield self.why_it_matters
        yield self.how_it_works
        yield from self.examples
        for item in self.misconceptions:
            yield item.myth
            yield item.fact


@dataclass(frozen=True, slots=True)
class Dimension:
    """One aligned row of a comparison: its label and one cell per compared term."""

    name: str
    cells: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Comparison:
    id: str
    terms: tuple[str, ...]
    summary: str
    dimensions: tuple[Dimension, ...]
    tell_apart: str
    sources: tuple[Source, ...]
    title: str = ""
    origin: Origin = Origin("", 0)
    untranslated: bool = False


@dataclass(frozen=True, slots=True)
class LearningPath:
    id: str
    title: str
    description: str
    steps: tuple[str, ...]
    origin: Origin = Origin("", 0)


@dataclass(frozen=True, slots=True)
class GlossaryMeta:
    content_version: str
    title: str
    path_order: tuple[str, ...] = ()
    """Learning paths from first to last for a newcomer (menus list them so, and new flashcards follow them)."""


@dataclass(frozen=True, slots=True)
class TranslationCoverage:
    """How much of the bundled glossary one language translates (glossary packs are not counted)."""

    terms: int
    named: int
    """Terms whose title and summary are translated."""
    complete: int
    """Terms whose running text is translated too (their page says nothing about English)."""
    comparisons: int = 0
    complete_comparisons: int = 0

    @property
    def named_share(self) -> float:
        return self.named / self.terms if self.terms else 1.0


@dataclass(frozen=True)
class Glossary:
    """All loaded content, plus the problems found while loading it."""

    meta: GlossaryMeta
    categories: Mapping[str, Category]
    terms: Mapping[str, Term]
    comparisons: Mapping[str, Comparison] = field(default_factory=dict)
    paths: Mapping[str, LearningPath] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    language: str = "en"
    translation: TranslationCoverage | None = None
    """For a language other than English: how much of the content it translates."""

    def term(self, term_id: str) -> Term:
        """The term with this id; `UnknownIdError` names the id when there is none."""
        try:
            return self.terms[term_id]
        except KeyError:
            raise UnknownIdError("term", term_id) from None

    def comparison(self, comparison_id: str) -> Comparison:
        try:
            return self.comparisons[comparison_id]
        except KeyError:
            raise UnknownIdError("comparison", comparison_id) from None

    def path(self, path_id: str) -> LearningPath:
        try:
            return self.paths[path_id]
        except KeyError:
            raise UnknownIdError("learning path", path_id) from None

    @cached_property
    def category_sizes(self) -> Mapping[str, int]:
        """How many terms each category has (counted once per glossary)."""
        return Counter(term.category for term in self.terms.values())

    @cached_property
    def pack_names(self) -> tuple[str, ...]:
        """The names of the glossary packs loaded, sorted (worked out once per glossary)."""
        return tuple(sorted({term.pack for term in self.terms.values() if term.pack}))

    @cached_property
    def newcomer_order(self) -> tuple[str, ...]:
        """Every term id in the order a newcomer meets them: the learning paths' steps in path order (each term at
        its first step), then the other terms by category (in the categories' order), else in glossary order."""
        placed = dict.fromkeys(step for path in self.paths.values() for step in path.steps if step in self.terms)
        by_category: dict[str, list[str]] = {category: [] for category in self.categories}
        for term_id, term in self.terms.items():
            if term_id not in placed:
                by_category.setdefault(term.category, []).append(term_id)
        return (*placed, *(term_id for ids in by_category.values() for term_id in ids))

    def category_title(self, category_id: str) -> str:
        category = self.categories.get(category_id)
        return category.title if category else category_id

    def comparison_title(self, comparison: Comparison) -> str:
        """The comparison's own title, or its terms' titles joined by "vs"."""
        if comparison.title:
            return comparison.title
        return " vs ".join(self.terms[t].title if t in self.terms else t for t in comparison.terms)

    def comparisons_for(self, term_id: str) -> list[Comparison]:
        """Curated comparisons that include this term."""
        return [c for c in self.comparisons.values() if term_id in c.terms]


class UnknownIdError(LookupError):
    """An id that names no term, comparison or path."""

    def __init__(self, kind: str, value: str) -> None:
        super().__init__(f"unknown {kind} id: {value!r}")
        self.kind = kind
        self.value = value


def made_in_bulk(cls: type[_Item], columns: Mapping[str, Sequence[Any]], same: Mapping[str, Any]) -> list[_Item]:
    """Instances of one of the frozen, slotted value classes above, made a field at a time over all of them.

    `columns` gives each instance's value of a field, `same` one value for every instance; the other fields take
    their defaults. The instances equal what the class's `__init__` makes, but setting a field over 100,000 of them
    is one pass in C (its slot's descriptor, the way the generated `__init__` bypasses the frozen `__setattr__`)
    instead of 100,000 calls of `__init__`: a third of the time.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]  # a dataclass, checked above
    if not names.issuperset(columns) or not names.issuperset(same) or not columns:
        raise TypeError(f"{cls.__name__} has no field {sorted(set(columns) | set(same) - names)}")
    count = len(next(iter(columns.values())))
    items: list[_Item] = list(map(object.__new__, repeat(cls, count)))
    for item_field in fields(cls):  # type: ignore[arg-type]
        name = item_field.name
        if name in columns:
            values: Sequence[Any] | repeat[Any] = columns[name]
            if len(columns[name]) != count:
                raise ValueError(f"{len(columns[name])} values of {name} for {count} items")
        elif name in same:
            values = repeat(same[name], count)
        elif item_field.default is not MISSING:
            values = repeat(item_field.default, count)
        else:
            raise TypeError(f"{cls.__name__}: no value for {name}")
        deque(map(vars(cls)[name].__set__, items, values), maxlen=0)
    return items
