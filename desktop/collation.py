"""Locale-aware display order of terms, with QCollator (QtCore only, no QApplication needed)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCollator, QLocale

from desktop.core.model import Term


def collated(terms: Iterable[Term], locale: QLocale | None = None) -> list[Term]:
    """Terms sorted by title the way the locale sorts words (case-insensitive, numbers in numeric order).

    Case is folded before collating rather than with `setCaseSensitivity`, whose Qt.CaseSensitivity argument would
    build the `Qt` namespace's ~100 enum classes on the way to the first paint (issue 9).
    """
    collator = QCollator(locale or QLocale())
    collator.setNumericMode(True)
    return sorted(terms, key=lambda term: (collator.sortKey(term.title.casefold()), term.id))
