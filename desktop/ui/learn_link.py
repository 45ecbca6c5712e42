"""Learn mode as the main window sees it: the Learn tab (built after the first paint, with the progress store),
bookmarks, the history of viewed terms and the badges of the term list."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtWidgets import QMenu

from desktop.ui.lazy_tab import LazyTab

if TYPE_CHECKING:
    from desktop.core.store import ProgressStore
    from desktop.ui.learn import LearnPage
    from desktop.ui.main_window import MainWindow

StoreOpener = Callable[[], "tuple[ProgressStore, str]"]


class LearnLink(QObject):
    """Owns the Learn tab of one window. Until the tab is built, viewed terms wait in a list and badges are empty."""

    def __init__(
        self,
        window: MainWindow,
        *,
        store: ProgressStore | StoreOpener | None,
        open_url: Callable[[QUrl], Any],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store_source = store
        self._open_url = open_url
        self._pending_views: list[str] = []
        self.tab: LazyTab[LearnPage] = LazyTab(window.tabs, self._build)

    @property
    def page(self) -> LearnPage:
        return self.tab.get()

    @property
    def built(self) -> LearnPage | None:
        return self.tab.page

    def _open_store(self) -> tuple[ProgressStore, str]:
        from desktop.core.store import ProgressStore  # noqa: PLC0415

        source = self._store_source
        if source is None:
            return ProgressStore.in_memory(), ""
        if isinstance(source, ProgressStore):
            return source, ""
        return source()

    def _build(self) -> LearnPage:
        from desktop.ui.learn import LearnPage  # noqa: PLC0415 - built after the first paint

        window = self._window
        page = window.glossary_page
        store, problem = self._open_store()
        learn = LearnPage(
            glossary=window.glossary,
            store=store,
            builder=lambda: page.builder,
            storage_problem=problem,
            open_url=self._open_url,
        )
        window.statusBar().addPermanentWidget(learn.due_indicator)
        learn.progress_changed.connect(lambda: page.search_model.term_source().refresh_badges())
        learn.term_requested.connect(window.show_term)
        learn.comparison_requested.connect(window.show_comparison)
        for term_id in self._pending_views:
            learn.record_view(term_id)
        self._pending_views.clear()
        if page.current_term:
            window.commands.bookmark.setChecked(learn.is_bookmarked(page.current_term))
        QTimer.singleShot(0, page.refresh_bookmarks)
        QTimer.singleShot(0, page.search_model.term_source().refresh_badges)
        return learn

    def close_store(self) -> None:
        if self.tab.page is not None:
            self.tab.page.store.close()

    # --- what the glossary page asks (before the tab exists: nothing yet) ---------------------------------------

    def badge(self, term_id: str) -> str:
        learn = self.tab.page
        return learn.badge(term_id) if learn is not None else ""

    def bookmarks(self) -> list[str]:
        learn = self.tab.page
        return list(learn.store.bookmarks()) if learn is not None else []

    def term_viewed(self, term_id: str) -> None:
        learn = self.tab.page
        if learn is None:
            self._pending_views.append(term_id)
            return
        learn.record_view(term_id)
        self._window.commands.bookmark.setChecked(learn.is_bookmarked(term_id))

    @Slot()
    def toggle_bookmark(self) -> None:
        window = self._window
        term_id = window.glossary_page.current_term
        if term_id:
            marked = self.page.toggle_bookmark(term_id)
            window.commands.bookmark.setChecked(marked)
            window.glossary_page.refresh_bookmarks()

    def fill_recent(self, menu: QMenu) -> None:
        """The Go → Recently Viewed menu: the last twelve terms read, newest first."""
        menu.clear()
        glossary = self._window.glossary
        for term_id in self.page.recent_views(12):
            term = glossary.terms.get(term_id)
            if term is not None:
                menu.addAction(term.title).triggered.connect(partial(self._window.show_term, term_id))
        if menu.isEmpty():
            menu.addAction(self.tr("No terms viewed yet")).setEnabled(False)
