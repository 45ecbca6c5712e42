"""File → Export Progress… / Import Progress…: the dialogs around the learn page's JSON export and import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.ui.learn.learn_page import LearnPage
from desktop.ui.settings import AppSettings


class ProgressFiles(QObject):
    """Asks where to export or what to import, runs it, and says what happened.

    Signals:
        imported(): progress was imported (bookmarks and badges may have changed).
    """

    imported = Signal()

    def __init__(self, *, parent: QWidget, learn: LearnPage, settings: AppSettings) -> None:
        super().__init__(parent)
        self._window = parent
        self._learn = learn
        self._settings = settings
        self.last_message: QMessageBox | None = None

    def _folder(self) -> str:
        saved = self._settings.qsettings.value("files/progress_folder", "")
        if isinstance(saved, str) and saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember(self, path: Path) -> None:
        self._settings.qsettings.setValue("files/progress_folder", str(path.parent))

    def _filter(self) -> str:
        return self.tr("Alignment Atlas progress (*.json)")

    @Slot()
    def export_progress(self) -> None:
        suggested = str(Path(self._folder()) / "alignment-atlas-progress.json")
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export Progress"), suggested, self._filter())
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        ok, message = self._learn.export_to(path, app_version=__version__)
        self._report(ok, message, self.tr("Export Progress"))
        if ok:
            self._remember(path)
        return ok

    @Slot()
    def import_progress(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import Progress"), self._folder(), self._filter())
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        ok, message = self._learn.import_from(path)
        self._report(ok, message, self.tr("Import Progress"))
        if ok:
            self._remember(path)
            self.imported.emit()
        return ok

    def _report(self, ok: bool, message: str, title: str) -> None:
        if ok:
            status = getattr(self._window, "statusBar", None)
            if callable(status):
                status().showMessage(message, 8000)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, without a nested event loop
            self.last_message = box
