"""Unhandled errors reach the crash dialog and the rotating log, and the app keeps running (no exec() anywhere)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qCritical, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QPushButton

from desktop.ui.crash import LOG_FILE_NAME, CrashHandler, install_crash_handler

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    window = QMainWindow()
    window.button = QPushButton("Break", window)  # type: ignore[attr-defined]
    window.setCentralWidget(window.button)  # type: ignore[attr-defined]
    qtbot.add_widget(window)
    window.show()
    return window


@pytest.fixture
def handler(tmp_path: Path, window: QMainWindow) -> Iterator[CrashHandler]:
    handler = install_crash_handler(log_dir=tmp_path / "logs", parent_provider=lambda: window)
    yield handler
    if handler.dialog is not None:
        handler.dialog.close()
    handler.uninstall()


def broken_slot() -> None:
    raise RuntimeError("the reading list is upside down")


def log_text(handler: CrashHandler) -> str:
    assert handler.log_file is not None
    for h in logging.getLogger("alignment_atlas").handlers:
        h.flush()
    return handler.log_file.read_text(encoding="utf-8")


def test_an_exception_in_a_slot_reaches_the_dialog_and_the_log(
    handler: CrashHandler, window: QMainWindow, qtbot: Any
) -> None:
    window.button.clicked.connect(broken_slot)  # type: ignore[attr-defined]
    window.button.click()  # type: ignore[attr-defined]
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.parent() is window
    assert "RuntimeError: the reading list is upside down" in dialog.message.text()
    assert str(handler.log_file) in dialog.log_label.text()
    assert "Traceback (most recent call last)" in dialog.details_text()
    assert "broken_slot" in dialog.details_text()
    log = log_text(handler)
    assert "Unhandled error: RuntimeError: the reading list is upside down" in log
    assert "Traceback (most recent call last)" in log and "broken_slot" in log

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details_text()

    # The app keeps running: the window still works, and another error joins the open dialog.
    assert window.isVisible()
    window.button.click()  # type: ignore[attr-defined]
    assert handler.dialog is dialog
    assert "1 more error" in dialog.message.text()  # "error(s)" until `make translations` adds the plural
    assert dialog.details_text().count("Traceback") == 2

    dialog.buttons.rejected.emit()
    qtbot.waitUntil(lambda: handler.dialog is None)
    window.button.click()  # type: ignore[attr-defined]
    assert handler.dialog is not None and handler.dialog is not dialog


def test_an_exception_in_a_worker_thread_is_shown_in_the_gui_thread(handler: CrashHandler, qtbot: Any) -> None:
    def work() -> None:
        raise ValueError("bad value in a thread")

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert handler.dialog is not None
    assert "ValueError: bad value in a thread" in handler.dialog.message.text()
    assert "In thread worker" in handler.dialog.details_text()


@pytest.mark.qt_log_ignore("a critical test message", "a warning test message", extend=True)
def test_qt_messages_are_logged_and_criticals_shown(handler: CrashHandler, qtbot: Any) -> None:
    qWarning("a warning test message")
    qWarning("This plugin does not support propagateSizeHints()")
    assert handler.dialog is None
    qCritical("a critical test message")
    assert handler.dialog is None  # never built inside Qt's message handler
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert handler.dialog is not None
    assert "a critical test message" in handler.dialog.message.text()
    log = log_text(handler)
    assert "WARNING alignment_atlas: Qt: a warning test message" in log
    assert "propagateSizeHints" not in log


def test_an_unwritable_log_folder_still_shows_the_error(tmp_path: Path, window: QMainWindow) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    handler = install_crash_handler(log_dir=blocker / "logs", parent_provider=lambda: window)
    try:
        assert handler.log_file is None
        assert str(blocker / "logs") in handler.log_problem
        window.button.clicked.connect(broken_slot)  # type: ignore[attr-defined]
        window.button.click()  # type: ignore[attr-defined]
        assert handler.dialog is not None
        assert "could not be written to a log file" in handler.dialog.log_label.text()
        assert window.isVisible()
    finally:
        if handler.dialog is not None:
            handler.dialog.close()
        handler.uninstall()


def test_uninstall_restores_the_hooks(tmp_path: Path) -> None:
    before = sys.excepthook, threading.excepthook
    handler = install_crash_handler(log_dir=tmp_path / "logs", parent_provider=lambda: None)
    assert sys.excepthook == handler.excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_keyboard_interrupt_is_not_a_crash(handler: CrashHandler, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[type[BaseException]] = []
    handler._previous_excepthook = lambda kind, value, tb: seen.append(kind)
    handler.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert handler.dialog is None


def test_logs_rotate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.crash.LOG_MAX_BYTES", 2_000)
    handler = CrashHandler(log_dir=tmp_path, parent_provider=lambda: None)
    try:
        for number in range(50):
            handler.log(logging.INFO, "line %d %s", number, "x" * 100)
    finally:
        handler.uninstall()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert LOG_FILE_NAME in names and f"{LOG_FILE_NAME}.1" in names
    assert len(names) <= 6


def test_the_log_opens_late_when_asked_and_early_for_an_error(tmp_path: Path) -> None:
    handler = install_crash_handler(log_dir=tmp_path / "logs", parent_provider=lambda: None, open_log=False)
    try:
        assert not (tmp_path / "logs").exists()  # nothing written before the first paint
        handler.report("ValueError: early", "Traceback: early")  # an error before then opens it at once
        text = (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
        assert "Alignment Atlas started" in text
        assert "Unhandled error: ValueError: early" in text
        handler.open_log()  # what the app does after the first paint: nothing more now
        assert (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8").count("started") == 1
    finally:
        handler.uninstall()
