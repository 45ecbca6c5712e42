"""Doing something once, when a widget paints for the first time (QtCore only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _FirstPaint(QObject):
    """Watches one widget until its first paint event, calls back, then stops watching."""

    def __init__(self, watched: QObject, callback: Callable[[], object]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            self._callback()
        return False


def on_first_paint(widget: QObject, callback: Callable[[], object]) -> None:
    """Call `callback` once, when `widget` gets its first paint event (just before it paints)."""
    _FirstPaint(widget, callback)
