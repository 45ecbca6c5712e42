"""The term list's muted pack name: shown after a title that another term shares, so "Alignment" of a glossary pack
is told apart from the bundled "Alignment" (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex


class PackNoteDelegate(QStyledItemDelegate):
    """Paints the row as usual, then the text of `role` (the pack's name) after it in the muted text colour."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        note = index.data(self._role)
        if not note:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        used = metrics.horizontalAdvance(opt.text) + metrics.horizontalAdvance("  ")
        room = text_rect.width() - used
        if room <= metrics.horizontalAdvance("…") * 2:
            return
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        left = text_rect.left() if rtl else text_rect.left() + used
        area = QRect(left, text_rect.top(), room, text_rect.height())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        colour = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            area,
            int(align | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(note, Qt.TextElideMode.ElideRight, room),
        )
        painter.restore()
