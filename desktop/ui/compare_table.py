"""The comparison as a real table: a QTableView over the comparison rows, with rich-text cells.

A table inside a QTextDocument reaches a screen reader as one run of text joined by U+FDD0/U+FDD1 markers. A
QTableView is a table over AT-SPI: moving through it, a screen reader says the cell with its row heading (the compared
aspect) and its column heading (the term). The model holds what `DocumentBuilder.comparison_grid` gives: HTML to
paint each cell (links and emphasis as on paper) and plain text for what is said. Printing keeps using the document
builder's own table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.document import ComparisonGrid

AnyIndex = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 6
ROW_HEADER_WIDTH = 170
LEFT = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft  # left in every language: see ComparisonTableView
LEFT_TOP = LEFT | Qt.AlignmentFlag.AlignTop


class ComparisonTableModel(QAbstractTableModel):
    """Rows are the compared aspects, columns the terms; headers name both."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = ComparisonGrid((), (), (), ())

    def set_grid(self, grid: ComparisonGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    @property
    def grid(self) -> ComparisonGrid:
        return self._grid

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._grid.row_labels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._grid.titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._grid.cells_text[index.row()][index.column()]
        if role == HTML_ROLE:
            return self._grid.cells_html[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return super().headerData(section, orientation, role)
        names = self._grid.titles if orientation == Qt.Orientation.Horizontal else self._grid.row_labels
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class RichTextDelegate(QStyledItemDelegate):
    """Paints a cell's HTML wrapped to the column's width, in the palette's colours; says how tall that is."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int) -> Any:
        document = QTextDocument()
        document.setDocumentMargin(PADDING)
        document.setDefaultFont(option.font)
        link = option.palette.color(QPalette.ColorRole.Link).name()
        document.setDefaultStyleSheet(f"a {{ color: {link}; }} p {{ margin-top: 0; margin-bottom: 4px; }}")
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(40, width))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        opt.text = ""
        style = opt.widget.style() if opt.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, index, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._view.columnWidth(index.column())
        document = self._document(opt, index, width)
        return QSize(width, int(document.size().height()) + 1)


class RowHeader(QHeaderView):
    """The row headings (the compared aspects), bold and wrapped to a fixed width instead of cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.setFixedWidth(ROW_HEADER_WIDTH)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def _text(self, section: int) -> str:
        model = self.model()
        return str(model.headerData(section, self.orientation()) or "") if model is not None else ""

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        flags = (
            Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignTop
            | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(self._text_rect(rect), int(flags), self._text(section))
        painter.restore()

    def sectionSizeFromContents(self, section: int) -> QSize:
        width = self.width() - 2 * PADDING
        flags = (
            Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignTop
            | Qt.TextFlag.TextWordWrap
        )
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), int(flags), self._text(section))
        return QSize(self.width(), bounds.height() + 2 * PADDING)


class ComparisonTableView(QTableView):
    rows_fitted = Signal()

    """The comparison's rows: wrapped rich-text cells, term titles above, aspects at the side, rows as tall as
    their longest cell. Arrow keys move from cell to cell; a screen reader says each with both headings.

    Signals:
        rows_fitted(): the rows took their heights again (new content, column widths or font).

    The page keeps it left to right in every language (its columns follow the pickers above it), so headings are
    aligned left, not to the leading edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison_model = ComparisonTableModel(self)
        self.setVerticalHeader(RowHeader(self))
        self.setModel(self.comparison_model)
        self.setItemDelegate(RichTextDelegate(self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the window
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._resize_timer.start())
        for part in (self, header, self.verticalHeader()):  # see the class docstring; the headers need it said too
            part.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def set_grid(self, grid: ComparisonGrid) -> None:
        current = self.currentIndex()
        self.comparison_model.set_grid(grid)
        self._fit_rows()
        if current.isValid():  # stay on the same cell (a swap or a new term keeps the place in the table)
            row = min(current.row(), self.comparison_model.rowCount() - 1)
            column = min(current.column(), self.comparison_model.columnCount() - 1)
            self.setCurrentIndex(self.comparison_model.index(row, column))
        self.verticalScrollBar().setValue(0)

    def content_height(self) -> int:
        """How tall the table is with every row shown (headings and frame included)."""
        return self.horizontalHeader().height() + self.verticalHeader().length() + 2 * self.frameWidth()

    @Slot()
    def _fit_rows(self) -> None:
        self.resizeRowsToContents()
        self.rows_fitted.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        self._resize_timer.start()  # a new font (zoom) or palette
