"""Time to responsive: from launch until the window answers input, heartbeat-measured (issue 14).

    .venv/bin/python -m benchmarks.responsive              # 5 interleaved runs, bundled content and a 100k pack
    .venv/bin/python -m benchmarks.responsive --size 10000 --runs 3

Each run is a new process started as a person starts it (the installed `alignment-atlas`, a fresh `--data-dir`).
With `ALIGNMENT_ATLAS_RESPONSIVE_PROBE` set, the app starts a 5 ms heartbeat at its first paint
(`desktop/startup_marker.py`); a keystroke is handled by the same event loop, so a heartbeat gap is exactly how long
a keystroke would wait. "Responsive" is the end of the last gap over 50 ms, taken over the first `--watch` seconds
after the first paint. The baseline is the bare `QMainWindow`'s time to first paint (`benchmarks/startup.py`).

Variants: the app with its bundled content; the app with a `--size`-term synthetic CSV pack installed in its data
folder, first start (no cache yet) and second start (the caches written by the first). Targets: bundled ≤ 1.5 × the
bare window's first paint; with the 100,000-term pack installed ≤ 1.5 s, and its first paint on the second start
(pack read from the pack cache) ≤ 0.6 s (issue 14); no gap over 50 ms after the first paint.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import Row, emit
from benchmarks.generate import write_pack
from benchmarks.startup import (
    BARE_WINDOW,
    MARKER,
    StartupError,
    _environment,
    compile_bytecode,
    installed_entry_point,
    stderr_lines,
    virtual_display,
)

PROBE_VAR = "ALIGNMENT_ATLAS_RESPONSIVE_PROBE"  # desktop/startup_marker.py
RESPONSIVE = "alignment-atlas: responsive"
BUNDLED_RATIO_TARGET = 1.5
PACK_TARGET_S = 1.5
CACHED_FIRST_PAINT_TARGET_S = 0.6
TIMEOUT = 120.0


@dataclass
class Run:
    first_paint: float
    responsive: float
    longest_ms: float
    blocks: int


@dataclass
class Variant:
    label: str
    command: list[str]
    pack: Path | None = None
    fresh_data: bool = True
    runs: list[Run] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return float(statistics.median(getattr(run, attribute) for run in self.runs))


def launch(command: Sequence[str], env: dict[str, str], *, watch: float, timeout: float = TIMEOUT) -> Run:
    """Start the process, read its first-paint and responsive lines (times from just before the start)."""
    first_paint: float | None = None
    seen: list[str] = []
    lines = stderr_lines(command, env, timeout)
    try:
        for started, line in lines:
            if line.startswith(MARKER):
                first_paint = float(line.split()[-1]) - started
                if not watch:
                    return Run(first_paint, first_paint, 0.0, 0)
            elif line.startswith(RESPONSIVE) and first_paint is not None:
                at, longest, blocks = line[len(RESPONSIVE) :].split()
                return Run(first_paint, float(at) - started, float(longest), int(blocks))
            else:
                seen.append(line.rstrip())
    finally:
        lines.close()
    raise StartupError(f"{' '.join(command)}: no responsive line; stderr: {' | '.join(seen[-5:])}")


def _data_dir(scratch: Path, pack: Path | None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
    if pack is not None:
        shutil.copytree(pack, folder / "packs" / pack.name)
    return folder


def measure(
    bare: Variant, variants: list[Variant], *, runs: int, env: dict[str, str], scratch: Path, watch: float
) -> None:
    """Interleaved rounds after one unrecorded warm-up; a variant with `fresh_data=False` reuses its data and
    cache folders from the round before (its second start), every other one starts with new ones."""
    kept: dict[str, tuple[Path, Path]] = {}
    for round_number in range(runs + 1):
        bare_run = launch(bare.command, env, watch=0)
        if round_number:
            bare.runs.append(bare_run)
        for variant in variants:
            if variant.fresh_data or variant.label not in kept:
                kept[variant.label] = (_data_dir(scratch, variant.pack), Path(tempfile.mkdtemp(dir=scratch)))
                if not variant.fresh_data:
                    first = launch(
                        _command(variant, kept[variant.label][0]), _with_cache(env, kept[variant.label][1]), watch=watch
                    )
                    del first  # writes the caches: this variant measures the start after it
            data, cache = kept[variant.label]
            run = launch(_command(variant, data), _with_cache(env, cache), watch=watch)
            if round_number:
                variant.runs.append(run)
            if variant.fresh_data:
                kept.pop(variant.label)
        print(f"\rround {round_number}/{runs}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def _command(variant: Variant, data: Path) -> list[str]:
    return [*variant.command, "--data-dir", str(data)]


def _with_cache(env: dict[str, str], cache: Path) -> dict[str, str]:
    return {**env, "XDG_CACHE_HOME": str(cache)}


def rows(bare: Variant, variants: Sequence[Variant], size: int) -> list[Row]:
    baseline = bare.median("first_paint") * 1000
    out = [Row("bare window: first paint (baseline)", baseline, "ms")]
    for variant in variants:
        responsive = variant.median("responsive") * 1000
        if variant.pack is None:
            out.append(
                Row(
                    f"{variant.label}: time to responsive",
                    responsive,
                    "ms",
                    baseline=baseline,
                    baseline_label="bare window, first paint",
                    target=BUNDLED_RATIO_TARGET,
                    ratio_target=True,
                )
            )
        else:
            target = PACK_TARGET_S * 1000 if size >= 100_000 else None
            cached = not variant.fresh_data and size >= 100_000
            paint_target = CACHED_FIRST_PAINT_TARGET_S * 1000 if cached else None
            out.append(
                Row(f"{variant.label}: first paint", variant.median("first_paint") * 1000, "ms", target=paint_target)
            )
            out.append(Row(f"{variant.label}: time to responsive", responsive, "ms", target=target))
        longest = max(run.longest_ms for run in variant.runs)
        out.append(Row(f"{variant.label}: longest gap after first paint", longest, "ms", target=50.0))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=100_000, help="terms in the synthetic pack (0: no pack runs)")
    parser.add_argument("--watch", type=float, default=3.0, help="seconds watched after the first paint")
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)

    app = installed_entry_point()
    bare = Variant("bare QMainWindow", [sys.executable, "-c", BARE_WINDOW])
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="alignment-atlas-responsive-") as name:
        scratch = Path(name)
        variants = [Variant("bundled content", app, fresh_data=False)]
        if args.size:
            pack = write_pack(args.size, scratch / "pack-src" / "synthetic")
            label = f"{args.size:,}-term pack"
            variants += [
                Variant(f"{label}, first start", app, pack=pack),
                Variant(f"{label}, second start", app, pack=pack, fresh_data=False),
            ]
        try:
            if args.platform == "xcb" and not os.environ.get("DISPLAY"):
                with virtual_display() as display:
                    env = {**_environment("xcb", display), PROBE_VAR: str(args.watch)}
                    measure(bare, variants, runs=args.runs, env=env, scratch=scratch, watch=args.watch)
            else:
                env = {**_environment(args.platform, None), PROBE_VAR: str(args.watch)}
                measure(bare, variants, runs=args.runs, env=env, scratch=scratch, watch=args.watch)
        except StartupError as exc:
            print(f"responsive: {exc}", file=sys.stderr)
            return 1
    emit(rows(bare, variants, args.size), as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
