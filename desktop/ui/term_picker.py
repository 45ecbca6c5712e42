"""A one-line term chooser with the term list's ranked search-as-you-type, for the comparison view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.core.search.index import SearchIndex
from desktop.ui.term_model import TermListModel, TermRole, TermSearchModel


class TermPicker(QLineEdit):
    """Type to see ranked matches in a popup; Enter or a click picks one.

    Signals:
        term_picked(str): the person chose this term id.
        cleared(): the person emptied the field (its ✕ button, or deleting all of the text).
    """

    term_picked = Signal(str)
    cleared = Signal()

    def __init__(self, *, terms: TermListModel, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = terms
        self._term_id = ""
        self._title = ""
        self._model = TermSearchModel(terms, index, self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(TermRole.TITLE)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)
        popup = self._completer.popup()
        assert popup is not None  # QCompleter always creates its popup
        self._popup = popup
        self._completer.activated[QModelIndex].connect(self._on_completion_activated)  # type: ignore[index]

    @property
    def term_id(self) -> str:
        return self._term_id

    def set_term(self, term_id: str) -> None:
        """Show a term without emitting term_picked."""
        row = self._terms.row_of(term_id)
        self._term_id = term_id if row >= 0 else ""
        self._title = self._terms.term_at(row).title if row >= 0 else ""
        self.setText(self._title)

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self._model.set_query(text)
        if text.strip():
            self._completer.complete()
        else:
            self._popup.hide()
            if not text:
                self.cleared.emit()

    @Slot(QModelIndex)
    def _on_completion_activated(self, index: QModelIndex) -> None:
        term_id = index.data(TermRole.ID)
        if term_id:
            self._pick(str(term_id))

    @Slot()
    def _on_return_pressed(self) -> None:
        if self._term_id and self.text() == self._title:
            return  # nothing typed since the pick (Enter in the popup has picked already)
        popup = self._popup
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            self._pick(str(current.data(TermRole.ID)))
        elif self._model.rowCount():
            self._pick(self._model.term_id_at(0))
        elif self._term_id:
            self.set_term(self._term_id)  # nothing matched: put the current term back

    def _pick(self, term_id: str) -> None:
        self._popup.hide()
        self.set_term(term_id)
        self.term_picked.emit(term_id)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self._popup.isVisible() and self._term_id:
            self.set_term(self._term_id)  # leaving half-typed text would misstate what is compared
