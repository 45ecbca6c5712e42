"""The dialog an unhandled error ends in (see `desktop.ui.crash`): what went wrong, where the log is, the details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class CrashDialog(QDialog):
    """What went wrong in plain words, where the log is, and the technical details to copy into a report."""

    def __init__(self, *, summary: str, details: str, log_file: Path | None, log_problem: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setModal(False)
        self._summary = summary
        self._log_file = log_file
        self._log_problem = log_problem
        self._more = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("crash-heading")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.log_label = QLabel(self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crash-details")
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy-details")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.message, self.log_label, self.details, self.buttons):
            layout.addWidget(widget)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 380)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.heading.setText("<b>" + self.tr("Something went wrong") + "</b>")
        text = self.tr(
            "Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks "
            "wrong, restart the app."
        ).replace("%1", self._summary)
        if self._more:
            text += " " + self.tr("%n more error(s) happened since; their details are below.", "", self._more)
        self.message.setText(text)
        if self._log_file is not None:
            self.log_label.setText(
                self.tr("The details are also in the log file: %1").replace("%1", str(self._log_file))
            )
        else:
            self.log_label.setText(
                self.tr("The details could not be written to a log file (%1).").replace("%1", self._log_problem)
            )
        self.copy_button.setText(self.tr("&Copy Details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, to paste them into a report"))

    def add_error(self, summary: str, details: str) -> None:
        """Another error while the dialog is open: count it and append its details."""
        self._more += 1
        self.details.appendPlainText("\n" + details)
        self.retranslate()

    def details_text(self) -> str:
        return self.details.toPlainText()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
