"""`alignment-atlas export (--pdf FILE [--as sheets|flashcards|worksheet] [--seed N] | --anki FILE.apkg) SELECTION`.

SELECTION is `--term ID ...`, `--category NAME`, `--path NAME`, `--all`, `--bookmarks` or `--comparison ID ...`
(comparisons print as sheets only). Headless: it needs a QGuiApplication (made offscreen when none exists) but no
window and no widgets. It prints "Wrote N pages to FILE" (or "Wrote N cards to FILE") and exits 0; an unwritable
path, an unknown id, an empty selection or an option that does not fit the form prints one line on stderr and
exits 2, leaving no file. An export that runs longer than a second reports progress on stderr.
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
FORMS = ("sheets", "flashcards", "worksheet", "map")


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
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FILE", type=Path, help="the PDF file to write")
    target.add_argument("--anki", metavar="FILE", type=Path, help="an Anki deck (.apkg) of the selected terms")
    export.add_argument(
        "--as",
        dest="form",
        choices=FORMS,
        help="what the PDF holds: term sheets (the default), flashcards to cut out, a worksheet with answer key, or "
        "a concept map on one page (of --all, a --category, a --path, or one --term and its neighbours)",
    )
    export.add_argument("--seed", metavar="N", type=int, help="which worksheet (the same number, the same sheet)")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--term", dest="terms", metavar="ID", nargs="+", help="one term sheet, or a booklet of several")
    what.add_argument("--category", metavar="NAME", help="a booklet of one category (its id, e.g. failure-modes)")
    what.add_argument("--path", dest="learning_path", metavar="NAME", help="a booklet of one learning path (its id)")
    what.add_argument("--all", dest="all_terms", action="store_true", help="a booklet of every term")
    what.add_argument("--bookmarks", action="store_true", help="the terms bookmarked in the data folder")
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
    if args.bookmarks:
        return jobs.terms_job(glossary, _bookmarks(args, glossary), texts, title=texts.bookmarks_title)
    return jobs.all_terms_booklet(glossary, texts)


def _bookmarks(args: argparse.Namespace, glossary: Any) -> list[str]:
    """The bookmarked terms of the data folder's progress (read only; nothing is created)."""
    from desktop.core.learning.store import ProgressStore, StoreError  # noqa: PLC0415
    from desktop.ui.app import data_folder  # noqa: PLC0415

    folder, _explicit = data_folder(getattr(args, "data_dir", None))
    database = folder / "progress.sqlite3"
    marked: list[str] = []
    if database.is_file():
        try:
            store = ProgressStore(database)
            marked = store.bookmarks()
            store.close()
        except (OSError, StoreError) as exc:
            raise _UsageError(f"cannot read the bookmarks in '{database}': {exc}") from None
    marked = [term_id for term_id in marked if term_id in glossary.terms]
    if not marked:
        raise _UsageError(f"no bookmarked terms in '{folder}'")
    return marked


def _check_form(args: argparse.Namespace) -> str:
    """The form asked for; options that do not fit it are refused, never ignored."""
    form = args.form or "sheets"
    if args.anki is not None and args.form:
        raise _UsageError("--as chooses what a PDF holds; an Anki deck (--anki) is always flashcards")
    if args.seed is not None and form != "worksheet":
        raise _UsageError("--seed chooses a worksheet: use it with --as worksheet")
    if args.comparisons and (form != "sheets" or args.anki is not None):
        raise _UsageError("comparisons print as handouts only (without --as or --anki)")
    if form == "map" and args.bookmarks:
        raise _UsageError("a map shows --all, a --category, a --path or one --term and its neighbours")
    if form == "map" and args.terms and len(args.terms) != 1:
        raise _UsageError("a map is centred on one term: --term ID (it shows the term and its neighbours)")
    return form


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
    from desktop.core.content.model import UnknownIdError  # noqa: PLC0415
    from desktop.printing.booklet import JobRenderer, RenderError  # noqa: PLC0415
    from desktop.printing.jobs import SelectionError  # noqa: PLC0415
    from desktop.printing.pdf import ExportError, write_pdf  # noqa: PLC0415
    from desktop.printing.texts import print_texts  # noqa: PLC0415
    from desktop.ui.i18n import LanguageSwitcher  # noqa: PLC0415
    from desktop.ui.labels import translated_labels  # noqa: PLC0415

    if lang:
        LanguageSwitcher(app).apply(lang)
    form = _check_form(args)
    from desktop.cli import pack_paths  # noqa: PLC0415
    from desktop.ui.app import cache_folder  # noqa: PLC0415 - QtCore only

    glossary = load_content(lang or "en", cache_dir=cache_folder(), packs=pack_paths(args))
    for problem in glossary.problems:  # a pack's problems: what did load can be printed
        err.write(f"{problem}\n")
    texts = print_texts()
    if form == "map":
        return _map(glossary, args, paper=args.paper or _default_paper(), out=out)
    try:
        job = _job(args, glossary, texts)
    except UnknownIdError as exc:
        raise _UsageError(_unknown(exc, glossary)) from None
    except SelectionError as exc:
        raise _UsageError(str(exc)) from None
    if args.anki is not None:
        return _anki(glossary, job, args.anki, out)
    paper = args.paper or _default_paper()
    if form != "sheets":
        return _handout(form, glossary, job, args, paper=paper, out=out)
    reporter = ProgressReporter(err)
    renderer = JobRenderer(glossary, labels=translated_labels(), texts=texts, progress=reporter)
    try:
        pages = write_pdf(job, args.pdf, renderer, paper=paper)
    except (ExportError, RenderError) as exc:
        raise _UsageError(str(exc)) from None
    _wrote(out, pages, args.pdf)
    return EXIT_OK


