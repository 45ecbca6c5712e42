"""Learn mode as the main window sees it: the Learn tab, bookmarks, the history of viewed terms, the badges of the
term list and the due count in the status bar.

Right after the first paint `prepare()` opens the progress store and reads the answered cards: that is all the
badges, bookmarks and due count need, and it costs time in proportion to the cards answered, not to the glossary.
The Learn page itself (flashcard session, quizzes, progress chart) is built the first time it is shown or asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Slot
from PySide6.QtWidgets import QLabel, QMenu

from desktop.ui.lazy_tab import LazyTab

if TYPE_CHECKING:
    from desktop.core.learning.store import ProgressStore
    from desktop.ui.learn.learn_page import LearnPage
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
        self._opened: tuple[ProgressStore, str] | None = None
        self._badges: dict[str, str] = {}
        self._due_label: QLabel | None = None
        self.tab: LazyTab[LearnPage] = LazyTab(window.tabs, self._build)

    @property
    def page(self) -> LearnPage:
        return self.tab.get()

    @property
    def built(self) -> LearnPage | None:
        return self.tab.page

    def _open_store(self) -> tuple[ProgressStore, str]:
        """The progress store and a storage problem to show ("" when none), opened once."""
        if self._opened is None:
            from desktop.core.learning.store import ProgressStore  # noqa: PLC0415

            source = self._store_source
            if source is None:
                self._opened = ProgressStore.in_memory(), ""
            elif isinstance(source, ProgressStore):
                self._opened = source, ""
            else:
                self._opened = source()
        return self._opened

    @Slot()
    def prepare(self) -> None:
        """Open the store now and, in the next turn of the event loop, show the badges, bookmarks and due count,
        without building the Learn page (two steps: each imports modules that take some 20–40 ms)."""
        if self.tab.page is not None or self._opened is not None:
            return
        self._open_store()
        QTimer.singleShot(0, self._show_progress)

    @Slot()
    def _show_progress(self) -> None:
        if self.tab.page is not None:
            return
        from desktop.core.learning.scheduling import (  # noqa: PLC0415
            BADGES,
            Direction,
            due_count,
            end_of_day,
            new_waiting,
            progress_by_term,
            start_of_day,
        )
        from desktop.core.learning.store import StoreError, utc_now  # noqa: PLC0415

        window = self._window
        store, _problem = self._open_store()
        terms = window.glossary.terms
        try:
            cards = store.cards()
        except StoreError:
            return  # the Learn page says what went wrong when it is opened
        self._record_pending()
        self._badges = {t: BADGES[p] for t, p in progress_by_term(cards, terms).items()}
        directions = [d.value for d in Direction]
        due = due_count(cards, terms, until=end_of_day(utc_now()), directions=directions)
        try:
            today = store.introduced_since(start_of_day(utc_now()))
        except StoreError:
            return
        self._due_label = QLabel(
            due_text(due, new_waiting(cards, terms, directions=directions, introduced_today=today))
        )
        self._due_label.setToolTip(due_tooltip())
        self._due_label.setObjectName("due-indicator")
        window.statusBar().addPermanentWidget(self._due_label)
        page = window.glossary_page
        page.refresh_bookmarks()
        page.search_model.term_source().refresh_badges()

    def _build(self) -> LearnPage:
        from desktop.ui.learn.learn_page import LearnPage  # noqa: PLC0415 - built after the first paint

        window = self._window
        page = window.glossary_page
        store, problem = self._open_store()
        if self._due_label is not None:  # the page's own indicator takes over
            window.statusBar().removeWidget(self._due_label)
            self._due_label.deleteLater()
            self._due_label = None
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

    def _record_pending(self) -> None:
        from desktop.core.learning.store import StoreError  # noqa: PLC0415

        store, _problem = self._open_store()
        try:
            for term_id in self._pending_views:
                store.record_view(term_id)
        except StoreError:
            return  # kept for the Learn page, which shows the problem
        self._pending_views.clear()

    def close_store(self) -> None:
        if self._opened is not None:
            self._opened[0].close()

    # --- what the glossary page asks (before the tab exists: nothing yet) ---------------------------------------

    def badge(self, term_id: str) -> str:
        learn = self.tab.page
        return learn.badge(term_id) if learn is not None else self._badges.get(term_id, "")

    def bookmarks(self) -> list[str]:
        from desktop.core.learning.store import StoreError  # noqa: PLC0415

        learn = self.tab.page
        if learn is not None:
            return list(learn.store.bookmarks())
        if self._opened is None:
            return []
        try:
            return list(self._opened[0].bookmarks())
        except StoreError:
            return []

    def term_viewed(self, term_id: str) -> None:
        learn = self.tab.page
        if learn is None:
            self._pending_views.append(term_id)
            if self._opened is not None:
                self._record_pending()
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


def due_text(due: int, new: int) -> str:
    """The status bar's count of cards due for review today and new cards waiting (the Learn page's indicator, which
    replaces it once the page is built, says the same): "Due today: 0 · New: 20" on a first run."""
    text = QCoreApplication.translate("LearnPage", "Due today: %1 · New: %2")
    return text.replace("%1", str(due)).replace("%2", str(new))


def due_tooltip() -> str:
    return QCoreApplication.translate(
        "LearnPage", "Flashcards due for review by the end of today, and the new cards left for today"
    )
