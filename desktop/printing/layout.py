"""Paper, page geometry, and a QTextDocument laid out and painted page by page with a header and a footer.

Everything is measured in the paint device's own pixels: the document's layout uses the device as its paint
device, so point sizes in the HTML come out at their real size on paper (setting a page size in device pixels on a
document laid out for the screen would shrink the text), and the header, body and footer rectangles are device
pixels relative to the printable area's top left corner, which is where a painter on the device starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.core.content.markup import first_strong_direction

SIDE_MARGIN_MM = 18.0
EDGE_MARGIN_MM = 10.0
"""Top and bottom edge of the printable area; the header and footer bands lie inside it."""
BAND_MM = 7.0
"""Height of the header band (text and rule) above the body, and of the footer band below it."""
BODY_POINT_SIZE = 9.0
SMALL_POINT_SIZE = 7.0
# Paper is denser than a screen: smaller headings, tighter paragraphs, small print for the sources (the only
# ordered lists). A typical entry then fits one page. Inline styles of the document builder still win.
PRINT_CSS = (
    "h1 { font-size: 18pt; }"
    " h2 { font-size: 11.5pt; margin-top: 6px; margin-bottom: 1px; }"
    " p { margin-top: 0px; margin-bottom: 5px; }"
    " ul { margin-top: 0px; margin-bottom: 4px; }"
    " ol { margin-top: 0px; margin-bottom: 4px; font-size: 8pt; }"
)
TEXT_COLOUR = "#000000"
LINK_COLOUR = "#1a4f9c"

PAPERS: dict[str, QPageSize.PageSizeId] = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Territories whose standard paper is US Letter (CLDR's paperSize data); everyone else uses A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.PuertoRico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Belize,
    }
)


# --- paper ------------------------------------------------------------------------------------------------------


def parse_paper(text: str) -> str:
    """`a4`/`letter` in any case → "A4"/"Letter"; ValueError for anything else."""
    for name in PAPERS:
        if text.strip().casefold() == name.casefold():
            return name
    raise ValueError(f"unknown paper size '{text}' (use {' or '.join(PAPERS)})")


def paper_of(page_size: QPageSize) -> str:
    """ "A4" or "Letter" when the page size is one of them, else ""."""
    for name, size_id in PAPERS.items():
        if page_size.id() == size_id:
            return name
    return ""


def paper_for_locale(locale: QLocale) -> str:
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def default_paper(printer_page_size: QPageSize | None = None, locale: QLocale | None = None) -> str:
    """The default printer's paper when it is A4 or Letter, else the system locale's."""
    if printer_page_size is not None and printer_page_size.isValid():
        name = paper_of(printer_page_size)
        if name:
            return name
    return paper_for_locale(locale or QLocale.system())


def page_layout(paper: str, orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait) -> QPageLayout:
    """Our page: the paper, the orientation and the margins of the printable area."""
    margins = QMarginsF(SIDE_MARGIN_MM, EDGE_MARGIN_MM, SIDE_MARGIN_MM, EDGE_MARGIN_MM)
    return QPageLayout(QPageSize(PAPERS[parse_paper(paper)]), orientation, margins, QPageLayout.Unit.Millimeter)


def with_orientation(layout: QPageLayout, orientation: QPageLayout.Orientation) -> QPageLayout:
    """The same paper with our margins, in this orientation."""
    margins = QMarginsF(SIDE_MARGIN_MM, EDGE_MARGIN_MM, SIDE_MARGIN_MM, EDGE_MARGIN_MM)
    return QPageLayout(layout.pageSize(), orientation, margins, QPageLayout.Unit.Millimeter)


# --- geometry ---------------------------------------------------------------------------------------------------


def mm_to_px(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi


@dataclass(frozen=True)
class PageFrame:
    """Header, body and footer of a page, in device pixels from the printable area's top left corner."""

    header: QRectF
    body: QRectF
    footer: QRectF
    dpi: float

    @property
    def body_size(self) -> QSizeF:
        return self.body.size()


def page_frame(layout: QPageLayout, dpi: float) -> PageFrame:
    """Where the header, the text and the footer go on a page with this layout, for a device of this resolution."""
    paint = layout.paintRectPixels(round(dpi))
    width, height = float(paint.width()), float(paint.height())
    band = mm_to_px(BAND_MM, dpi)
    text_band = band * 0.55
    return PageFrame(
        header=QRectF(0, 0, width, text_band),
        body=QRectF(0, band, width, height - 2 * band),
        footer=QRectF(0, height - text_band, width, text_band),
        dpi=dpi,
    )


def device_frame(device: QPagedPaintDevice) -> PageFrame:
    return page_frame(device.pageLayout(), device.logicalDpiY())


# --- documents --------------------------------------------------------------------------------------------------


def print_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    """The interface's font family at a print size."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    return font


def print_palette() -> QPalette:
    """Black text and dark blue links on white paper, whatever the desktop's colour scheme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT_COLOUR))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT_COLOUR))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(LINK_COLOUR))
    return palette


def load_document(
    html: str, *, direction: Qt.LayoutDirection | None = None, font: QFont | None = None
) -> QTextDocument:
    """A document with the print font and style sheet, not laid out yet: edit its formats now, then `paginate`.

    Character formats must be edited before the first layout: on a laid-out document every edit lays the changed
    part out again (a contents table of 2,000 links took minutes), and on a document whose layout was requested
    but not done yet, Qt lays out only the edited range and leaves the other blocks without lines.
    """
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font or print_font())
    option = doc.defaultTextOption()
    option.setTextDirection(direction if direction is not None else QGuiApplication.layoutDirection())
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(PRINT_CSS)
    doc.setHtml(html)
    set_paragraph_directions(doc)
    return doc


