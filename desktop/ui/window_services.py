"""The main window's File-menu services: printing, glossary packs and progress files, each built on first use.

None of them is needed for the first paint, so their modules (Qt's print support among them) are imported only
when the window has appeared or a menu item asks for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from desktop.printing.print_controller import PrintController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pack_commands import PackCommands
    from desktop.ui.pack_manager import PackManager
    from desktop.ui.progress_files import ProgressFiles


class WindowServices(QObject):
    """Builds and owns the print controller, the pack commands and the progress-file dialogs of one window."""

    def __init__(self, window: MainWindow, *, settings: AppSettings, packs: PackManager | None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._packs = packs
        self._printing: PrintController | None = None
        self._pack_commands: PackCommands | None = None
        self._progress_files: ProgressFiles | None = None
        self._print_key: QAction | None = None

    @Slot()
    def offer_printing(self) -> None:
        """Printing is built the first time the File menu opens or its shortcut is pressed (importing Qt's print
        support alone blocks the window for longer than a keystroke may wait)."""
        if self._printing is not None or self._print_key is not None:
            return
        window = self._window
        window.commands.menus["file"].aboutToShow.connect(self._build_printing)
        self._print_key = QAction(window)
        self._print_key.setShortcut(QKeySequence.StandardKey.Print)
        self._print_key.triggered.connect(self._print_now)
        window.addAction(self._print_key)

    @Slot()
    def _build_printing(self) -> None:
        _ = self.printing

    @Slot()
    def _print_now(self) -> None:
        self.printing.print_action.trigger()

    @property
    def printing(self) -> PrintController:
        """Print…, Print Preview…, Export PDF… and Print Booklet…, added to the top of the File menu."""
        if self._printing is None:
            from desktop.printing.print_controller import PrintController  # noqa: PLC0415

            window = self._window
            page = window.glossary_page
            self._printing = PrintController(
                parent=window,
                glossary=lambda: window.glossary,
                current=self.print_target,
                selection=page.list_panel.selected_terms,
                bookmarks=page.bookmarked,
                scope=lambda: (page.scope.kind, page.scope.key),
                settings=self._settings,
            )
            file_menu = window.commands.menus["file"]
            first = file_menu.actions()[0]
            file_menu.insertActions(first, self._printing.actions())
            file_menu.insertMenu(first, self._printing.paper_menu)
            file_menu.insertSeparator(first)
            self._printing.status_message.connect(window.statusBar().showMessage)
            if self._print_key is not None:  # the real Print… action has the shortcut now
                window.removeAction(self._print_key)
                self._print_key.deleteLater()
                self._print_key = None
        return self._printing

    @property
    def progress_files(self) -> ProgressFiles:
        if self._progress_files is None:
            from desktop.ui.progress_files import ProgressFiles  # noqa: PLC0415

            window = self._window
            self._progress_files = ProgressFiles(parent=window, learn=window.learn_page, settings=self._settings)
            self._progress_files.imported.connect(window.glossary_page.refresh_bookmarks)
        return self._progress_files

    @property
    def pack_commands(self) -> PackCommands | None:
        """Add Glossary Pack… and Manage Glossary Packs…; None when the window has no pack folder."""
        if self._pack_commands is None and self._packs is not None:
            from desktop.ui.pack_commands import PackCommands  # noqa: PLC0415

            window = self._window
            self._pack_commands = PackCommands(parent=window, manager=self._packs, glossary=lambda: window.glossary)
            self._pack_commands.packs_changed.connect(window.reload_content)
            self._pack_commands.status_message.connect(window.statusBar().showMessage)
        return self._pack_commands

    def retranslate(self) -> None:
        if self._printing is not None:
            self._printing.retranslate()

    def print_target(self) -> Any:
        """What File → Print… prints: the comparison on the Compare tab, otherwise the term being read."""
        from desktop.printing.jobs import ComparisonSection, TermSection  # noqa: PLC0415

        window = self._window
        compare = window.built_compare_page
        if compare is not None and window.tabs.currentWidget() is compare and compare.term_ids:
            return ComparisonSection(compare.term_ids)
        term_id = window.glossary_page.current_term
        return TermSection(term_id) if term_id else None

    @Slot()
    def export_progress(self) -> None:
        self.progress_files.export_progress()

    @Slot()
    def import_progress(self) -> None:
        self.progress_files.import_progress()

    @Slot()
    def add_pack(self) -> None:
        if self.pack_commands is not None:
            self.pack_commands.add_pack()

    @Slot()
    def manage_packs(self) -> None:
        if self.pack_commands is not None:
            self.pack_commands.manage_packs()
