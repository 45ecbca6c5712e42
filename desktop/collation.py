"""Locale-aware display order of terms, with QCollator (QtCore only, no QApplication needed)."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from functools import partial

from PySide6.QtCore import QCollator, QLocale

from desktop.core.content.model import Glossary, Term

_ORDERS: dict[int, tuple[weakref.ref[Glossary], dict[str, tuple[str, ...]]]] = {}
"""Display orders worked out (or read from the pack cache) per glossary and locale name."""


def collated(terms: Iterable[Term], locale: QLocale | None = None) -> list[Term]:
    """Terms sorted by title the way the locale sorts words (case-insensitive, numbers in numeric order).

    Case is folded before collating rather than with `setCaseSensitivity`, whose Qt.CaseSensitivity argument would
    build the `Qt` namespace's ~100 enum classes on the way to the first paint (issue 9).
    """
    collator = QCollator(locale or QLocale())
    collator.setNumericMode(True)
    return sorted(terms, key=lambda term: (collator.sortKey(term.title.casefold()), term.id))


def _forget(key: int, _gone: object) -> None:
    _ORDERS.pop(key, None)


def _known(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    key = id(glossary)
    entry = _ORDERS.get(key)
    if entry is None or entry[0]() is not glossary:
        orders: dict[str, tuple[str, ...]] = {}
        _ORDERS[key] = (weakref.ref(glossary, partial(_forget, key)), orders)
        return orders
    return entry[1]


def remember_orders(glossary: Glossary, orders: Mapping[str, tuple[str, ...]]) -> None:
    """Display orders known for this glossary (locale name → term ids), e.g. from the pack cache."""
    _known(glossary).update(orders)


def known_orders(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    return dict(_known(glossary))


def display_order(glossary: Glossary, locale: QLocale | None = None) -> list[Term]:
    """All terms of the glossary in `collated` order, worked out once per glossary and locale (100,000 titles take
    most of a second to collate; a pack's order is kept in its cache)."""
    name = (locale or QLocale()).name()
    orders = _known(glossary)
    ids = orders.get(name)
    if ids is not None and len(ids) == len(glossary.terms):
        try:
            return [glossary.terms[term_id] for term_id in ids]
        except KeyError:
            pass
    terms = collated(glossary.terms.values(), locale)
    orders[name] = tuple(term.id for term in terms)
    return terms
