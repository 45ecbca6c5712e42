"""Startup: from process start to the first painted main window, against a bare PySide6 `QMainWindow`.

    .venv/bin/python -m benchmarks.startup                 # 10 runs of each, interleaved, medians and ratios
    .venv/bin/python -m benchmarks.startup --runs 20 --extra one-file=dist/one-file/alignment-atlas

Each run is a whole new process. The app is started as a person starts it: the installed `alignment-atlas` entry
point (source install) and `dist/alignment-atlas/alignment-atlas` (the bundle, when built), each with a fresh
`--data-dir` so no remembered state is involved. With `ALIGNMENT_ATLAS_FIRST_PAINT_MARKER=1` the app writes
`alignment-atlas: first paint <time.monotonic()>` on stderr from an event filter on its main window
(`desktop/startup_marker.py`); the bare window below writes the same line the same way. The clock is system-wide,
so the figure is marker time minus the moment just before the process was started. The process is then ended.

Runs are interleaved (bare, app, bundle, bare, app, bundle, …) after one unrecorded warm-up round, so a slow
moment of the machine hits every variant alike. Without a display an Xvfb server is started (a real xcb window,
as people get); `--platform offscreen` measures without one. The table also gives the bundle's size on disk.

Targets (issue 9 and issue 6): first paint ≤ 1.3 × the bare window, bundle ≤ 160 MB.
"""

from __future__ import annotations

import argparse
import compileall
import os
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "dist" / "alignment-atlas"
BUNDLE_EXE = BUNDLE_DIR / ("alignment-atlas.exe" if sys.platform == "win32" else "alignment-atlas")
ENV_VAR = "ALIGNMENT_ATLAS_FIRST_PAINT_MARKER"  # desktop/startup_marker.py
MARKER = "alignment-atlas: first paint"
RATIO_TARGET = 1.3
SIZE_TARGET_MB = 160
TIMEOUT = 60.0

# The baseline: the least a PySide6 program does to show a main window, timed with the same marker line.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            sys.stderr.write(f"{MARKER} {{time.monotonic():.6f}}\\n")
            sys.stderr.flush()
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 780)
marker = FirstPaint(window)
window.installEventFilter(marker)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Variant:
    label: str
    command: list[str]
    app: bool = True  # takes --data-dir
    seconds: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


class StartupError(RuntimeError):
    """A variant did not print the marker (not wired, crashed, or no display)."""


def installed_entry_point() -> list[str]:
    script = Path(sys.executable).parent / ("alignment-atlas.exe" if sys.platform == "win32" else "alignment-atlas")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "desktop"]


def bundle_size_bytes(folder: Path = BUNDLE_DIR) -> int:
    """Bytes on disk of the bundle's files (symlinks counted as links, not as their targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def stderr_lines(
    command: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT
) -> Generator[tuple[float, str], None, None]:
    """Start the process and yield (the moment just before it started, line) for each line it writes on stderr,
    until it ends or `timeout` passes; the process is ended when the caller stops reading."""
    started = time.monotonic()
    process = subprocess.Popen(
        list(command), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(process.stderr, selectors.EVENT_READ)
            deadline = started + timeout
            while time.monotonic() < deadline:
                if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                    continue
                line = process.stderr.readline()
                if not line:
                    return  # the process ended
                yield started, line
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def time_to_first_paint(command: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT) -> float:
    """Seconds from just before the process starts to its first-paint marker; the process is ended after."""
    seen: list[str] = []
    lines = stderr_lines(command, env, timeout)
    try:
        for started, line in lines:
            if line.startswith(MARKER):
                return float(line.split()[-1]) - started
            seen.append(line.rstrip())
    finally:
        lines.close()
    raise StartupError(
        f"{' '.join(command)}: no '{MARKER}' line"
        + (f"; stderr: {' | '.join(seen[-5:])}" if seen else "")
        + " (is install_first_paint_marker() called before window.show() in desktop/ui/app.py?)"
    )


@contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb server on a display number it chooses itself; yields ':N'."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise StartupError("Xvfb is not installed (apt-get install xvfb), or use --platform offscreen")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # written once the server accepts connections
        if not number:
            raise StartupError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        with suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)


def measure(
    variants: list[Variant], *, runs: int, env: dict[str, str], scratch: Path, progress: bool = True
) -> list[Variant]:
    """Interleaved runs of every variant after one unrecorded warm-up round; fills `variant.seconds`."""
    for round_number in range(runs + 1):
        for variant in variants:
            command = list(variant.command)
            if variant.app:
                data_dir = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
                command += ["--data-dir", str(data_dir)]
            seconds = time_to_first_paint(command, env)
            if round_number:
                variant.seconds.append(seconds)
        if progress:
            print(f"\rround {round_number}/{runs}", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return variants


def table(variants: list[Variant], baseline: Variant, size: int | None) -> str:
    rows = [("variant", "median", "min", "max", "ratio", "target")]
    for variant in variants:
        ratio = variant.median / baseline.median
        rows.append(
            (
                variant.label,
                f"{variant.median * 1000:.0f} ms",
                f"{min(variant.seconds) * 1000:.0f} ms",
                f"{max(variant.seconds) * 1000:.0f} ms",
                f"{ratio:.2f}",
                "—" if variant is baseline else f"≤ {RATIO_TARGET}",
            )
        )
    if size is not None:
        rows.append(("bundle size on disk", f"{size / 1e6:.0f} MB", "", "", "", f"≤ {SIZE_TARGET_MB} MB"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _environment(platform: str, display: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env[ENV_VAR] = "1"
    env["QT_QPA_PLATFORM"] = platform
    if display:
        env["DISPLAY"] = display
    return env


def compile_bytecode() -> None:
    """Write the app's .pyc files first: a person's install has them after its first start, but with
    PYTHONDONTWRITEBYTECODE set (as on our build machines) every start would compile the changed modules again and
    the figure would measure the compiler."""
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Startup time to the first painted window, against a bare window.")
    parser.add_argument("--runs", type=int, default=10, help="recorded runs of each variant (default 10)")
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb", help="Qt platform (default xcb)")
    parser.add_argument("--no-bundle", action="store_true", help="leave out dist/alignment-atlas even when built")
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="LABEL=EXECUTABLE",
        help="time another build of the app too (e.g. a one-file bundle)",
    )
    args = parser.parse_args(argv)

    baseline = Variant("bare QMainWindow (python)", [sys.executable, "-c", BARE_WINDOW], app=False)
    variants = [baseline, Variant("app, source install", installed_entry_point())]
    if BUNDLE_EXE.is_file() and not args.no_bundle:
        variants.append(Variant("app, bundle (one folder)", [str(BUNDLE_EXE)]))
    for extra in args.extra:
        label, _, executable = extra.partition("=")
        variants.append(Variant(label, [str(Path(executable).absolute())]))

    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="alignment-atlas-startup-") as scratch:
        try:
            if args.platform == "xcb" and not os.environ.get("DISPLAY"):
                with virtual_display() as display:
                    measure(variants, runs=args.runs, env=_environment("xcb", display), scratch=Path(scratch))
            else:
                measure(variants, runs=args.runs, env=_environment(args.platform, None), scratch=Path(scratch))
        except StartupError as exc:
            print(f"startup: {exc}", file=sys.stderr)
            return 1
    size = bundle_size_bytes() if BUNDLE_EXE.is_file() and not args.no_bundle else None
    print(f"startup to first paint, {args.runs} interleaved runs each, platform {args.platform}")
    print(table(variants, baseline, size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
