"""File → Add Glossary Pack… and File → Manage Glossary Packs…: the actions' slots, for the main window to connect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.core.content.model import Glossary
from desktop.core.packs.loading import PackReport
from desktop.ui.pack_manager import PackManager
from desktop.ui.packs_dialog import AddPackDialog, ManagePacksDialog, PackFeedback


def added_line(name: str, report: PackReport) -> str:
    """One line for the status bar: how many terms the pack added, how many ids were renamed, how many problems."""
    feedback = PackFeedback()
    renamed = sum(p.renamed for p in report.problems)
    parts = [
        feedback.terms_added(report.terms),
        feedback.renamed(renamed),
        feedback.problems(len(report.problems) - renamed),
    ]
    return feedback.added(name, ", ".join(parts))


class PackCommands(QObject):
    """File → Add Glossary Pack… and File → Manage Glossary Packs…, for the main window to connect.

    The dialogs open without blocking and delete themselves when closed. `glossary` gives the glossary as loaded now
    (a new pack is checked against it).

    Signals:
        packs_changed(): a pack was added or removed; the window reloads the glossary.
        status_message(str): one line on what adding a pack did, for the status bar.
    """

    packs_changed = Signal()
    status_message = Signal(str)

    def __init__(self, *, parent: QWidget, manager: PackManager, glossary: Callable[[], Glossary]) -> None:
        super().__init__(parent)
        self._window = parent
        self._manager = manager
        self._glossary = glossary
        self._manage: ManagePacksDialog | None = None

    @property
    def manager(self) -> PackManager:
        return self._manager

    @Slot()
    def add_pack(self) -> AddPackDialog:
        dialog = AddPackDialog(manager=self._manager, glossary=self._glossary(), parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pack_added.connect(lambda name: self._on_added(name, dialog.report))
        dialog.open()
        return dialog

    @Slot()
    def manage_packs(self) -> ManagePacksDialog:
        if self._manage is not None:
            self._manage.show()
            return self._manage
        dialog = ManagePacksDialog(manager=self._manager, glossary=self._glossary(), parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.packs_changed.connect(self._on_changed)
        dialog.destroyed.connect(self._on_manage_destroyed)
        self._manage = dialog
        dialog.open()
        return dialog

    def _on_added(self, name: str, report: PackReport | None) -> None:
        self._on_changed()
        if report is not None:
            self.status_message.emit(added_line(name, report))

    @Slot()
    def _on_changed(self) -> None:
        self.packs_changed.emit()  # the window reloads the glossary here
        if self._manage is not None:
            self._manage.set_glossary(self._glossary())

    @Slot()
    def _on_manage_destroyed(self) -> None:
        self._manage = None
