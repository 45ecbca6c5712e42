"""The left side of the window: search field, scope selector (categories, learning paths) and the term list.

Nothing here touches `Qt` (the namespace) or a view's `viewport()` while the window is built: the first builds ~100
enum classes, the second resolves every widget class of QtWidgets, about 20 ms together that the first paint does not
need (issue 9). Key and focus handling import `Qt` where they run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QListView, QMenu, QVBoxLayout, QWidget

from desktop.ui.accessibility import name_clear_button
from desktop.ui.term_model import TermRole, TermSearchModel


@dataclass(frozen=True)
class Scope:
    """What the list is limited to: everything, a category, a learning path or a fixed set (bookmarks)."""

    kind: str = "all"  # all | category | path | bookmarks
    key: str = ""

    def encode(self) -> str:
        return f"{self.kind}:{self.key}"

    @classmethod
    def decode(cls, text: str) -> Scope:
        kind, _, key = text.partition(":")
        return cls(kind, key) if kind in ("all", "category", "path", "bookmarks") else cls()


class TermListView(QListView):
    """The list itself; says where a context menu was asked for (right click or the Menu key), in global coordinates."""

    context_menu_requested = Signal(QPoint)

    def showEvent(self, event: QShowEvent) -> None:
        # The current row is scrolled into view once the list has its real size: scrolled before (while the window
        # is built, or on a hidden tab), the first rows would end up above the top.
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.scrollTo(self.currentIndex()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_requested.emit(event.globalPos())
        event.accept()


class TermListPanel(QWidget):
    """Search as you type over a ranked list.

    Signals:
        term_selected(str): the current row changed to this term (by mouse or arrow keys).
        term_activated(str): Enter in the search field or the list, or a double click, chose this term.
        scope_changed(Scope): the scope selector changed.
        compare_requested(list): "Compare" was chosen in the list's context menu for these ids (2 or 3).
        compare_with_requested(str): "Compare with…" was chosen for this id.
    """

    term_selected = Signal(str)
    term_activated = Signal(str)
    scope_changed = Signal(object)
    compare_requested = Signal(list)
    compare_with_requested = Signal(str)

    def __init__(self, *, model: TermSearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setObjectName("search")
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("scope")
        self.view = TermListView(self)
        self.view.setObjectName("terms")
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_model(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.view)

        self.search_field.textChanged.connect(self._on_text_changed)
        self.search_field.installEventFilter(self)
        self.view.activated.connect(self._on_activated)
        self.view.context_menu_requested.connect(self._on_context_menu)
        self.scope_box.currentIndexChanged.connect(self._on_scope_index_changed)
        self._scopes: list[Scope] = []
        self._quiet = False  # True while the list follows the window: no term_selected then
        self._shown = ""  # the term the window shows (the list keeps it selected when the search is cleared)
        self.retranslate()

    def set_model(self, model: TermSearchModel) -> None:
        """Show another search model (content reloaded); the search text stays."""
        self._model = model
        self.view.setModel(model)
        self._selection = self.view.selectionModel()  # keep a Python reference before connecting
        self._selection.currentChanged.connect(self._on_current_changed)
        model.results_changed.connect(self._on_results_changed)

    def use_row_delegate(self) -> None:
        """Paint rows with the muted pack name and search snippet (installed the first time a row needs it)."""
        from desktop.ui.term_row import TermRowDelegate  # noqa: PLC0415 - see the module's docstring

        if not isinstance(self.view.itemDelegate(), TermRowDelegate):
            self.view.setItemDelegate(
                TermRowDelegate(
                    note_role=TermRole.PACK_NOTE,
                    snippet_role=TermRole.SNIPPET,
                    text_match_role=TermRole.TEXT_MATCH,
                    parent=self.view,
                )
            )

    @Slot(int)
    def _on_results_changed(self, _count: int) -> None:
        # Rows of terms that matched only in their text are two lines tall (title, then the snippet); otherwise all
        # rows are one line and the view may take the first row's height for all of them.
        text_matches = self._model.has_text_matches()
        if text_matches:
            self.use_row_delegate()
        self.view.setUniformItemSizes(not text_matches)

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search terms…"))
        self.search_field.setAccessibleName(self.tr("Search terms"))
        name_clear_button(self.search_field, self.tr("Clear the search"))
        self.scope_box.setAccessibleName(self.tr("Which terms to list"))
        self.view.setAccessibleName(self.tr("Terms"))
        self.view.setAccessibleDescription(self.tr("Enter opens the term; the menu key offers Compare"))
        self.search_field.setToolTip(self.tr("Type to search titles, aliases and text; Enter opens the first match"))
        self.scope_box.setToolTip(self.tr("Show all terms, one category or a learning path"))

    # --- scopes -------------------------------------------------------------------------------------------------

    def set_scopes(self, entries: Sequence[tuple[Scope, str]], current: Scope) -> None:
        """Fill the selector with (scope, label) pairs; a None-like separator is a Scope of kind 'separator'."""
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        self._scopes = []
        for scope, label in entries:
            if scope.kind == "separator":
                self.scope_box.insertSeparator(self.scope_box.count())
                self._scopes.append(scope)
                continue
            self.scope_box.addItem(label)
            self._scopes.append(scope)
        index = self._scopes.index(current) if current in self._scopes else 0
        self.scope_box.setCurrentIndex(index)
        self.scope_box.blockSignals(False)

    def current_scope(self) -> Scope:
        index = self.scope_box.currentIndex()
        return self._scopes[index] if 0 <= index < len(self._scopes) else Scope()

    def select_scope(self, scope: Scope) -> None:
        if scope in self._scopes:
            self.scope_box.setCurrentIndex(self._scopes.index(scope))

    @Slot(int)
    def _on_scope_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._scopes):
            self.scope_changed.emit(self._scopes[index])

    # --- selection ----------------------------------------------------------------------------------------------

    def current_term(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(TermRole.ID)) if index.isValid() else ""

    def selected_terms(self) -> list[str]:
        rows = sorted(index.row() for index in self._selection.selectedRows())
        return [self._model.term_id_at(row) for row in rows]

    def show_term(self, term_id: str) -> None:
        """Make this term the list's current row without emitting term_selected."""
        self._shown = term_id
        row = self._model.row_of(term_id)
        with self._quietly():
            if row >= 0:
                index = self._model.index(row, 0)
                if index != self.view.currentIndex():
                    # The list itself moved here otherwise, and its selection is the person's (Ctrl+click,
                    # Ctrl+Space add to it): only a term opened from elsewhere replaces the selection.
                    self._selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                if self.view.isVisible():  # else the view scrolls to it when shown
                    self.view.scrollTo(index)
            else:
                self._selection.clearSelection()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Change the current row without emitting term_selected (the view still hears it and repaints)."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def context_menu(self) -> QMenu:
        """The list's context menu for the current selection (built fresh, so it is always translated)."""
        menu = QMenu(self)
        selected = self.selected_terms()
        compare = menu.addAction(self.tr("Compare Selected Terms"))
        compare.setEnabled(len(selected) in (2, 3))
        compare.triggered.connect(lambda: self.compare_requested.emit(selected))
        compare_with = menu.addAction(self.tr("Compare With…"))
        compare_with.setEnabled(len(selected) == 1)
        compare_with.triggered.connect(lambda: self.compare_with_requested.emit(selected[0]))
        if len(selected) not in (2, 3):
            compare.setToolTip(self.tr("Select two or three terms (Ctrl+click) to compare them"))
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, global_position: QPoint) -> None:
        self.context_menu().popup(global_position)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see the module's docstring

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self._model.set_query(text)
        if not text.strip() and self._model.row_of(self._shown) >= 0:
            # Search cleared (Esc, ✕): back to the whole list at the term the page shows, not its first row.
            self.show_term(self._shown)
            self.view.scrollTo(self.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        if self._model.rowCount() and not self.view.currentIndex().isValid():
            with self._quietly():
                self._selection.setCurrentIndex(
                    self._model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self.view.scrollToTop()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.term_selected.emit(str(current.data(TermRole.ID)))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.term_activated.emit(str(index.data(TermRole.ID)))

    def _move(self, step: int) -> None:
        rows = self._model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex()
        row = 0 if not current.isValid() else max(0, min(rows - 1, current.row() + step))
        self.view.setCurrentIndex(self._model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # noqa: PLC0415 - see the module's docstring

            key = event.key()
            if key == Qt.Key.Key_Down:
                # Into the list: the highlighted first match becomes the shown term, then arrows move on from there.
                index = self.view.currentIndex()
                if not index.isValid() and self._model.rowCount():
                    index = self._model.index(0, 0)
                if index.isValid():
                    with self._quietly():
                        self._selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    self.term_selected.emit(str(index.data(TermRole.ID)))
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(10 if key == Qt.Key.Key_PageDown else -10)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.view.currentIndex()
                if not index.isValid() and self._model.rowCount():
                    index = self._model.index(0, 0)
                if index.isValid():
                    self.term_activated.emit(str(index.data(TermRole.ID)))
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
        return super().eventFilter(watched, event)
