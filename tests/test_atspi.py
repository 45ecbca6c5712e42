"""Screen-reader access, checked as a screen reader sees it: over AT-SPI, with the keyboard only.

The test starts what a desktop session would provide, all private to it: an Xvfb display, a D-Bus session bus,
the AT-SPI bus launcher (the accessibility bus), then the app from this checkout with
`QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`. `tests/atspi_checker.py` reads the accessible tree with pyatspi and drives the
keyboard with xdotool; it runs with the system Python (`/usr/bin/python3`), the only one with pyatspi and `gi`.

In English: every interactive control has a name, the term page's links are listed with text and target, the
comparison is a table with row and column headings, and the keyboard flow (find a term, follow a link, compare two
terms, answer a flashcard, export a PDF) works with the match count and the flashcard's result announced. In
Arabic: every control has a name, the names this app sets are Arabic, and Arabic text is reported right to left.

Skips when a package is missing, except in CI (`CI` set), where it fails: .ci/run installs them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bundle_support import ROOT, clean_environment, require_tool, unavailable

pytestmark = pytest.mark.slow

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CHECKER = ROOT / "tests" / "atspi_checker.py"
WAIT = 20  # seconds the checker waits for any one thing before it reports it as failed
FLOW = [
    "found RLHF by typing",
    "followed the link to Reward model",
    "compared RLHF and DPO",
    "moved through the comparison table",
    "answered a flashcard",
    "exported a PDF",
]


def _require_system_packages() -> None:
    require_tool("Xvfb")
    require_tool("xdotool")
    require_tool("dbus-daemon")
    if not Path(BUS_LAUNCHER).is_file():
        unavailable(f"{BUS_LAUNCHER} is missing (package at-spi2-core)")
    if not Path(SYSTEM_PYTHON).is_file():
        unavailable(f"{SYSTEM_PYTHON} is missing")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        unavailable(f"pyatspi is missing for {SYSTEM_PYTHON} (packages python3-pyatspi gir1.2-atspi-2.0)")


def _read_line(read_end: int) -> str:
    with os.fdopen(read_end) as pipe:
        return pipe.readline().strip()


def _stop(process: subprocess.Popen[Any], *, group: bool = False) -> None:
    if process.poll() is None:
        if group:
            os.killpg(process.pid, signal.SIGTERM)  # the bus launcher and the bus daemon it started
        else:
            process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Display, session bus and accessibility bus; yields the environment the app and the checker share."""
    _require_system_packages()
    base = tmp_path_factory.mktemp("atspi")
    (base / "home").mkdir()
    started: list[tuple[subprocess.Popen[Any], bool]] = []
    try:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        started.append((xvfb, False))
        display = _read_line(read_end)
        if not display:
            pytest.fail("Xvfb did not start")
        read_end, write_end = os.pipe()
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write_end}"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        started.append((bus, False))
        address = _read_line(read_end)
        if not address:
            pytest.fail("the session bus did not start")
        # A private home and runtime folder: the accessibility bus's socket lands there, not in ~/.cache/at-spi.
        env = clean_environment(base / "home", DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address)
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append((launcher, True))
        waited = subprocess.run(
            [SYSTEM_PYTHON, str(CHECKER), "--wait-for-bus", "--wait", str(WAIT)],
            env=env,
            capture_output=True,
            text=True,
            timeout=WAIT + 30,
            check=False,
        )
        if waited.returncode != 0:
            pytest.fail(f"the accessibility bus did not start: {waited.stdout}{waited.stderr}")
        yield env
    finally:
        for process, group in reversed(started):
            _stop(process, group=group)


def _check(session: dict[str, str], tmp_path: Path, lang: str, *checker_args: str) -> dict[str, Any]:
    """Start the app in `lang`, run the checker against it, stop the app; the checker's figures."""
    env = {**session, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", lang, "--data-dir", str(tmp_path / f"data-{lang}")],
        cwd=ROOT,  # this checkout's code, whatever is installed
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(CHECKER), "--lang", lang, "--wait", str(WAIT), *checker_args],
            env=session,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        app.terminate()
        try:
            _, app_stderr = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _, app_stderr = app.communicate()
    try:
        figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        pytest.fail(f"the checker printed no result:\n{result.stdout}\n{result.stderr}\napp stderr:\n{app_stderr}")
    (tmp_path / f"atspi-{lang}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"AT-SPI figures ({lang}):", json.dumps(figures, ensure_ascii=False))
    assert figures["failures"] == [], f"{figures}\nchecker stderr:\n{result.stderr}\napp stderr:\n{app_stderr}"
    assert result.returncode == 0, result.stderr
    return figures


def test_english_names_links_table_announcements_and_keyboard_flow(session: dict[str, str], tmp_path: Path) -> None:
    pdf = tmp_path / "flow" / "rlhf.pdf"
    pdf.parent.mkdir()
    figures = _check(session, tmp_path, "en", "--pdf", str(pdf))
    assert figures["controls"] >= 60 and figures["unnamed"] == 0
    assert figures["links"] >= 5
    assert figures["table"]["columns"] == 2 and figures["table"]["rows"] >= 3
    assert figures["term_page_markers"] == 0 and figures["comparison_notes_markers"] == 0 and figures["sections"] >= 3
    assert figures["flow"] == FLOW
    assert figures["count_announced"].endswith(("term matches", "terms match"))
    assert figures["link_announced"] == "reward model, link to the term “Reward model”"
    assert figures["cell_announced"]["column"] == "RLHF" and figures["cell_announced"]["row"]
    assert "comes back in" in figures["card_announced"]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_arabic_names_are_there_translated_and_right_to_left(session: dict[str, str], tmp_path: Path) -> None:
    figures = _check(session, tmp_path, "ar")
    assert figures["controls"] >= 60 and figures["unnamed"] == 0
    assert "direction:rtl" in figures["rtl_attributes"]


def test_the_ci_script_installs_what_this_test_needs() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in ("at-spi2-core", "python3-pyatspi", "gir1.2-atspi-2.0", "dbus-daemon"):
        assert package in script, package