def _map(glossary: Any, args: argparse.Namespace, *, paper: str, out: TextIO) -> int:
    """One page: the concept map of the whole glossary, a category, a path or a term's neighbourhood."""
    from desktop.core.concept_map.graph import ConceptGraph, TooLargeError  # noqa: PLC0415
    from desktop.core.content.model import UnknownIdError  # noqa: PLC0415
    from desktop.printing.map_print import paint_map_page  # noqa: PLC0415
    from desktop.printing.pdf import ExportError, save_pdf  # noqa: PLC0415
    from desktop.ui.labels import edge_kind_labels, map_title  # noqa: PLC0415

    if args.terms:
        kind, key = "term", args.terms[0]
    elif args.category:
        kind, key = "category", args.category
    elif args.learning_path:
        kind, key = "path", args.learning_path
    else:
        kind, key = "all", ""
    try:
        view = ConceptGraph(glossary).view(kind, key)
    except UnknownIdError as exc:
        raise _UsageError(_unknown(exc, glossary)) from None
    except TooLargeError as exc:
        raise _UsageError(str(exc)) from None
    title = map_title(glossary, view.key)
    labels = edge_kind_labels()
    try:
        pages = save_pdf(
            args.pdf,
            title=title,
            paper=paper,
            paint=lambda writer: paint_map_page(writer, glossary, view, title=title, kind_labels=labels),
        )
    except ExportError as exc:
        raise _UsageError(str(exc)) from None
    _wrote(out, pages, args.pdf, f" ({len(view.nodes)} terms)")
    return EXIT_OK


def _wrote(out: TextIO, pages: int, path: Path, extra: str = "") -> None:
    noun = "page" if pages == 1 else "pages"
    out.write(f"Wrote {pages} {noun} to {path}{extra}\n")


def _anki(glossary: Any, job: Any, path: Path, out: TextIO) -> int:
    from desktop.core.learning.anki import AnkiExportError, write_deck  # noqa: PLC0415

    try:
        notes = write_deck(glossary, job.term_ids, path, deck_name=f"Alignment Atlas: {job.title}")
    except AnkiExportError as exc:
        raise _UsageError(str(exc)) from None
    out.write(f"Wrote {notes} {'card' if notes == 1 else 'cards'} to {path}\n")
    return EXIT_OK


def _handout(form: str, glossary: Any, job: Any, args: argparse.Namespace, *, paper: str, out: TextIO) -> int:
    """Flashcards or a worksheet of the job's terms."""
    from desktop.core.learning.handouts import card_faces, worksheet  # noqa: PLC0415
    from desktop.printing.handouts import handout_texts, paint_flashcards, paint_worksheet  # noqa: PLC0415
    from desktop.printing.pdf import ExportError, save_pdf  # noqa: PLC0415

    texts = handout_texts()
    try:
        if form == "flashcards":
            cards = card_faces(glossary, job.term_ids)
            pages = save_pdf(args.pdf, title=job.title, paper=paper, paint=lambda w: paint_flashcards(cards, w))
            _wrote(out, pages, args.pdf)
            return EXIT_OK
        seed = args.seed if args.seed is not None else 1
        sheet = worksheet(glossary, job.term_ids, seed=seed)
        title = f"{texts.worksheet}: {job.title}"
        laid: list[Any] = []

        def paint(writer: Any) -> int:
            laid.append(paint_worksheet(sheet, writer, title=title, texts=texts))
            return int(laid[0].total)

        pages = save_pdf(args.pdf, title=title, paper=paper, paint=paint)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    except ExportError as exc:
        raise _UsageError(str(exc)) from None
    key = laid[0].questions + int(laid[0].blank) + 1
    _wrote(out, pages, args.pdf, f" (answer key from page {key})")
    return EXIT_OK
