"""The state of one glossary pack while it is read: its ids, names and categories, and the glossary it joins.

`desktop.core.packs.loading` drives the loading; `pack_yaml` and `csv_pack` add the terms they read through a
`PackBuilder`, which hands out free ids, finds terms and categories by name and records problems.
Plain Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.core.content.model import Category, Comparison, LearningPath, Problem, Term
from desktop.core.search.postings import fold_many

MAX_PACK_TERMS = 200_000
MAX_PACK_CATEGORIES = 100
NO_NAMES: Mapping[str, Sequence[str]] = MappingProxyType({})

_NON_WORD = re.compile(r"[\W_]+")
# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def fold_key(text: str) -> str:
    """A key that ignores case, accents, punctuation and spacing ("Goodhart’s  Law" → "goodhart s law")."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded.translate(_LETTERS))
        # Fold case again: compatibility forms decompose into capitals ("𝑨" → "A"; the fuzzer found that one).
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def _fold_letters(text: str) -> str:
    """`text.casefold().translate(_LETTERS)`, quicker on a long text (`translate` with a table is slow there)."""
    text = text.casefold()
    for letter, replacement in _LETTERS.items():
        character = chr(letter)
        if character in text:
            text = text.replace(character, str(replacement))
    return text


def fold_keys(texts: Sequence[str]) -> list[str]:
    """`[fold_key(text) for text in texts]`, all texts folded together in a few passes in C (`fold_many`)."""
    return fold_many(texts, tidy=True, first=_fold_letters)


def slugs_of_keys(keys: Sequence[str]) -> list[str]:
    """`[slug_of_key(key) for key in keys]`, the ASCII case in one pass."""
    joined = "\0".join(keys)
    if joined.isascii() and joined.count("\0") == len(keys) - 1:
        return joined.replace(" ", "-").split("\0") if keys else []
    return [slug_of_key(key) for key in keys]


def slug_of_key(key: str) -> str:
    """The id for a folded key: lower-case ASCII letters and digits joined by hyphens ("" when none are left)."""
    if key.isascii():  # folded ASCII is only letters, digits and single spaces
        return key.replace(" ", "-")
    return _NON_SLUG.sub("-", key).strip("-")


def slugify(text: str) -> str:
    """An id made from a title ("Reward model" → "reward-model")."""
    return slug_of_key(fold_key(text))


def name_index(terms: Iterable[Term], extra: Mapping[str, Sequence[str]] = NO_NAMES) -> dict[str, str]:
    """Folded names → ids; titles win over full names, aliases and ids when two terms share a name."""
    terms = list(terms)
    index: dict[str, str] = {}
    for term in terms:
        index.setdefault(fold_key(term.title), term.id)
    for term in terms:
        for name in (*term.names[1:], *extra.get(term.id, ()), term.id):
            index.setdefault(fold_key(name), term.id)
    return index


@dataclass
class GlossaryTables:
    """The glossary being built, shared by every pack added to it (changed in place)."""

    terms: dict[str, Term]
    categories: dict[str, Category]
    comparisons: dict[str, Comparison]
    paths: dict[str, LearningPath]
    problems: list[Problem]
    base_names: dict[str, str]
    """Folded name → id of the bundled terms, for related terms named by title."""


@dataclass
class PackBuilder:
    """One pack's terms and categories before they join the glossary."""

    name: str
    slug: str
    tables: GlossaryTables
    terms: dict[str, Term] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    """Folded title (then full name, alias, id) → id of this pack's terms (see `more_names`)."""
    more_names: Callable[[], None] | None = None
    """Adds the names of terms still being built to `exact_names` and `names`; called (once) when a name is first
    looked up."""
    exact_names: dict[str, str] = field(default_factory=dict)
    """Names as written → id: most related cells repeat a title exactly, which then needs no folding."""
    ids: set[str] = field(default_factory=set)
    """Every term id this pack uses, reserved before its terms are built."""
    rename: dict[str, str] = field(default_factory=dict)
    """Original id → new id, for the pack's ids that the glossary had already taken."""
    categories: dict[str, Category] = field(default_factory=dict)
    _category_names: dict[str, str] = field(default_factory=dict)
    _own_category: str = ""

    def problem(self, path: str, line: int, message: str, *, renamed: bool = False) -> None:
        self.tables.problems.append(Problem(path, line, message, renamed))

    # --- ids ----------------------------------------------------------------------------------------------------

    def free_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3` … whichever no term uses yet."""
        candidate, number = base, 1
        while candidate in self.tables.terms or candidate in self.ids:
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    def claim_id(self, wanted: str, path: str, line: int, title: str) -> str:
        """Reserve an id for a term; one the glossary already has is renamed `<pack>-<id>` and reported."""
        if wanted in self.tables.terms:
            new_id = self.free_id(f"{self.slug}-{wanted}")
            owner = self.tables.terms[wanted].pack
            by = f"the pack '{owner}'" if owner else "the bundled glossary"
            self.problem(
                path,
                line,
                f"term id '{wanted}' is already used by {by}; this pack's '{title[:60]}' gets the id '{new_id}'",
                renamed=True,
            )
            self.rename[wanted] = new_id
        else:
            new_id = self.free_id(wanted)
        self.ids.add(new_id)
        return new_id

    def find_term(self, name: str) -> str | None:
        """The id of the term a name means: the pack's own first, then the bundled glossary's."""
        if self.more_names is not None:
            more_names, self.more_names = self.more_names, None
            more_names()
        found = self.exact_names.get(name)
        if found is not None:
            return found
        key = fold_key(name)
        return self.names.get(key) or self.tables.base_names.get(key)

    # --- categories ---------------------------------------------------------------------------------------------

    def has_category(self, category_id: str) -> bool:
        return category_id in self.tables.categories or category_id in self.categories

    def add_category(self, category: Category) -> None:
        self.categories[category.id] = category
        self._category_names.setdefault(fold_key(category.title), category.id)
        self._category_names.setdefault(fold_key(category.id), category.id)

    def own_category(self) -> str:
        """The pack's own category, titled with its name (for terms that name none); made when first needed."""
        if not self._own_category:
            category_id, number = f"pack-{self.slug}", 1
            while self.has_category(category_id):
                number += 1
                category_id = f"pack-{self.slug}-{number}"
            self.categories[category_id] = Category(category_id, self.name, "", self.name)
            self._own_category = category_id
        return self._own_category

    def category_for(self, text: str, path: str, line: int) -> str:
        """The id of the category a name or id means; a new name makes a new pack category."""
        if not text:
            return self.own_category()
        found = self._category_names.get(text)
        if found is not None:
            return found
        key = fold_key(text)
        found = self._category_names.get(key)
        if found is not None:
            self._category_names[text] = found
            return found
        for category in self.tables.categories.values():
            if key in (fold_key(category.title), fold_key(category.id)):
                self._category_names[key] = self._category_names[text] = category.id
                return category.id
        if len(self.categories) >= MAX_PACK_CATEGORIES:
            self.problem(
                path,
                line,
                f"more than {MAX_PACK_CATEGORIES} categories in the pack; '{text[:60]}' goes into the pack's own "
                "category",
            )
            self._category_names[key] = self.own_category()
            return self._category_names[key]
        base = slug_of_key(key) or f"{self.slug}-category"
        category_id, number = base, 1
        while self.has_category(category_id):
            number += 1
            category_id = f"{base}-{number}"
        self.add_category(Category(category_id, text, "", self.name))
        self._category_names[key] = self._category_names[text] = category_id
        return category_id
