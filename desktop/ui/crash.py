"""Unhandled errors end in a log file and a dialog, and the app keeps running.

`install_crash_handler` routes three kinds of trouble through one `CrashHandler`:

- `sys.excepthook`: an exception nobody caught, including one raised in a slot (PySide reports those through the
  hook and returns to the event loop, so the app can go on);
- `threading.excepthook`: the same in a worker thread (handed to the GUI thread by a queued signal);
- Qt's message handler: warnings are logged, critical messages are logged and shown. Known-harmless messages (the
  offscreen platform's size-hint warning) are neither. Messages are passed on to the previous handler, so pytest-qt
  still sees them.

The log rotates (`RotatingFileHandler`, 1 MB × 5) in the folder the app hands in (`<data folder>/logs`). When that
folder cannot be written, the dialog says so and everything else still works. The file is opened by `open_log()` or
by the first record, whichever comes first, so the app can open it after the first paint (`logging.handlers` takes
some 5 ms to import).

The dialog (`desktop.ui.crash_dialog`, imported on the first error) is not modal: a second error while it is open is
added to it rather than opening another.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QThread,
    QTimer,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.ui.crash_dialog import CrashDialog

LOGGER_NAME = "alignment_atlas"
LOG_FILE_NAME = "alignment-atlas.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ParentProvider = Callable[[], QWidget | None]


class CrashHandler(QObject):
    """Logs unhandled errors and shows them in a `CrashDialog`.

    Signals:
        error_reported(str): an error was shown (its one-line summary).
    """

    error_reported = Signal(str)
    _error_from_thread = Signal(str, str)

    def __init__(self, *, log_dir: Path, parent_provider: ParentProvider, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_provider = parent_provider
        self._dialog: CrashDialog | None = None
        self._previous_excepthook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._previous_qt_handler: Any = None
        self._installed = False
        self._reporting = False
        self.logger = logging.getLogger(LOGGER_NAME)
        self._log_dir = log_dir
        self._log_opened = False
        self._log_file: Path | None = None
        self._log_problem = ""
        self._file_handler: logging.Handler | None = None
        self._error_from_thread.connect(self._on_error_from_thread)  # emitted from other threads only: queued

    # --- log ----------------------------------------------------------------------------------------------------

    @Slot()
    def open_log(self) -> None:
        """Open the rotating log file and note the start in it; later calls do nothing."""
        if self._log_opened:
            return
        self._log_opened = True
        from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - see the module's docstring

        log_dir = self._log_dir
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                log_dir / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as exc:
            self._log_problem = f"{log_dir}: {exc.strerror or exc}"
        else:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            self.logger.addHandler(handler)
            self.logger.setLevel(logging.INFO)
            self._file_handler = handler
            self._log_file = log_dir / LOG_FILE_NAME
        self.logger.info("Alignment Atlas started; log in %s", self._log_file or "nowhere: " + self._log_problem)

    @property
    def log_file(self) -> Path | None:
        """The log file, or None when it could not be opened (`log_problem` says why)."""
        self.open_log()
        return self._log_file

    @property
    def log_problem(self) -> str:
        self.open_log()
        return self._log_problem

    def log(self, level: int, message: str, *args: object) -> None:
        """Write a record to the log (opening it first if need be)."""
        self.open_log()
        self.logger.log(level, message, *args)

    # --- installing ---------------------------------------------------------------------------------------------

    def install(self) -> None:
        if self._installed:
            return
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(self._qt_message)
        self._installed = True

    def uninstall(self) -> None:
        """Put the previous hooks back and close the log file (tests; the app keeps its handler to the end)."""
        if self._installed:
            sys.excepthook = self._previous_excepthook or sys.__excepthook__
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__
            qInstallMessageHandler(self._previous_qt_handler)
            self._installed = False
        if self._file_handler is not None:
            self.logger.removeHandler(self._file_handler)
            self._file_handler.close()
            self._file_handler = None

    @property
    def dialog(self) -> CrashDialog | None:
        """The dialog shown for the latest errors, while it is open."""
        return self._dialog

    # --- hooks --------------------------------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._previous_excepthook or sys.__excepthook__)(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self.report(_summary(exc_type, exc), details)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        name = args.thread.name if args.thread is not None else "?"
        self._report_later(_summary(args.exc_type, args.exc_value), f"In thread {name}:\n{details}")

    def _report_later(self, summary: str, details: str) -> None:
        """Report from the event loop of the GUI thread: a Qt message may arrive while Qt is busy, and a worker
        thread must not build widgets."""
        if QThread.currentThread() == self.thread():
            QTimer.singleShot(0, self, partial(self.report, summary, details))
        else:
            self._error_from_thread.emit(summary, details)  # to an object of another thread: a queued call

    @Slot(str, str)
    def _on_error_from_thread(self, summary: str, details: str) -> None:
        self.report(summary, details)

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        harmless = any(text in message for text in HARMLESS_QT_MESSAGES)
        level = _QT_LEVELS.get(mode, logging.WARNING)
        if not harmless and level >= logging.WARNING:
            self.log(level, "Qt: %s", message)
        if self._previous_qt_handler is not None:
            self._previous_qt_handler(mode, context, message)
        elif level >= logging.WARNING and sys.stderr is not None:
            sys.stderr.write(f"{message}\n")
        if not harmless and level >= logging.ERROR:
            # Never build widgets inside Qt's message handler: show the dialog from the event loop.
            self._report_later(f"Qt: {message.splitlines()[0] if message else ''}", message)

    # --- reporting ----------------------------------------------------------------------------------------------

    def report(self, summary: str, details: str) -> None:
        """Log an error and show it; if showing it fails too, fall back to stderr (never raise from a hook)."""
        self.log(logging.ERROR, "Unhandled error: %s\n%s", summary, details.rstrip())
        if sys.stderr is not None:
            sys.stderr.write(details)
        if self._reporting:
            return
        self._reporting = True
        try:
            self._show(summary, details)
            self.error_reported.emit(summary)
        except Exception:  # the dialog itself failed: the log and stderr have it
            if sys.stderr is not None:
                traceback.print_exc()
        finally:
            self._reporting = False

    def _show(self, summary: str, details: str) -> None:
        if not isinstance(QApplication.instance(), QApplication):
            return  # no widgets without a QApplication (the command line): the log and stderr have it
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.add_error(summary, details)
            return
        from desktop.ui.crash_dialog import CrashDialog  # noqa: PLC0415 - only when there is an error to show

        dialog = CrashDialog(
            summary=summary,
            details=details,
            log_file=self.log_file,
            log_problem=self.log_problem,
            parent=self._parent_provider(),
        )
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.show()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None


def _summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    text = " ".join(str(exc).split()) if exc is not None else ""
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def install_crash_handler(*, log_dir: Path, parent_provider: ParentProvider, open_log: bool = True) -> CrashHandler:
    """Route unhandled errors (Python, worker threads, Qt critical messages) to the log and a dialog.

    With `open_log=False` the log file is opened by the first record or a later `open_log()` call.
    """
    handler = CrashHandler(log_dir=log_dir, parent_provider=parent_provider)
    handler.install()
    if open_log:
        handler.open_log()
    return handler
