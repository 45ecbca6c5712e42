"""Back and forward for a page that keeps a `History` of places (terms, comparisons)."""

from __future__ import annotations

from typing import Any

from desktop.core.content.history import History


class HistoryNavigation:
    """Mixed into a page (before its Qt base class) that has `_history`, a `history_changed` signal and a way to show
    a place again without recording it (`_show_place`)."""

    _history: History
    history_changed: Any

    def _show_place(self, place: str) -> None:
        raise NotImplementedError

    def can_go_back(self) -> bool:
        return self._history.can_go_back()

    def can_go_forward(self) -> bool:
        return self._history.can_go_forward()

    def go_back(self) -> None:
        self._step(self._history.back())

    def go_forward(self) -> None:
        self._step(self._history.forward())

    def _step(self, place: str | None) -> None:
        if place:
            self._show_place(place)
            self.history_changed.emit()
