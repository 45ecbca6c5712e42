"""`alignment-atlas export --pdf FILE (--term ID ... | --category NAME | --path NAME | --all | --comparison ID ...)`.

Headless: it needs a QGuiApplication (made offscreen when none exists) but no window and no widgets. It prints
"Wrote N pages to FILE" and exits 0; an unwritable path, an unknown id or an empty selection prints one line on
stderr and exits 2, leaving no file. An export that runs longer than a second reports progress on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

PROG = "alignment-atlas"
EXIT_OK, EXIT_USAGE = 0, 2
PAPER_CHOICES = ("A4", "Letter")


def _paper(text: str) -> str:
    from desktop.printing.layout import parse_paper  # noqa: PLC0415 - Qt only once the command runs

    try:
        return parse_paper(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_export_parser(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Register `export` on the main parser's subparsers (`parents` bring the shared options such as --lang)."""
    export: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        parents=list(parents),
        help="write term sheets, comparison handouts or booklets to a PDF file",
        description="Write term sheets, comparison handouts or booklets (title page, contents) to a PDF file.",
    )
    export.add_argument("--pdf", metavar="FILE", type=Path, required=True, help="the PDF file to write")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--term", dest="terms", metavar="ID", nargs="+", help="one term sheet, or a booklet of several")
    what.add_argument("--category", metavar="NAME", help="a booklet of one category (its id, e.g. failure-modes)")
    what.add_argument("--path", dest="learning_path", metavar="NAME", help="a booklet of one learning path (its id)")
    what.add_argument("--all", dest="all_terms", action="store_true", help="a booklet of every term")
    what.add_argument(
        "--comparison",
        dest="comparisons",
        metavar="ID",
        nargs="+",
        help="a comparison handout (a comparison id, or term ids joined by '+'); several make a booklet",
    )
    export.add_argument(
        "--paper",
        metavar="A4|Letter",
        type=_paper,
        help="paper size (default: the default printer's, else the one usual where you live)",
    )
    return export


class ProgressReporter:
    """Progress lines on stderr, only once the export has run for `delay` seconds, then at most every `interval`."""

    def __init__(
        self,
        stream: TextIO,
        *,
        clock: Callable[[], float] = time.monotonic,
        delay: float = 1.0,
        interval: float = 1.0,
    ) -> None:
        self._stream = stream
        self._clock = clock
        self._start = clock()
        self._delay = delay
        self._interval = interval
        self._last = -1.0
        self.lines = 0

    def __call__(self, progress: Any) -> bool:
        now = self._clock()
        if now - self._start < self._delay or (self._last >= 0 and now - self._last < self._interval):
            return True
        self._last = now
        if progress.phase == "layout":
            text = f"laying out {progress.done} of {progress.total} sections"
        else:
            text = f"writing page {progress.done + 1} of {progress.total}"
        self._stream.write(f"{PROG}: {text}…\n")
        self._stream.flush()
        self.lines += 1
        return True


def _gui_application() -> Any:
    """The running QGuiApplication, or a new offscreen one (an export never needs a display)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([PROG])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("export needs a QGuiApplication; a QCoreApplication is running")
    return app


def _default_paper() -> str:
    from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415 - only to ask the default printer's paper

    from desktop.printing.layout import default_paper  # noqa: PLC0415

    printer = QPrinterInfo.defaultPrinter()
    return default_paper(None if printer.isNull() else printer.defaultPageSize())


def _job(args: argparse.Namespace, glossary: Any, texts: Any) -> Any:
    from desktop.printing import jobs  # noqa: PLC0415

    if args.terms:
        return jobs.terms_job(glossary, args.terms, texts)
    if args.comparisons:
        return jobs.comparisons_job(glossary, args.comparisons, texts)
    if args.category:
        return jobs.category_booklet(glossary, args.category)
    if args.learning_path:
        return jobs.path_booklet(glossary, args.learning_path)
    return jobs.all_terms_booklet(glossary, texts)


def _unknown(exc: Any, glossary: Any) -> str:
    """'unknown term id 'x' (see 'alignment-atlas list')', or the available ids for comparisons and paths."""
    if exc.kind == "term":
        return f"unknown term id '{exc.value}' (see '{PROG} list')"
    known = glossary.comparisons if exc.kind == "comparison" else glossary.paths
    return f"unknown {exc.kind} id '{exc.value}' (available: {', '.join(known)})"


def run_export(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run `export` with parsed arguments; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        return _export(args, out, err)
    except _UsageError as exc:
        err.write(f"{PROG}: {exc}\n")
        return EXIT_USAGE


class _UsageError(Exception):
    """One line for stderr, exit 2."""


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.ui.i18n import LANGUAGES  # noqa: PLC0415 - the code table only

    lang = str(getattr(args, "lang", "") or "")
    if lang and lang not in LANGUAGES:
        raise _UsageError(f"unknown language '{lang}' (available: {', '.join(LANGUAGES)})")
    app = _gui_application()

    from desktop.content import load_content  # noqa: PLC0415
    from desktop.core.model import UnknownIdError  # noqa: PLC0415
    from desktop.printing.booklet import JobRenderer, RenderError  # noqa: PLC0415
    from desktop.printing.jobs import SelectionError  # noqa: PLC0415
    from desktop.printing.pdf import ExportError, write_pdf  # noqa: PLC0415
    from desktop.printing.texts import print_texts  # noqa: PLC0415
    from desktop.ui.i18n import LanguageSwitcher  # noqa: PLC0415
    from desktop.ui.labels import translated_labels  # noqa: PLC0415

    if lang:
        LanguageSwitcher(app).apply(lang)
    from desktop.cli import pack_paths  # noqa: PLC0415

    glossary = load_content(lang or "en", packs=pack_paths(args))
    for problem in glossary.problems:  # a pack's problems: what did load can be printed
        err.write(f"{problem}\n")
    texts = print_texts()
    try:
        job = _job(args, glossary, texts)
    except UnknownIdError as exc:
        raise _UsageError(_unknown(exc, glossary)) from None
    except SelectionError as exc:
        raise _UsageError(str(exc)) from None
    paper = args.paper or _default_paper()
    reporter = ProgressReporter(err)
    renderer = JobRenderer(glossary, labels=translated_labels(), texts=texts, progress=reporter)
    try:
        pages = write_pdf(job, args.pdf, renderer, paper=paper)
    except (ExportError, RenderError) as exc:
        raise _UsageError(str(exc)) from None
    noun = "page" if pages == 1 else "pages"
    out.write(f"Wrote {pages} {noun} to {args.pdf}\n")
    return EXIT_OK
