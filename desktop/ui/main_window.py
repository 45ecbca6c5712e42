"""The main window: wires the pages, menus, status bar and remembered state together. No feature logic here."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.core.model import Glossary
from desktop.core.store import ProgressStore
from desktop.printing.jobs import ComparisonSection, Section, TermSection
from desktop.printing.print_controller import PrintController
from desktop.ui.actions import WindowActions
from desktop.ui.banner import ProblemBanner
from desktop.ui.compare_page import ComparePage
from desktop.ui.glossary_page import GlossaryPage
from desktop.ui.i18n import LanguageSwitcher
from desktop.ui.learn import LearnPage
from desktop.ui.pack_commands import PackCommands
from desktop.ui.pack_manager import PackManager
from desktop.ui.progress_files import ProgressFiles
from desktop.ui.settings import AppSettings
from desktop.ui.term_list import Scope

ContentLoader = Callable[[str], Glossary]


class MainWindow(QMainWindow):
    """Alignment Atlas's window. Everything it needs is handed in; it looks nothing up globally.

    `languages` switches the interface language and `load_content` reloads the glossary in that language; without
    them (tests of other parts) the Language menu only records the choice.
    """

    def __init__(
        self,
        *,
        glossary: Glossary,
        settings: AppSettings,
        languages: LanguageSwitcher | None = None,
        load_content: ContentLoader | None = None,
        packs: PackManager | None = None,
        store: ProgressStore | None = None,
        storage_problem: str = "",
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self._settings = settings
        self._glossary = glossary
        self._languages = languages
        self._load_content = load_content
        self._match_count = len(glossary.terms)
        self.store = store or ProgressStore.in_memory()
        self.glossary_page = GlossaryPage(
            glossary=glossary, open_url=open_url, badge=self._badge, bookmarks=self.store.bookmarks
        )
        self.compare_page = ComparePage(
            glossary=glossary,
            terms=self.glossary_page.terms_model,
            index=self.glossary_page.index,
            builder=lambda: self.glossary_page.builder,
            open_url=open_url,
        )
        self.learn_page = LearnPage(
            glossary=glossary,
            store=self.store,
            builder=lambda: self.glossary_page.builder,
            storage_problem=storage_problem,
            open_url=open_url,
        )
        self.progress_files = ProgressFiles(parent=self, learn=self.learn_page, settings=settings)
        self.pack_commands = (
            PackCommands(parent=self, manager=packs, glossary=lambda: self._glossary) if packs is not None else None
        )
        self.banner = ProblemBanner(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.glossary_page, "")
        self.tabs.addTab(self.compare_page, "")
        self.tabs.addTab(self.learn_page, "")
        self.statusBar().addPermanentWidget(self.learn_page.due_indicator)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.commands = WindowActions(self)
        self.commands.build_menus(self.menuBar())
        self.printing = PrintController(
            parent=self,
            glossary=lambda: self._glossary,
            current=self._print_target,
            selection=self.glossary_page.list_panel.selected_terms,
            scope=lambda: (self.glossary_page.scope.kind, self.glossary_page.scope.key),
            settings=settings,
        )
        file_menu = self.commands.menus["file"]
        first = file_menu.actions()[0]
        file_menu.insertActions(first, self.printing.actions())
        file_menu.insertMenu(first, self.printing.paper_menu)
        file_menu.insertSeparator(first)
        self.printing.status_message.connect(self.statusBar().showMessage)
        self._connect()
        self.banner.set_problems(glossary.problems)
        self._fill_comparisons()
        self.retranslate()
        self._restore_state()
        self._update_navigation()

    def _connect(self) -> None:
        a, page, compare = self.commands, self.glossary_page, self.compare_page
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
        a.swap.triggered.connect(compare.swap)
        a.learn.triggered.connect(lambda: self.tabs.setCurrentWidget(self.learn_page))
        a.bookmark.triggered.connect(self.toggle_bookmark)
        a.export_progress.triggered.connect(self.progress_files.export_progress)
        a.import_progress.triggered.connect(self.progress_files.import_progress)
        if self.pack_commands is not None:
            a.add_pack.triggered.connect(self.pack_commands.add_pack)
            a.manage_packs.triggered.connect(self.pack_commands.manage_packs)
            self.pack_commands.packs_changed.connect(self._on_packs_changed)
        a.add_pack.setEnabled(self.pack_commands is not None)
        a.manage_packs.setEnabled(self.pack_commands is not None)
        self.progress_files.imported.connect(page.refresh_bookmarks)
        a.menus["recent"].aboutToShow.connect(self._fill_recent)
        learn = self.learn_page
        learn.progress_changed.connect(lambda: page.search_model.term_source().refresh_badges())
        learn.term_requested.connect(self.show_term)
        learn.comparison_requested.connect(self.show_comparison)
        page.term_shown.connect(learn.record_view)
        page.term_shown.connect(lambda term_id: a.bookmark.setChecked(learn.is_bookmarked(term_id)))
        a.about.triggered.connect(self.show_about)
        a.language_group.triggered.connect(lambda action: self.set_language(str(action.data())))
        page.term_shown.connect(lambda _term_id: self._update_title())
        page.history_changed.connect(self._update_navigation)
        page.results_changed.connect(self._on_results_changed)
        page.compare_requested.connect(self.show_comparison)
        page.compare_with_requested.connect(self.compare_with)
        page.list_panel.compare_requested.connect(self.show_comparison_of)
        page.list_panel.compare_with_requested.connect(self.compare_with)
        compare.comparison_shown.connect(lambda _title: self._update_title())
        compare.history_changed.connect(self._update_navigation)
        compare.term_requested.connect(self.show_term)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _fill_comparisons(self) -> None:
        titles = [(c.id, self._glossary.comparison_title(c)) for c in self._glossary.comparisons.values()]
        for action in self.commands.set_comparisons(sorted(titles, key=lambda item: item[1].casefold())):
            comparison_id = str(action.data())
            action.triggered.connect(partial(self.show_comparison, comparison_id))

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.printing.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.glossary_page), self.tr("Glossary"))
        self.tabs.setTabText(self.tabs.indexOf(self.compare_page), self.tr("Compare"))
        self.tabs.setTabText(self.tabs.indexOf(self.learn_page), self.tr("Learn"))
        self.banner.retranslate()
        self.glossary_page.refresh()
        self.compare_page.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.glossary_page.refresh()
            self.compare_page.refresh()
        super().changeEvent(event)

    # --- language -----------------------------------------------------------------------------------------------

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
    def _on_packs_changed(self) -> None:
        if self._load_content is not None:
            self.set_glossary(self._load_content(self._glossary.language))

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self.glossary_page.set_glossary(glossary)
        self.compare_page.set_glossary(glossary, self.glossary_page.terms_model, self.glossary_page.index)
        self.learn_page.set_content(glossary)
        self.banner.set_problems(glossary.problems)
        self._fill_comparisons()
        self._update_title()

    # --- slots --------------------------------------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.glossary_page)
        self.glossary_page.list_panel.focus_search()

    def set_zoom(self, steps: int) -> None:
        self.glossary_page.detail.set_zoom(steps)
        self.compare_page.view.set_zoom(steps)

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

    @Slot()
    def go_back(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, GlossaryPage | ComparePage):
            page.go_back()

    @Slot()
    def go_forward(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, GlossaryPage | ComparePage):
            page.go_forward()

    def _print_target(self) -> Section | None:
        """What File → Print… prints: the comparison on the Compare tab, otherwise the term being read."""
        if self.tabs.currentWidget() is self.compare_page and self.compare_page.term_ids:
            return ComparisonSection(self.compare_page.term_ids)
        term_id = self.glossary_page.current_term
        return TermSection(term_id) if term_id else None

    def _badge(self, term_id: str) -> str:
        learn = getattr(self, "learn_page", None)  # the list model asks before the learn page exists
        return learn.badge(term_id) if learn is not None else ""

    @Slot()
    def toggle_bookmark(self) -> None:
        term_id = self.glossary_page.current_term
        if term_id:
            marked = self.learn_page.toggle_bookmark(term_id)
            self.commands.bookmark.setChecked(marked)
            self.glossary_page.refresh_bookmarks()

    @Slot()
    def _fill_recent(self) -> None:
        menu = self.commands.menus["recent"]
        menu.clear()
        for term_id in self.learn_page.recent_views(12):
            term = self._glossary.terms.get(term_id)
            if term is not None:
                menu.addAction(term.title).triggered.connect(partial(self.show_term, term_id))
        if menu.isEmpty():
            menu.addAction(self.tr("No terms viewed yet")).setEnabled(False)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Alignment Atlas"), self.about_text())

    def about_text(self) -> str:
        g = self._glossary
        return (
            self.tr(
                "<h3>Alignment Atlas %1</h3>"
                "<p>An offline glossary that explains AI alignment and the ideas around it.</p>"
                "<p>Content version %2 · %3 terms, %4 comparisons, %5 learning paths.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", g.meta.content_version)
            .replace("%3", str(len(g.terms)))
            .replace("%4", str(len(g.comparisons)))
            .replace("%5", str(len(g.paths)))
        )

    @Slot(int)
    def _on_results_changed(self, count: int) -> None:
        self._match_count = count
        if self.tabs.currentWidget() is self.glossary_page:
            self.statusBar().showMessage(self.tr("%n term(s) match", "", count))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.compare_page and not self.compare_page.term_ids:
            self._show_default_comparison()
        if page is self.glossary_page:
            self._on_results_changed(self._match_count)
        else:
            self.statusBar().clearMessage()
        self._update_navigation()
        self._update_title()

    @Slot()
    def _update_navigation(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, GlossaryPage | ComparePage):
            self.commands.back.setEnabled(page.can_go_back())
            self.commands.forward.setEnabled(page.can_go_forward())
        self.commands.swap.setEnabled(page is self.compare_page)

    @Slot()
    def _update_title(self) -> None:
        if self.tabs.currentWidget() is self.compare_page and self.compare_page.term_ids:
            subject = self.compare_page.title
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
        if s.tab == self.tabs.indexOf(self.compare_page):
            self.tabs.setCurrentWidget(self.compare_page)

    def save_state(self) -> None:
        s = self._settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = self.glossary_page.saveState()
        s.zoom = self.glossary_page.detail.zoom
        s.scope = self.glossary_page.scope.encode()
        s.last_term = self.glossary_page.current_term
        s.comparison = ",".join(self.compare_page.term_ids)
        s.tab = self.tabs.currentIndex()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.banner.isVisible():
            self.banner.hide()
            return
        super().keyPressEvent(event)
