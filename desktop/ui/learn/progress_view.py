"""The Progress view: new / learning / known terms per category, and reviews per day over the last 30 days."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core.content.model import Glossary
from desktop.core.learning.scheduling import CategoryCounts, TermProgress, category_counts
from desktop.core.learning.store import ProgressStore, StoreError, utc_now
from desktop.ui.learn.history_chart import HistoryChart

AnyIndex = QModelIndex | QPersistentModelIndex
HISTORY_DAYS = 30


class CategoryProgressModel(QAbstractTableModel):
    """One row per category: its title, then how many of its terms are new, learning and known."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, CategoryCounts]] = []

    def set_counts(self, counts: Sequence[CategoryCounts], title: Callable[[str], str]) -> None:
        self.beginResetModel()
        self._rows = [(title(c.category), c) for c in counts]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        title, counts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return title if column == 0 else (counts.new, counts.learning, counts.known)[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Category"), self.tr("New"), self.tr("Learning"), self.tr("Known"))[section]
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)


class ProgressView(QWidget):
    """Counts per category, totals, quiz results and the 30-day chart. `refresh()` reads the store again."""

    def __init__(
        self,
        *,
        glossary: Glossary,
        store: ProgressStore,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progress")
        self._glossary = glossary
        self._store = store
        self._clock = clock
        self._progress: Mapping[str, TermProgress] = {}
        self.totals = QLabel(self)
        self.totals.setObjectName("progress-totals")
        self.totals.setWordWrap(True)
        self.model = CategoryProgressModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("category-progress")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.chart_title = QLabel(self)
        self.chart = HistoryChart(self)
        self.chart_title.setBuddy(self.chart)
        self.quiz_summary = QLabel(self)
        self.quiz_summary.setObjectName("quiz-summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table)
        layout.addSpacing(12)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        layout.addWidget(self.quiz_summary)
        layout.addStretch(1)
        self.retranslate()

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary

    def refresh(self, progress: Mapping[str, TermProgress] | None = None) -> None:
        if progress is not None:
            self._progress = progress
        counts = category_counts(self._glossary, self._progress)
        self.model.set_counts(counts, self._glossary.category_title)
        new = sum(c.new for c in counts)
        learning = sum(c.learning for c in counts)
        known = sum(c.known for c in counts)
        self.totals.setText(
            self.tr("Known: %1 · learning: %2 · new: %3 (of %4 terms)")
            .replace("%1", str(known))
            .replace("%2", str(learning))
            .replace("%3", str(new))
            .replace("%4", str(new + learning + known))
        )
        try:
            days = self._store.activity(days=HISTORY_DAYS, today=self._clock().astimezone().date())
            answers = self._store.quiz_answers()
        except StoreError as error:
            self.quiz_summary.setText(str(error))
            return
        self.chart.set_days(days)
        right = sum(1 for a in answers if a.correct)
        self.quiz_summary.setText(
            self.tr("Quiz answers so far: %1, of which right: %2")
            .replace("%1", str(len(answers)))
            .replace("%2", str(right))
        )

    def retranslate(self) -> None:
        self.chart_title.setText(
            self.tr("Answers per day over the last 30 days: flashcards in full colour, quiz answers faded on top")
        )
        self.model.retranslate()
        self.table.setAccessibleName(self.tr("Progress per category"))
        self.chart.retranslate()
        self.refresh()
