"""A tab whose page is built the first time it is needed, so that the first paint does not wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyTab(Generic[Page]):
    """Holds a placeholder in a tab widget until `get()` (or the tab being selected) builds the real page."""

    def __init__(self, tabs: QTabWidget, build: Callable[[], Page]) -> None:
        self._tabs = tabs
        self._build = build
        self._page: Page | None = None
        self._placeholder = QWidget(tabs)
        tabs.addTab(self._placeholder, "")
        tabs.currentChanged.connect(self._on_current_changed)

    @property
    def page(self) -> Page | None:
        """The page if it has been built, without building it."""
        return self._page

    def widget(self) -> QWidget:
        """What the tab holds now: the page, or its placeholder."""
        return self._page if self._page is not None else self._placeholder

    def get(self) -> Page:
        if self._page is None:
            page = self._build()
            index = self._tabs.indexOf(self._placeholder)
            current = self._tabs.currentIndex() == index
            text = self._tabs.tabText(index)
            self._tabs.blockSignals(True)
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, page, text)
            if current:
                self._tabs.setCurrentIndex(index)
            self._tabs.blockSignals(False)
            self._placeholder.deleteLater()
            self._page = page
            if current:
                self._tabs.currentChanged.emit(index)
        return self._page

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if self._page is None and self._tabs.widget(index) is self._placeholder:
            self.get()
