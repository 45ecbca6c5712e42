"""Starting the window: the QApplication, data folder, settings, language, content and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.core.content.model import Glossary
    from desktop.core.learning.store import ProgressStore
    from desktop.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1280, 800)
APP_ID = "alignment-atlas"
DATA_DIR_VARIABLE = "ALIGNMENT_ATLAS_DATA_DIR"


def _check_ids(glossary: Glossary, term: str | None, compare: list[str]) -> None:
    """--term and --compare name existing terms, or the run stops with one clear line (exit 2)."""
    from desktop.cli import PROG, UsageError  # noqa: PLC0415

    if compare and (len(compare) not in (2, 3) or len(set(compare)) != len(compare)):
        raise UsageError("--compare takes two or three different term ids")
    for term_id in [term or "", *compare]:
        if term_id and term_id not in glossary.terms:
            raise UsageError(f"unknown term id '{term_id}' (see '{PROG} list')")


def _application(qt_options: list[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from desktop import resources  # noqa: PLC0415

    program = sys.argv[0] if sys.argv else APP_ID
    app = QApplication.instance() or QApplication([program, *(qt_options or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)  # folder names: ~/.local/share/alignment-atlas, ~/.config/alignment-atlas
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resources.icon_path("alignment-atlas.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def data_folder(requested: Path | None) -> tuple[Path, bool]:
    """The per-user data folder (progress, packs, logs): --data-dir, the environment variable, or the standard one.

    The second value says whether the folder was asked for explicitly (then settings live in it too, so a copy of
    the app on a USB stick keeps everything together).
    """
    from PySide6.QtCore import QStandardPaths  # noqa: PLC0415

    if requested is not None:
        return requested, True
    from_env = os.environ.get(DATA_DIR_VARIABLE, "")
    if from_env:
        return Path(from_env), True
    _name_the_application()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)), False


def _name_the_application() -> None:
    """The per-user folders are named after the application: a command-line run has no application object."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    if QCoreApplication.instance() is None or not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APP_ID)


def cache_folder() -> Path | None:
    """Where parsed content is cached between runs (None when the platform has no cache folder)."""
    from PySide6.QtCore import QStandardPaths  # noqa: PLC0415

    _name_the_application()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None


def _settings(folder: Path, explicit: bool) -> QSettings:
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    if explicit:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)
    keep_unreadable_settings(settings)
    return settings


def keep_unreadable_settings(settings: QSettings) -> Path | None:
    """A settings file that exists but gives nothing readable (damaged, or not ours) is copied aside as
    `settings.ini.bad-<time>` before the app writes over it; returns the copy."""
    import shutil  # noqa: PLC0415
    import time  # noqa: PLC0415

    from PySide6.QtCore import QSettings  # noqa: PLC0415

    path = Path(settings.fileName())
    try:
        unreadable = (
            path.is_file()
            and path.stat().st_size > 0
            and (settings.status() == QSettings.Status.FormatError or not settings.allKeys())
        )
        if not unreadable:
            return None
        copy = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.copy2(path, copy)
    except OSError:
        return None
    return copy


def _open_store(folder: Path) -> tuple[ProgressStore, str]:
    """The progress database in the data folder; an in-memory one and a plain-words notice when it cannot be."""
    from desktop.core.learning.store import ProgressStore, StoreError, StoreUnavailableError  # noqa: PLC0415
    from desktop.ui.learn.texts import read_only_message, unavailable_message  # noqa: PLC0415

    try:
        folder.mkdir(parents=True, exist_ok=True)
        return ProgressStore(folder / "progress.sqlite3"), ""
    except OSError as error:
        return ProgressStore.in_memory(), unavailable_message(str(folder), error.strerror or "")
    except StoreUnavailableError as error:
        if error.path.is_file():  # earlier progress stays visible; new answers cannot be kept
            try:
                return ProgressStore.read_only(error.path), read_only_message(str(error.path), error.reason)
            except StoreError:
                pass
        return ProgressStore.in_memory(), unavailable_message(str(error.path), error.reason)
    except StoreError as error:  # a full disk while the new database is set up, a lock that never cleared
        return ProgressStore.in_memory(), unavailable_message(str(folder), str(error).rpartition(": ")[2])


