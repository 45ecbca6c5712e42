"""The detail pane: a read-only rich-text view of a term or a comparison that never fetches anything itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

DOCUMENT_MARGIN = 18
MIN_ZOOM = -6
MAX_ZOOM = 12


def is_web_url(url: QUrl) -> bool:
    return url.scheme().lower() in ("http", "https") and bool(url.host())


class DetailView(QTextBrowser):
    """Shows HTML from the document builder and turns clicks on links into signals.

    Signals:
        term_link_activated(str): a `term:<id>` link was clicked.
        compare_link_activated(str): a `compare:<comparison id>` link was clicked.
        compare_with_activated(str): a `compare-with:<term id>` link was clicked.
        column_link_activated(int, str): a term link inside column N of a comparison (`colN:<term id>`).
        back_requested(), forward_requested(): the mouse's back or forward button was pressed.
    """

    term_link_activated = Signal(str)
    compare_link_activated = Signal(str)
    compare_with_activated = Signal(str)
    column_link_activated = Signal(int, str)
    back_requested = Signal()
    forward_requested = Signal()

    def __init__(self, *, open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_url = open_url
        self._zoom = 0
        self._base_point_size = self.font().pointSizeF()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self._on_anchor_clicked)

    # Nothing is ever loaded from a URL: images, style sheets and documents stay empty.
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None

    def show_html(self, html: str) -> None:
        self.setExtraSelections([])  # marks belong to the page they were made for
        self.setHtml(html)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.verticalScrollBar().setValue(0)

    def mark_words(self, words: tuple[str, ...]) -> int:
        """Mark every word of the page that one of the folded search `words` starts (as the search matched it);
        returns how many, and scrolls to the first. The marks are an overlay, not part of the text, and go with the
        next page shown."""
        from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor  # noqa: PLC0415 - see mousePressEvent

        from desktop.core.search.snippets import word_spans  # noqa: PLC0415 - only after a search

        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(90)  # a tint of the selection colour, readable under the text on light and dark palettes
        mark = QTextCharFormat()
        mark.setBackground(colour)
        marks = []
        block = self.document().begin()
        while block.isValid():
            for start, end in word_spans(block.text(), words):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = mark
                marks.append(selection)
            block = block.next()
        self.setExtraSelections(marks)
        if marks:  # bring the first one into view (a body match may be far down the page)
            first = QTextCursor(marks[0].cursor)
            first.clearSelection()
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return len(marks)

    # --- zoom ---------------------------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        font = self.font()
        font.setPointSizeF(max(4.0, self._base_point_size * (1.1**self._zoom)))
        self.setFont(font)
        self.document().setDefaultFont(font)

    # --- links and mouse buttons --------------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        target = url.path()
        if scheme == "term":
            self.term_link_activated.emit(target)
        elif scheme == "compare":
            self.compare_link_activated.emit(target)
        elif scheme == "compare-with":
            self.compare_with_activated.emit(target)
        elif scheme in ("col0", "col1", "col2"):
            self.column_link_activated.emit(int(scheme[3]), target)
        elif is_web_url(url):
            self._open_url(url)
        # Any other scheme is ignored: content can only link to terms and web pages.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The scroll area hands the viewport's mouse events to this method. `Qt` is imported here, not at the top:
        # its ~100 enum classes are built on first use, and the first paint does not need them (issue 9).
        from PySide6.QtCore import Qt  # noqa: PLC0415

        button = event.button()
        if button == Qt.MouseButton.BackButton:
            self.back_requested.emit()
        elif button == Qt.MouseButton.ForwardButton:
            self.forward_requested.emit()
        else:
            super().mousePressEvent(event)
