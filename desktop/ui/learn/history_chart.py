"""A small bar chart of reviews per day, drawn with QPainter in the palette's colours (no chart library)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.learning.store import DayActivity


def _blend(a: QColor, b: QColor, weight: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * weight),
        round(a.green() + (b.green() - a.green()) * weight),
        round(a.blue() + (b.blue() - a.blue()) * weight),
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


MIN_CONTRAST = 3.0
"""What a bar needs against the background to be seen (WCAG's ratio for graphics)."""


def readable(colour: QColor, background: QColor, toward: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`colour`, moved step by step toward `toward` (the text colour) until it stands out from `background`."""
    for step in range(21):
        candidate = _blend(colour, toward, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return QColor(toward)


def bar_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Flashcard reviews in the selection colour, quiz answers in a paler or deeper shade of it (toward the text),
    both readable against the window on light and dark palettes."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    reviews = readable(palette.color(QPalette.ColorRole.Highlight), base, text)
    quiz = readable(_blend(reviews, text, 0.45), base, text)
    return reviews, quiz


class HistoryChart(QWidget):
    """Flashcard reviews (solid) and quiz answers (lighter, stacked on top) per day, oldest on the leading side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-chart")
        self._days: list[DayActivity] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslate()

    def set_days(self, days: Sequence[DayActivity]) -> None:
        self._days = list(days)
        self._describe()
        self.update()

    @property
    def days(self) -> list[DayActivity]:
        return list(self._days)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Reviews per day"))
        self._describe()

    def _describe(self) -> None:
        reviews = sum(d.reviews for d in self._days)
        answers = sum(d.quiz_answers for d in self._days)
        text = (
            self.tr("Last %1 days — flashcard reviews: %2, quiz answers: %3.")
            .replace("%1", str(len(self._days)))
            .replace("%2", str(reviews))
            .replace("%3", str(answers))
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 110)

    # --- geometry -----------------------------------------------------------------------------------------------

    def _plot_rect(self) -> QRect:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0000") + 8
        return self.rect().adjusted(left, metrics.height() // 2 + 4, -6, -(metrics.height() + 8))

    def _bar_rect(self, index: int, plot: QRect) -> QRectF:
        count = max(1, len(self._days))
        slot = plot.width() / count
        position = count - 1 - index if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else index
        gap = max(1.0, slot * 0.2)
        return QRectF(plot.left() + position * slot + gap / 2, plot.top(), max(1.0, slot - gap), plot.height())

    # --- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Window)
        reviews_colour, quiz_colour = bar_colours(palette)
        axis = _blend(text, base, 0.6)
        plot = self._plot_rect()
        peak = max((d.total for d in self._days), default=0)
        scale = max(peak, 1)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(axis)
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawText(
                QRect(0, plot.top() - 6, plot.left() - 4, 12 + self.fontMetrics().height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                str(peak),
            )
            for index, day in enumerate(self._days):
                slot = self._bar_rect(index, plot)
                review_height = plot.height() * day.reviews / scale
                quiz_height = plot.height() * day.quiz_answers / scale
                bottom = float(plot.bottom())
                if review_height:
                    painter.fillRect(
                        QRectF(slot.left(), bottom - review_height, slot.width(), review_height), reviews_colour
                    )
                if quiz_height:
                    top = bottom - review_height - quiz_height
                    painter.fillRect(QRectF(slot.left(), top, slot.width(), quiz_height), quiz_colour)
            painter.setPen(text)
            if self._days:
                self._draw_dates(painter, plot)
            if peak == 0:
                painter.setPen(axis)
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No reviews yet"))
            if self.hasFocus():
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        finally:
            painter.end()

    def _draw_dates(self, painter: QPainter, plot: QRect) -> None:
        locale = QLocale()
        height = self.fontMetrics().height()
        first, last = self._days[0].day, self._days[-1].day
        first_text = locale.toString(QDate(first.year, first.month, first.day), "d MMM")
        last_text = self.tr("today") if len(self._days) > 1 else ""
        area = QRect(plot.left(), plot.bottom() + 4, plot.width(), height)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        trailing = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        painter.drawText(area, leading | Qt.AlignmentFlag.AlignTop, first_text)
        if last_text and last != first:
            painter.drawText(area, trailing | Qt.AlignmentFlag.AlignTop, last_text)

    # --- tooltips per bar ---------------------------------------------------------------------------------------

    def day_at(self, point: QPoint) -> DayActivity | None:
        plot = self._plot_rect()
        for index, day in enumerate(self._days):
            slot = self._bar_rect(index, plot)
            if slot.left() <= point.x() <= slot.right() and plot.top() <= point.y() <= plot.bottom():
                return day
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is not None:
                date_text = QLocale().toString(QDate(day.day.year, day.day.month, day.day.day))
                text = (
                    self.tr("%1 — flashcard reviews: %2, quiz answers: %3")
                    .replace("%1", date_text)
                    .replace("%2", str(day.reviews))
                    .replace("%3", str(day.quiz_answers))
                )
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)
