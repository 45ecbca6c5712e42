"""How a row of the term list is painted when it needs more than its title (issues 14 and 18):

- a term whose title another term shares gets its glossary pack's name after the title, muted, so the pack's
  "Alignment" is told apart from the bundled one;
- a term that matched the search only in its text gets a second line with the piece of text that matched, muted,
  so the list says why it is there ("…make the office seem busy…").

The list installs this delegate only when a row needs it; plain rows are painted by Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_GAP = 4
"""Pixels below a two-line row's snippet."""


class TermRowDelegate(QStyledItemDelegate):
    """Paints the row as usual, then the text of `note_role` after the title and, for rows where `text_match_role`
    is true, the text of `snippet_role` on a second line, both in the muted text colour."""

    def __init__(self, *, note_role: int, snippet_role: int, text_match_role: int, parent: QObject | None = None):
        super().__init__(parent)
        self._note_role = note_role
        self._snippet_role = snippet_role
        self._text_match_role = text_match_role

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(self._text_match_role):  # the snippet's line, and a little air before the next title
            size.setHeight(size.height() + option.fontMetrics.lineSpacing() + ROW_GAP)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        two_lines = bool(index.data(self._text_match_role))
        first = QStyleOptionViewItem(option)
        if two_lines:  # the title keeps the first line; the second is drawn below
            first.rect = QRect(option.rect)
            first.rect.setHeight(option.rect.height() - option.fontMetrics.lineSpacing() - ROW_GAP)
            self._fill(painter, option, index)
        super().paint(painter, first, index)
        opt = QStyleOptionViewItem(first)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        note = index.data(self._note_role)
        if note:
            used = metrics.horizontalAdvance(opt.text) + metrics.horizontalAdvance("  ")
            room = text_rect.width() - used
            left = text_rect.left() if rtl else text_rect.left() + used
            self._muted(painter, opt, QRect(left, text_rect.top(), room, text_rect.height()), note, metrics)
        if two_lines:
            line = QRect(text_rect.left(), text_rect.bottom() + 1, text_rect.width(), metrics.lineSpacing())
            self._muted(painter, opt, line, str(index.data(self._snippet_role) or ""), metrics)

    def _fill(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The row's background (selection included) over both lines, as the style draws it for one."""
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        whole.text = ""
        whole.icon = type(whole.icon)()
        widget = whole.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, whole, painter, widget)

    @staticmethod
    def _muted(painter: QPainter, opt: QStyleOptionViewItem, area: QRect, text: str, metrics: QFontMetrics) -> None:
        if not text or area.width() <= metrics.horizontalAdvance("…") * 2:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()
