"""Every benchmark of issue 9 in one table: `make bench`, or `python -m benchmarks.run_all`.

Each benchmark runs in its own process (a fresh interpreter and Qt, so one does not warm up or bloat the next) and
hands its rows back as one JSON line; the table gives each figure with its baseline, the ratio and the target.
The startup and printing benchmarks (`benchmarks/startup.py`, `benchmarks/print_bench.py`) are run too when they
are there, and their own tables are printed below this one.

    --quick            leave out the 100,000-term figures (a minute instead of several)
    --markdown FILE    also write the table, the machine and the date into FILE (docs/performance.md), between
                       its `<!-- bench:start -->` and `<!-- bench:end -->` lines (the prose around them stays)
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import ROOT, Row, machine, rows_from_json, table_lines

OTHERS = (("startup", "startup to first paint"), ("print_bench", "printing"))


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def ours(quick: bool) -> tuple[list[Row], list[str]]:
    sizes = "0,1000,10000" if quick else "0,1000,10000,100000"
    packs = "1000,10000" if quick else "1000,10000,100000"
    plan = [
        ("keystrokes", ("--sizes", sizes)),
        ("loading", ("--sizes", packs)),
        ("render", ()),
        ("memory", ("--sizes", "" if quick else "100000")),
        ("learning", ("--sizes", packs)),
        ("concept_map", ("--sizes", "0," + packs)),
        ("responsive", ("--runs", "3", "--size", "0" if quick else "100000")),
    ]
    rows: list[Row] = []
    failures: list[str] = []
    for module, args in plan:
        started = time.perf_counter()
        print(f"running {module} …", file=sys.stderr, flush=True)
        done = _run(module, *args, "--json")
        lines = done.stdout.strip().splitlines()
        if done.returncode or not lines:
            failures.append(f"{module} failed (exit {done.returncode}): {done.stderr.strip()[-800:]}")
            continue
        rows.extend(rows_from_json(lines[-1]))
        print(f"  {module}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows, failures


def theirs() -> list[tuple[str, str]]:
    """(heading, output) of the startup and printing benchmarks that exist."""
    out = []
    for module, heading in OTHERS:
        if not (ROOT / "benchmarks" / f"{module}.py").is_file():
            continue
        print(f"running {module} …", file=sys.stderr, flush=True)
        done = _run(module)
        text = done.stdout.strip()
        if done.returncode:
            text += f"\n({module} failed, exit {done.returncode}: {done.stderr.strip()[-800:]})"
        out.append((heading, text))
    return out


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def markdown(rows: Sequence[Row], others: Sequence[tuple[str, str]], failures: Sequence[str]) -> str:
    lines = [
        f"- Date: {datetime.date.today().isoformat()}",
        f"- Machine: {machine()}",
        "",
        *table_lines(rows, markdown=True),
    ]
    for heading, text in others:
        lines += ["", f"### {heading.capitalize()}", "", "```", text, "```"]
    if failures:
        lines += ["", "### Benchmarks that failed", "", *(f"- {failure}" for failure in failures)]
    return "\n".join(lines)


def write_markdown(path: Path, section: str) -> None:
    """Put the section between the markers of the file (appended, with markers, when it has none)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Performance\n"
    block = f"{START}\n{section}\n{END}"
    if START in text and END in text:
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="leave out the 100,000-term figures")
    parser.add_argument("--markdown", type=Path, help="write the results to this Markdown file too")
    parser.add_argument("--only-ours", action="store_true", help="skip the startup and printing benchmarks")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}", file=sys.stderr)
    rows, failures = ours(args.quick)
    others = [] if args.only_ours else theirs()
    print("\n".join(table_lines(rows)))
    for heading, text in others:
        print(f"\n{heading}:\n{text}")
    for failure in failures:
        print(f"\n{failure}")
    if args.markdown:
        write_markdown(args.markdown, markdown(rows, others, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
