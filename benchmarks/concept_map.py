"""The concept map: graph, layout and memory, on the bundled glossary and with a synthetic pack of N terms.

    .venv/bin/python -m benchmarks.concept_map [--sizes 1000,10000,100000]

Figures: the index of incoming links the Map tab builds in a worker thread when it opens (time and memory), a
neighbourhood of 1 and 2 steps (view and layout, the first time and the median), and the whole-glossary layout
(bundled content; refused above the whole-map limit). The Map tab runs the layout in a worker thread, so these are
not event-loop figures; the target is the issue's: a neighbourhood view opens in ≤ 100 ms at 100,000 terms.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
import tracemalloc
from collections.abc import Callable, Sequence
from functools import partial

from benchmarks.common import Row, emit, median
from benchmarks.generate import synthetic_terms
from desktop.content import load_content
from desktop.core.concept_map.graph import WHOLE_LIMIT, ConceptGraph
from desktop.core.concept_map.layout import lay_out
from desktop.core.content.model import Glossary

TARGET_MS = 100.0
RUNS = 5


def _size(glossary: Glossary) -> Callable[[str], tuple[float, float]]:
    return lambda node: (len(glossary.terms[node].title) * 7.0 + 20.0, 28.0)


def _glossary(size: int) -> Glossary:
    bundled = load_content()
    if not size:
        return bundled
    terms = dict(bundled.terms)
    terms.update((term.id, term) for term in synthetic_terms(size))
    return dataclasses.replace(bundled, terms=terms)


def _neighbourhood(
    graph: ConceptGraph, centre: str, steps: int, size_of: Callable[[str], tuple[float, float]]
) -> object:
    return lay_out(graph.neighbourhood(centre, steps), size_of)


def _whole(glossary: Glossary, size_of: Callable[[str], tuple[float, float]]) -> object:
    return lay_out(ConceptGraph(glossary).whole(), size_of, glossary)


def _ms(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def rows(sizes: Sequence[int]) -> list[Row]:
    out = []
    for size in sizes:
        glossary = _glossary(size)
        label = f"map, {size:,} pack terms" if size else "map, bundled"
        size_of = _size(glossary)
        centre = "rlhf" if "rlhf" in glossary.terms else next(iter(glossary.terms))
        graph = ConceptGraph(glossary)
        tracemalloc.start()
        index = _ms(graph.warm)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out.append(Row(f"{label}: index of incoming links (worker thread, when the tab opens)", index, "ms"))
        out.append(Row(f"{label}: memory of that index", peak / 2**20, "MB"))
        target = TARGET_MS if size >= 100_000 else None
        for steps in (1, 2):
            opened = [_ms(partial(_neighbourhood, graph, centre, steps, size_of)) for _ in range(RUNS)]
            name = f"{label}: neighbourhood of {steps} step(s), view and layout"
            out.append(Row(f"{name}, first", opened[0], "ms", target=target))
            out.append(Row(f"{name}, median", median(opened), "ms", target=target))
        if len(glossary.terms) <= WHOLE_LIMIT:
            whole = median([_ms(partial(_whole, glossary, size_of)) for _ in range(RUNS)])
            out.append(Row(f"{label}: whole glossary, graph and layout", whole, "ms"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0,1000,10000,100000", help="pack sizes, comma-separated (0: bundled)")
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    emit(rows([int(s) for s in args.sizes.split(",") if s]), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
