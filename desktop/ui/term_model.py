"""Qt models for the term list: every term in display order, and the ranked search results over it.

`TermListModel` is a `QAbstractListModel` of all terms, sorted once with `QCollator`. `TermSearchModel` is the proxy
the list view shows. It is a `QAbstractProxyModel`, not a `QSortFilterProxyModel`: a sort-filter proxy calls
`filterAcceptsRow` in Python once per source row and `lessThan` once per comparison on every keystroke. Measured
here at 100,000 terms, that is 41 ms for a filter that only tests set membership and about a second to sort
30,000 matches, whatever index sits behind it. This proxy asks the search index for the ranked rows and maps
them, so a keystroke costs the index lookup plus the rows the view actually paints.

It hands the rows to views a batch at a time (`canFetchMore`/`fetchMore`, as Qt's SQL models do): after a reset a
`QListView` asks for an index of every row it has, one call into Python each, which at 100,000 matches is a
quarter of a second per keystroke. The view fetches the next batch when it is scrolled to the end; `row_of`
fetches up to the row it returns, and `result_count` is the number of matches whatever has been fetched.

The search index builds its tables lazily; the model runs `SearchIndex.build_steps` from a zero-interval timer, one
short step per pass of the event loop, so they are ready by the time someone types (seconds at 100,000 terms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Term
from desktop.core.search.index import SearchIndex, Subset
from desktop.core.search.result_rows import FixedRows, RankedRows
from desktop.core.search.snippets import snippet

AnyIndex = QModelIndex | QPersistentModelIndex
_DONE = object()


class TermRole(IntEnum):
    """The roles the term models answer. Qt's own are its documented `Qt::ItemDataRole` values, written as numbers so
    this module does not touch the `Qt` namespace, whose ~100 enum classes the first paint can do without (issue 9);
    a test checks them against Qt."""

    DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
    TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
    ID = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1
    CATEGORY = 0x0100 + 2
    SUMMARY = 0x0100 + 3
    BADGE = 0x0100 + 4
    TITLE = 0x0100 + 5
    PACK_NOTE = 0x0100 + 6
    """The pack's name when another term has the same title, else empty (the list shows it muted)."""
    SNIPPET = 0x0100 + 7
    """For a term that matched the search only in its text: the piece of text that matched, else empty."""
    TEXT_MATCH = 0x0100 + 8
    """True for a term that matched the search only in its text (its row shows the snippet on a second line)."""
    ACCESSIBLE_TEXT = 11  # Qt.ItemDataRole.AccessibleTextRole


