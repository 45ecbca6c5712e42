"""Loading: the bundled glossary with and without the content cache, and synthetic packs of 1,000 to 100,000 terms.

    .venv/bin/python -m benchmarks.loading [--sizes 1000,10000,100000] [--runs 10]

Bundled: `load_content()` in this process, median of several runs after one warm-up, without a cache folder (the
baseline: YAML parsed every time) and with one (the cache filled by the warm-up run). A fresh process that imports
the loader and loads from the cache is timed too (the figure the app pays at start).

Packs: `generate.write_pack` writes each synthetic pack as CSV files in the pack format, then the pack loader
(`desktop.core.packs.loading.with_packs`, issue 8) adds it to the bundled glossary; one run per size, in this process,
right after writing the pack. The largest pack is also loaded in fresh processes (median of 3), as the app loads
it when it starts. Without the pack loader these rows say so.

Pack cache (issue 14): for the largest pack, the command line as a person runs it (the installed `alignment-atlas`,
a fresh process each time, a cache folder of its own): `search --pack` once with an empty cache folder (the pack is
read and the caches written), then `search --pack` and `list --pack` again (median of 3), which read the pack
cache, the display order and the search tables from the cache folder. Target: a cached `search --pack` of 100,000
terms ≤ 0.6 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import ROOT, Row, emit, median
from benchmarks.generate import write_pack

PACK_TARGET_S = 1.5
CACHED_SEARCH_TARGET_S = 0.6
BUNDLED_TARGET_MS = 50.0

_FRESH_PROCESS = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from desktop.content import load_content
glossary = load_content(cache_dir=Path(sys.argv[1]))
print((time.perf_counter() - started) * 1000, len(glossary.terms))
"""

_FRESH_PACK = """
import sys, time
from pathlib import Path
from desktop.content import load_content
from desktop.core.packs.loading import with_packs
bundled = load_content()
started = time.perf_counter()
glossary = with_packs(bundled, [Path(sys.argv[1])])
print(time.perf_counter() - started, len(glossary.terms) - len(bundled.terms))
"""
FRESH_RUNS = 3


def _timed(function: object, runs: int) -> float:
    """Median milliseconds of `function()` over runs."""
    assert callable(function)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def bundled_rows(runs: int) -> list[Row]:
    from desktop.content import load_content

    with tempfile.TemporaryDirectory() as cache:
        cache_dir = Path(cache)
        load_content()
        load_content(cache_dir=cache_dir)
        plain = _timed(load_content, runs)
        warm = _timed(lambda: load_content(cache_dir=cache_dir), runs)
        fresh = []
        for _ in range(max(3, runs // 2)):
            out = subprocess.run(
                [sys.executable, "-c", _FRESH_PROCESS, str(cache_dir)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            fresh.append(float(out.stdout.split()[0]))
    return [
        Row("load bundled content, cached", warm, "ms", plain, "parsing the YAML", BUNDLED_TARGET_MS),
        Row(
            "load bundled content, cached, fresh process",
            median(fresh),
            "ms",
            note="imports of the loader included",
        ),
    ]


def pack_rows(sizes: Sequence[int]) -> list[Row]:
    try:
        from desktop.core.packs.loading import with_packs
    except ImportError:
        pending = "pending: issue 8's pack loader"
        return [Row(f"load a {size:,}-term pack", float("nan"), "s", note=pending) for size in sizes]
    from desktop.content import load_content

    bundled = load_content()
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            pack = write_pack(size, Path(folder) / f"synthetic-{size}")
            started = time.perf_counter()
            glossary = with_packs(bundled, [pack])
            seconds = time.perf_counter() - started
            loaded = sum(1 for term in glossary.terms.values() if term.pack)
            note = f"{loaded:,} terms loaded" if loaded == size else f"only {loaded:,} of {size:,} terms loaded"
            problems = len(glossary.problems) - len(bundled.problems)
            if problems:
                note += f", {problems:,} problems reported"
            out.append(
                Row(
                    f"load a {size:,}-term pack (CSV)",
                    seconds,
                    "s",
                    target=PACK_TARGET_S if size == 100_000 else None,
                    note=note,
                )
            )
            if size == max(sizes):
                out.append(_fresh_pack_row(size, pack))
                out.extend(command_line_rows(size, pack))
    return out


def _entry_point() -> list[str]:
    script = Path(sys.executable).parent / ("alignment-atlas.exe" if sys.platform == "win32" else "alignment-atlas")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "desktop"]


def _command_seconds(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def command_line_rows(size: int, pack: Path) -> list[Row]:
    """`search --pack` and `list --pack` in fresh processes: without a cache, then with the caches they wrote."""
    app = _entry_point()
    search = [*app, "search", "alignment", "--pack", str(pack), "--limit", "5"]
    listing = [*app, "list", "--pack", str(pack)]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "QT_QPA_PLATFORM": "offscreen"}
        first = _command_seconds(search, env)
        cached = median([_command_seconds(search, env) for _ in range(FRESH_RUNS)])
        listed = median([_command_seconds(listing, env) for _ in range(FRESH_RUNS)])
    return [
        Row(
            f"search --pack, {size:,} terms, cached",
            cached,
            "s",
            baseline=first,
            baseline_label="first run: pack read, caches written",
            target=CACHED_SEARCH_TARGET_S if size >= 100_000 else None,
            note=f"command line, fresh process, median of {FRESH_RUNS}",
        ),
        Row(f"list --pack, {size:,} terms, cached", listed, "s", note=f"median of {FRESH_RUNS}"),
    ]


def _fresh_pack_row(size: int, pack: Path) -> Row:
    times = []
    for _ in range(FRESH_RUNS):
        done = subprocess.run(
            [sys.executable, "-c", _FRESH_PACK, str(pack)], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(done.stdout.split()[0]))
    return Row(
        f"load a {size:,}-term pack (CSV), fresh process",
        median(times),
        "s",
        note=f"median of {FRESH_RUNS}; the bundled content loaded first, as at start",
    )


def rows(sizes: Sequence[int], runs: int = 10) -> list[Row]:
    return [*bundled_rows(runs), *pack_rows(sizes)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="pack sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    emit(rows(sizes, args.runs), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
