"""End to end in a real window: Xvfb, the app started as a person starts it, keys typed by xdotool.

The installed entry point (`.venv/bin/alignment-atlas`) and, when built, the bundle each open their window on a
virtual X display; xdotool types a search, presses Return, and the window title must name the chosen term; Alt+Left
must bring back the term shown before. Skips with a reason when Xvfb or xdotool is missing, except in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bundle_support import bundle_executable, clean_environment, require_tool, unexpected_stderr

pytestmark = pytest.mark.slow

APP = "Alignment Atlas"
START_TITLE = f"AI alignment — {APP}"  # a first start opens the glossary on "alignment"
WAIT = 30.0  # seconds before a step counts as failed; a step normally takes well under one


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        [require_tool("xdotool"), *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=WAIT + 5,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Xvfb server (1280×800, no TCP) on a display number it picks itself; yields ':N'."""
    xvfb = require_tool("Xvfb")
    require_tool("xdotool")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=log_file,
        )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # written once the server accepts connections
        if not number:
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _installed_entry_point() -> list[str]:
    script = Path(sys.executable).parent / "alignment-atlas"
    if not script.is_file():
        pytest.fail(f"no installed entry point at {script} (pip install -e . creates it)")
    return [str(script)]


def _find_window(display: str, app: subprocess.Popen[str]) -> str:
    """`xdotool search --sync` for the app's window, failing at once if the app exits first."""
    search = subprocess.Popen(
        [require_tool("xdotool"), "search", "--sync", "--onlyvisible", "--name", APP],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + WAIT
    try:
        while search.poll() is None:
            if app.poll() is not None:
                pytest.fail(f"the app exited with code {app.returncode} before its window appeared")
            if time.monotonic() > deadline:
                pytest.fail(f"no visible window named {APP!r} appeared")
            time.sleep(0.1)
        assert search.stdout is not None
        return search.stdout.read().split()[0]
    finally:
        if search.poll() is None:
            search.kill()
        search.communicate()


def _wait_for_title(display: str, window: str, expected: str) -> None:
    deadline = time.monotonic() + WAIT
    title = ""
    while time.monotonic() < deadline:
        title = _xdotool(display, "getwindowname", window)
        if title == expected:
            return
        time.sleep(0.1)
    pytest.fail(f"the window title stayed {title!r}, expected {expected!r}")


@pytest.mark.parametrize("launcher", ["installed entry point", "bundle"])
def test_search_return_and_back_in_a_real_window(launcher: str, display: str, tmp_path: Path) -> None:
    command = _installed_entry_point() if launcher == "installed entry point" else [str(bundle_executable())]
    env = clean_environment(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path / "data")],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    failure: BaseException | None = None
    try:
        window = _find_window(display, app)
        _wait_for_title(display, window, START_TITLE)
        _xdotool(display, "windowfocus", "--sync", window)
        _xdotool(display, "key", "--clearmodifiers", "ctrl+f")
        _xdotool(display, "type", "--delay", "40", "rlhf")
        _xdotool(display, "key", "Return")
        _wait_for_title(display, window, f"RLHF — {APP}")
        _xdotool(display, "key", "alt+Left")
        _wait_for_title(display, window, START_TITLE)
    except (subprocess.SubprocessError, pytest.fail.Exception) as exc:
        failure = exc
    finally:
        app.terminate()
        try:
            _, stderr = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _, stderr = app.communicate()
    if failure is not None:
        pytest.fail(f"{launcher}: {failure}\napp stderr:\n{stderr}")
    assert unexpected_stderr(stderr) == [], stderr
