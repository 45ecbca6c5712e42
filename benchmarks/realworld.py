"""A real-world glossary pack from public data on this machine: Debian's package descriptions (issue 14).

    .venv/bin/python -m benchmarks.realworld [--out FOLDER] [--limit N]

`apt-cache dumpavail` lists every package the machine's package lists know (about 60,000 on Debian 12), each with
a one-line and a long description written by its maintainers: term = package name, summary = the one-line
description, definition = the long one (first paragraph), category = the archive section. The CSV is written in
the pack format (files of 10,000 rows) and then timed like the synthetic pack: loading it without and with the pack
cache, a command-line search (first run and second run), each in a fresh process. The data is not committed.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROWS_PER_FILE = 10_000


def packages() -> Iterator[dict[str, str]]:
    """Package records from `apt-cache dumpavail` (name, section, short and long description)."""
    text = subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout
    seen: set[str] = set()
    for record in text.split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in record.splitlines():
            if line.startswith(" ") and key:
                fields[key] += "\n" + line[1:]
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        name = fields.get("Package", "")
        if not name or name in seen or "Description" not in fields:
            continue
        seen.add(name)
        short, _, long = fields["Description"].partition("\n")
        paragraph = " ".join(line.strip() for line in long.split("\n.\n")[0].splitlines() if line.strip() != ".")
        yield {"term": name, "summary": short, "definition": paragraph, "category": fields.get("Section", "misc")}


def write_pack(folder: Path, limit: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    rows = list(packages())[:limit]
    for start in range(0, len(rows), ROWS_PER_FILE):
        with (folder / f"debian-{start // ROWS_PER_FILE:02d}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=["term", "summary", "definition", "category"])
            writer.writeheader()
            writer.writerows(rows[start : start + ROWS_PER_FILE])
    return len(rows)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="where to write the pack (default: a temporary folder)")
    parser.add_argument("--limit", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="alignment-atlas-realworld-") as scratch:
        folder = args.out or Path(scratch) / "debian"
        count = write_pack(folder, args.limit)
        app = str(Path(sys.executable).parent / "alignment-atlas")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache"), "QT_QPA_PLATFORM": "offscreen"}
        search = [app, "search", "python", "--pack", str(folder), "--limit", "5"]
        first, second = timed(search, env), timed(search, env)
        print(f"Debian package descriptions: {count:,} terms in {folder}")
        print(f"search --pack, first run (no cache):  {first:.2f} s")
        print(f"search --pack, second run (cached):   {second:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
