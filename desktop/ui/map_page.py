"""The Map tab: the glossary's terms as a concept map to explore (issue 19).

Views: the whole glossary, the terms around one term (1 or 2 steps), one category, one learning path. The layout
runs in a worker thread (grandalf is pure Python: a big neighbourhood takes tens of milliseconds) and is kept per
view, font and language, so coming back to a view is instant. The map is painted by `desktop.map_drawing`, the
same code that prints it.

The map itself, its keys and mouse are in `desktop.ui.map_canvas`; 0 fits the map to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.concept_map.graph import ConceptGraph, MapView
from desktop.core.concept_map.layout import MapLayout, edge_kinds_shown, edges_of
from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary
from desktop.map_drawing import (
    MapColours,
    legend_lines,
    map_size,
    node_size,
)
from desktop.printing.map_print import legend_categories, scene_for
from desktop.ui.labels import edge_kind_labels
from desktop.ui.map_canvas import MapCanvas, MapLegend
from desktop.ui.map_worker import MapWorker

PROGRESS_MARKS = frozenset("●✓")


VIEWS = ("all", "term", "category", "path")


class MapPage(QWidget):
    """Choose a view, explore the map, open or compare terms.

    Signals:
        term_requested(str): open this term in the glossary.
        compare_requested(list): compare these two terms.
        map_shown(str): a view was drawn (its title).
    """

    term_requested = Signal(str)
    compare_requested = Signal(list)
    map_shown = Signal(str)

    def __init__(
        self,
        *,
        glossary: Glossary,
        current_term: Callable[[], str],
        badge: Callable[[str], str],
        title_of: Callable[[Glossary, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map-page")
        self._glossary = glossary
        self._graph = ConceptGraph(glossary)
        self._current_term = current_term
        self._badge = badge
        self._title_of = title_of
        self._layouts: dict[tuple[str, str, str], MapLayout] = {}
        self._request = 0
        self._worker = MapWorker(self)
        self._busy = False
        self._worker.warm(self._graph)
        self._view: MapView | None = None

        self.view_label = QLabel(self)
        self.view_box = QComboBox(self)
        self.view_box.setObjectName("map-view")
        self.view_label.setBuddy(self.view_box)
        self.choice_box = QComboBox(self)
        self.choice_box.setObjectName("map-choice")
        self.steps_box = QComboBox(self)
        self.steps_box.setObjectName("map-steps")
        self.progress_box = QCheckBox(self)
        self.progress_box.setObjectName("map-progress")
        self.progress_box.setChecked(True)
        self.fit_button = QPushButton(self)
        self.fit_button.setObjectName("map-fit")
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("map-compare")
        self.compare_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("map-status")
        self.status.setWordWrap(True)
        self.canvas = MapCanvas(self)
        self.canvas.describe = self._describe
        self.area = QScrollArea(self)
        self.area.setObjectName("map-area")
        self.area.setWidget(self.canvas)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setFocusProxy(self.canvas)
        self.legend = MapLegend(self)

        self._lay_out_widgets()

        self._connect()
        self.retranslate()
        start = "all" if len(glossary.terms) <= self._whole_limit() else "term"
        self.view_box.setCurrentIndex(VIEWS.index(start))
        self._fill_choices()

    def _connect(self) -> None:
        self._worker.laid_out.connect(self._on_laid_out)
        self._worker.viewed.connect(self._on_viewed)
        self._worker.too_large.connect(self._on_too_large)
        self._worker.unknown.connect(self._on_unknown)
        self._worker.failed.connect(self._on_failed)
        self.view_box.activated.connect(self._on_view_chosen)
        self.choice_box.activated.connect(lambda _index: self.refresh_view())
        self.steps_box.activated.connect(lambda _index: self.refresh_view())
        self.progress_box.toggled.connect(lambda _on: self._redraw())
        self.fit_button.clicked.connect(self.fit)
        self.compare_button.clicked.connect(self._on_compare)
        self.canvas.term_activated.connect(self.term_requested)
        self.canvas.selection_changed.connect(self._on_selection_changed)
        self.canvas.focus_moved.connect(self._on_focus_moved)

    def _lay_out_widgets(self) -> None:
        controls = QHBoxLayout()
        chosen: list[QWidget] = [self.view_label, self.view_box, self.choice_box, self.steps_box]
        for widget in chosen:
            controls.addWidget(widget)
        controls.addStretch(1)
        buttons: list[QWidget] = [self.progress_box, self.compare_button, self.fit_button]
        for widget in buttons:
            controls.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.legend)
        order: list[QWidget] = [*chosen[1:], *buttons, self.canvas]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _whole_limit() -> int:
        from desktop.core.concept_map.graph import WHOLE_LIMIT  # noqa: PLC0415

        return WHOLE_LIMIT

    # --- texts --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.view_label.setText(self.tr("&Show:"))
        texts = [
            self.tr("The whole glossary"),
            self.tr("Around the current term"),
            self.tr("One category"),
            self.tr("One learning path"),
        ]
        if self.view_box.count() == 0:
            self.view_box.addItems(texts)
        for index, text in enumerate(texts):
            self.view_box.setItemText(index, text)
        steps = [self.tr("1 step"), self.tr("2 steps")]
        if self.steps_box.count() == 0:
            self.steps_box.addItems(steps)
        for index, text in enumerate(steps):
            self.steps_box.setItemText(index, text)
        self.view_box.setAccessibleName(self.tr("Map view"))
        self.choice_box.setAccessibleName(self.tr("Category or learning path"))
        self.steps_box.setAccessibleName(self.tr("How far around the term"))
        # On Linux a screen reader takes a combo box's name from its current item: what it is for comes from its
        # label or, as here without one, its description.
        self.choice_box.setAccessibleDescription(self.tr("Which category or learning path the map shows"))
        self.steps_box.setAccessibleDescription(self.tr("How many steps of related terms the map shows"))
        self.area.setAccessibleName(self.tr("Concept map"))
        self.progress_box.setText(self.tr("Show my &progress"))
        self.progress_box.setToolTip(self.tr("Mark terms you are learning (●) and know (✓)"))
        self.fit_button.setText(self.tr("&Fit"))
        self.fit_button.setToolTip(self.tr("Fit the map to the window (0)"))
        self.compare_button.setText(self.tr("Co&mpare Selected"))
        self.compare_button.setToolTip(self.tr("Select two terms with Space or Ctrl+click, then compare them"))
        self.canvas.setAccessibleName(self.tr("Concept map"))
        self.legend.setAccessibleName(self.tr("Map legend"))
        if self._view is not None:
            self._redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._view is None and not self._busy:  # first shown (the tab clicked, or Ctrl+M): draw the start view
            self.refresh_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.canvas.colours = MapColours.from_palette(self.palette())
            self.legend.colours = self.canvas.colours
            self.canvas.update()
            self.legend.update()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------------------------------

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    @property
    def map_view(self) -> MapView | None:
        return self._view

    @property
    def map_layout(self) -> MapLayout | None:
        return self.canvas.layout_ if self._view is not None and self.canvas.layout_ is not None else None

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self._graph = ConceptGraph(glossary)
        self._worker.warm(self._graph)
        self._layouts.clear()
        self._fill_choices()
        self.refresh_view()

    def _fill_choices(self) -> None:
        kind = VIEWS[max(0, self.view_box.currentIndex())]
        current = self.choice_box.currentData()
        self.choice_box.clear()
        if kind == "category":
            for category in self._glossary.categories.values():
                self.choice_box.addItem(category.title, category.id)
        elif kind == "path":
            for path in self._glossary.paths.values():
                self.choice_box.addItem(path.title, path.id)
        index = self.choice_box.findData(current)
        self.choice_box.setCurrentIndex(max(0, index))
        self.choice_box.setVisible(kind in ("category", "path"))
        self.steps_box.setVisible(kind == "term")

    @Slot(int)
    def _on_view_chosen(self, _index: int) -> None:
        self._fill_choices()
        self.refresh_view()

    def show_view(self, kind: str, key: str = "") -> None:
        """Show a view: "all", "term" (around `key`, or the current term), "category" or "path" (`key` its id)."""
        self.view_box.setCurrentIndex(VIEWS.index(kind))
        self._fill_choices()
        if key and kind in ("category", "path"):
            self.choice_box.setCurrentIndex(max(0, self.choice_box.findData(key)))
        self.refresh_view(term=key if kind == "term" else "")

    def centre_on(self, term_id: str) -> None:
        """The neighbourhood of `term_id`, focused on it (what `--map ID` opens)."""
        self.show_view("term", term_id)

    @property
    def busy(self) -> bool:
        """True while a view is being worked out or laid out in a worker thread."""
        return self._busy

    def refresh_view(self, *, term: str = "") -> None:
        """Work out the chosen view in a worker thread (the first neighbourhood of a big glossary builds an index of
        incoming links), then lay it out; nothing here blocks the window."""
        kind = VIEWS[max(0, self.view_box.currentIndex())]
        term_id = term or (self.canvas.focused if self._view is not None else "") or self._current_term()
        if term_id not in self._glossary.terms:
            term_id = self._current_term() or next(iter(self._glossary.terms), "")
        steps = self.steps_box.currentIndex() + 1
        key = str(self.choice_box.currentData() or "")
        self._request += 1
        request = self._request
        self._busy = True

        self._worker.view(self._graph, kind, term_id if kind == "term" else key, steps, request)

    @Slot(int)
    def _on_too_large(self, request: int) -> None:
        if request != self._request:
            return
        self._busy = False
        self.status.setText(
            self.tr("The glossary has too many terms for one map. Choose a term's neighbourhood or a category.")
        )
        self.status.show()

    @Slot(int)
    def _on_unknown(self, request: int) -> None:
        if request == self._request:
            self._busy = False

    @Slot(str, int)
    def _on_failed(self, message: str, request: int) -> None:
        if request != self._request:
            return
        self._busy = False
        self.status.setText(self.tr("The map could not be drawn: %1").replace("%1", message))
        self.status.show()

    @Slot(object, int)
    def _on_viewed(self, view: MapView, request: int) -> None:
        if request != self._request:
            return  # another view was chosen meanwhile
        self._view = view
        if view.focus:
            self.canvas.scene.focused = view.focus
        self._lay_out(view)

    def _lay_out(self, view: MapView) -> None:
        key = (view.key, self.font().toString(), self._glossary.language)
        cached = self._layouts.get(key)
        if cached is not None:
            self._on_laid_out(cached, self._request)
            return
        metrics = QFontMetricsF(self.canvas.font())
        titles = {node: self._glossary.terms[node].title for node in view.nodes}
        sizes = {node: node_size(title, metrics) for node, title in titles.items()}
        self.status.setText(self.tr("Drawing the map…"))
        self.status.show()
        self._worker.lay_out(view, sizes, self._glossary, key, self._request)

    @Slot(object, int)
    def _on_laid_out(self, result: Any, request: int) -> None:
        if isinstance(result, tuple):
            key, laid = result
            self._layouts[key] = laid
        else:
            laid = result
        if request != self._request or self._view is None or laid.view.key != self._view.key:
            return  # another view was chosen meanwhile
        self._busy = False
        self.status.hide()
        if laid.view.truncated:
            text = self.tr("Showing %1 of %2 terms.").replace("%1", str(len(laid.view.nodes)))
            self.status.setText(text.replace("%2", str(len(laid.view.nodes) + laid.view.truncated)))
            self.status.show()
        self._redraw(laid)
        if laid.view.focus:
            self.scroll_to(laid.view.focus)
        self.map_shown.emit(self._title_of(self._glossary, laid.view.key))

    def _redraw(self, laid: MapLayout | None = None) -> None:
        laid = laid or self.canvas.layout_
        if laid is None:
            return
        marks = {}
        if self.progress_box.isChecked():
            for node in laid.view.nodes:
                mark = "".join(ch for ch in self._badge(node) if ch in PROGRESS_MARKS)
                if mark:
                    marks[node] = mark
        scene = scene_for(self._glossary, laid.view, marks)
        self.canvas.summaries = {node: plain_text(self._glossary.terms[node].summary) for node in laid.view.nodes}
        self.canvas.set_map(laid, scene)
        lines = legend_lines(
            edge_kinds_shown(laid), edge_kind_labels(), legend_categories(self._glossary, scene, laid.view)
        )
        self.legend.set_lines(lines)

    # --- actions ------------------------------------------------------------------------------------------------

    @Slot()
    def fit(self) -> None:
        laid = self.canvas.layout_
        if laid is None:
            return
        width, height = map_size(laid)
        room = self.area.viewport().size()
        self.canvas.set_zoom(min(room.width() / width, room.height() / height, 1.0))

    def scroll_to(self, node: str) -> None:
        rect = self.canvas.node_rect(node)
        if not rect.isNull():
            self.area.ensureVisible(round(rect.center().x()), round(rect.center().y()), 120, 80)

    @Slot()
    def _on_selection_changed(self) -> None:
        self.compare_button.setEnabled(len(self.canvas.selected) == 2)

    @Slot()
    def _on_compare(self) -> None:
        if len(self.canvas.selected) == 2:
            self.compare_requested.emit(list(self.canvas.selected))

    @Slot(str)
    def _on_focus_moved(self, node: str) -> None:
        self.scroll_to(node)

    def _describe(self, node: str) -> str:
        """What a screen reader hears for a focused term: its title, category and relations on this map."""
        term = self._glossary.terms.get(node)
        laid = self.canvas.layout_
        if term is None or laid is None:
            return node
        labels = edge_kind_labels()
        links = []
        for edge in edges_of(laid, node):
            other = edge.target if edge.source == node else edge.source
            other_title = self._glossary.terms[other].title if other in self._glossary.terms else other
            links.append(f"{labels.get(edge.kind, edge.kind.value)}: {other_title}")
        category = self._glossary.category_title(term.category)
        parts = [term.title, category, *links[:8]]
        if len(links) > 8:
            parts.append(self.tr("and %1 more").replace("%1", str(len(links) - 8)))
        return "; ".join(parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_0:
            self.fit()
            return
        super().keyPressEvent(event)
