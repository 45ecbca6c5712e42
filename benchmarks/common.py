"""What the benchmarks share: a row of the results table, its verdict, the table itself, and small statistics."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    """One figure: its value, what it is compared with, and the target it must meet.

    `target` is an upper bound in the figure's unit; with `ratio_target` an upper bound on value / baseline, with
    `over_baseline` an upper bound on value - baseline.
    """

    figure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: float | None = None
    ratio_target: bool = False
    over_baseline: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "-"
        measured = self.ratio if self.ratio_target else self.value
        if self.over_baseline:
            measured = None if self.baseline is None else self.value - self.baseline
        if measured is None or math.isnan(measured):
            return "?"
        if measured <= self.target:
            return "ok"
        return f"MISS by {(measured / self.target - 1) * 100:.0f}%"


def emit(rows: Sequence[Row], *, as_json: bool) -> None:
    """Print rows as a table, or as one JSON line for `run_all`."""
    if as_json:
        print(json.dumps([dataclasses.asdict(row) for row in rows]))
    else:
        print("\n".join(table_lines(rows)))


def rows_from_json(line: str) -> list[Row]:
    return [Row(**fields) for fields in json.loads(line)]


def fmt(value: float | None, unit: str = "") -> str:
    if value is None or math.isnan(value):
        return "-"
    if unit == "×":
        return f"{value:.2f}×"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def table_lines(rows: Sequence[Row], *, markdown: bool = False) -> list[str]:
    header = ("figure", "value", "baseline", "ratio", "target", "verdict")
    body = []
    for row in rows:
        baseline = fmt(row.baseline, row.unit) + (f" ({row.baseline_label})" if row.baseline_label else "")
        target = "-"
        if row.target is not None:
            target = f"≤ {fmt(row.target, '×' if row.ratio_target else row.unit)}"
            if row.over_baseline:
                target = f"≤ baseline + {fmt(row.target, row.unit)}"
        figure = row.figure + (f" [{row.note}]" if row.note else "")
        body.append((figure, fmt(row.value, row.unit), baseline, fmt(row.ratio, "×"), target, row.verdict))
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return lines
    widths = [max(len(cells[i]) for cells in (header, *body)) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out = [line, "-" * len(line)]
    out += ["  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) for cells in body]
    return out


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of the values lie (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at the start"
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}{load}"
    )


def qt_application() -> Any:
    """The QApplication (offscreen unless a platform is set), created once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_message)
    return QApplication.instance() or QApplication(["benchmarks"])


def _qt_message(kind: Any, context: Any, message: str) -> None:
    # The offscreen platform has no window manager to pass size hints to; that notice is noise here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
