"""Painting a concept map with QPainter: the one drawing the Map tab shows and `export --as map` prints.

The layout (`desktop.core.concept_map.layout`) says where each term goes; this module draws it: category groups,
edges by kind (an arrow for a prerequisite, a thick line from a whole to its part, dashes for "contrasts with"),
terms as tinted boxes framed in their category's colour, learning progress as a mark on each box, and a legend.
Colours come from the palette on screen and from fixed print colours on paper.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from desktop.core.concept_map.graph import EdgeKind, MapEdge
from desktop.core.concept_map.layout import Box, MapLayout
from desktop.core.concept_map.style import EDGE_STYLES

PAD_X, PAD_Y = 10.0, 6.0
"""Room around a term's title inside its box."""
ARROW = 9.0
MARGIN = 16.0


@dataclass(frozen=True)
class MapColours:
    text: QColor
    muted: QColor
    base: QColor
    highlight: QColor
    dark: bool = False

    @classmethod
    def from_palette(cls, palette: QPalette) -> MapColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(
            text=text,
            muted=_mix(text, base, 0.45),
            base=base,
            highlight=palette.color(QPalette.ColorRole.Highlight),
            dark=base.lightnessF() < 0.5,
        )

    @classmethod
    def for_print(cls) -> MapColours:
        return cls(QColor("#000000"), QColor("#6b6b6b"), QColor("#ffffff"), QColor("#1a5fb4"))

    def fill(self, hue: str) -> QColor:
        """A term box's tint of its category colour: light on a light page, deep on a dark one."""
        return _mix(QColor(hue), self.base, 0.62 if self.dark else 0.82)

    def frame(self, hue: str) -> QColor:
        """The category colour for frames and titles, lightened on dark palettes so it stays readable."""
        colour = QColor(hue)
        return _mix(colour, QColor("#ffffff"), 0.35) if self.dark else colour


def _mix(a: QColor, b: QColor, weight: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * weight),
        round(a.green() + (b.green() - a.green()) * weight),
        round(a.blue() + (b.blue() - a.blue()) * weight),
    )


def node_size(title: str, metrics: QFontMetricsF) -> tuple[float, float]:
    """The box a term's title needs, in the units of `metrics`' device."""
    return (metrics.horizontalAdvance(title) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)


@dataclass
class MapScene:
    """What to draw besides the layout: titles, each term's category colour, marks, focus and selection."""

    titles: Mapping[str, str]
    hues: Mapping[str, str]
    """Term id -> its category's colour."""
    group_titles: Mapping[str, str] = field(default_factory=dict)
    """Category id -> its title (whole-glossary groups)."""
    group_hues: Mapping[str, str] = field(default_factory=dict)
    marks: Mapping[str, str] = field(default_factory=dict)
    """Term id -> its learning progress mark ("●" learning, "✓" known)."""
    focused: str = ""
    selected: tuple[str, ...] = ()


def draw_map(painter: QPainter, layout: MapLayout, scene: MapScene, colours: MapColours, font: QFont) -> None:
    """Paint the map at the painter's current transform, layout units as painter units (plus `MARGIN`)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(MARGIN, MARGIN)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    for group in layout.groups:
        hue = colours.frame(scene.group_hues.get(group.category, "#7f7f7f"))
        rect = _rect(group.box)
        painter.setPen(QPen(hue, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 8, 8)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            rect.adjusted(10, 4, -10, 0),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop),
            scene.group_titles.get(group.category, group.category),
        )
        painter.setFont(font)
    for edge in sorted(layout.view.edges, key=lambda e: EDGE_STYLES[e.kind].strong):
        _draw_edge(painter, layout, edge, colours)
    for node, box in layout.boxes.items():
        _draw_node(painter, node, box, scene=scene, colours=colours, metrics=metrics)
    painter.restore()


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def _border_point(box: Box, towards: tuple[float, float]) -> QPointF:
    """Where the line from the box's centre towards a point leaves the box."""
    cx, cy = box.centre
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return QPointF(cx, cy)
    scale = min(box.w / 2 / abs(dx) if dx else math.inf, box.h / 2 / abs(dy) if dy else math.inf)
    return QPointF(cx + dx * scale, cy + dy * scale)


def _draw_edge(painter: QPainter, layout: MapLayout, edge: MapEdge, colours: MapColours) -> None:
    source, target = layout.boxes.get(edge.source), layout.boxes.get(edge.target)
    if source is None or target is None:
        return
    style = EDGE_STYLES[edge.kind]
    start, end = _border_point(source, target.centre), _border_point(target, source.centre)
    colour = colours.text if style.strong else colours.muted
    pen = QPen(colour, style.width)
    if style.dash:
        pen.setDashPattern(list(style.dash))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    line = QLineF(start, end)
    if style.arrow and line.length() > ARROW * 2:
        shaft = QLineF(end, start)
        shaft.setLength(ARROW * 0.8)
        painter.drawLine(QLineF(start, shaft.p2()))
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(_arrow_head(start, end))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.drawLine(line)


