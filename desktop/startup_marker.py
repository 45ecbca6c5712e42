"""A line on stderr when the main window paints for the first time, for the startup benchmark.

With `ALIGNMENT_ATLAS_FIRST_PAINT_MARKER=1` in the environment, `install_first_paint_marker(window)` (called
before `window.show()`) prints

    alignment-atlas: first paint <seconds>

where `<seconds>` is `time.monotonic()`: a system-wide clock on Linux, macOS and Windows, so the benchmark can
subtract the moment it started the process. Without the variable nothing is installed and nothing is printed.
`benchmarks/startup.py` uses the same line for a bare `QMainWindow`, so both are timed alike.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from functools import partial
from typing import TextIO

from PySide6.QtCore import QObject

from desktop.first_paint import on_first_paint

ENV_VAR = "ALIGNMENT_ATLAS_FIRST_PAINT_MARKER"
MARKER = "alignment-atlas: first paint"


def _write_marker(stream: TextIO) -> None:
    stream.write(f"{MARKER} {time.monotonic():.6f}\n")
    stream.flush()


def install_first_paint_marker(
    window: QObject, *, environ: Mapping[str, str] = os.environ, stream: TextIO | None = None
) -> bool:
    """Install the marker on `window` when the environment asks for it; True when installed."""
    if environ.get(ENV_VAR) != "1":
        return False
    target = stream if stream is not None else sys.stderr
    if target is None:  # a windowed Windows build has no stderr
        return False
    on_first_paint(window, partial(_write_marker, target))
    return True
