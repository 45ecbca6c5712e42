"""A dismissable strip above the pages that reports content problems without interrupting reading."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.core.model import Problem


class ProblemBanner(QFrame):
    """Shows "N problems in the content" with Details and Dismiss; hidden when there are none."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._problems: list[Problem] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.details_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.dismiss_button)
        self.details_button.clicked.connect(self.show_details)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_problems(self, problems: Sequence[Problem], *, extra: str = "") -> None:
        self._problems = list(problems)
        self._extra = extra
        self.retranslate()
        self.setVisible(bool(self._problems) or bool(extra))

    def retranslate(self) -> None:
        count = len(self._problems)
        text = self.tr("%n problem(s) in the content: the entries concerned are left out, the rest works.", "", count)
        if getattr(self, "_extra", ""):
            text = self._extra if not count else f"{self._extra} {text}"
        self.label.setText(text)
        self.details_button.setText(self.tr("Details…"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.details_button.setVisible(bool(count))

    @Slot()
    def show_details(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Content problems"),
            self.label.text(),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setDetailedText("\n".join(str(p) for p in self._problems))
        box.open()
