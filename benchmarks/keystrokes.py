"""Search as you type: from a keystroke to the term list showing the new ranked result.

    .venv/bin/python -m benchmarks.keystrokes [--sizes 0,1000,10000,100000]     (0 = the bundled glossary)

The real search field and list (`TermListPanel` over `TermSearchModel` and `SearchIndex`) are built over the terms
in collated order and shown (offscreen unless QT_QPA_PLATFORM says otherwise). Each query of a fixed list is typed
one character at a time; a keystroke is timed with `QElapsedTimer` from `setText` on the search field until the
event queue is empty (the model reset, the view's layout and paint included). Between queries the field is cleared
(not timed). The index's text part is built before typing starts; its build time is reported on its own row.

Baseline: the straightforward ranking (`rank_all`, term by term over pre-folded terms) on a sample of the same
keystrokes, for sizes up to 10,000 terms (at 100,000 it needs gigabytes and minutes).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from benchmarks.common import Row, emit, median, percentile, qt_application
from benchmarks.generate import synthetic_terms
from desktop.core.content.model import Term

# Words of the subject occur in synthetic titles at every size; function words only in running text.
SYNTHETIC_QUERIES = (
    "reward model",  # prefix of titles
    "interpretability",
    "sycophancy",
    "rewrad",  # typos
    "alignmnet",
    "halucination",
    "corrigibilty",
    "reward hacking",  # several words
    "distribution shift",
    "red team",
    "because",  # only in running text
    "between",
    "GENERALIZATION",  # case and accents
    "décéption",
)
BUNDLED_QUERIES = (
    "reward model",
    "rlfh",
    "halucination",
    "goodhart",
    "specification gaming",
    "coinrun",
    "constitutional ai",
    "jailbrek",
    "SYCOPHANCY",
    "désalignement",
)
BASELINE_SAMPLES = 12
TARGETS = {0: (2.0, None), 100_000: (16.0, 33.0)}
DEFAULT_TARGET = (16.0, 33.0)


def _label(size: int) -> str:
    return "bundled (49 terms)" if size == 0 else f"{size:,} terms"


def _terms(size: int) -> list[Term]:
    if size == 0:
        from desktop.content import load_content

        return list(load_content().terms.values())
    return synthetic_terms(size)


def _queries(size: int, terms: Sequence[Term]) -> list[str]:
    if size == 0:
        return list(BUNDLED_QUERIES)
    # Two of the pack's own titles, chosen by position so the list is the same on every run.
    return [*SYNTHETIC_QUERIES, terms[len(terms) // 3].title, terms[2 * len(terms) // 3].title]


def measure(size: int) -> tuple[list[float], dict[str, float]]:
    """Keystroke times (ms) for one glossary size, and extra figures (build times, baseline)."""
    from PySide6.QtCore import QElapsedTimer, QLocale

    from desktop.collation import collated
    from desktop.core.search.index import FoldedTerm, SearchIndex, rank_all
    from desktop.ui.term_list import TermListPanel
    from desktop.ui.term_model import TermListModel, TermSearchModel

    app = qt_application()
    terms = collated(_terms(size), QLocale("en"))
    extra: dict[str, float] = {}
    started = time.perf_counter()
    index = SearchIndex(terms)
    steps = index.build_steps()
    while index._tables is None:  # the name tables come first
        next(steps)
    extra["index"] = time.perf_counter() - started
    started = time.perf_counter()
    for _ in steps:
        pass
    extra["text index"] = time.perf_counter() - started
    source = TermListModel(terms, category_title=str)
    model = TermSearchModel(source, index)
    panel = TermListPanel(model=model)
    panel.resize(320, 800)
    panel.show()
    app.processEvents()

    field = panel.search_field
    timer = QElapsedTimer()
    times: list[float] = []
    typed: list[str] = []
    for query in _queries(size, terms):
        field.setText("")
        app.processEvents()
        for end in range(1, len(query) + 1):
            timer.start()
            field.setText(query[:end])
            app.processEvents()
            times.append(timer.nsecsElapsed() / 1e6)
            typed.append(query[:end])
        shown = [model.term_id_at(row) for row in range(min(model.rowCount(), 20))]
        expected = [hit.term_id for hit in index.search(query, limit=20)]
        if shown != expected:
            raise AssertionError(f"the list does not show the ranked result for {query!r}")

    if size <= 10_000:
        folded = [FoldedTerm.of(term) for term in terms]
        step = max(1, len(typed) // BASELINE_SAMPLES)
        samples = []
        for query in typed[::step]:
            started = time.perf_counter()
            rank_all(query, folded)
            samples.append((time.perf_counter() - started) * 1000)
        extra["baseline"] = median(samples)
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return times, extra


def rows(sizes: Sequence[int]) -> list[Row]:
    out: list[Row] = []
    for size in sizes:
        times, extra = measure(size)
        median_target, p95_target = TARGETS.get(size, DEFAULT_TARGET)
        label = _label(size)
        baseline = extra.get("baseline")
        out.append(
            Row(
                f"keystroke → list, {label}: median",
                median(times),
                "ms",
                baseline,
                "term-by-term ranking" if baseline is not None else "",
                median_target,
                note=f"{len(times)} keystrokes",
            )
        )
        out.append(Row(f"keystroke → list, {label}: p95", percentile(times, 0.95), "ms", target=p95_target))
        if size >= 10_000:
            out.append(Row(f"keystroke → list, {label}: slowest", max(times), "ms"))
            out.append(Row(f"search index build (names), {label}", extra["index"] * 1000, "ms"))
            out.append(
                Row(
                    f"search index build (text), {label}",
                    extra["text index"] * 1000,
                    "ms",
                    note="in idle-time steps, or on the first search",
                )
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0,1000,10000,100000", help="comma-separated; 0 is the bundled glossary")
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    emit(rows(sizes), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
