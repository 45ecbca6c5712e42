"""Painting a print job on any paged device: a PDF writer, a printer, or the print preview's printer.

Each section (a term or a comparison) is its own document, laid out by the one document builder and starting on a
new page, except in a booklet, where a short term entry (a pack's one-paragraph entries: at most `SHORT` of a page)
shares the page of the short entries before it while it fits. A booklet adds a title page and a table of contents
whose page numbers come from a first pass that lays every section out and measures it; the second pass paints.
Comparisons pick their orientation: landscape for
three columns or when the table fits one landscape page but not one portrait page. Headers and footers are drawn
on every page except the title page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPageLayout, QPaintEngine, QPainter, QTextDocument

from desktop.core.content.compare import compare_terms
from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary, LearningPath
from desktop.document import PRINT_STYLE, DocumentBuilder, Labels, Style, TermContext
from desktop.printing.jobs import ComparisonSection, PrintJob, Section, TermSection, section_title
from desktop.printing.layout import (
    LINK_COLOUR,
    Decoration,
    PageFrame,
    draw_decoration,
    draw_document_page,
    keep_headings_with_text,
    load_document,
    make_document,
    page_frame,
    paginate,
    print_font,
    with_orientation,
)
from desktop.printing.links import name_first_block, relink, section_anchor, term_anchor
from desktop.printing.map_print import PrintedMap, draw_map_page, prepare_map
from desktop.printing.placement import Page, place
from desktop.printing.texts import PrintTexts

Orientation = QPageLayout.Orientation
SPILL = 0.2
"""A last page filled less than this (a fraction of a page) is worth saving by setting the text a little smaller."""
SHRUNK_POINT_SIZE = 8.5


@dataclass(frozen=True)
class Progress:
    """`phase` is "layout" while sections are laid out (counting sections), then "pages" (counting pages)."""

    phase: str
    done: int
    total: int


ProgressCallback = Callable[[Progress], bool]
"""Called as work advances; returning False cancels."""


class CancelledError(Exception):
    """The person cancelled; painting stopped."""


class RenderError(RuntimeError):
    """The device refused to paint (a printer that went away, a device that cannot start a page)."""


@dataclass
class Laid:
    """One section after layout: its page count and orientation, and its document while it is kept."""

    section: Section
    title: str
    subtitle: str
    anchor: str
    orientation: Orientation
    pages: int
    doc: QTextDocument | None
    height: float = 0.0
    """The document's height as a fraction of the page's text area."""


def today() -> str:
    return QDate.currentDate().toString(Qt.DateFormat.ISODate)


class JobRenderer:
    """Lays out and paints print jobs for one glossary, with translated labels."""

    def __init__(
        self,
        glossary: Glossary,
        *,
        labels: Labels | None = None,
        texts: PrintTexts | None = None,
        date: str = "",
        style: Style = PRINT_STYLE,
        progress: ProgressCallback | None = None,
        keep_documents: int = 300,
    ) -> None:
        self._glossary = glossary
        self._builder = DocumentBuilder(glossary, labels=labels, style=style)
        self._texts = texts or PrintTexts()
        self._date = date or today()
        self._style = style
        self._progress = progress
        self._keep = keep_documents
        self._direction = QGuiApplication.layoutDirection()

    # --- progress -----------------------------------------------------------------------------------------------

    def _report(self, phase: str, done: int, total: int) -> None:
        if self._progress is not None and not self._progress(Progress(phase, done, total)):
            raise CancelledError

    # --- documents ----------------------------------------------------------------------------------------------

    def _document(
        self,
        html: str,
        device: QPagedPaintDevice,
        frame: PageFrame,
        printed: frozenset[str],
        *,
        anchor: str = "",
        fit: bool = False,
    ) -> QTextDocument:
        """The laid-out document; with `fit`, a few lines spilling onto a last page are pulled back in.

        When the last page would hold less than `SPILL` of a page, the text is set a little smaller
        (`SHRUNK_POINT_SIZE`) if that saves the page: better than a sheet whose second page has two lines.
        """
        doc = self._prepared(html, device, frame, printed=printed, anchor=anchor, font=print_font())
        pages = doc.pageCount()
        spill = doc.size().height() / frame.body.height() - (pages - 1)
        if fit and pages > 1 and spill < SPILL:
            smaller = self._prepared(
                html, device, frame, printed=printed, anchor=anchor, font=print_font(SHRUNK_POINT_SIZE)
            )
            if smaller.pageCount() < pages:
                return smaller
        return doc

    def _prepared(
        self,
        html: str,
        device: QPagedPaintDevice,
        frame: PageFrame,
        *,
        printed: frozenset[str],
        anchor: str,
        font: QFont,
        relinks: bool = True,
    ) -> QTextDocument:
        doc = load_document(html, direction=self._direction, font=font)
        if relinks:
            relink(doc, printed)
        if anchor:
            name_first_block(doc, anchor)
        paginate(doc, device, frame.body_size)
        keep_headings_with_text(doc)
        return doc

    def _lay_out(
        self,
        section: Section,
        index: int,
        device: QPagedPaintDevice,
        base: QPageLayout,
        printed: frozenset[str],
        *,
        free: bool,
        path: LearningPath | None = None,
    ) -> Laid:
        """Lay one section out; `free` lets a comparison choose its orientation (else it keeps the base one). In a
        learning path's booklet (`path`) a term ends with its step number and the next step."""
        dpi = device.logicalDpiY()
        title = section_title(self._glossary, section)
        if isinstance(section, TermSection):
            term = self._glossary.term(section.term_id)
            html = self._builder.term_html(term, TermContext(interactive=False, path=path))
            frame = page_frame(with_orientation(base, base.orientation()), dpi)
            doc = self._document(html, device, frame, printed, anchor=term_anchor(term.id), fit=True)
            subtitle = self._glossary.category_title(term.category)
            height = doc.size().height() / frame.body.height()
            return Laid(
                section, title, subtitle, term_anchor(term.id), base.orientation(), doc.pageCount(), doc, height
            )
        table = compare_terms(
            self._glossary, section.term_ids, curated=self._glossary.comparisons.get(section.comparison_id)
        )
        html = self._builder.comparison_html(table, interactive=False)
        if not free:
            orientations = [base.orientation()]
        elif len(section.term_ids) >= 3:
            orientations = [Orientation.Landscape]
        else:
            orientations = [Orientation.Portrait, Orientation.Landscape]
        best: tuple[Orientation, QTextDocument] | None = None
        for orientation in orientations:
            frame = page_frame(with_orientation(base, orientation), dpi)
            doc = self._document(html, device, frame, printed, anchor=section_anchor(index), fit=True)
            if best is None or doc.pageCount() < best[1].pageCount():
                best = (orientation, doc)
            if doc.pageCount() == 1:
                break
        assert best is not None
        return Laid(section, title, "", section_anchor(index), best[0], best[1].pageCount(), best[1])

    def _title_html(self, job: PrintJob) -> str:
        muted = self._style.muted
        texts = self._texts
        terms = sum(isinstance(s, TermSection) for s in job.sections)
        comparisons = sum(isinstance(s, ComparisonSection) for s in job.sections)
        facts = [texts.count_terms(terms)] if terms else []
        if comparisons:
            facts.append(texts.count_comparisons(comparisons))
        facts += [texts.version(self._glossary.meta.content_version), self._date]
        parts = [
            f'<p align="center" style="color:{muted}; font-size:13pt">{escape(texts.app_name)}</p>',
            f'<p align="center" style="font-size:26pt; font-weight:bold; margin-top:10px; margin-bottom:18px">'
            f"{escape(job.title)}</p>",
        ]
        if job.description:
            parts.append(f'<p align="center" style="font-size:12pt">{escape(plain_text(job.description))}</p>')
        parts.append(f'<p align="center" style="color:{muted}; margin-top:24px">{escape(" · ".join(facts))}</p>')
        return "".join(parts)

    def _contents_html(self, laid: list[Laid], numbers: list[int], *, steps: bool = False) -> str:
        """The contents; with `steps` (a learning path) each entry has its step number."""
        muted = self._style.muted
        rows = []
        link_style = f"color:{LINK_COLOUR}; text-decoration:none"
        for step, (entry, number) in enumerate(zip(laid, numbers, strict=True), 1):
            subtitle = f' <span style="color:{muted}">· {escape(entry.subtitle)}</span>' if entry.subtitle else ""
            title = f"{step}. {entry.title}" if steps else entry.title
            rows.append(
                f'<tr><td><a href="#{entry.anchor}" style="{link_style}">{escape(title)}</a>{subtitle}</td>'
                f'<td width="12%" align="right">{number}</td></tr>'
            )
        return (
            f"<h1>{escape(self._texts.contents)}</h1>"
            f'<table width="100%" cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
        )

    # --- the job ------------------------------------------------------------------------------------------------

    def render(self, job: PrintJob, device: QPagedPaintDevice, *, abort_on_cancel: bool = False) -> int:
        """Paint the job on `device` (its paper and orientation are the base); returns the number of pages.

        `abort_on_cancel`: on a cancel, abort the print run (a printer's `abort()`) so no half job is printed.
        """
        base = device.pageLayout()
        dpi = device.logicalDpiY()
        printed = frozenset(job.term_ids) if job.booklet else frozenset()
        keep = len(job.sections) <= self._keep
        # PDF output may change orientation between pages; a printer (and the preview) only before the first page.
        engine = device.paintEngine()
        switchable = engine is not None and engine.type() == QPaintEngine.Type.Pdf

        def free(index: int) -> bool:
            return switchable or (index == 0 and not job.booklet)

        path = self._glossary.paths.get(job.path_id) if job.path_id else None
        laid: list[Laid] = []
        total_sections = len(job.sections)
        for index, section in enumerate(job.sections):
            self._report("layout", index, total_sections)
            entry = self._lay_out(section, index, device, base, printed, free=free(index), path=path)
            if not keep:
                entry.doc = None
            laid.append(entry)
        self._report("layout", total_sections, total_sections)

        placed = place(laid, share=job.booklet)
        portrait = page_frame(with_orientation(base, base.orientation()), dpi)
        printed_map = self._booklet_map(job)
        title_doc, contents_doc = (
            self._front_matter(job, laid, placed, device, portrait, maps=int(printed_map is not None))
            if job.booklet
            else (None, None)
        )
        front = 1 + contents_doc.pageCount() + int(printed_map is not None) if contents_doc is not None else 0
        total = front + sum(len(pages) for pages in placed)

        writer = PageWriter(device, base)
        try:
            if title_doc is not None and contents_doc is not None:
                frame = writer.next_page(base.orientation())
                offset = max(0.0, (frame.body.height() - title_doc.size().height()) * 0.38)
                draw_document_page(writer.painter, title_doc, 0, frame.body, offset=offset)
                self._paint(
                    writer,
                    [(contents_doc, index, 0.0) for index in range(contents_doc.pageCount())],
                    base.orientation(),
                    job,
                    total,
                )
                if printed_map is not None:
                    self._paint_map(writer, printed_map, base if not switchable else None, job, total)
            for pages in placed:
                for page in pages:
                    stack = []
                    for index, top in zip(page.entries, page.tops, strict=True):
                        entry = laid[index]
                        doc = (
                            entry.doc
                            or self._lay_out(
                                entry.section, index, device, base, printed, free=free(index), path=path
                            ).doc
                        )
                        assert doc is not None
                        entry.doc = doc if page.first_page < entry.pages - 1 else None  # freed once painted
                        stack.append((doc, page.first_page, top))
                    heading = self._running_head(job, [laid[index].title for index in page.entries])
                    self._paint(writer, stack, laid[page.entries[0]].orientation, job, total, heading=heading)
        except CancelledError:
            if abort_on_cancel:
                writer.abort()
            raise
        finally:
            writer.finish()
        return writer.count

    def _front_matter(
        self,
        job: PrintJob,
        laid: list[Laid],
        placed: list[list[Page]],
        device: QPagedPaintDevice,
        portrait: PageFrame,
        *,
        maps: int = 0,
    ) -> tuple[QTextDocument, QTextDocument]:
        """The title page and the contents, whose page numbers count the title page, the contents themselves and
        the `maps` pages after them."""
        title_doc = make_document(self._title_html(job), device, portrait.body_size, direction=self._direction)
        contents_pages = 0
        numbers = [0] * len(laid)
        contents_doc = None
        for _ in range(3):  # the contents' own length decides where the sections start
            html = self._contents_html(
                laid, numbers, steps=bool(job.path_id)
            )  # its links are already internal and print-coloured
            contents_doc = self._prepared(
                html, device, portrait, printed=frozenset(), anchor="", font=print_font(), relinks=False
            )
            if contents_doc.pageCount() == contents_pages:
                break
            contents_pages = contents_doc.pageCount()
            page = 1 + contents_pages + maps + 1
            for i in range(len(laid)):
                if not placed[i]:  # on the page of the entry before it
                    numbers[i] = page - 1
                    continue
                numbers[i] = page
                page += len(placed[i])
        assert contents_doc is not None
        return title_doc, contents_doc

    def _paint(
        self,
        writer: PageWriter,
        stack: list[tuple[QTextDocument, int, float]],
        orientation: Orientation,
        job: PrintJob,
        total: int,
        *,
        heading: str = "",
    ) -> None:
        """Paint pages: each item of `stack` is (document, its page to paint, top as a fraction of the text area);
        items that share a top of 0.0 after the first start new pages. `heading` is the header's title (the job's
        title when empty)."""
        footer = self._footer()
        frame: PageFrame | None = None
        for doc, index, top in stack:
            if frame is None or top == 0.0:
                if frame is not None:
                    self._decorate(writer, frame, heading or job.title, footer, total)
                self._report("pages", writer.count, total)
                frame = writer.next_page(orientation)
            draw_document_page(writer.painter, doc, index, frame.body, offset=top * frame.body.height())
        if frame is not None:
            self._decorate(writer, frame, heading or job.title, footer, total)

    def _booklet_map(self, job: PrintJob) -> PrintedMap | None:
        """A path's or a category's booklet starts with its concept map (None for other jobs, or a map too big)."""
        if not job.booklet or not (job.path_id or job.category_id):
            return None
        from desktop.core.concept_map.graph import ConceptGraph  # noqa: PLC0415 - only for these booklets

        graph = ConceptGraph(self._glossary)
        view = graph.path(job.path_id) if job.path_id else graph.category(job.category_id)
        if view.truncated:
            return None
        return prepare_map(self._glossary, view)

    def _paint_map(
        self, writer: PageWriter, printed: PrintedMap, fixed: QPageLayout | None, job: PrintJob, total: int
    ) -> None:
        """The map's page: in the map's own orientation, or the device's (`fixed`) when it cannot switch."""
        from desktop.ui.labels import edge_kind_labels, map_title  # noqa: PLC0415 - translated words

        frame = writer.next_page(fixed.orientation() if fixed is not None else printed.orientation)
        title = map_title(self._glossary, printed.layout.view.key)
        draw_map_page(writer.painter, frame.body, printed, title=title, kind_labels=edge_kind_labels(), heading_size=13)
        self._decorate(writer, frame, job.title, self._footer(), total)

    def _footer(self) -> str:
        return f"{self._texts.version(self._glossary.meta.content_version)} · {self._date}"

    @staticmethod
    def _running_head(job: PrintJob, titles: list[str]) -> str:
        """A booklet page's header names what is on it, as a dictionary's running head does: "Booklet · Term", or
        the first and last of the short entries sharing the page. A single sheet's header is its title."""
        if not job.booklet or not titles:
            return job.title
        shown = titles[0] if len(titles) == 1 else f"{titles[0]} – {titles[-1]}"
        return f"{job.title} · {shown}"

    def _decorate(self, writer: PageWriter, frame: PageFrame, title: str, footer: str, total: int) -> None:
        texts = self._texts
        decoration = Decoration(texts.app_name, title, footer, texts.page(writer.count, total))
        draw_decoration(
            writer.painter, frame, decoration, muted=self._style.muted, rule=self._style.rule, direction=self._direction
        )


class PageWriter:
    """Starts pages one after another on a device, switching orientation between pages when asked."""

    def __init__(self, device: QPagedPaintDevice, base: QPageLayout) -> None:
        self._device = device
        self._base = base
        self._orientation: Orientation | None = None
        self.painter = QPainter()
        self.count = 0

    def next_page(self, orientation: Orientation) -> PageFrame:
        layout = with_orientation(self._base, orientation)
        if self.count == 0:
            self._device.setPageLayout(layout)
            if not self.painter.begin(self._device):
                raise RenderError("the printer or file could not be opened for painting")
        else:
            if orientation != self._orientation:
                self._device.setPageLayout(layout)
            if not self._device.newPage():
                raise RenderError("the printer could not start a new page")
        self._orientation = orientation
        self.count += 1
        return page_frame(layout, self._device.logicalDpiY())

    def abort(self) -> None:
        abort = getattr(self._device, "abort", None)  # QPrinter has it; a PDF writer is discarded by its caller
        if callable(abort) and self.painter.isActive():
            abort()

    def finish(self) -> None:
        if self.painter.isActive():
            self.painter.end()
        if self._orientation is not None and self._orientation != self._base.orientation():
            self._device.setPageLayout(self._base)
