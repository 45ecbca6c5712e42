"""The detail pane: a read-only rich-text view of a term or a comparison that never fetches anything itself.

It also answers what a screen reader cannot learn from a QTextBrowser: its headings and its links (`headings()`,
`links()`, `go_to_block()`, `follow_link()`), which the reading pane (`desktop/ui/reader.py`) turns into lists. Boxes
(the summary, myths and facts) arrive as tinted paragraphs, not tables, and the view draws their frames itself: a
table would reach a screen reader as text between U+FDD0/U+FDD1 markers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

DOCUMENT_MARGIN = 18
MIN_ZOOM = -6
MAX_ZOOM = 12
BOX_PROPERTY = QTextFormat.Property.UserProperty + 1  # a box's tint, moved off the block so the view paints it
BOX_PADDING = 8  # how far a box's frame reaches into the paragraph's top and bottom margins


@dataclass(frozen=True)
class Heading:
    block: int
    level: int
    text: str


@dataclass(frozen=True)
class Link:
    href: str
    text: str


def is_web_url(url: QUrl) -> bool:
    return url.scheme().lower() in ("http", "https") and bool(url.host())


def document_links(document: QTextDocument) -> list[Link]:
    """Every link of a document once, in reading order, with its text (a link split by bold text is one link)."""
    found: dict[str, str] = {}
    block = document.begin()
    while block.isValid():
        href, text = "", ""
        fragments = block.begin()
        while True:
            fragment = fragments.fragment() if not fragments.atEnd() else None
            fmt = fragment.charFormat() if fragment is not None else None
            current = fmt.anchorHref() if fmt is not None and fmt.isAnchor() else ""
            if current != href:
                if href and text.strip():
                    found.setdefault(href, " ".join(text.split()))
                href, text = current, ""
            if fragment is None:
                break
            if current:
                text += fragment.text()
            fragments += 1
        block = block.next()
    return [Link(href, text) for href, text in found.items()]


def html_links(html: str) -> list[Link]:
    """The links of a piece of HTML, as `document_links` finds them."""
    document = QTextDocument()
    document.setHtml(html)
    return document_links(document)


class DetailView(QTextBrowser):
    """Shows HTML from the document builder and turns clicks on links into signals.

    Signals:
        term_link_activated(str): a `term:<id>` link was clicked.
        compare_link_activated(str): a `compare:<comparison id>` link was clicked.
        compare_with_activated(str): a `compare-with:<term id>` link was clicked.
        column_link_activated(int, str): a term link inside column N of a comparison (`colN:<term id>`).
        back_requested(), forward_requested(): the mouse's back or forward button was pressed.
        page_changed(): show_html() put a new page in the view (its headings and links may differ).
    """

    term_link_activated = Signal(str)
    compare_link_activated = Signal(str)
    compare_with_activated = Signal(str)
    column_link_activated = Signal(int, str)
    back_requested = Signal()
    forward_requested = Signal()
    page_changed = Signal()

    def __init__(self, *, open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_url = open_url
        self._zoom = 0
        self._base_point_size = self.font().pointSizeF()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self._caret = False
        self._caret_applied = False
        self.anchorClicked.connect(self._on_anchor_clicked)

    def set_caret_browsing(self, enabled: bool) -> None:
        """Arrow keys move a text caret (a screen reader reads the line it lands on), H and Shift+H jump to the next
        and previous heading. Off for the learn views, whose keys (Space, 1–4) answer cards. The flags are set when
        the view first gets the focus: they are `Qt` enums, which the first paint does without (issue 9)."""
        self._caret = enabled
        self._caret_applied = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._caret and not self._caret_applied:
            from PySide6.QtCore import Qt  # noqa: PLC0415 - see mousePressEvent

            self._caret_applied = True
            flags = Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
            self.setTextInteractionFlags(flags)
        super().focusInEvent(event)

    # Nothing is ever loaded from a URL: images, style sheets and documents stay empty.
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None

    def show_html(self, html: str) -> None:
        self.setExtraSelections([])  # marks belong to the page they were made for
        self.setHtml(html)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._take_box_tints()
        self.verticalScrollBar().setValue(0)
        self.page_changed.emit()

    def _take_box_tints(self) -> None:
        """Move each tinted paragraph's background into BOX_PROPERTY: paintEvent draws it as a framed box that
        reaches into the paragraph's margins (Qt would tint only the text's own lines, edge to edge)."""
        block = self.document().begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
                fmt.setProperty(BOX_PROPERTY, fmt.background().color())
                fmt.clearBackground()
                QTextCursor(block).setBlockFormat(fmt)
            block = block.next()
        self.document().setModified(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        layout = self.document().documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        text = self.palette().color(QPalette.ColorRole.Text)
        block = self.document().begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.hasProperty(BOX_PROPERTY):
                rect = layout.blockBoundingRect(block)
                rect.setRight(self.document().textWidth() - self.document().documentMargin())
                rect = rect.adjusted(0, -min(fmt.topMargin(), BOX_PADDING), 0, min(fmt.bottomMargin(), BOX_PADDING))
                if rect.bottom() >= top and rect.top() <= bottom:
                    tint = QColor(fmt.property(BOX_PROPERTY))
                    frame = QColor(
                        round(tint.red() * 0.7 + text.red() * 0.3),
                        round(tint.green() * 0.7 + text.green() * 0.3),
                        round(tint.blue() * 0.7 + text.blue() * 0.3),
                    )
                    painter.setPen(QPen(frame))
                    painter.setBrush(QBrush(tint))
                    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            block = block.next()
        painter.end()
        super().paintEvent(event)

    # --- headings and links: what a screen reader cannot find inside the text by itself --------------------------

    def headings(self) -> list[Heading]:
        """The page's headings (h1–h6) in reading order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0 and block.text().strip():
                found.append(Heading(block.blockNumber(), level, block.text().strip()))
            block = block.next()
        return found

    def links(self) -> list[Link]:
        """Every link of the page once, in reading order, with its text."""
        return document_links(self.document())

    def go_to_block(self, number: int) -> None:
        """Put the caret at the start of this block and scroll it to the top, so reading goes on from there."""
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        self.setTextCursor(QTextCursor(block))
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(max(0, int(rect.top() - block.blockFormat().topMargin())))

    def go_to_heading(self, step: int) -> bool:
        """The next (step 1) or previous (step -1) heading after the caret; False when there is none."""
        here = self.textCursor().blockNumber()
        headings = self.headings()
        after = [h for h in headings if (h.block > here if step > 0 else h.block < here)]
        if not after:
            return False
        self.go_to_block(after[0].block if step > 0 else after[-1].block)
        return True

    def follow_link(self, url: QUrl) -> None:
        """Do what a click on this link does."""
        self._on_anchor_clicked(url)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see mousePressEvent

        if self._caret and event.key() == Qt.Key.Key_H:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                self.go_to_heading(-1 if modifiers == Qt.KeyboardModifier.ShiftModifier else 1)
                event.accept()
                return
        super().keyPressEvent(event)

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
