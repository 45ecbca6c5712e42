"""The main window: wires the pages, menus, status bar and remembered state together. No feature logic here.

Only what the first paint needs is built in the constructor: the glossary page, the menus and the tab bar. Right
after the first paint the progress store is opened for the list's badges and the due count (work in proportion to
the cards answered). The comparison and learn pages, printing, glossary packs and progress files are built the first
time something asks for them, so nothing over all terms runs while the window should be answering input.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop import APP_NAME
from desktop.core.content.model import Glossary
from desktop.first_paint import on_first_paint
from desktop.ui.about import about_html
from desktop.ui.accessibility import announce
from desktop.ui.actions import WindowActions
from desktop.ui.banner import ProblemBanner
from desktop.ui.glossary_page import GlossaryPage
from desktop.ui.i18n import LanguageSwitcher
from desktop.ui.lazy_tab import LazyTab
from desktop.ui.learn_link import LearnLink, StoreOpener
from desktop.ui.settings import AppSettings
from desktop.ui.term_list import Scope
from desktop.ui.window_services import WindowServices

if TYPE_CHECKING:
    from desktop.core.learning.store import ProgressStore
    from desktop.ui.compare_page import ComparePage
    from desktop.ui.learn.learn_page import LearnPage
    from desktop.ui.map_page import MapPage
    from desktop.ui.pack_manager import PackManager

ContentLoader = Callable[[str], "Glossary"]
COUNT_ANNOUNCE_DELAY_MS = 300  # the match count is said when typing pauses this long, not after every key


class MainWindow(QMainWindow):
    """Alignment Atlas's window. Everything it needs is handed in; it looks nothing up globally.

    `languages` switches the interface language and `load_content` reloads the glossary in that language; without
    them (tests of other parts) the Language menu only records the choice. `store` is the progress store, or a
    function that opens it (and says what went wrong, if anything); without it progress lives in memory.
    """

    def __init__(
        self,
        *,
        glossary: Glossary,
        settings: AppSettings,
        languages: LanguageSwitcher | None = None,
        load_content: ContentLoader | None = None,
        packs: PackManager | None = None,
        store: ProgressStore | StoreOpener | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self._settings = settings
        self._glossary = glossary
        self._languages = languages
        self._load_content = load_content
        self._packs = packs
        self._store_source = store
        self._open_url = open_url
        self._match_count = len(glossary.terms)
        self._count_announcer = QTimer(self)
        self._count_announcer.setSingleShot(True)
        self._count_announcer.setInterval(COUNT_ANNOUNCE_DELAY_MS)
        self._count_announcer.timeout.connect(self._announce_count)
        self.glossary_page = GlossaryPage(
            glossary=glossary, open_url=open_url, badge=self._badge, bookmarks=self._bookmarks
        )
        self.banner = ProblemBanner(settings=settings, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.glossary_page, "")
        self._compare: LazyTab[ComparePage] = LazyTab(self.tabs, self._make_compare_page)
        self._map: LazyTab[MapPage] = LazyTab(self.tabs, self._make_map_page)
        self.learn = LearnLink(self, store=store, open_url=open_url)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.commands = WindowActions(self)
        self.commands.build_menus(self.menuBar())
        self.services = WindowServices(self, settings=settings, packs=packs)
        self._connect()
        self.banner.set_problems(glossary.problems)
        self.commands.set_comparisons(self._glossary, self.show_comparison)
        self.retranslate()
        self._restore_state()
        self._update_navigation()
        on_first_paint(self, lambda: QTimer.singleShot(0, self.finish_startup))  # once the paint is on screen

    def _connect(self) -> None:
        a, page = self.commands, self.glossary_page
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(page.detail.zoom + 1))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(page.detail.zoom - 1))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(0))
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.random.triggered.connect(self.show_random)
        a.show_glossary.triggered.connect(lambda: self.tabs.setCurrentWidget(page))
        a.compare.triggered.connect(self.open_compare)
        a.swap.triggered.connect(lambda: self.compare_page.swap())  # noqa: PLW0108 - builds the page on first use
        a.learn.triggered.connect(lambda: self.tabs.setCurrentWidget(self.learn_page))
        a.show_map.triggered.connect(lambda: self.show_map(""))
        a.bookmark.triggered.connect(self.learn.toggle_bookmark)
        a.export_progress.triggered.connect(self.services.export_progress)
        a.import_progress.triggered.connect(self.services.import_progress)
        a.add_pack.triggered.connect(self.services.add_pack)
        a.manage_packs.triggered.connect(self.services.manage_packs)
        a.add_pack.setEnabled(self._packs is not None)
        a.manage_packs.setEnabled(self._packs is not None)
        a.menus["recent"].aboutToShow.connect(lambda: self.learn.fill_recent(a.menus["recent"]))
        a.about.triggered.connect(self.show_about)
        a.language_group.triggered.connect(lambda action: self.set_language(str(action.data())))
        page.term_shown.connect(self._on_term_shown)
        page.history_changed.connect(self._update_navigation)
        page.results_changed.connect(self._on_results_changed)
        page.compare_requested.connect(self.show_comparison)
        page.compare_with_requested.connect(self.compare_with)
        page.list_panel.compare_requested.connect(self.show_comparison_of)
        page.list_panel.compare_with_requested.connect(self.compare_with)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # --- the parts built after the first paint ------------------------------------------------------------------

    @Slot()
    def finish_startup(self) -> None:
        """What follows the first paint: the badges and due count, and printing offered on demand, each in its own
        turn of the event loop (each loads modules for some 30 ms, together longer than a keystroke may wait)."""
        self.learn.prepare()
        QTimer.singleShot(0, self.services.offer_printing)

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    @property
    def compare_page(self) -> ComparePage:
        return self._compare.get()

    @property
    def built_compare_page(self) -> ComparePage | None:
        """The comparison page if it has been built, without building it."""
        return self._compare.page

    @property
    def map_page(self) -> MapPage:
        return self._map.get()

    def _make_map_page(self) -> MapPage:
        from desktop.ui.labels import map_title  # noqa: PLC0415 - built after the first paint
        from desktop.ui.map_page import MapPage  # noqa: PLC0415

        page = MapPage(
            glossary=self._glossary,
            current_term=lambda: self.glossary_page.current_term,
            badge=self._badge,
            title_of=map_title,
        )
        page.term_requested.connect(self.show_term)
        page.compare_requested.connect(self.show_comparison_of)
        page.map_shown.connect(lambda _title: self._update_title())
        return page

    def show_map(self, term_id: str = "") -> None:
        """The Map tab (Ctrl+M): centred on `term_id` when given, else the view it had (when first shown: the whole
        glossary, or the current term's neighbourhood for a glossary too big to draw whole)."""
        page = self.map_page
        self.tabs.setCurrentWidget(page)
        if term_id:
            page.centre_on(term_id)
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see keyPressEvent

        page.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def map_drawing(self) -> bool:
        """True while the map's layout is still being worked out (screenshots wait for it)."""
        page = self._map.page
        return page is not None and page.busy

    @property
    def learn_page(self) -> LearnPage:
        return self.learn.page

    def _make_compare_page(self) -> ComparePage:
        from desktop.ui.compare_page import ComparePage  # noqa: PLC0415 - built after the first paint

        page = ComparePage(
            glossary=self._glossary,
            terms=self.glossary_page.terms_model,
            index=self.glossary_page.index,
            builder=lambda: self.glossary_page.builder,
            open_url=self._open_url,
        )
        page.comparison_shown.connect(lambda _title: self._update_title())
        page.history_changed.connect(self._update_navigation)
        page.term_requested.connect(self.show_term)
        page.set_zoom(self.glossary_page.detail.zoom)
        return page

    @property
    def store(self) -> ProgressStore:
        return self.learn.page.store

    def close_store(self) -> None:
        self.learn.close_store()

    def _badge(self, term_id: str) -> str:
        return self.learn.badge(term_id) if hasattr(self, "learn") else ""  # asked while the window is being built

    def _bookmarks(self) -> list[str]:
        return self.learn.bookmarks() if hasattr(self, "learn") else []

    # --- texts --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.services.retranslate()
        self.tabs.setTabText(0, self.tr("Glossary"))
        self.tabs.setAccessibleName(self.tr("Glossary, Compare and Learn"))
        self.tabs.setTabText(self.tabs.indexOf(self._compare.widget()), self.tr("Compare"))
        self.tabs.setTabText(self.tabs.indexOf(self.learn.tab.widget()), self.tr("Learn"))
        self.tabs.setTabText(self.tabs.indexOf(self._map.widget()), self.tr("Map"))
        self.banner.retranslate()
        self.glossary_page.refresh()
        if self._compare.page is not None:
            self._compare.page.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.glossary_page.refresh()
            if self._compare.page is not None:
                self._compare.page.refresh()
        super().changeEvent(event)

    # --- language and content -----------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface and the content to another language, without a restart."""
        if self._languages is not None:
            lang = self._languages.apply(lang)  # posts LanguageChange: retranslate() follows
        self._settings.language = lang
        if self._load_content is not None:
            self.set_glossary(self._load_content(lang))
        self._check_language(lang)

    def _check_language(self, lang: str) -> None:
        action = self.commands.languages.get(lang)
        if action is not None:
            action.setChecked(True)

    @Slot()
    def reload_content(self) -> None:
        """Load the glossary again (glossary packs were added or removed)."""
        if self._load_content is not None:
            self.set_glossary(self._load_content(self._glossary.language))

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        page = self.glossary_page
        page.set_glossary(glossary)
        if self._compare.page is not None:
            self._compare.page.set_glossary(glossary, page.terms_model, page.index)
        if self._map.page is not None:
            self._map.page.set_glossary(glossary)
        if self.learn.built is not None:
            self.learn.built.set_content(glossary)
        self.banner.set_problems(glossary.problems)
        self.commands.set_comparisons(self._glossary, self.show_comparison)
        self._update_title()

    # --- navigation ---------------------------------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.glossary_page)
        self.glossary_page.list_panel.focus_search()

    def set_zoom(self, steps: int) -> None:
        self.glossary_page.detail.set_zoom(steps)
        if self._compare.page is not None:
            self._compare.page.set_zoom(steps)

    @Slot()
    def show_random(self) -> None:
        self.tabs.setCurrentWidget(self.glossary_page)
        self.glossary_page.show_random()

    @Slot(str)
    def show_term(self, term_id: str) -> bool:
        self.tabs.setCurrentWidget(self.glossary_page)
        return self.glossary_page.show_term(term_id)

    @Slot()
    def open_compare(self) -> None:
        self.tabs.setCurrentWidget(self.compare_page)
        if not self.compare_page.term_ids:
            self._show_default_comparison()
        self.compare_page.focus_picker(0)

    @Slot(str)
    def show_comparison(self, comparison_id: str) -> bool:
        self.tabs.setCurrentWidget(self.compare_page)
        return self.compare_page.show_comparison(comparison_id)

    def show_comparison_of(self, term_ids: list[str]) -> bool:
        self.tabs.setCurrentWidget(self.compare_page)
        return self.compare_page.show_terms(term_ids)

    @Slot(str)
    def compare_with(self, term_id: str) -> None:
        self.tabs.setCurrentWidget(self.compare_page)
        self.compare_page.start_with(term_id)

    def _show_default_comparison(self) -> None:
        saved = [t for t in self._settings.comparison.split(",") if t]
        if not self.compare_page.show_terms(saved) and self._glossary.comparisons:
            self.compare_page.show_comparison(next(iter(self._glossary.comparisons)))

    def _history_page(self) -> Any:
        """The page whose history Back and Forward walk: the current one, when it has a history."""
        page = self.tabs.currentWidget()
        return page if page is self.glossary_page or page is self._compare.page else None

    @Slot()
    def go_back(self) -> None:
        page = self._history_page()
        if page is not None:
            page.go_back()

    @Slot()
    def go_forward(self) -> None:
        page = self._history_page()
        if page is not None:
            page.go_forward()

    @Slot(str)
    def _on_term_shown(self, term_id: str) -> None:
        self.learn.term_viewed(term_id)
        self._update_title()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Alignment Atlas"), self.about_text())

    def about_text(self) -> str:
        return about_html(self._glossary)

    @Slot(int)
    def _on_results_changed(self, count: int) -> None:
        self._match_count = count
        if self.tabs.currentWidget() is self.glossary_page:
            self.statusBar().showMessage(self.tr("%n term(s) match", "", count))
            if self.focusWidget() is self.glossary_page.list_panel.search_field:  # typing: say it once typing pauses
                self._count_announcer.start()

    @Slot()
    def _announce_count(self) -> None:
        """A screen reader says how many terms match what was typed (the status bar does not take the focus)."""
        announce(self.glossary_page.list_panel.search_field, self.tr("%n term(s) match", "", self._match_count))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        compare = self._compare.page
        if compare is not None and page is compare and not compare.term_ids:
            self._show_default_comparison()
        if page is self.glossary_page:
            self._on_results_changed(self._match_count)
        else:
            self.statusBar().clearMessage()
        self._update_navigation()
        self._update_title()

    @Slot()
    def _update_navigation(self) -> None:
        page = self._history_page()
        self.commands.back.setEnabled(page is not None and page.can_go_back())
        self.commands.forward.setEnabled(page is not None and page.can_go_forward())
        self.commands.swap.setEnabled(page is not None and page is self._compare.page)

    @Slot()
    def _update_title(self) -> None:
        compare = self._compare.page
        current = self.tabs.currentWidget()
        if compare is not None and current is compare and compare.term_ids:
            subject = compare.title
        elif current is self.learn.tab.widget():  # the Learn tab is about no one term
            subject = self.tr("Learn")
        elif current is self._map.widget():
            subject = self.tr("Map")
        else:
            term = self.glossary_page.current()
            subject = term.title if term else ""
        self.setWindowTitle(f"{subject} — {APP_NAME}" if subject else APP_NAME)

    # --- state --------------------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self._settings
        geometry = s.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter is not None:
            self.glossary_page.restoreState(s.splitter)
        self.set_zoom(s.zoom)
        self.glossary_page.set_scope(Scope.decode(s.scope))
        if not self.glossary_page.show_term(s.last_term) and self._glossary.terms:
            start = "alignment" if "alignment" in self._glossary.terms else next(iter(self._glossary.terms))
            self.glossary_page.show_term(start)
        self._check_language(self._languages.language if self._languages else (s.language or "en"))
        if 0 < s.tab < self.tabs.count():
            self.tabs.setCurrentIndex(s.tab)

    def save_state(self) -> None:
        s = self._settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = self.glossary_page.saveState()
        s.zoom = self.glossary_page.detail.zoom
        s.scope = self.glossary_page.scope.encode()
        s.last_term = self.glossary_page.current_term
        if self._compare.page is not None:
            s.comparison = ",".join(self._compare.page.term_ids)
        s.tab = self.tabs.currentIndex()
        failed = s.sync()
        if failed:  # the window is closing: the log and stderr say it, and the status bar while it is still open
            message = self.tr("Settings could not be saved to %1.").replace("%1", failed)
            self.statusBar().showMessage(message)
            logging.getLogger("alignment_atlas").warning("settings could not be saved to %s", failed)
            sys.stderr.write(f"alignment-atlas: settings could not be saved to {failed}\n")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # `Qt` here, not at the top: its ~100 enum classes are built on first use, after the first paint (issue 9).
        from PySide6.QtCore import Qt  # noqa: PLC0415

        if event.key() == Qt.Key.Key_Escape and self.banner.isVisible():
            self.banner.hide()
            return
        super().keyPressEvent(event)
