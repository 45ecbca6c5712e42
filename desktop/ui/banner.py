"""A dismissable strip above the pages that reports content problems without interrupting reading.

Only problems that left content out are reported here: an entry of a pack that was kept under another id (its id
was taken) is said once, when the pack is added. Dismiss is remembered for the same problems: the banner comes
back only when they change (a pack was fixed, added or removed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.core.content.model import Problem
from desktop.ui.settings import AppSettings


def problems_fingerprint(problems: Sequence[Problem]) -> str:
    return hashlib.sha1(
        "\n".join(map(str, problems)).encode("utf-8", "surrogatepass"), usedforsecurity=False
    ).hexdigest()


class ProblemBanner(QFrame):
    """Shows "N problems in the content" with Details and Dismiss; hidden when there are none or when the same ones
    were dismissed before (with `settings`)."""

    def __init__(self, *, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
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
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_problems(self, problems: Sequence[Problem], *, extra: str = "") -> None:
        """Report the problems that left content out (renamed entries are not shown)."""
        self._problems = [p for p in problems if not p.renamed]
        self._extra = extra
        self.retranslate()
        dismissed = self._settings is not None and self._settings.dismissed_problems == self._fingerprint()
        self.setVisible((bool(self._problems) or bool(extra)) and not dismissed)

    def _fingerprint(self) -> str:
        return problems_fingerprint(self._problems) + ("|" + self._extra if self._extra else "")

    @Slot()
    def dismiss(self) -> None:
        """Hide the banner until the problems change."""
        if self._settings is not None:
            self._settings.dismissed_problems = self._fingerprint()
        self.hide()

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
