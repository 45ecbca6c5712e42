"""The concept map's drawing surface and legend: paints a laid-out map and lets a person move through it.

Keys: arrows move to the neighbour in that direction (the focused term is announced to screen readers with its
category and relations), Enter opens it, Space selects it, + and - zoom. The mouse: hover for the summary, click
to open, Ctrl+click to select, drag to move the map, Ctrl+wheel to zoom.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from desktop.core.concept_map.layout import MapLayout, edges_of, neighbour_in_direction
from desktop.map_drawing import MARGIN, MapColours, MapScene, draw_legend, draw_map, legend_height, map_size

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.2, 3.0


class MapCanvas(QWidget):
    """Paints a laid-out map and lets a person move through it.

    Signals:
        term_activated(str): Enter or a click on a term.
        focus_moved(str): the focused term changed.
        selection_changed(): the selected terms changed.
    """

    term_activated = Signal(str)
    focus_moved = Signal(str)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map-canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.layout_: MapLayout | None = None
        self.scene = MapScene(titles={}, hues={})
        self.colours = MapColours.from_palette(self.palette())
        self.zoom = 1.0
        self.summaries: dict[str, str] = {}
        self.describe: Callable[[str], str] = lambda node: node
        self._drag: QPoint | None = None
        self._pressed = ""

    # --- content ------------------------------------------------------------------------------------------------

    def set_map(self, layout: MapLayout, scene: MapScene) -> None:
        self.layout_ = layout
        focused = self.scene.focused if self.scene.focused in layout.boxes else layout.view.focus
        selected = tuple(node for node in self.scene.selected if node in layout.boxes)
        self.scene = scene
        self.scene.focused = focused or (layout.view.nodes[0] if layout.view.nodes else "")
        self.scene.selected = selected
        self._resize()
        self.update()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._resize()
        self.update()

    def _resize(self) -> None:
        if self.layout_ is None:
            return
        width, height = map_size(self.layout_)
        self.resize(round(width * self.zoom), round(height * self.zoom))

    def sizeHint(self) -> QSize:
        if self.layout_ is None:
            return QSize(400, 300)
        width, height = map_size(self.layout_)
        return QSize(round(width * self.zoom), round(height * self.zoom))

    def node_at(self, point: QPointF) -> str:
        if self.layout_ is None:
            return ""
        x, y = point.x() / self.zoom - MARGIN, point.y() / self.zoom - MARGIN
        for node, box in self.layout_.boxes.items():
            if box.x <= x <= box.x + box.w and box.y <= y <= box.y + box.h:
                return node
        return ""

    def node_rect(self, node: str) -> QRectF:
        """Where a term is drawn, in this widget's coordinates."""
        box = self.layout_.boxes[node] if self.layout_ else None
        if box is None:
            return QRectF()
        z = self.zoom
        return QRectF((box.x + MARGIN) * z, (box.y + MARGIN) * z, box.w * z, box.h * z)

    # --- focus and selection ------------------------------------------------------------------------------------

    @property
    def focused(self) -> str:
        return self.scene.focused

    @property
    def selected(self) -> tuple[str, ...]:
        return self.scene.selected

    def focus_node(self, node: str) -> None:
        if self.layout_ is None or node not in self.layout_.boxes:
            return
        self.scene.focused = node
        self.update()
        self.focus_moved.emit(node)
        text = self.describe(node)
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def toggle_selected(self, node: str) -> None:
        chosen = list(self.scene.selected)
        if node in chosen:
            chosen.remove(node)
        else:
            chosen = [*chosen, node][-2:]  # a pair to compare: the last two chosen
        self.scene.selected = tuple(chosen)
        self.update()
        self.selection_changed.emit()

    # --- painting and events ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None:
            return
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), self.colours.base)
            painter.scale(self.zoom, self.zoom)
            draw_map(painter, self.layout_, self.scene, self.colours, self.font())
        finally:
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in moves and self.layout_ is not None and self.scene.focused:
            dx, dy = moves[Qt.Key(key)]
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                dx = -dx
            node = self.scene.focused
            linked = {e.source if e.target == node else e.target for e in edges_of(self.layout_, node)}
            target = neighbour_in_direction(self.layout_, node, dx, dy, linked) or neighbour_in_direction(
                self.layout_, node, dx, dy, self.layout_.boxes
            )
            if target:
                self.focus_node(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scene.focused:
            self.term_activated.emit(self.scene.focused)
            return
        if key == Qt.Key.Key_Space and self.scene.focused:
            self.toggle_selected(self.scene.focused)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * ZOOM_STEP)
            return
        if key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / ZOOM_STEP)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        self._pressed = ""
        if node and event.button() == Qt.MouseButton.LeftButton:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.toggle_selected(node)
            else:
                self._pressed = node  # a click (press and release on it) opens it
            self.focus_node(node)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            now = event.globalPosition().toPoint()
            delta = now - self._drag
            self._drag = now
            viewport = self.parentWidget()
            area = viewport.parentWidget() if viewport is not None else None
            if isinstance(area, QScrollArea):
                area.horizontalScrollBar().setValue(area.horizontalScrollBar().value() - delta.x())
                area.verticalScrollBar().setValue(area.verticalScrollBar().value() - delta.y())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if self.node_at(event.position()) else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        pressed, self._pressed = self._pressed, ""
        if pressed and event.button() == Qt.MouseButton.LeftButton and self.node_at(event.position()) == pressed:
            self.term_activated.emit(pressed)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP))
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            node = self.node_at(QPointF(event.pos()))
            if node:
                title, summary = escape(self.scene.titles.get(node, node)), escape(self.summaries.get(node, ""))
                QToolTip.showText(event.globalPos(), f"<b>{title}</b><br>{summary}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class MapLegend(QWidget):
    """The legend under the map: the kinds of edge and the categories shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map-legend")
        self.lines: list[tuple[str, str, str]] = []
        self.colours = MapColours.from_palette(self.palette())

    def set_lines(self, lines: list[tuple[str, str, str]]) -> None:
        self.lines = lines
        self.setAccessibleDescription("; ".join(text for _, _, text in lines))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        height = legend_height(self.lines, QFontMetricsF(self.font()), max(200, self.width() - 16))
        return QSize(400, round(height) + 8)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(legend_height(self.lines, QFontMetricsF(self.font()), max(200, width - 16))) + 8

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            draw_legend(
                painter,
                QPointF(8, 4),
                self.lines,
                self.colours,
                self.font(),
                width=self.width() - 16,
                right_to_left=right_to_left,
            )
        finally:
            painter.end()
