"""The comparison view: two (or three) terms side by side in aligned rows, with its own pickers and history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.content.compare import ComparisonTable, compare_terms
from desktop.core.content.history import History
from desktop.core.content.model import Comparison, Glossary, UnknownIdError
from desktop.core.search.index import SearchIndex
from desktop.document import DocumentBuilder
from desktop.ui.accessibility import name_clear_button
from desktop.ui.compare_table import ComparisonTableView
from desktop.ui.detail_view import DetailView, Link, html_links
from desktop.ui.navigation import HistoryNavigation
from desktop.ui.reader import ReaderPane, link_describer
from desktop.ui.term_model import TermListModel
from desktop.ui.term_picker import TermPicker

AnyIndex = QModelIndex | QPersistentModelIndex
COMPARISON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _label_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


class ComparisonListModel(QAbstractListModel):
    """The curated comparisons, by title."""

    def __init__(self, glossary: Glossary, parent: Any = None) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._items: list[Comparison] = sorted(glossary.comparisons.values(), key=glossary.comparison_title)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        comparison = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._glossary.comparison_title(comparison)
        if role == Qt.ItemDataRole.ToolTipRole:
            return comparison.summary
        if role == COMPARISON_ID_ROLE:
            return comparison.id
        return None

    def row_of(self, comparison_id: str) -> int:
        return next((row for row, c in enumerate(self._items) if c.id == comparison_id), -1)


class ComparePage(HistoryNavigation, QSplitter):
    """Pick terms on each side (or a curated comparison from the list) and read them in aligned rows.

    Signals:
        comparison_shown(str): the view now shows this comparison (its title).
        history_changed(): back/forward availability may have changed.
        term_requested(str): a term link outside the columns was clicked (open it in the glossary).
    """

    comparison_shown = Signal(str)
    history_changed = Signal()
    term_requested = Signal(str)

    def __init__(
        self,
        *,
        glossary: Glossary,
        terms: TermListModel,
        index: SearchIndex,
        builder: Callable[[], DocumentBuilder],
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("compare-page")
        self._builder = builder
        self._history = History()
        self._table: ComparisonTable | None = None
        self._split_to_fit = False
        self.curated_label = QLabel(self)
        self.curated_view = QListView(self)
        self.curated_view.setObjectName("curated-comparisons")
        self.curated_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.curated_view.setWordWrap(True)
        # Wrapped again whenever the splitter moves. No setSpacing: with it, Qt sizes a title that nearly fits as one
        # line and then elides it (and leaves an empty line below); alternating rows keep wrapped titles apart.
        self.curated_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.curated_view.setAlternatingRowColors(True)
        self.curated_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("swap")
        self.swap_button.setText("⇄")
        self.third_button = QToolButton(self)
        self.third_button.setObjectName("third")
        self.third_button.setCheckable(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("comparison-intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.intro.setContentsMargins(12, 0, 12, 0)
        self.table_view = ComparisonTableView(self)
        self.table_view.setObjectName("comparison-table")
        self.view = DetailView(open_url=open_url, parent=self)
        """The notes under the table: how to tell the terms apart, how they are linked, the sources."""
        self.view.setObjectName("comparison")
        self.notes = ReaderPane(view=self.view, describer=link_describer(lambda: self._glossary, self), parent=self)
        self.notes.set_object_names("comparison")
        self.pickers: list[TermPicker] = []
        self._picker_row = QHBoxLayout()
        self._glossary = glossary
        self._setup_models(glossary, terms, index)

        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 4, 6, 0)
        left_layout.addWidget(self.curated_label)
        left_layout.addWidget(self.curated_view)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pickers = QWidget(self)
        pickers.setLayout(self._picker_row)
        # The columns of the table follow the content's direction (left to right), so the pickers above them do too,
        # also when the interface runs right to left.
        pickers.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._picker_row.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(pickers)
        right_layout.addWidget(self.intro)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.table_view)
        body.addWidget(self.notes)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([520, 200])
        body.setChildrenCollapsible(False)
        self.body = body
        right_layout.addWidget(body, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([280, 920])
        self.setChildrenCollapsible(False)

    def _connect(self) -> None:
        self.swap_button.clicked.connect(self.swap)
        self.third_button.toggled.connect(self._on_third_toggled)
        self.curated_view.activated.connect(self._on_curated_activated)
        self.curated_view.clicked.connect(self._on_curated_activated)
        self.view.column_link_activated.connect(self._on_column_link)
        self.view.term_link_activated.connect(self.term_requested)
        self.view.back_requested.connect(self.go_back)
        self.view.forward_requested.connect(self.go_forward)
        self.table_view.rows_fitted.connect(self._fit_split)
        self.intro.linkActivated.connect(lambda href: self.view.follow_link(QUrl(href)))

    def _setup_models(self, glossary: Glossary, terms: TermListModel, index: SearchIndex) -> None:
        """Pickers over the glossary page's own term list and search index (one index per glossary, not two)."""
        self._terms_model = terms
        for picker in self.pickers:
            self._picker_row.removeWidget(picker)
            picker.deleteLater()
        self.pickers = [TermPicker(terms=self._terms_model, index=index, parent=self) for _ in range(3)]
        for number, picker in enumerate(self.pickers):
            picker.setObjectName(f"picker-{number}")
            picker.term_picked.connect(self._on_picked)
        self.pickers[2].cleared.connect(self._on_third_cleared)
        while self._picker_row.count():
            self._picker_row.takeAt(0)
        self._picker_row.addWidget(self.pickers[0], 1)
        self._picker_row.addWidget(self.swap_button)
        self._picker_row.addWidget(self.pickers[1], 1)
        self._picker_row.addWidget(self.third_button)
        self._picker_row.addWidget(self.pickers[2], 1)
        self.pickers[2].setVisible(self.third_button.isChecked())
        self._curated_model = ComparisonListModel(glossary, self)
        self.curated_view.setModel(self._curated_model)
        self._curated_selection = self.curated_view.selectionModel()  # keep a Python reference
        QWidget.setTabOrder(self.pickers[0], self.swap_button)
        QWidget.setTabOrder(self.swap_button, self.pickers[1])
        QWidget.setTabOrder(self.pickers[1], self.third_button)
        QWidget.setTabOrder(self.third_button, self.pickers[2])
        QWidget.setTabOrder(self.pickers[2], self.table_view)
        QWidget.setTabOrder(self.table_view, self.notes.sections)
        QWidget.setTabOrder(self.notes.sections, self.view)
        QWidget.setTabOrder(self.view, self.notes.links)
        QWidget.setTabOrder(self.notes.links, self.curated_view)

    def retranslate(self) -> None:
        self.curated_label.setText(self.tr("Curated comparisons"))
        self.swap_button.setToolTip(self.tr("Swap the two sides (Ctrl+Shift+X)"))
        self.third_button.setText(self.tr("+ third"))
        self.third_button.setToolTip(self.tr("Add or remove a third term"))
        self.swap_button.setAccessibleName(self.tr("Swap the two sides"))
        self.swap_button.setAccessibleDescription(
            self.tr("Puts the left term on the right and the right one on the left")
        )
        self.third_button.setAccessibleName(self.tr("Compare a third term"))
        self.curated_view.setAccessibleName(self.tr("Curated comparisons"))
        self.curated_view.setAccessibleDescription(self.tr("Enter shows the comparison"))
        self.table_view.setAccessibleName(self.tr("Comparison table"))
        self.table_view.setAccessibleDescription(
            self.tr("One row per aspect compared, one column per term; arrow keys move from cell to cell")
        )
        self.view.setAccessibleName(self.tr("Comparison notes"))
        for number, picker in enumerate(self.pickers):
            picker.setPlaceholderText(self.tr("Term %1…").replace("%1", str(number + 1)))
            picker.setToolTip(self.tr("Type to find a term, Enter to pick the best match"))
            picker.setAccessibleName(self.tr("Term %1").replace("%1", str(number + 1)))
            picker.setAccessibleDescription(self.tr("Type to find a term, Enter to pick the best match"))
            name_clear_button(picker, self.tr("Clear term %1").replace("%1", str(number + 1)))
        self.notes.retranslate()
        self.refresh()

    # --- content ------------------------------------------------------------------------------------------------

    def set_glossary(self, glossary: Glossary, terms: TermListModel, index: SearchIndex) -> None:
        self._glossary = glossary
        self._setup_models(glossary, terms, index)
        ids = self.term_ids
        if ids and all(i in glossary.terms for i in ids):
            self._show(ids, record=False)
        self.retranslate()

    @property
    def term_ids(self) -> tuple[str, ...]:
        return self._table.term_ids if self._table else ()

    @property
    def title(self) -> str:
        return self._builder().comparison_title(self._table) if self._table else ""

    def show_terms(self, term_ids: Sequence[str]) -> bool:
        """Compare these terms (2 or 3 ids); False, with nothing changed, when an id is unknown or repeated."""
        return self._show(tuple(term_ids), record=True)

    def show_comparison(self, comparison_id: str) -> bool:
        comparison = self._glossary.comparisons.get(comparison_id)
        return comparison is not None and self.show_terms(comparison.terms)

    def _show(self, ids: tuple[str, ...], *, record: bool, third_open: bool = False) -> bool:
        """Show these terms. `third_open` keeps the third picker open (and empty) beside a pair."""
        if len(ids) not in (2, 3) or len(set(ids)) != len(ids):
            return False
        if record and ids == self.term_ids:
            for picker, term_id in zip(self.pickers, ids, strict=False):
                picker.set_term(term_id)  # already shown: put back any half-typed text, render nothing
            return True
        try:
            table = compare_terms(self._glossary, ids)
        except UnknownIdError:
            return False
        self._table = table
        if record:
            self._history.visit(",".join(ids))
            self.history_changed.emit()
        three = len(ids) == 3 or third_open
        self.third_button.blockSignals(True)
        self.third_button.setChecked(three)
        self.third_button.blockSignals(False)
        self.pickers[2].setVisible(three)
        for picker, term_id in zip(self.pickers, (*ids, "", "", ""), strict=False):
            picker.set_term(term_id)
        self._select_curated(table)
        self.refresh()
        return True

    def _select_curated(self, table: ComparisonTable) -> None:
        """Highlight the curated comparison being shown, or nothing for an ad-hoc set of terms. The selection model
        keeps its signals: the view repaints from them and screen readers read them."""
        curated = table.curated
        row = self._curated_model.row_of(curated.id) if curated and len(curated.terms) == len(table.term_ids) else -1
        if row >= 0:
            self.curated_view.setCurrentIndex(self._curated_model.index(row, 0))
        else:
            self._curated_selection.clear()

    def refresh(self) -> None:
        """Render the current comparison again (labels, palette or content changed)."""
        if self._table is None:
            return
        builder = self._builder()
        intro = builder.comparison_intro_html(self._table, interactive=True)
        self.intro.setText(intro)
        grid = builder.comparison_grid(self._table, column_links=True)
        self.table_view.set_grid(grid)
        links = html_links(intro)
        for column, title in enumerate(grid.titles):  # "reward model (RLHF)": the same link text in two columns
            cells = "".join(row[column] for row in grid.cells_html)
            links += [Link(link.href, f"{link.text} ({title})") for link in html_links(cells)]
        self.notes.show_html(builder.comparison_notes_html(self._table), links_before=links)
        self._split_to_fit = True  # once the rows have their heights on screen
        self.comparison_shown.emit(builder.comparison_title(self._table))

    @Slot()
    def _fit_split(self) -> None:
        """After a new comparison: the table as tall as its rows (35–75 % of the height), the notes in the rest.
        A splitter the person moved stays where it is until the next comparison."""
        total = sum(self.body.sizes())
        if self._split_to_fit and self.isVisible() and total > 0:
            self._split_to_fit = False
            table = max(int(total * 0.35), min(self.table_view.content_height(), int(total * 0.75)))
            self.body.setSizes([table, total - table])

    def plain_text(self) -> str:
        """Everything the page shows as text: the title, the table (headings and cells) and the notes."""
        grid = self.table_view.comparison_model.grid
        lines = [self.intro.text() and _label_text(self.intro.text()), "\t".join(grid.titles)]
        lines += ["\t".join((label, *cells)) for label, cells in zip(grid.row_labels, grid.cells_text, strict=True)]
        return "\n".join([*lines, self.view.toPlainText()])

    def set_zoom(self, steps: int) -> None:
        """Zoom the table as the notes below it (and the glossary's page)."""
        self.view.set_zoom(steps)
        self.table_view.setFont(self.view.font())

    # --- actions ------------------------------------------------------------------------------------------------

    @Slot()
    def swap(self) -> None:
        ids = self.term_ids
        if len(ids) >= 2:
            self.show_terms((ids[1], ids[0], *ids[2:]))

    def focus_picker(self, number: int = 0) -> None:
        self.pickers[number].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pickers[number].selectAll()

    def start_with(self, term_id: str) -> None:
        """ "Compare with…": this term on the left, the right picker focused for the other one."""
        ids = self.term_ids
        other = next((t for t in ids if t != term_id), "")
        if not other:
            other = next((t for t in self._glossary.terms if t != term_id), "")
        self.show_terms((term_id, other))
        self.focus_picker(1)

    @Slot(str)
    def _on_picked(self, term_id: str) -> None:
        sender = self.sender()
        number = self.pickers.index(sender) if isinstance(sender, TermPicker) and sender in self.pickers else 0
        self._replace(number, term_id)

    def _replace(self, column: int, term_id: str) -> None:
        ids = list(self.term_ids) or ["", ""]
        while len(ids) <= column:
            ids.append("")
        if term_id in ids and ids.index(term_id) != column:
            other = ids.index(term_id)
            ids[other], ids[column] = ids[column], ids[other]  # picking the other side's term swaps them
        else:
            ids[column] = term_id
        if all(ids):
            self.show_terms(ids)

    @Slot(int, str)
    def _on_column_link(self, column: int, term_id: str) -> None:
        self._replace(column, term_id)

    @Slot(bool)
    def _on_third_toggled(self, checked: bool) -> None:
        self.pickers[2].setVisible(checked)
        if checked:
            self.focus_picker(2)
        elif len(self.term_ids) == 3:
            self.show_terms(self.term_ids[:2])

    @Slot()
    def _on_third_cleared(self) -> None:
        """✕ in the third picker takes the third column away; the picker stays open for another term."""
        if len(self.term_ids) == 3:
            self._show(self.term_ids[:2], record=True, third_open=True)

    @Slot(QModelIndex)
    def _on_curated_activated(self, index: QModelIndex) -> None:
        comparison_id = index.data(COMPARISON_ID_ROLE)
        if comparison_id:
            self.show_comparison(str(comparison_id))

    # --- history ------------------------------------------------------------------------------------------------

    def _show_place(self, place: str) -> None:
        self._show(tuple(place.split(",")), record=False)
