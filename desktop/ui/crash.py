"""Unhandled errors end in a log file and a dialog, and the app keeps running.

`install_crash_handler` routes three kinds of trouble through one `CrashHandler`:

- `sys.excepthook`: an exception nobody caught, including one raised in a slot (PySide reports those through the
  hook and returns to the event loop, so the app can go on);
- `threading.excepthook`: the same in a worker thread (handed to the GUI thread by a queued signal);
- Qt's message handler: warnings are logged, critical messages are logged and shown. Known-harmless messages (the
  offscreen platform's size-hint warning) are neither. Messages are passed on to the previous handler, so pytest-qt
  still sees them.

The log rotates (`RotatingFileHandler`, 1 MB × 5) in the folder the app hands in (`<data folder>/logs`). When that
folder cannot be written, the dialog says so and everything else still works. The dialog is not modal: a second
error while it is open is added to it rather than opening another.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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


class CrashDialog(QDialog):
    """What went wrong in plain words, where the log is, and the technical details to copy into a report."""

    def __init__(self, *, summary: str, details: str, log_file: Path | None, log_problem: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setModal(False)
        self._summary = summary
        self._log_file = log_file
        self._log_problem = log_problem
        self._more = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("crash-heading")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.log_label = QLabel(self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crash-details")
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy-details")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.message, self.log_label, self.details, self.buttons):
            layout.addWidget(widget)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 380)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.heading.setText("<b>" + self.tr("Something went wrong") + "</b>")
        text = self.tr(
            "Alignment Atlas ran into an error it did not expect: %1. You can keep working; if something looks "
            "wrong, restart the app."
        ).replace("%1", self._summary)
        if self._more:
            text += " " + self.tr("%n more error(s) happened since; their details are below.", "", self._more)
        self.message.setText(text)
        if self._log_file is not None:
            self.log_label.setText(
                self.tr("The details are also in the log file: %1").replace("%1", str(self._log_file))
            )
        else:
            self.log_label.setText(
                self.tr("The details could not be written to a log file (%1).").replace("%1", self._log_problem)
            )
        self.copy_button.setText(self.tr("&Copy Details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, to paste them into a report"))

    def add_error(self, summary: str, details: str) -> None:
        """Another error while the dialog is open: count it and append its details."""
        self._more += 1
        self.details.appendPlainText("\n" + details)
        self.retranslate()

    def details_text(self) -> str:
        return self.details.toPlainText()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


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
        self.log_file: Path | None = None
        self.log_problem = ""
        self._file_handler: logging.Handler | None = None
        self._open_log(log_dir)
        # Queued even from the GUI thread: a Qt message may arrive while Qt is busy, and a worker thread must not
        # build widgets; the dialog is made when the event loop gets to it.
        self._error_from_thread.connect(self._on_error_from_thread, Qt.ConnectionType.QueuedConnection)

    # --- log ----------------------------------------------------------------------------------------------------

    def _open_log(self, log_dir: Path) -> None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                log_dir / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as exc:
            self.log_problem = f"{log_dir}: {exc.strerror or exc}"
            return
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.logger.addHandler(handler)
        self.logger.setLevel(logging.INFO)
        self._file_handler = handler
        self.log_file = log_dir / LOG_FILE_NAME

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
        self._error_from_thread.emit(_summary(args.exc_type, args.exc_value), f"In thread {name}:\n{details}")

    @Slot(str, str)
    def _on_error_from_thread(self, summary: str, details: str) -> None:
        self.report(summary, details)

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        harmless = any(text in message for text in HARMLESS_QT_MESSAGES)
        level = _QT_LEVELS.get(mode, logging.WARNING)
        if not harmless and level >= logging.WARNING:
            self.logger.log(level, "Qt: %s", message)
        if self._previous_qt_handler is not None:
            self._previous_qt_handler(mode, context, message)
        elif level >= logging.WARNING and sys.stderr is not None:
            sys.stderr.write(f"{message}\n")
        if not harmless and level >= logging.ERROR:
            # Never build widgets inside Qt's message handler: show the dialog from the event loop.
            self._error_from_thread.emit(f"Qt: {message.splitlines()[0] if message else ''}", message)

    # --- reporting ----------------------------------------------------------------------------------------------

    def report(self, summary: str, details: str) -> None:
        """Log an error and show it; if showing it fails too, fall back to stderr (never raise from a hook)."""
        self.logger.error("Unhandled error: %s\n%s", summary, details.rstrip())
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


def install_crash_handler(*, log_dir: Path, parent_provider: ParentProvider) -> CrashHandler:
    """Route unhandled errors (Python, worker threads, Qt critical messages) to the log and a dialog."""
    handler = CrashHandler(log_dir=log_dir, parent_provider=parent_provider)
    handler.install()
    handler.logger.info("Alignment Atlas started; log in %s", handler.log_file or "nowhere: " + handler.log_problem)
    return handler
