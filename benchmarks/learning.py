"""Learn mode over every term: quiz questions, scheduling, progress and category counts at 1,000 to 100,000 terms.

    .venv/bin/python -m benchmarks.learning [--sizes 1000,10000,100000]

Each routine that walks the study set is timed on the bundled glossary plus a synthetic pack of N terms
(`generate.synthetic_terms`), with a progress store holding answers for 500 of them, as the Learn page calls it
for the study set "All terms". A quadratic step (a list where a set belongs, as `myth_questions` had: 26 s at
82,000 terms) shows here as a figure that grows a hundredfold from 10,000 to 100,000 terms.

Target: each routine ≤ 50 ms at 100,000 terms (one turn of the event loop that a keystroke may wait for).
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from fsrs import Rating

from benchmarks.common import Row, emit, median
from benchmarks.generate import synthetic_terms
from desktop.content import load_content
from desktop.core.content.model import Glossary
from desktop.core.learning.quiz import concept_quiz, myth_questions
from desktop.core.learning.scheduling import (
    Direction,
    StudySession,
    StudySet,
    category_counts,
    due_count,
    end_of_day,
    progress_by_term,
    study_terms,
)
from desktop.core.learning.store import ProgressStore, utc_now

TARGET_MS = 50.0
ANSWERED = 500
RUNS = 5


def _glossary(size: int) -> Glossary:
    bundled = load_content()
    terms = dict(bundled.terms)
    terms.update((term.id, term) for term in synthetic_terms(size))
    return dataclasses.replace(bundled, terms=terms)


def _store(glossary: Glossary) -> ProgressStore:
    """An in-memory store with `ANSWERED` terms answered once each (both directions)."""
    store = ProgressStore.in_memory()
    ids = list(glossary.terms)[:: max(1, len(glossary.terms) // ANSWERED)][:ANSWERED]
    session = StudySession(store, ids, new_limit=len(ids) * 2, clock=lambda: utc_now() - timedelta(days=3))
    while not session.finished and session.reviewed < len(ids) * 2:
        session.grade(Rating.Good)
    return store


def _time(function: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def _routines(glossary: Glossary) -> dict[str, Callable[[], object]]:
    """What the Learn page runs over the study set "All terms", each as a call to time."""
    store = _store(glossary)
    ids = study_terms(glossary, StudySet())
    cards = store.cards()
    progress = progress_by_term(cards, glossary.terms)
    until = end_of_day(utc_now())
    directions = [d.value for d in Direction]
    return {
        "study_terms (All terms)": lambda: study_terms(glossary, StudySet()),
        "myth_questions": lambda: myth_questions(glossary, seed=1, term_ids=ids),
        "concept_quiz": lambda: concept_quiz(glossary, seed=1, term_ids=ids),
        "StudySession (20 new + due)": lambda: StudySession(store, ids),
        "progress_by_term": lambda: progress_by_term(cards, glossary.terms),
        "due_count": lambda: due_count(cards, glossary.terms, until=until, directions=directions),
        "category_counts": lambda: category_counts(glossary, progress),
    }


def rows(sizes: Sequence[int]) -> list[Row]:
    out = []
    for size in sizes:
        for name, routine in _routines(_glossary(size)).items():
            target = TARGET_MS if size >= 100_000 else None
            out.append(Row(f"learn, {size:,} pack terms: {name}", _time(routine), "ms", target=target))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="pack sizes, comma-separated")
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    emit(rows(sizes), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
