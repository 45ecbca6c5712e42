"""Lines on stderr for the startup benchmarks: the first paint, and when the window answers input after it.

With `ALIGNMENT_ATLAS_FIRST_PAINT_MARKER=1` in the environment, `install_first_paint_marker(window)` (called
before `window.show()`) prints

    alignment-atlas: first paint <seconds>

where `<seconds>` is `time.monotonic()`: a system-wide clock on Linux, macOS and Windows, so the benchmark can
subtract the moment it started the process. `benchmarks/startup.py` uses the same line for a bare `QMainWindow`,
so both are timed alike.

With `ALIGNMENT_ATLAS_RESPONSIVE_PROBE=<seconds>` as well, a heartbeat starts once the first frame is painted (in
the first turn of the event loop after the first paint event): a timer that asks to run every `HEARTBEAT_MS`. A
keystroke waits exactly as long as the heartbeat does, since both are handled by the same event loop, so every gap
between two beats longer than `BLOCK_MS` is a moment the window did not answer input. After watching for `<seconds>`
the probe prints

    alignment-atlas: responsive <seconds> <longest gap in ms> <gaps over BLOCK_MS>

where `<seconds>` is the end of the last gap over `BLOCK_MS` (the first paint when there was none): from then on
the window answered every keystroke within `BLOCK_MS`. Without the variables nothing is installed or printed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from functools import partial
from typing import TextIO

from PySide6.QtCore import QObject, QTimer

from desktop.first_paint import on_first_paint

ENV_VAR = "ALIGNMENT_ATLAS_FIRST_PAINT_MARKER"
MARKER = "alignment-atlas: first paint"
PROBE_VAR = "ALIGNMENT_ATLAS_RESPONSIVE_PROBE"
RESPONSIVE = "alignment-atlas: responsive"
HEARTBEAT_MS = 5
BLOCK_MS = 50


def _write_marker(stream: TextIO) -> None:
    stream.write(f"{MARKER} {time.monotonic():.6f}\n")
    stream.flush()


class Heartbeat(QObject):
    """Beats every `HEARTBEAT_MS` for `span` seconds from `start()`, then writes the responsive line once."""

    def __init__(self, parent: QObject, *, span: float, stream: TextIO) -> None:
        super().__init__(parent)
        self._span = span
        self._stream = stream
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self.started = self.last = self.responsive = 0.0
        self.longest = 0.0
        self.blocks = 0

    def start(self) -> None:
        self.started = self.last = self.responsive = time.monotonic()
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        gap = now - self.last
        self.last = now
        self.longest = max(self.longest, gap)
        if gap * 1000 > BLOCK_MS:
            self.blocks += 1
            self.responsive = now
        if now - self.started >= self._span:
            self._timer.stop()
            self._stream.write(f"{RESPONSIVE} {self.responsive:.6f} {self.longest * 1000:.1f} {self.blocks}\n")
            self._stream.flush()


def _first_paint(stream: TextIO, heartbeat: Heartbeat | None) -> None:
    _write_marker(stream)
    if heartbeat is not None:  # queued before the window's own after-paint work, so it is measured too
        QTimer.singleShot(0, heartbeat.start)


def install_first_paint_marker(
    window: QObject, *, environ: Mapping[str, str] = os.environ, stream: TextIO | None = None
) -> bool:
    """Install the marker (and the heartbeat, when asked for) on `window`; True when installed."""
    if environ.get(ENV_VAR) != "1":
        return False
    target = stream if stream is not None else sys.stderr
    if target is None:  # a windowed Windows build has no stderr
        return False
    heartbeat = None
    span = environ.get(PROBE_VAR, "")
    if span:
        try:
            heartbeat = Heartbeat(window, span=max(0.1, float(span)), stream=target)
        except ValueError:
            target.write(f"alignment-atlas: {PROBE_VAR} is not a number of seconds: {span!r}\n")
    on_first_paint(window, partial(_first_paint, target, heartbeat))
    return True
