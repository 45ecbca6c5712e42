"""Printing speed: the all-terms booklet, and a 2,000-term pack booklet, written to PDF (seconds, seconds per page).

Run: `python -m benchmarks.print_bench [--runs N] [--pack-terms N]`. It measures and prints; it never asserts.
The pack is the bundled terms copied under new ids and titles (long entries, the worst case for layout).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pack(glossary, size: int):  # type: ignore[no-untyped-def]
    """A glossary of `size` terms: the bundled ones, then numbered copies of them."""
    originals = list(glossary.terms.values())
    terms = {}
    for index in range(size):
        term = originals[index % len(originals)]
        if index >= len(originals):
            copy = index // len(originals)
            term = dataclasses.replace(term, id=f"{term.id}-{copy}", title=f"{term.title} {copy}")
        terms[term.id] = term
    return dataclasses.replace(glossary, terms=terms)


def _time_booklet(glossary, folder: Path, name: str, runs: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    from desktop.printing.booklet import JobRenderer
    from desktop.printing.jobs import all_terms_booklet
    from desktop.printing.pdf import write_pdf
    from desktop.printing.texts import PrintTexts

    job = all_terms_booklet(glossary, PrintTexts())
    best, pages = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = write_pdf(job, folder / f"{name}.pdf", JobRenderer(glossary), paper="A4")
        best = min(best, time.perf_counter() - start)
    return best, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--pack-terms", type=int, default=2000, help="size of the large booklet (0 skips it)")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    from desktop.content import load_content

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    glossary = load_content()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seconds, pages = _time_booklet(glossary, folder, "all", args.runs)
        size = (folder / "all.pdf").stat().st_size
        print(
            f"all-terms booklet ({len(glossary.terms)} terms): {pages} pages in {seconds:.2f} s "
            f"= {seconds / pages * 1000:.1f} ms per page, {size / 1e6:.1f} MB"
        )
        if args.pack_terms:
            pack = _pack(glossary, args.pack_terms)
            seconds, pages = _time_booklet(pack, folder, "pack", 1)
            size = (folder / "pack.pdf").stat().st_size
            print(
                f"{len(pack.terms)}-term pack booklet: {pages} pages in {seconds:.2f} s "
                f"= {seconds / pages * 1000:.1f} ms per page, {size / 1e6:.1f} MB"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
