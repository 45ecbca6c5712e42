"""The main window: wires the pages, menus, status bar and remembered state together. No feature logic here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.core.model import Glossary
from desktop.ui.banner import ProblemBanner
from desktop.ui.glossary_page import GlossaryPage
from desktop.ui.settings import AppSettings
from desktop.ui.term_list import Scope

FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.Back: "Alt+Left",
    QKeySequence.StandardKey.Forward: "Alt+Right",
    QKeySequence.StandardKey.ZoomIn: "Ctrl++",
    QKeySequence.StandardKey.ZoomOut: "Ctrl+-",
    QKeySequence.StandardKey.Print: "Ctrl+P",
}


class MainWindow(QMainWindow):
    """Alignment Atlas's window. Everything it needs is handed in; it looks nothing up globally."""

    def __init__(
        self,
        *,
        glossary: Glossary,
        settings: AppSettings,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self._settings = settings
        self._glossary = glossary
        self.glossary_page = GlossaryPage(glossary=glossary, open_url=open_url)
        self.banner = ProblemBanner(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.glossary_page, "")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._create_actions()
        self._create_menus()

        page = self.glossary_page
        page.term_shown.connect(self._on_term_shown)
        page.history_changed.connect(self._update_navigation)
        page.results_changed.connect(self._on_results_changed)
        self.banner.set_problems(glossary.problems)
        self.retranslate()
        self._restore_state()
        self._update_navigation()

    # --- actions and menus --------------------------------------------------------------------------------------

    def _action(self, slot: Callable[[], Any], shortcut: QKeySequence.StandardKey | str = "") -> QAction:
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # The platform's binding; a few platforms (offscreen, bare X11) have none for Quit, so fill that gap.
            bindings = QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS.get(shortcut, ""))]
            action.setShortcuts([b for b in bindings if not b.isEmpty()])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        page = self.glossary_page
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.zoom_in_action = self._action(lambda: self.set_zoom(page.detail.zoom + 1), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(
            lambda: self.set_zoom(page.detail.zoom - 1), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(lambda: self.set_zoom(0), "Ctrl+0")
        self.back_action = self._action(page.go_back, QKeySequence.StandardKey.Back)
        self.forward_action = self._action(page.go_forward, QKeySequence.StandardKey.Forward)
        self.random_action = self._action(self.show_random, "Ctrl+R")
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([self.back_action, self.forward_action])
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.random_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.find_action.setToolTip(self.tr("Search the glossary"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Reset Zoom"))
        self.back_action.setText(self.tr("&Back"))
        self.forward_action.setText(self.tr("&Forward"))
        self.random_action.setText(self.tr("&Random Term"))
        self.about_action.setText(self.tr("&About Alignment Atlas"))
        self.tabs.setTabText(self.tabs.indexOf(self.glossary_page), self.tr("Glossary"))
        self.banner.retranslate()
        self.glossary_page.refresh()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.glossary_page.refresh()
        super().changeEvent(event)

    # --- slots --------------------------------------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.glossary_page)
        self.glossary_page.list_panel.focus_search()

    def set_zoom(self, steps: int) -> None:
        self.glossary_page.detail.set_zoom(steps)

    @Slot()
    def show_random(self) -> None:
        self.tabs.setCurrentWidget(self.glossary_page)
        self.glossary_page.show_random()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Alignment Atlas"), self.about_text())

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>Alignment Atlas %1</h3>"
                "<p>An offline glossary that explains AI alignment and the ideas around it.</p>"
                "<p>Content version %2 · %3 terms, %4 comparisons, %5 learning paths.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self._glossary.meta.content_version)
            .replace("%3", str(len(self._glossary.terms)))
            .replace("%4", str(len(self._glossary.comparisons)))
            .replace("%5", str(len(self._glossary.paths)))
        )

    @Slot(str)
    def _on_term_shown(self, term_id: str) -> None:
        self._settings.last_term = term_id
        self._update_title()

    @Slot(int)
    def _on_results_changed(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n term(s) match", "", count))

    @Slot()
    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.glossary_page.can_go_back())
        self.forward_action.setEnabled(self.glossary_page.can_go_forward())

    def _update_title(self) -> None:
        term = self.glossary_page.current()
        self.setWindowTitle(f"{term.title} — {APP_NAME}" if term else APP_NAME)

    # --- state --------------------------------------------------------------------------------------------------

    def show_term(self, term_id: str) -> bool:
        self.tabs.setCurrentWidget(self.glossary_page)
        return self.glossary_page.show_term(term_id)

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

    def save_state(self) -> None:
        s = self._settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = self.glossary_page.saveState()
        s.zoom = self.glossary_page.detail.zoom
        s.scope = self.glossary_page.scope.encode()
        s.last_term = self.glossary_page.current_term
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.banner.isVisible():
            self.banner.hide()
            return
        super().keyPressEvent(event)
