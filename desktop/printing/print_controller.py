"""The window's printing: Print…, Print Preview…, Export PDF…, Print Booklet… and the paper size.

A plain controller handed everything it needs: the window (parent of its dialogs), the glossary (or a callable for
the current one), callables for what is shown and what is selected, and the settings (paper size, last export
folder). Modal dialogs go through `PrintDialogs`, which tests replace, so no test ever runs a dialog's `exec()`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMenu, QProgressDialog, QWidget

from desktop import APP_NAME
from desktop.core.content.model import Glossary
from desktop.core.learning.anki import AnkiExportError, write_deck
from desktop.printing.booklet import CancelledError, JobRenderer, Progress, RenderError
from desktop.printing.booklet_dialog import EXPORT, PREVIEW, PRINT, BookletDialog
from desktop.printing.handouts import HandoutRenderer
from desktop.printing.jobs import (
    ComparisonSection,
    PrintJob,
    Section,
    TermSection,
    comparison_section,
    section_title,
)
from desktop.printing.layout import PAPERS, default_paper, page_layout, paper_of
from desktop.printing.pdf import ExportError, write_pdf
from desktop.printing.print_dialogs import PrintDialogs, export_button_text, no_printer_text
from desktop.printing.texts import english_plural, print_texts
from desktop.ui.labels import translated_labels
from desktop.ui.settings import AppSettings

PAPER_KEY = "print/paper"
EXPORT_DIR_KEY = "print/export_dir"
PROGRESS_PAGES = 5
"""Jobs longer than this many pages (or sections) show a progress dialog with Cancel."""


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text.casefold()).strip("-")
    return slug or "alignment-atlas"


class PrintController(QObject):
    """Printing for the main window.

    Signals:
        status_message(str): a one-line result for the status bar.
        progress_shown(object): the QProgressDialog of a long job, when it appears.
    """

    status_message = Signal(str)
    progress_shown = Signal(object)

    def __init__(
        self,
        *,
        parent: QWidget,
        glossary: Glossary | Callable[[], Glossary],
        current: Callable[[], Section | None],
        selection: Callable[[], Sequence[str]] = list,
        bookmarks: Callable[[], Sequence[str]] = list,
        scope: Callable[[], tuple[str, str]] = lambda: ("all", ""),
        settings: AppSettings,
        dialogs: PrintDialogs | None = None,
        printer_names: Callable[[], list[str]] = QPrinterInfo.availablePrinterNames,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._glossary = glossary if callable(glossary) else (lambda: glossary)
        self._current = current
        self._selection = selection
        self._bookmarks = bookmarks
        self._scope = scope
        self._settings = settings
        self.dialogs = dialogs or PrintDialogs()
        self._printer_names = printer_names
        self._progress: QProgressDialog | None = None
        self._default_paper = ""

        self.print_action = self._action(self.print_current, QKeySequence.StandardKey.Print)
        self.preview_action = self._action(self.preview_current)
        self.export_action = self._action(self.export_current)
        self.booklet_action = self._action(self.print_booklet)
        self.anki_action = self._action(self.export_anki)
        self._form = "sheets"
        """What the booklet being handled prints as: term sheets, flashcards or a worksheet (see BookletRequest)."""
        self.paper_menu = QMenu(parent)
        self._paper_group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for name in PAPERS:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(self._on_paper_chosen)
            self._paper_group.addAction(action)
            self.paper_menu.addAction(action)
            self.paper_actions[name] = action
        self.paper_actions[self.paper].setChecked(True)
        self.retranslate()

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence("Ctrl+P")])
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        """Print…, Print Preview…, Export PDF…, Print Booklet…, in File-menu order."""
        return [self.print_action, self.preview_action, self.export_action, self.booklet_action, self.anki_action]

    def retranslate(self) -> None:
        self.anki_action.setText(self.tr("Export to &Anki…"))
        self.anki_action.setToolTip(self.tr("Save terms as an Anki deck; a newer export updates the cards"))
        self.print_action.setText(self.tr("&Print…"))
        self.preview_action.setText(self.tr("Print Pre&view…"))
        self.export_action.setText(self.tr("Export P&DF…"))
        self.booklet_action.setText(self.tr("Print &Booklet…"))
        self.print_action.setToolTip(self.tr("Print the term or comparison on screen"))
        self.booklet_action.setToolTip(self.tr("Print several terms with a title page and contents"))
        self.paper_menu.setTitle(self.tr("Paper &Size"))
        self.paper_actions["A4"].setText(self.tr("A4"))
        self.paper_actions["Letter"].setText(self.tr("US Letter"))

    no_printer_text = staticmethod(no_printer_text)
    export_button_text = staticmethod(export_button_text)

    # --- settings -----------------------------------------------------------------------------------------------

    @property
    def paper(self) -> str:
        value = self._settings.qsettings.value(PAPER_KEY, "")
        if isinstance(value, str) and value in PAPERS:
            return value
        if not self._default_paper:  # asked once: a printer system can be slow to answer
            printer = QPrinterInfo.defaultPrinter()
            self._default_paper = default_paper(None if printer.isNull() else printer.defaultPageSize())
        return self._default_paper

    def set_paper(self, paper: str) -> None:
        if paper in PAPERS:
            self._settings.qsettings.setValue(PAPER_KEY, paper)
            self.paper_actions[paper].setChecked(True)

    @Slot()
    def _on_paper_chosen(self) -> None:
        action = self._paper_group.checkedAction()
        if action is not None:
            self.set_paper(str(action.data()))

    def _export_dir(self) -> str:
        value = self._settings.qsettings.value(EXPORT_DIR_KEY, "")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    # --- jobs ---------------------------------------------------------------------------------------------------

    def current_job(self) -> PrintJob | None:
        """The term sheet or comparison handout for what the window shows, if anything."""
        section = self._current()
        glossary = self._glossary()
        if isinstance(section, TermSection) and section.term_id in glossary.terms:
            return PrintJob(title=section_title(glossary, section), sections=(section,))
        if isinstance(section, ComparisonSection) and all(t in glossary.terms for t in section.term_ids):
            if not section.comparison_id:  # the comparison view knows the terms; find their curated comparison
                section = comparison_section(glossary, section.term_ids)
            return PrintJob(title=section_title(glossary, section), sections=(section,))
        return None

    def _renderer(self, job: PrintJob) -> JobRenderer | HandoutRenderer:
        if self._form != "sheets":
            return HandoutRenderer(self._glossary(), self._form, seed=random.randrange(1, 10_000))
        return JobRenderer(
            self._glossary(), labels=translated_labels(), texts=print_texts(), progress=self._progress_for(job)
        )

    def _progress_for(self, job: PrintJob) -> Callable[[Progress], bool]:
        def report(progress: Progress) -> bool:
            if self._progress is None and (progress.total > PROGRESS_PAGES or len(job.sections) > PROGRESS_PAGES):
                self._progress = self._new_progress_dialog()
            current = self._progress
            if current is None:
                return True
            if current.wasCanceled():
                return False
            if progress.phase == "layout":
                current.setLabelText(self.tr("Preparing “%1”…").replace("%1", job.title))
            else:
                page = self.tr("Page %1 of %2").replace("%1", str(progress.done + 1))
                current.setLabelText(page.replace("%2", str(progress.total)))
            current.setMaximum(max(1, progress.total))
            current.setValue(progress.done)
            return not current.wasCanceled()

        return report

    def _new_progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Printing"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setMinimumDuration(0)
        # Window-modal: only then does setValue() let the event loop run, so the dialog paints, follows the pages
        # and takes Cancel while a long job is being painted (a plain one stayed blank until the job ended).
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_shown.emit(dialog)
        return dialog

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _printer(self, job: PrintJob) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper, QPageLayout.Orientation.Portrait))
        printer.setDocName(job.title)
        printer.setCreator(APP_NAME)
        return printer

    # --- actions ------------------------------------------------------------------------------------------------

    def _job_or_say(self) -> PrintJob | None:
        job = self.current_job()
        if job is None:
            self.status_message.emit(self.tr("Open a term or a comparison to print it."))
        return job

    @Slot()
    def print_current(self) -> None:
        job = self._job_or_say()
        if job is not None:
            self.print_job(job)

    @Slot()
    def preview_current(self) -> None:
        job = self._job_or_say()
        if job is not None:
            self.preview_job(job)

    @Slot()
    def export_current(self) -> None:
        job = self._job_or_say()
        if job is not None:
            self.export_job(job)

    @Slot()
    def print_booklet(self) -> None:
        dialog = BookletDialog(
            glossary=self._glossary(),
            selection=self._selection(),
            bookmarks=self._bookmarks(),
            scope=self._scope(),
            parent=self._window,
        )
        request = self.dialogs.booklet(self._window, dialog)
        dialog.deleteLater()
        if request is None:
            return
        self._form = request.form
        try:
            if request.action == PREVIEW:
                self.preview_job(request.job)
            elif request.action == PRINT:
                self.print_job(request.job)
            elif request.action == EXPORT:
                self.export_job(request.job)
        finally:
            self._form = "sheets"

    @Slot()
    def export_anki(self) -> None:
        """File → Export to Anki…: choose the terms as for a booklet, then the file; one note per term."""
        dialog = BookletDialog(
            glossary=self._glossary(),
            selection=self._selection(),
            bookmarks=self._bookmarks(),
            scope=self._scope(),
            anki=True,
            parent=self._window,
        )
        request = self.dialogs.booklet(self._window, dialog)
        dialog.deleteLater()
        if request is None:
            return
        suggested = str(Path(self._export_dir()) / f"{_slug(request.job.title)}.apkg")
        path = self.dialogs.save_path(
            self._window, self.tr("Export to Anki"), suggested, self.tr("Anki decks (*.apkg)")
        )
        if not path:
            return
        if not path.lower().endswith(".apkg"):
            path += ".apkg"
        try:
            notes = write_deck(self._glossary(), request.job.term_ids, Path(path), deck_name=request.job.title)
        except AnkiExportError as exc:
            self.dialogs.error(self._window, self.tr("Export failed"), str(exc))
            return
        self._settings.qsettings.setValue(EXPORT_DIR_KEY, str(Path(path).parent))
        text = self.tr("Wrote %n card(s) to %1.", "", notes)
        self.status_message.emit(
            english_plural(text, "Wrote %n card(s) to %1.", notes, ("card", "cards")).replace("%1", path)
        )

    def print_job(self, job: PrintJob) -> None:
        """Print through the print dialog; with no printer installed, offer a PDF instead."""
        if not self._printer_names():
            if self.dialogs.offer_pdf(self._window):
                self.export_job(job)
            return
        printer = self._printer(job)
        if not self.dialogs.print_dialog(self._window, printer):
            return
        paper = paper_of(printer.pageLayout().pageSize())
        if paper:
            self.set_paper(paper)
        self.render_to(job, printer)

    def render_to(self, job: PrintJob, printer: QPrinter) -> int:
        """Paint the job on a printer; returns the pages printed (0 when cancelled or failed)."""
        try:
            pages = self._renderer(job).render(job, printer, abort_on_cancel=True)
        except CancelledError:
            self._discard_printer_file(printer)
            self.status_message.emit(self.tr("Printing cancelled."))
            return 0
        except RenderError as exc:
            self._discard_printer_file(printer)
            self.dialogs.error(self._window, self.tr("Printing failed"), str(exc))
            return 0
        finally:
            self._close_progress()
        text = self.tr("Sent %n page(s) to the printer.", "", pages)
        self.status_message.emit(english_plural(text, "Sent %n page(s) to the printer.", pages, ("page", "pages")))
        return pages

    @staticmethod
    def _discard_printer_file(printer: QPrinter) -> None:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)

    def preview_job(self, job: PrintJob) -> None:
        printer = self._printer(job)
        self.dialogs.preview(self._window, printer, lambda device: self.paint_preview(job, device))

    def paint_preview(self, job: PrintJob, printer: QPrinter) -> int:
        """The preview dialog's paintRequested: paint every page (cancelling leaves the preview short)."""
        try:
            return self._renderer(job).render(job, printer)
        except (CancelledError, RenderError):
            return 0
        finally:
            self._close_progress()

    def export_job(self, job: PrintJob) -> None:
        suggested = str(Path(self._export_dir()) / f"{self._file_stem(job)}.pdf")
        path = self.dialogs.save_path(self._window, self.tr("Export PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_to(job, Path(path))

    def _file_stem(self, job: PrintJob) -> str:
        if len(job.sections) == 1 and isinstance(job.sections[0], TermSection):
            return job.sections[0].term_id
        if len(job.sections) == 1 and isinstance(job.sections[0], ComparisonSection) and job.sections[0].comparison_id:
            return job.sections[0].comparison_id
        return _slug(job.title)

    def export_to(self, job: PrintJob, path: Path) -> int:
        """Write the PDF (all or nothing); returns the pages written, 0 when cancelled or failed."""
        try:
            pages = write_pdf(job, path, self._renderer(job), paper=self.paper)
        except CancelledError:
            self.status_message.emit(self.tr("Export cancelled; no file was written."))
            return 0
        except (ExportError, RenderError) as exc:
            self.dialogs.error(self._window, self.tr("Export failed"), str(exc))
            return 0
        finally:
            self._close_progress()
        self._settings.qsettings.setValue(EXPORT_DIR_KEY, str(path.parent))
        text = english_plural(
            self.tr("Wrote %n page(s) to %1.", "", pages), "Wrote %n page(s) to %1.", pages, ("page", "pages")
        )
        self.status_message.emit(text.replace("%1", str(path)))
        return pages