def set_paragraph_directions(doc: QTextDocument) -> int:
    """Give each paragraph the direction of its own text, as the screen does, where it differs from the page's:
    an English paragraph on an Arabic sheet runs left to right, its full stop at the end and a source's number on
    the left. Returns how many paragraphs were set. Done before the first layout, while edits are cheap."""
    page = doc.defaultTextOption().textDirection()
    directions = {"ltr": Qt.LayoutDirection.LeftToRight, "rtl": Qt.LayoutDirection.RightToLeft}
    changed = 0
    block = doc.begin()
    while block.isValid():
        direction = directions.get(first_strong_direction(block.text()))
        if direction is not None and direction != page:
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(direction)
            QTextCursor(block).mergeBlockFormat(fmt)
            changed += 1
        block = block.next()
    return changed


def paginate(doc: QTextDocument, device: QPaintDevice, body: QSizeF) -> QTextDocument:
    """Lay the document out for `device` in pages of `body` size (device pixels); returns it."""
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(body)
    doc.pageCount()  # lay it out now
    return doc


def make_document(
    html: str,
    device: QPaintDevice,
    body: QSizeF,
    *,
    direction: Qt.LayoutDirection | None = None,
    font: QFont | None = None,
) -> QTextDocument:
    """A document laid out for `device`, paginated into pages of `body` size (device pixels)."""
    return paginate(load_document(html, direction=direction, font=font), device, body)


def _line_page(block: QTextBlock, line_index: int, page_height: float, rect_top: float) -> int:
    line = block.layout().lineAt(line_index)
    return int((rect_top + line.y() + 0.5) // page_height)


def _following_text_block(block: QTextBlock) -> QTextBlock | None:
    nxt = block.next()
    while nxt.isValid() and nxt.layout().lineCount() == 0:
        nxt = nxt.next()
    return nxt if nxt.isValid() else None


def is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() >= 2


def keep_headings_with_text(doc: QTextDocument, *, lines: int = 2, whole: int = 6) -> int:
    """Move each heading that would end a page to the next page; returns how many moved.

    A heading (h2 and below) must share its page with the first `lines` lines of the text that follows it, or with
    all of it when that text is a short block of at most `whole` lines (a comparison's few "How they are linked"
    lines stay together under their heading). When it does not, it gets a page break before it and the document is
    laid out again. Fixes only ever push content down, so one pass from the top is enough. Line positions are read
    only from a finished layout: the lines of a block that is not laid out yet read as empty.
    """
    page_height = doc.pageSize().height()
    if page_height <= 0:
        return 0
    doc.pageCount()  # finishes the layout
    layout = doc.documentLayout()
    moved = 0
    block = doc.begin()
    while block.isValid():
        breaks_before = block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        follower = _following_text_block(block) if is_heading(block) and not breaks_before else None
        if follower is not None and block.layout().lineCount() > 0:
            head_page = _line_page(
                block, block.layout().lineCount() - 1, page_height, layout.blockBoundingRect(block).top()
            )
            count = follower.layout().lineCount()
            last = (count if count <= whole else lines) - 1
            text_page = _line_page(follower, last, page_height, layout.blockBoundingRect(follower).top())
            if text_page > head_page:
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt)
                doc.pageCount()  # lay out again before reading further lines
                moved += 1
        block = block.next()
    return moved


def draw_document_page(painter: QPainter, doc: QTextDocument, index: int, body: QRectF, *, offset: float = 0) -> None:
    """Paint page `index` (0-based) of a paginated document into `body`; `offset` moves it down (title page)."""
    page_height = doc.pageSize().height()
    painter.save()
    painter.translate(QPointF(body.left(), body.top() + offset - index * page_height))
    clip = QRectF(0, index * page_height, body.width(), page_height)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = print_palette()
    doc.documentLayout().draw(painter, context)
    painter.restore()


# --- header and footer ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoration:
    """The words around a page's text: app name and title above, version, date and page number below."""

    header_start: str
    header_end: str
    footer_start: str
    footer_end: str


def draw_decoration(
    painter: QPainter,
    frame: PageFrame,
    decoration: Decoration,
    *,
    muted: str,
    rule: str,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> None:
    """Header text and a hairline rule above the body, footer text below it; mirrored for right-to-left."""
    font = print_font(SMALL_POINT_SIZE)
    rtl = direction == Qt.LayoutDirection.RightToLeft
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    half = frame.header.width() * 0.48
    painter.setPen(QColor(muted))
    for rect, first, second in (
        (frame.header, decoration.header_start, decoration.header_end),
        (frame.footer, decoration.footer_start, decoration.footer_end),
    ):
        bottom = Qt.AlignmentFlag.AlignBottom if rect is frame.header else Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, start | bottom, metrics.elidedText(first, Qt.TextElideMode.ElideRight, half))
        painter.drawText(rect, end | bottom, metrics.elidedText(second, Qt.TextElideMode.ElideRight, half))
    pen = QPen(QColor(rule))
    pen.setWidthF(frame.dpi * 0.4 / 72)
    painter.setPen(pen)
    y = frame.header.bottom() + (frame.body.top() - frame.header.bottom()) * 0.35
    painter.drawLine(QPointF(frame.header.left(), y), QPointF(frame.header.right(), y))
    painter.restore()