def _save_screenshot(app: QApplication, window: QWidget, path: Path) -> None:
    """Show the window at the screenshot size, let it settle and save what it paints as a PNG."""
    from desktop.cli import UsageError  # noqa: PLC0415

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    waiting = getattr(window, "map_drawing", lambda: False)
    deadline = time.monotonic() + 5
    while waiting() and time.monotonic() < deadline:  # the map is laid out in a worker thread
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise UsageError(f"cannot write the screenshot to '{path}'")
    window.hide()  # not close(): a screenshot must not overwrite the remembered window state


def _open_requested(window: MainWindow, term: str | None, compare: list[str], map_centre: str | None) -> None:
    """What the command line asked to open: a term, a comparison or the map (centred on a term)."""
    if term:
        window.show_term(term)
    if compare:
        window.show_comparison_of(compare)
    if map_centre is not None:
        window.show_map(map_centre)


def run_gui(args: argparse.Namespace, *, language: str) -> int:
    """Open the main window (or render it to a PNG with --screenshot) and run until it closes."""
    from desktop.cli import UsageError  # noqa: PLC0415

    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not screenshot.parent.exists():
            raise UsageError(f"cannot write the screenshot: folder '{screenshot.parent}' does not exist")

    from PySide6.QtCore import QLocale, QTimer  # noqa: PLC0415

    from desktop.content import load_content  # noqa: PLC0415
    from desktop.core.collector import keep_for_good  # noqa: PLC0415
    from desktop.first_paint import on_first_paint  # noqa: PLC0415
    from desktop.ui.crash import install_crash_handler  # noqa: PLC0415
    from desktop.ui.i18n import LanguageSwitcher, system_language  # noqa: PLC0415
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415
    from desktop.ui.pack_manager import PackManager  # noqa: PLC0415
    from desktop.ui.settings import AppSettings  # noqa: PLC0415

    app = _application(list(getattr(args, "qt_options", None) or []))
    folder, explicit = data_folder(getattr(args, "data_dir", None))
    # The log file opens after the first paint (or with the first record before it).
    crash = install_crash_handler(log_dir=folder / "logs", parent_provider=app.activeWindow, open_log=False)
    settings = AppSettings(_settings(folder, explicit))
    languages = LanguageSwitcher(app)
    lang = languages.apply(language or settings.language or system_language())
    pack_manager = PackManager(folder / "packs")
    pack_manager.clean_up()
    run_packs: list[Path] = list(getattr(args, "pack", None) or [])

    cache = cache_folder()

    def load_with_packs(lang: str) -> Glossary:
        packs = [*pack_manager.pack_paths(), *run_packs]
        glossary = load_content(lang, cache_dir=cache, packs=packs, order_locale=QLocale().name())
        keep_for_good()  # the content lives as long as the window: no collection needs to walk it again
        return glossary

    glossary = load_with_packs(lang)
    compare: list[str] = args.compare or []
    map_centre: str | None = getattr(args, "map", None)
    _check_ids(glossary, args.term or map_centre or None, compare)
    if map_centre is not None and (args.term or compare):
        raise UsageError("--map opens the Map tab: use it without --term or --compare (--map ID centres it on ID)")

    window = MainWindow(
        glossary=glossary,
        settings=settings,
        languages=languages,
        load_content=load_with_packs,
        packs=pack_manager,
        store=lambda: _open_store(folder),  # opened after the first paint, with the learn page
    )
    on_first_paint(window, lambda: QTimer.singleShot(0, crash.open_log))
    _open_requested(window, args.term, compare, map_centre)
    try:
        if screenshot is not None:
            _save_screenshot(app, window, screenshot)
            return 0
        from desktop.startup_marker import install_first_paint_marker  # noqa: PLC0415

        install_first_paint_marker(window)
        window.show()
        return app.exec()
    finally:
        window.close_store()
        crash.log(logging.INFO, "Alignment Atlas closed")
