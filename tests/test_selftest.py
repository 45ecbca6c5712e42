"""The `selftest` command's function and the first-paint marker, in process (the bundle runs them in test_bundle)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop import content, resources, selftest
from desktop.startup_marker import ENV_VAR, MARKER, install_first_paint_marker


def test_selftest_shows_everything_and_reports_one_line(glossary: Any) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_selftest(out=out, err=err) == 0, err.getvalue()
    line = out.getvalue()
    assert line.count("\n") == 1
    assert line.startswith(f"selftest: ok: {len(glossary.terms)} terms and {len(glossary.comparisons)} comparisons")
    assert "term sheet 'rlhf' printed" in line
    assert err.getvalue() == ""


def test_selftest_names_what_is_missing_and_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "icon_path", lambda name: tmp_path / name)
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_selftest(out=out, err=err) == 1
    assert out.getvalue() == ""
    assert err.getvalue() == f"selftest: FAILED: the application icon is missing: {tmp_path / 'alignment-atlas.svg'}\n"


def test_selftest_reports_an_unexpected_error_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise OSError("disk on fire")

    monkeypatch.setattr(content, "load_content", broken)
    err = io.StringIO()
    assert selftest.run_selftest(out=io.StringIO(), err=err) == 1
    assert err.getvalue().startswith("selftest: FAILED: OSError: disk on fire\n")
    assert "Traceback" in err.getvalue()


def test_first_paint_marker_writes_one_line_when_asked(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.add_widget(window)
    stream = io.StringIO()
    assert install_first_paint_marker(window, environ={ENV_VAR: "1"}, stream=stream)
    window.show()
    qtbot.waitUntil(lambda: MARKER in stream.getvalue())
    window.update()
    qtbot.wait(20)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert float(lines[0].removeprefix(MARKER)) > 0


def test_first_paint_marker_is_off_by_default(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.add_widget(window)
    stream = io.StringIO()
    assert not install_first_paint_marker(window, environ={}, stream=stream)
    assert not install_first_paint_marker(window, environ={ENV_VAR: "0"}, stream=stream)
    window.show()
    qtbot.waitExposed(window)
    assert stream.getvalue() == ""


# Run in a fresh process: at the app's first paint, which costly parts of PySide and the app have been loaded?
_FIRST_PAINT_PROBE = """
import os, sys
import PySide6.QtCore as QtCore
from desktop import startup_marker

def probe(stream):
    loaded = [name for name in ("desktop.ui.compare_page", "desktop.ui.learn", "desktop.printing.booklet",
                                "desktop.ui.crash_dialog", "logging.handlers", "yaml") if name in sys.modules]
    print("Qt namespace built:", "Qt" in vars(QtCore), "| loaded:", " ".join(loaded) or "-", flush=True)
    os._exit(0)

startup_marker._write_marker = probe  # called at the first paint instead of writing the marker line
from desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_paint_leaves_out_what_it_does_not_need(tmp_path: Path) -> None:
    # Issue 9: the Qt namespace's ~100 enum classes, the other pages, printing, the log's handlers and YAML (the
    # content comes from the cache) all wait until the window is on screen.
    env = {**os.environ, ENV_VAR: "1", "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):  # the first run writes the content cache, the second starts as people start the app
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_PAINT_PROBE, str(tmp_path / "data")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.stdout.strip() == "Qt namespace built: False | loaded: -", result.stderr