def _arrow_head(start: QPointF, end: QPointF) -> QPolygonF:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - ARROW * math.cos(angle - 0.4), end.y() - ARROW * math.sin(angle - 0.4))
    right = QPointF(end.x() - ARROW * math.cos(angle + 0.4), end.y() - ARROW * math.sin(angle + 0.4))
    return QPolygonF([end, left, right])


def _draw_node(
    painter: QPainter, node: str, box: Box, *, scene: MapScene, colours: MapColours, metrics: QFontMetricsF
) -> None:
    rect = _rect(box)
    hue = scene.hues.get(node, "#7f7f7f")
    selected = node in scene.selected
    painter.setBrush(QBrush(colours.highlight if selected else colours.fill(hue)))
    painter.setPen(QPen(colours.frame(hue), 1.6))
    painter.drawRoundedRect(rect, 6, 6)
    if node == scene.focused:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(colours.highlight if not selected else colours.text, 2.4)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)
    text_colour = colours.base if selected else colours.text
    painter.setPen(text_colour)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), scene.titles.get(node, node))
    mark = scene.marks.get(node, "")
    if mark:
        size = metrics.height() * 0.9
        badge = QRectF(rect.right() - size * 0.6, rect.top() - size * 0.45, size, size)
        painter.setPen(QPen(colours.frame(hue), 1.2))
        painter.setBrush(QBrush(colours.base))
        painter.drawEllipse(badge)
        painter.setPen(colours.text)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), mark)


def map_size(layout: MapLayout) -> tuple[float, float]:
    """The drawing's size in layout units, margins included."""
    return (layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)


def legend_lines(
    kinds: Iterable[EdgeKind], kind_labels: Mapping[EdgeKind, str], categories: Iterable[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """The legend's entries: ("edge", kind, label) for each kind of edge shown, ("category", hue, title) for each
    category shown."""
    lines = [("edge", kind.value, kind_labels.get(kind, kind.value)) for kind in kinds]
    lines += [("category", hue, title) for hue, title in categories]
    return lines


def draw_legend(
    painter: QPainter,
    origin: QPointF,
    lines: list[tuple[str, str, str]],
    colours: MapColours,
    font: QFont,
    *,
    width: float,
    right_to_left: bool = False,
) -> float:
    """Draw the legend's entries in columns from `origin` within `width`; returns the height used. Right to left,
    the columns run from the right edge and each sample stands right of its words."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    row, sample, column, per_row = _legend_grid(lines, metrics, width)
    for index, (kind, value, text) in enumerate(lines):
        cell = (index % int(per_row)) * column
        cell_left = origin.x() + (width - cell - column if right_to_left else cell)
        x = cell_left + column - sample if right_to_left else cell_left
        y = origin.y() + (index // int(per_row)) * row
        middle = y + row / 2
        if kind == "edge":
            edge_kind = EdgeKind(value)
            style = EDGE_STYLES[edge_kind]
            pen = QPen(colours.text if style.strong else colours.muted, style.width)
            if style.dash:
                pen.setDashPattern(list(style.dash))
            painter.setPen(pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + sample - (ARROW if style.arrow else 0), middle))
            if style.arrow:
                painter.setPen(QPen(pen.color(), 1.0))
                painter.setBrush(QBrush(pen.color()))
                painter.drawPolygon(_arrow_head(QPointF(x, middle), QPointF(x + sample, middle)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            swatch = QRectF(x, middle - metrics.height() / 2, sample, metrics.height())
            painter.setPen(QPen(colours.frame(value), 1.4))
            painter.setBrush(QBrush(colours.fill(value)))
            painter.drawRoundedRect(swatch, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(colours.text)
        words = QRectF(cell_left if right_to_left else x + sample + 8, y, column - sample - 8, row)
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        painter.drawText(words, int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()
    return legend_height(lines, metrics, width)


def _legend_grid(lines: list[tuple[str, str, str]], metrics: QFontMetricsF, width: float) -> tuple[float, ...]:
    """(row height, sample width, column width, entries per row) of a legend laid out in `width`."""
    row = metrics.height() * 1.5
    sample = metrics.height() * 2.4
    column = max((metrics.horizontalAdvance(text) for _, _, text in lines), default=0.0) + sample + 24
    return row, sample, column, max(1, int(width // column))


def legend_height(lines: list[tuple[str, str, str]], metrics: QFontMetricsF, width: float) -> float:
    """How tall `draw_legend` draws these entries in `width`."""
    row, _sample, _column, per_row = _legend_grid(lines, metrics, width)
    return -(-len(lines) // int(per_row)) * row if lines else 0.0


def edges_path(layout: MapLayout) -> QPainterPath:
    """All edges as one path (hit testing and tests)."""
    path = QPainterPath()
    for edge in layout.view.edges:
        a, b = layout.boxes.get(edge.source), layout.boxes.get(edge.target)
        if a and b:
            path.moveTo(*a.centre)
            path.lineTo(*b.centre)
    return path
