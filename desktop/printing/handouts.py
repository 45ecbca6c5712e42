"""Printed flashcards and class worksheets (issue 20): the pages of `desktop.core.learning.handouts`' data.

Flashcards: eight cards per page (two columns, four rows) with crop marks in the margins; each page of fronts
(title, category) is followed by a page of backs (summary, key fact) whose columns are mirrored, so that a sheet
printed on both sides and flipped on the long edge has each back behind its front.

Worksheets: numbered questions with room to write, laid out by the print module's text document; the answer key
follows on pages of its own, starting on a new sheet of paper (a blank page first when the questions end on a
front side). What is printed goes through `QCoreApplication.translate("Print", …)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen, QTextDocument

from desktop.core.content.model import Glossary
from desktop.core.learning.handouts import CardFace, Worksheet, card_faces, worksheet
from desktop.printing.booklet import RenderError
from desktop.printing.jobs import PrintJob
from desktop.printing.layout import (
    draw_document_page,
    make_document,
    mm_to_px,
    print_font,
)

COLUMNS, ROWS = 2, 4
CARDS_PER_PAGE = COLUMNS * ROWS
CROP_MM = 5.0
"""Length of a crop mark; they stand in the margin, `CROP_GAP_MM` away from the cards."""
CROP_GAP_MM = 1.5
CARD_PADDING_MM = 5.0
MUTED = "#555555"


@dataclass(frozen=True)
class HandoutTexts:
    """The printed words of flashcards and worksheets, in the interface language."""

    worksheet: str = "Worksheet"
    answer_key: str = "Answer key"
    name_date: str = "Name: ______________________    Date: ____________"
    concept_heading: str = "Which concept is this?"
    concept_hint: str = "Circle the concept each description is about."
    myth_heading: str = "Myth or fact?"
    myth_hint: str = "Write M for a myth or F for a fact, and correct each myth in a sentence."
    match_heading: str = "Match each term to its summary"
    match_hint: str = "Write the letter of the right summary next to each term."
    myth: str = "Myth"
    fact: str = "Fact"
    seed: str = "Worksheet number %1"


def handout_texts() -> HandoutTexts:
    return HandoutTexts(
        worksheet=QCoreApplication.translate("Print", "Worksheet"),
        answer_key=QCoreApplication.translate("Print", "Answer key"),
        name_date=QCoreApplication.translate("Print", "Name: ______________________    Date: ____________"),
        concept_heading=QCoreApplication.translate("Print", "Which concept is this?"),
        concept_hint=QCoreApplication.translate("Print", "Circle the concept each description is about."),
        myth_heading=QCoreApplication.translate("Print", "Myth or fact?"),
        myth_hint=QCoreApplication.translate(
            "Print", "Write M for a myth or F for a fact, and correct each myth in a sentence."
        ),
        match_heading=QCoreApplication.translate("Print", "Match each term to its summary"),
        match_hint=QCoreApplication.translate("Print", "Write the letter of the right summary next to each term."),
        myth=QCoreApplication.translate("Print", "Myth"),
        fact=QCoreApplication.translate("Print", "Fact"),
        seed=QCoreApplication.translate("Print", "Worksheet number %1"),
    )


# --- flashcards -----------------------------------------------------------------------------------------------------


def card_slot(index: int, *, back: bool) -> tuple[int, int]:
    """(row, column) of the card with this index on its page; a back page mirrors the columns."""
    row, column = divmod(index % CARDS_PER_PAGE, COLUMNS)
    return row, (COLUMNS - 1 - column) if back else column


def flashcard_pages(count: int) -> int:
    """Pages for `count` cards: a front page and a back page per eight cards."""
    return 2 * -(-count // CARDS_PER_PAGE)


def _grid(device: QPagedPaintDevice) -> tuple[QRectF, float]:
    """The cards' area (inside the crop marks) and the device's resolution."""
    dpi = float(device.logicalDpiY())
    paint = device.pageLayout().paintRectPixels(round(dpi))
    room = mm_to_px(CROP_MM + CROP_GAP_MM, dpi)
    return QRectF(room, room, paint.width() - 2 * room, paint.height() - 2 * room), dpi


def _draw_crop_marks(painter: QPainter, grid: QRectF, dpi: float) -> None:
    pen = QPen(QColor("#000000"))
    pen.setWidthF(dpi * 0.25 / 72)
    painter.setPen(pen)
    gap, length = mm_to_px(CROP_GAP_MM, dpi), mm_to_px(CROP_MM, dpi)
    for column in range(COLUMNS + 1):
        x = grid.left() + grid.width() * column / COLUMNS
        painter.drawLine(QPointF(x, grid.top() - gap), QPointF(x, grid.top() - gap - length))
        painter.drawLine(QPointF(x, grid.bottom() + gap), QPointF(x, grid.bottom() + gap + length))
    for row in range(ROWS + 1):
        y = grid.top() + grid.height() * row / ROWS
        painter.drawLine(QPointF(grid.left() - gap, y), QPointF(grid.left() - gap - length, y))
        painter.drawLine(QPointF(grid.right() + gap, y), QPointF(grid.right() + gap + length, y))


def _fitted(painter: QPainter, rect: QRectF, text: str, font: QFont, flags: int, *, smallest: float = 6.0) -> QFont:
    """The font, made smaller step by step until the text fits the rectangle."""
    fitted = QFont(font)
    while fitted.pointSizeF() > smallest:
        needed = QFontMetricsF(fitted, painter.device()).boundingRect(rect, flags, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width():
            break
        fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
    return fitted


def _draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, *, colour: str, flags: int) -> None:
    painter.setFont(_fitted(painter, rect, text, font, flags))
    painter.setPen(QColor(colour))
    painter.drawText(rect, flags, text)


_WRAP = int(Qt.TextFlag.TextWordWrap)
_CENTRE = int(Qt.AlignmentFlag.AlignHCenter)
_START = int(Qt.AlignmentFlag.AlignLeading)
_TOP, _BOTTOM, _MIDDLE = (
    int(Qt.AlignmentFlag.AlignTop),
    int(Qt.AlignmentFlag.AlignBottom),
    int(Qt.AlignmentFlag.AlignVCenter),
)


def _draw_front(painter: QPainter, rect: QRectF, card: CardFace) -> None:
    title_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.72)
    category_rect = QRectF(rect.left(), title_rect.bottom(), rect.width(), rect.height() * 0.28)
    title_font = print_font(16)
    title_font.setBold(True)
    _draw_text(painter, title_rect, card.title, title_font, colour="#000000", flags=_WRAP | _CENTRE | _BOTTOM)
    _draw_text(painter, category_rect, card.category, print_font(9), colour=MUTED, flags=_WRAP | _CENTRE | _TOP)


def _draw_back(painter: QPainter, rect: QRectF, card: CardFace) -> None:
    if not card.key_fact:
        _draw_text(painter, rect, card.summary, print_font(11), colour="#000000", flags=_WRAP | _START | _MIDDLE)
        return
    summary_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.45)
    fact_rect = QRectF(rect.left(), summary_rect.bottom() + rect.height() * 0.05, rect.width(), rect.height() * 0.5)
    _draw_text(painter, summary_rect, card.summary, print_font(10.5), colour="#000000", flags=_WRAP | _START | _TOP)
    fact_font = print_font(8.5)
    fact_font.setItalic(True)
    _draw_text(painter, fact_rect, card.key_fact, fact_font, colour=MUTED, flags=_WRAP | _START | _TOP)


def paint_flashcards(cards: Sequence[CardFace], device: QPagedPaintDevice) -> int:
    """Draw the cards, fronts then mirrored backs per page of eight; returns the page count."""
    if not cards:
        raise ValueError("no flashcard to print")
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        grid, dpi = _grid(device)
        width, height = grid.width() / COLUMNS, grid.height() / ROWS
        padding = mm_to_px(CARD_PADDING_MM, dpi)
        pages = 0
        for first in range(0, len(cards), CARDS_PER_PAGE):
            group = cards[first : first + CARDS_PER_PAGE]
            for back in (False, True):
                if pages:
                    device.newPage()
                pages += 1
                _draw_crop_marks(painter, grid, dpi)
                for index, card in enumerate(group):
                    row, column = card_slot(index, back=back)
                    cell = QRectF(grid.left() + column * width, grid.top() + row * height, width, height)
                    inner = cell.adjusted(padding, padding, -padding, -padding)
                    (_draw_back if back else _draw_front)(painter, inner, card)
        return pages
    finally:
        painter.end()


# --- worksheets -----------------------------------------------------------------------------------------------------


def _lines(count: int) -> str:
    return "".join(
        '<p style="color:#999999">______________________________________________________________</p>'
        for _ in range(count)
    )


def worksheet_html(sheet: Worksheet, texts: HandoutTexts, title: str) -> str:
    """The questions: numbered, with room to write."""
    number = 0
    parts = [
        f"<h1>{escape(title)}</h1>",
        f'<p style="color:{MUTED}">{escape(texts.seed.replace("%1", str(sheet.seed)))}</p>',
        f"<p>{escape(texts.name_date)}</p>",
    ]
    if sheet.concept:
        parts += [f"<h2>{escape(texts.concept_heading)}</h2>", f"<p><i>{escape(texts.concept_hint)}</i></p>"]
        for item in sheet.concept:
            number += 1
            choices = " &nbsp;&nbsp;○ ".join(escape(choice) for choice in item.choices)
            parts.append(f"<p><b>{number}.</b> {escape(item.stem)}</p><p>&nbsp;&nbsp;&nbsp;○ {choices}</p>")
    if sheet.myths:
        parts += [f"<h2>{escape(texts.myth_heading)}</h2>", f"<p><i>{escape(texts.myth_hint)}</i></p>"]
        for myth in sheet.myths:
            number += 1
            parts.append(f"<p><b>{number}.</b> ____ &nbsp;<b>{escape(myth.term)}:</b> {escape(myth.statement)}</p>")
            parts.append(_lines(1))
    if sheet.matching:
        parts += [f"<h2>{escape(texts.match_heading)}</h2>", f"<p><i>{escape(texts.match_hint)}</i></p>"]
        for term in sheet.matching.terms:
            number += 1
            parts.append(f"<p><b>{number}.</b> ____ &nbsp;{escape(term)}</p>")
        for letter, summary in zip(_letters(len(sheet.matching.summaries)), sheet.matching.summaries, strict=True):
            parts.append(f"<p><b>{letter}.</b> {escape(summary)}</p>")
    return "".join(parts)


def _letters(count: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(count)]


def answer_key_html(sheet: Worksheet, texts: HandoutTexts, title: str) -> str:
    """The answers, numbered as the questions are."""
    number = 0
    parts = [
        f"<h1>{escape(texts.answer_key)}</h1>",
        f"<p>{escape(title)} · {escape(texts.seed.replace('%1', str(sheet.seed)))}</p>",
    ]
    if sheet.concept:
        parts.append(f"<h2>{escape(texts.concept_heading)}</h2>")
        for item in sheet.concept:
            number += 1
            parts.append(f"<p><b>{number}.</b> {escape(item.choices[item.answer])}</p>")
    if sheet.myths:
        parts.append(f"<h2>{escape(texts.myth_heading)}</h2>")
        for myth in sheet.myths:
            number += 1
            verdict = texts.fact if myth.is_fact else texts.myth
            parts.append(f"<p><b>{number}.</b> {escape(verdict)}. {escape(myth.correction)}</p>")
    if sheet.matching:
        parts.append(f"<h2>{escape(texts.match_heading)}</h2>")
        letters = _letters(len(sheet.matching.summaries))
        for term, answer in zip(sheet.matching.terms, sheet.matching.answers, strict=True):
            number += 1
            parts.append(f"<p><b>{number}.</b> {escape(term)}: {letters[answer]}</p>")
    return "".join(parts)


class HandoutRenderer:
    """Paints a job's terms as flashcards or as a worksheet (for the print controller, like `JobRenderer`)."""

    def __init__(self, glossary: Glossary, form: str, *, seed: int, texts: HandoutTexts | None = None) -> None:
        self._glossary = glossary
        self._form = form
        self._seed = seed
        self._texts = texts or handout_texts()

    def render(self, job: PrintJob, device: QPagedPaintDevice, *, abort_on_cancel: bool = False) -> int:
        """Paint the job; `RenderError` when its terms give nothing to print or the device refuses."""
        del abort_on_cancel  # a few pages: painted at once, nothing to cancel midway
        try:
            if self._form == "flashcards":
                return paint_flashcards(card_faces(self._glossary, job.term_ids), device)
            sheet = worksheet(self._glossary, job.term_ids, seed=self._seed)
            title = f"{self._texts.worksheet}: {job.title}"
            return paint_worksheet(sheet, device, title=title, texts=self._texts).total
        except (ValueError, OSError) as exc:
            raise RenderError(str(exc)) from None


@dataclass(frozen=True)
class WorksheetPages:
    questions: int
    blank: bool
    answers: int

    @property
    def total(self) -> int:
        return self.questions + int(self.blank) + self.answers


def paint_worksheet(sheet: Worksheet, device: QPagedPaintDevice, *, title: str, texts: HandoutTexts) -> WorksheetPages:
    """Draw the questions, then (from a new sheet of paper) the answer key."""
    dpi = float(device.logicalDpiY())
    paint = device.pageLayout().paintRectPixels(round(dpi))
    body = QRectF(0, 0, paint.width(), paint.height())
    documents: list[QTextDocument] = [
        make_document(worksheet_html(sheet, texts, title), device, body.size()),
        make_document(answer_key_html(sheet, texts, title), device, body.size()),
    ]
    questions, answers = documents[0].pageCount(), documents[1].pageCount()
    layout = WorksheetPages(questions, questions % 2 == 1, answers)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        first = True
        for document in documents:
            if document is documents[1] and layout.blank:
                device.newPage()  # the back of the last question page stays empty
            for index in range(document.pageCount()):
                if not first:
                    device.newPage()
                first = False
                draw_document_page(painter, document, index, body)
    finally:
        painter.end()
    return layout