class TermListModel(QAbstractListModel):
    """All terms, one row each, in the order given (collated by the caller)."""

    def __init__(
        self,
        terms: Sequence[Term],
        *,
        category_title: Callable[[str], str],
        badge: Callable[[str], str] | None = None,
        describe_badge: Callable[[str], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._describe_badge = describe_badge
        self._terms = list(terms)
        self._rows = {term.id: row for row, term in enumerate(self._terms)}
        self._category_title = category_title
        self._badge = badge
        self._shared: frozenset[str] = frozenset()

    @property
    def terms(self) -> list[Term]:
        return self._terms

    def row_of(self, term_id: str) -> int:
        return self._rows.get(term_id, -1)

    def term_at(self, row: int) -> Term:
        return self._terms[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: AnyIndex, role: int = TermRole.DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role == TermRole.DISPLAY:
            badge = self._badge(term.id) if self._badge else ""
            return f"{term.title}  {badge}" if badge else term.title
        if role == TermRole.TOOLTIP:
            meaning = self._badge_meaning(term.id)
            return f"{plain_text(term.summary)}\n\n{meaning}" if meaning else plain_text(term.summary)
        if role == TermRole.ID:
            return term.id
        if role == TermRole.TITLE:
            return term.title
        if role == TermRole.CATEGORY:
            return self._category_title(term.category)
        if role == TermRole.SUMMARY:
            return plain_text(term.summary)
        if role == TermRole.BADGE:
            return self._badge(term.id) if self._badge else ""
        if role == TermRole.PACK_NOTE:
            return term.pack if term.id in self._shared else ""
        if role == TermRole.ACCESSIBLE_TEXT:
            parts = [term.title, term.pack if term.id in self._shared else "", self._badge_meaning(term.id)]
            return ", ".join(part for part in parts if part)
        return None

    def _badge_meaning(self, term_id: str) -> str:
        if self._badge is None or self._describe_badge is None:
            return ""
        badge = self._badge(term_id)
        return self._describe_badge(badge) if badge else ""

    def mark_shared_titles(self) -> Iterator[bool | None]:
        """Work out, a chunk of titles per step, which pack terms share a title with another term (their rows then
        name the pack). The steps yield None until done, then whether any was found."""
        from desktop.core.packs.loading import shared_titles  # noqa: PLC0415 - only with packs, after the first paint

        shared = yield from shared_titles(self._terms)
        self._shared = shared
        if shared:
            self.dataChanged.emit(self.index(0), self.index(len(self._terms) - 1), [TermRole.PACK_NOTE])
        yield bool(shared)

    def refresh_badges(self) -> None:
        if self._terms:
            self.dataChanged.emit(self.index(0), self.index(len(self._terms) - 1), [TermRole.DISPLAY])


class TermSearchModel(QAbstractProxyModel):
    """The ranked rows of `TermListModel` that match the query, category and id filter.

    Signals:
        results_changed(int): the number of matching terms after a change of query or filters.
    """

    results_changed = Signal(int)
    BATCH = 256
    """Rows handed to views at a time."""

    def __init__(self, source: TermListModel, index: SearchIndex, parent: Any = None) -> None:
        super().__init__(parent)
        self._index = index
        self._query = ""
        self._category = ""
        self._only: frozenset[str] | None = None
        self._order: tuple[str, ...] = ()
        self._rows: RankedRows | FixedRows = FixedRows([])
        self._fetched = 0
        self._fetching = False
        self._snippets: dict[int, str] = {}
        self._within: tuple[str, frozenset[str] | None, Subset | None] = ("", None, None)
        self.setSourceModel(source)
        source.dataChanged.connect(self._on_source_data_changed)
        self._recompute()
        self._build_steps = index.build_steps()
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._on_build_step)
        self._builder.start()

    @Slot()
    def _on_build_step(self) -> None:
        if next(self._build_steps, _DONE) is _DONE:
            self._builder.stop()

    # --- filters ------------------------------------------------------------------------------------------------

    @property
    def search_index(self) -> SearchIndex:
        return self._index

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self._recompute()

    def set_category(self, category_id: str) -> None:
        """Show only this category ("" for all)."""
        if category_id != self._category:
            self._category = category_id
            self._recompute()

    def set_only(self, term_ids: Sequence[str] | None, *, ordered: bool = False) -> None:
        """Show only these ids (bookmarks, a learning path), or all for None.

        With `ordered`, an empty query lists them in the given order (a learning path's steps) rather than by title.
        """
        only = frozenset(term_ids) if term_ids is not None else None
        order = tuple(term_ids) if term_ids is not None and ordered else ()
        if only != self._only or order != self._order:
            self._only = only
            self._order = order
            self._recompute()

    def _recompute(self) -> None:
        source = self.term_source()
        rows: RankedRows | FixedRows
        if self._order and not self._query.strip():
            terms = source.terms
            rows = FixedRows(
                [
                    r
                    for r in (source.row_of(t) for t in self._order)
                    if r >= 0
                    and (not self._category or terms[r].category == self._category)
                    and (self._only is None or terms[r].id in self._only)
                ]
            )
        else:
            rows = self._index.rows(self._query, within=self._subset())
        self.beginResetModel()
        self._rows = rows
        self._snippets = {}
        self._fetched = min(len(rows), self.BATCH)
        self.endResetModel()
        self.results_changed.emit(len(rows))

    def _subset(self) -> Subset | None:
        """The rows the category and id filters allow (None: all), worked out again only when they change."""
        category, only, subset = self._within
        if category != self._category or only is not self._only:
            subset = None
            if self._category or self._only is not None:
                subset = self._index.subset(
                    row
                    for row, term in enumerate(self.term_source().terms)
                    if (not self._category or term.category == self._category)
                    and (self._only is None or term.id in self._only)
                )
            self._within = (self._category, self._only, subset)
        return subset

    def term_source(self) -> TermListModel:
        source = self.sourceModel()
        assert isinstance(source, TermListModel)
        return source

    def has_text_matches(self) -> bool:
        """True when some result matched only in its text (its row is two lines tall)."""
        return self._rows.text_matches_from < len(self._rows)

    def result_count(self) -> int:
        """The number of matching terms (`rowCount` is the number fetched so far)."""
        return len(self._rows)

    def term_id_at(self, row: int) -> str:
        return self.term_source().term_at(self._rows.position(row)).id

    def row_of(self, term_id: str) -> int:
        """The row of this term among the results (fetched, so it can be shown), or -1."""
        row = self._rows.row_of(self.term_source().row_of(term_id))
        if row >= self._fetched:
            self._fetch_to(row + 1)
        return row

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._rows))
        if count > self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
            self._fetched = count
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        # A QCompleter asks again from inside endInsertRows (and would fetch everything, one nested call per
        # batch): one batch per request from outside is what views need.
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_to(self._fetched + self.BATCH)
        finally:
            self._fetching = False

    def snippet(self, row: int) -> str:
        """Why the term at this row matched, when only its text did (worked out for the rows a view asks about)."""
        if row < self._rows.text_matches_from or not 0 <= row < self._fetched:
            return ""
        text = self._snippets.get(row)
        if text is None:
            text = self._snippets[row] = snippet(self.term_source().term_at(self._rows.position(row)), self._query)
        return text

    def data(self, index: AnyIndex, role: int = TermRole.DISPLAY) -> Any:
        if role == TermRole.SNIPPET:
            return self.snippet(index.row()) if index.isValid() else ""
        if role == TermRole.TEXT_MATCH:
            return index.isValid() and self._rows.text_matches_from <= index.row() < self._fetched
        if role == TermRole.ACCESSIBLE_TEXT and index.isValid():
            found = self.snippet(index.row())
            if found:
                return f"{super().data(index, role)}, {found}"
        return super().data(index, role)

    # --- QAbstractProxyModel ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else 1

    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < self._fetched:
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's own default
        return not parent.isValid() and self._fetched > 0

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < self._fetched:
            return QModelIndex()
        return self.term_source().index(self._rows.position(proxy_index.row()), 0)

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._rows.row_of(source_index.row())
        return self.index(row, 0) if 0 <= row < self._fetched else QModelIndex()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0), self.index(self._fetched - 1, 0), roles)
