"""`alignment-atlas selftest`: open the real window offscreen, show everything once, print one sheet, report.

Made for the bundle: it proves that the frozen app finds its content, its compiled translations, its icon (the SVG
icon engine plugin) and the print path, without a display and without touching the person's settings. One line
on stdout when everything worked (exit 0); the error on stderr otherwise (exit 1).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.core.content.model import Glossary, Term
    from desktop.ui.main_window import MainWindow

SHEET_TERM = "rlhf"  # the term whose sheet is printed; any term when the content has no such id


class SelftestError(Exception):
    """Something the app needs is missing or broken; the message says what."""


@dataclass(frozen=True)
class Report:
    terms: int
    comparisons: int
    sheet_term: str
    sheet_pages: int
    sheet_bytes: int
    language: str
    platform: str
    seconds: float

    def line(self) -> str:
        return (
            f"selftest: ok: {self.terms} terms and {self.comparisons} comparisons shown, "
            f"term sheet '{self.sheet_term}' printed ({self.sheet_pages} page{'s' if self.sheet_pages != 1 else ''}, "
            f"{self.sheet_bytes // 1024} KB PDF), language {self.language}, platform {self.platform}, "
            f"{self.seconds:.2f} s"
        )


def run_selftest(*, lang: str = "en", out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the self-test; 0 and a one-line summary on `out`, or 1 and the error on `err`."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="alignment-atlas-selftest-") as scratch:
            report = _run(lang, Path(scratch), started)
    except Exception as exc:  # every failure is reported, none escapes as a traceback dialog
        if isinstance(exc, SelftestError):
            err.write(f"selftest: FAILED: {exc}\n")
        else:
            detail = "".join(traceback.format_exception_only(exc)).strip()
            err.write(f"selftest: FAILED: {detail}\n" + "".join(traceback.format_exception(exc)))
        err.flush()
        return 1
    out.write(report.line() + "\n")
    out.flush()
    return 0


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from desktop import APP_NAME  # noqa: PLC0415

    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise SelftestError("a non-widget Qt application is already running")
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never flash a window on the person's screen
    app = QApplication([sys.argv[0] if sys.argv else "alignment-atlas"])
    app.setApplicationName(APP_NAME)
    return app


def _run(lang: str, scratch: Path, started: float) -> Report:
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QIcon  # noqa: PLC0415

    from desktop import resources  # noqa: PLC0415
    from desktop.content import load_content  # noqa: PLC0415
    from desktop.ui.i18n import LanguageSwitcher  # noqa: PLC0415
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415
    from desktop.ui.settings import AppSettings  # noqa: PLC0415

    app = _application()

    icon_file = resources.icon_path("alignment-atlas.svg")
    if not icon_file.is_file():
        raise SelftestError(f"the application icon is missing: {icon_file}")
    if QIcon(str(icon_file)).pixmap(64, 64).isNull():
        raise SelftestError(f"the application icon cannot be drawn (no SVG icon engine?): {icon_file}")

    languages = LanguageSwitcher(app)
    language = languages.apply(lang)
    _check_translations(language)

    glossary = load_content(language)
    if glossary.problems:
        raise SelftestError(
            f"the bundled content has {len(glossary.problems)} problem(s), first: {glossary.problems[0]}"
        )
    if not glossary.terms:
        raise SelftestError(f"no terms found in {resources.glossary_dir()}")

    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(glossary=glossary, settings=settings, languages=languages, load_content=load_content)
    try:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        _show_everything(window, glossary, app)
    finally:
        window.hide()  # not close(): nothing to remember from a self-test
        window.deleteLater()
        app.processEvents()

    sheet_term = glossary.terms.get(SHEET_TERM) or next(iter(glossary.terms.values()))
    pages, size = print_term_sheet(glossary, sheet_term)
    return Report(
        terms=len(glossary.terms),
        comparisons=len(glossary.comparisons),
        sheet_term=sheet_term.id,
        sheet_pages=pages,
        sheet_bytes=size,
        language=language,
        platform=QGuiApplication.platformName(),
        seconds=time.monotonic() - started,
    )


def _check_translations(language: str) -> None:
    """The compiled interface translation for the language is in the bundle and Qt can read it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415

    from desktop import resources  # noqa: PLC0415

    qm = resources.translation_file(language)
    if not qm.is_file():
        raise SelftestError(f"the compiled translation is missing: {qm}")
    translator = QTranslator()
    if not translator.load(str(qm)) or translator.isEmpty():
        raise SelftestError(f"the compiled translation cannot be read: {qm}")
    if language != "en":  # Qt's own strings (standard buttons, dialogs) come from qtbase_<lang>
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not QTranslator().load(f"qtbase_{language}", qt_dir):
            raise SelftestError(f"Qt's own translation qtbase_{language}.qm is missing from {qt_dir}")


def _show_everything(window: MainWindow, glossary: Glossary, app: QApplication) -> None:
    detail = window.glossary_page.detail
    for term in glossary.terms.values():
        if not window.show_term(term.id):
            raise SelftestError(f"the window refused to show term '{term.id}'")
        app.processEvents()
        if term.title not in detail.toPlainText():
            raise SelftestError(f"term '{term.id}': the detail pane does not show its title {term.title!r}")
        if term.title not in window.windowTitle():
            raise SelftestError(f"term '{term.id}': the window title is {window.windowTitle()!r}")
    page = window.compare_page
    for comparison in glossary.comparisons.values():
        if not window.show_comparison(comparison.id):
            raise SelftestError(f"the window refused to show comparison '{comparison.id}'")
        app.processEvents()
        text = page.plain_text()
        missing = [t for t in comparison.terms if glossary.terms[t].title not in text]
        if missing:
            raise SelftestError(f"comparison '{comparison.id}' does not show {', '.join(missing)}")
    _show_map(window, app)


def _show_map(window: MainWindow, app: QApplication) -> None:
    """The Map tab lays out its first view in worker threads (grandalf must be there, in the bundle too)."""
    window.show_map()
    deadline = time.monotonic() + 10
    while window.map_drawing() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    layout = window.map_page.map_layout
    if layout is None or not layout.boxes:
        raise SelftestError("the concept map was not drawn within 10 s")


def print_term_sheet(glossary: Glossary, term: Term) -> tuple[int, int]:
    """Print one term sheet to a PDF in memory, through the same renderer as Print and Export PDF; (pages, bytes)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415

    from desktop.printing.booklet import JobRenderer  # noqa: PLC0415
    from desktop.printing.jobs import term_sheet  # noqa: PLC0415
    from desktop.printing.pdf import pdf_writer  # noqa: PLC0415

    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise SelftestError("cannot open an in-memory buffer for the PDF")
    job = term_sheet(glossary, term.id)
    writer = pdf_writer(buffer, job.title, paper="A4")
    pages = JobRenderer(glossary).render(job, writer)
    del writer  # finishes the PDF
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-64:] or pages < 1:
        raise SelftestError("the term sheet did not come out as a PDF")
    return pages, len(pdf)
