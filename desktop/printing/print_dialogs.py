"""The modal dialogs of printing, in one class that tests replace: no test ever runs a dialog's `exec()`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.printing.booklet_dialog import BookletDialog, BookletRequest


class PrintDialogs:
    """The modal dialogs of printing. Tests pass a subclass that answers without showing anything."""

    def save_path(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def print_dialog(self, parent: QWidget, printer: QPrinter) -> bool:
        return bool(QPrintDialog(printer, parent).exec())

    def preview(self, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(paint)
        dialog.exec()

    def offer_pdf(self, parent: QWidget) -> bool:
        """No printer: say so and offer PDF export; True when the person chose Export PDF…."""
        title = QCoreApplication.translate("PrintController", "No printer")
        box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=parent)
        box.setText(no_printer_text())
        export = box.addButton(export_button_text(), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export

    def booklet(self, parent: QWidget, dialog: BookletDialog) -> BookletRequest | None:
        dialog.exec()
        return dialog.request

    def error(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


def no_printer_text() -> str:
    return QCoreApplication.translate(
        "PrintController", "No printer is installed. You can save the pages as a PDF file and print it later."
    )


def export_button_text() -> str:
    return QCoreApplication.translate("PrintController", "Export PDF…")
