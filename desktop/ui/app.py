"""Starting the window: the QApplication, settings, language, content and the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from desktop.core.model import Glossary

SCREENSHOT_SIZE = (1280, 800)


def _settings_for(data_dir: Path | None):  # type: ignore[no-untyped-def]  # QSettings import is local
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    if data_dir is not None:
        return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "alignment-atlas")


def _check_ids(glossary: Glossary, term: str | None, compare: list[str]) -> None:
    """--term and --compare name existing terms, or the run stops with one clear line (exit 2)."""
    from desktop.cli import PROG, UsageError  # noqa: PLC0415

    if compare and (len(compare) not in (2, 3) or len(set(compare)) != len(compare)):
        raise UsageError("--compare takes two or three different term ids")
    for term_id in [term or "", *compare]:
        if term_id and term_id not in glossary.terms:
            raise UsageError(f"unknown term id '{term_id}' (see '{PROG} list')")


def run_gui(args: argparse.Namespace, *, language: str) -> int:
    """Open the main window (or render it to a PNG with --screenshot) and run until it closes."""
    from desktop.cli import PROG, UsageError  # noqa: PLC0415

    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not screenshot.parent.exists():
            raise UsageError(f"cannot write the screenshot: folder '{screenshot.parent}' does not exist")

    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from desktop import resources  # noqa: PLC0415
    from desktop.content import load_content  # noqa: PLC0415
    from desktop.ui.i18n import LanguageSwitcher, system_language  # noqa: PLC0415
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415
    from desktop.ui.settings import AppSettings  # noqa: PLC0415

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else PROG])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("alignment-atlas")
    icon = resources.icon_path("alignment-atlas.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))

    data_dir: Path | None = args.data_dir
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(_settings_for(data_dir))
    languages = LanguageSwitcher(app)
    lang = languages.apply(language or settings.language or system_language())
    glossary = load_content(lang)
    compare: list[str] = args.compare or []
    _check_ids(glossary, args.term, compare)

    window = MainWindow(glossary=glossary, settings=settings, languages=languages, load_content=load_content)
    if args.term:
        window.show_term(args.term)
    if compare:
        window.show_comparison_of(compare)
    if screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        for _ in range(5):
            app.processEvents()
        if not window.grab().save(str(screenshot), "PNG"):
            raise UsageError(f"cannot write the screenshot to '{screenshot}'")
        window.hide()  # not close(): a screenshot must not overwrite the remembered window state
        return 0
    window.show()
    return app.exec()
