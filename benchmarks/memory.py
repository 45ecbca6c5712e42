"""Memory: resident memory of the app's window against a bare PySide6 `QMainWindow`, each in its own process.

    .venv/bin/python -m benchmarks.memory [--sizes 100000]

Each variant runs in a fresh process that builds its window, shows it (offscreen unless QT_QPA_PLATFORM says
otherwise), runs the event loop until it is idle (the search indexes are built in idle time), types a search, and
then reports `VmRSS` from /proc/self/status (resident now) and `ru_maxrss` (the peak). Variants: the bare window;
the app's `MainWindow` with the bundled glossary; and with the bundled glossary plus a synthetic pack of N terms,
written as CSV files and loaded by the pack loader (issue 8) as the app does, or built in memory without one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Row, emit
from benchmarks.generate import write_pack

BUNDLED_TARGET_MB = 40.0
LARGE_TARGET_MB = 200.0  # issue 14 (was 300 in issue 9)
LARGE_SIZE = 100_000


def _resident_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _settle(app: Any, timeout: float = 120.0) -> None:
    """Process events until 50 passes in a row find nothing to do (idle-time work done), or the timeout."""
    quiet = 0
    deadline = time.monotonic() + timeout
    while quiet < 50 and time.monotonic() < deadline:
        started = time.perf_counter()
        app.processEvents()
        quiet = quiet + 1 if time.perf_counter() - started < 0.001 else 0


def _with_pack(glossary: Any, size: int, pack: str) -> Any:
    """The glossary plus the synthetic pack: loaded from its CSV files, or built in memory without a pack loader."""
    import dataclasses

    if pack:
        from desktop.core.packs.loading import with_packs

        return with_packs(glossary, [Path(pack)])
    from benchmarks.generate import synthetic_terms

    extra = {term.id: term for term in synthetic_terms(size) if term.id not in glossary.terms}
    return dataclasses.replace(glossary, terms={**glossary.terms, **extra})


def child(variant: str, size: int, pack: str = "") -> dict[str, float]:
    """Build one variant in this process and measure it (kB)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["benchmarks-memory"])
    if variant == "bare":
        window = QMainWindow()
        window.resize(1200, 780)
        window.show()
        _settle(app)
        return {"rss": _resident_kb(), "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}

    from PySide6.QtCore import QSettings

    from desktop.content import load_content
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    glossary = load_content()
    if size:
        glossary = _with_pack(glossary, size, pack)
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        main = MainWindow(glossary=glossary, settings=settings, open_url=lambda url: None)
        main.resize(1200, 780)
        main.show()
        _settle(app)
        main.glossary_page.list_panel.search_field.setText("reward model")
        _settle(app)
        result: dict[str, float] = {"rss": _resident_kb(), "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        main.close()
    return result


def _run_child(variant: str, size: int = 0, pack: str = "") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--child", variant, "--size", str(size), "--pack", pack],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def rows(sizes: Sequence[int]) -> list[Row]:
    bare = _run_child("bare")
    bundled = _run_child("app")
    bare_mb = bare["rss"] / 1024
    label = "bare QMainWindow"
    out = [
        Row(
            "resident memory, app with bundled content",
            bundled["rss"] / 1024,
            "MB",
            bare_mb,
            label,
            BUNDLED_TARGET_MB,
            over_baseline=True,
            note=f"{bundled['rss'] / 1024 - bare_mb:.0f} MB above bare; peaks {bundled['peak'] / 1024:.0f} and "
            f"{bare['peak'] / 1024:.0f} MB",
        ),
    ]
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            pack = ""
            if importlib.util.find_spec("desktop.core.packs.loading") is not None:
                pack = str(write_pack(size, Path(folder) / "synthetic"))
            large = _run_child("app", size, pack)
        out.append(
            Row(
                f"resident memory, app with {size:,} more terms",
                large["rss"] / 1024,
                "MB",
                bare_mb,
                label,
                LARGE_TARGET_MB if size == LARGE_SIZE else None,
                over_baseline=True,
                note=f"{large['rss'] / 1024 - bare_mb:.0f} MB above bare; peak {large['peak'] / 1024:.0f} MB"
                + ("" if pack else "; terms built in memory: no pack loader"),
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=str(LARGE_SIZE), help="pack sizes, comma-separated (empty for none)")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--pack", default="", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.size, args.pack)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    emit(rows(sizes), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
