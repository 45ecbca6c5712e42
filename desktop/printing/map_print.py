"""A concept map on one printed page (`export --as map`): title, the map scaled to fit, and its legend.

The page turns landscape when the map is wider than tall. Everything is drawn with QPainter on the PDF writer, so
the map stays vector (text is text, lines are lines) at any zoom.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPainter, QPdfWriter

from desktop.core.concept_map.graph import EdgeKind, MapView
from desktop.core.concept_map.layout import MapLayout, edge_kinds_shown, lay_out
from desktop.core.content.model import Glossary
from desktop.map_drawing import (
    MapColours,
    MapScene,
    draw_legend,
    draw_map,
    legend_lines,
    map_size,
    node_size,
)
from desktop.map_drawing import legend_height as measured_legend
from desktop.printing.layout import page_frame, print_font, with_orientation

MAP_POINT_SIZE = 9.0


def scene_for(glossary: Glossary, view: MapView, marks: Mapping[str, str] | None = None) -> MapScene:
    """Titles and colours for the terms of a view (screen and print)."""
    from desktop.core.concept_map.style import category_hue  # noqa: PLC0415

    order = {category: index for index, category in enumerate(glossary.categories)}
    extra = {c: len(order) + i for i, c in enumerate(sorted(glossary.category_sizes)) if c not in order}
    order.update(extra)
    terms = glossary.terms
    hues = {node: category_hue(order.get(terms[node].category, 0)) for node in view.nodes}
    groups = {terms[node].category for node in view.nodes}
    return MapScene(
        titles={node: terms[node].title for node in view.nodes},
        hues=hues,
        group_titles={c: glossary.category_title(c) for c in groups},
        group_hues={c: category_hue(order.get(c, 0)) for c in groups},
        marks=dict(marks or {}),
    )


def legend_categories(glossary: Glossary, scene: MapScene, view: MapView) -> list[tuple[str, str]]:
    """(colour, title) of each category the view shows, in the glossary's order."""
    seen: dict[str, str] = {}
    for node in view.nodes:
        category = glossary.terms[node].category
        seen.setdefault(category, scene.hues[node])
    ordered = [c for c in glossary.categories if c in seen] + [c for c in seen if c not in glossary.categories]
    return [(seen[c], glossary.category_title(c)) for c in ordered]


@dataclass(frozen=True)
class PrintedMap:
    """A view laid out for print, in points, with the page orientation it wants."""

    glossary: Glossary
    layout: MapLayout
    font: QFont

    @property
    def orientation(self) -> QPageLayout.Orientation:
        width, height = map_size(self.layout)
        return QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait


def prepare_map(glossary: Glossary, view: MapView) -> PrintedMap:
    """Lay the view out with the print font, in points (a font sized in pixels at one pixel a point): scaled to
    the page later, gaps, lines and text keep their proportions whatever the device's resolution."""
    font = print_font(MAP_POINT_SIZE)
    font.setPixelSize(round(MAP_POINT_SIZE))
    metrics = QFontMetricsF(font)
    titles = {node: glossary.terms[node].title for node in view.nodes}
    return PrintedMap(glossary, lay_out(view, lambda node: node_size(titles[node], metrics), glossary), font)


def draw_map_page(
    painter: QPainter,
    body: QRectF,
    printed: PrintedMap,
    *,
    title: str,
    kind_labels: Mapping[EdgeKind, str],
    heading_size: float = 15.0,
) -> None:
    """Title, the map scaled into what is left of `body` (device units), and its legend along the bottom."""
    device = painter.device()
    points = device.logicalDpiY() / 72
    glossary, layout = printed.glossary, printed.layout
    view = layout.view
    scene = scene_for(glossary, view)
    colours = MapColours.for_print()
    lines = legend_lines(edge_kinds_shown(layout), kind_labels, legend_categories(glossary, scene, view))
    heading = print_font(heading_size)
    heading.setBold(True)
    painter.setFont(heading)
    title_height = QFontMetricsF(heading, device).height() * 1.6
    painter.setPen(colours.text)
    painter.drawText(
        QRectF(body.left(), body.top(), body.width(), title_height),
        int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop),
        title,
    )
    legend_font = print_font(8.0)
    legend_height = measured_legend(lines, QFontMetricsF(legend_font, device), body.width())
    room = QRectF(body.left(), body.top() + title_height, body.width(), body.height() - title_height)
    room.setHeight(room.height() - legend_height - 12)
    width, height = map_size(layout)
    scale = min(room.width() / width, room.height() / height, 1.6 * points)
    painter.save()
    painter.translate(room.left() + (room.width() - width * scale) / 2, room.top())
    painter.scale(scale, scale)
    draw_map(painter, layout, scene, colours, printed.font)
    painter.restore()
    draw_legend(
        painter,
        QPointF(body.left(), body.bottom() - legend_height),
        lines,
        colours,
        legend_font,
        width=body.width(),
        right_to_left=QGuiApplication.isRightToLeft(),
    )


def paint_map_page(
    writer: QPdfWriter,
    glossary: Glossary,
    view: MapView,
    *,
    title: str,
    kind_labels: Mapping[EdgeKind, str],
) -> int:
    """The map of `view` alone on one page of `writer` (landscape when wider than tall); returns 1."""
    printed = prepare_map(glossary, view)
    writer.setPageLayout(with_orientation(writer.pageLayout(), printed.orientation))
    frame = page_frame(writer.pageLayout(), writer.resolution())
    painter = QPainter(writer)
    try:
        draw_map_page(painter, frame.body, printed, title=title, kind_labels=kind_labels)
    finally:
        painter.end()
    return 1
