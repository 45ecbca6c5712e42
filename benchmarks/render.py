"""Switching terms: rendering the detail pane for each bundled term.

    .venv/bin/python -m benchmarks.render [--rounds 3]

As the glossary page does it: `DocumentBuilder.term_html` (screen labels and palette) and then the detail view's
`show_html` (`QTextBrowser.setHtml`, margins, scroll to top), with the view shown at 900×780 and the event queue
emptied (layout and paint included). Every bundled term, several rounds, in the same order each round; the first
round warms caches (fonts, the markup renderer) and is not counted.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from benchmarks.common import Row, emit, median, percentile, qt_application

TARGET_MS = 10.0


def measure(rounds: int) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds per term: the whole switch, building the HTML, and the view's part."""
    from PySide6.QtCore import QElapsedTimer

    from desktop.content import load_content
    from desktop.document import DocumentBuilder, TermContext
    from desktop.ui.detail_view import DetailView
    from desktop.ui.labels import palette_style, translated_labels

    app = qt_application()
    glossary = load_content()
    view = DetailView(open_url=lambda url: None)
    view.resize(900, 780)
    view.show()
    app.processEvents()
    builder = DocumentBuilder(glossary, labels=translated_labels(), style=palette_style(view.palette()))
    context = TermContext(interactive=True)
    timer = QElapsedTimer()
    total: list[float] = []
    html_part: list[float] = []
    view_part: list[float] = []
    for round_number in range(rounds + 1):
        for term in glossary.terms.values():
            timer.start()
            html = builder.term_html(term, context)
            built = timer.nsecsElapsed()
            view.show_html(html)
            app.processEvents()
            done = timer.nsecsElapsed()
            if round_number:
                total.append(done / 1e6)
                html_part.append(built / 1e6)
                view_part.append((done - built) / 1e6)
    view.close()
    return total, html_part, view_part


def rows(rounds: int = 3) -> list[Row]:
    total, html_part, view_part = measure(rounds)
    return [
        Row(
            "render the detail pane, bundled terms: median",
            median(total),
            "ms",
            target=TARGET_MS,
            note=f"{len(total)} switches",
        ),
        Row("render the detail pane: p95", percentile(total, 0.95), "ms"),
        Row("  of which term_html (median)", median(html_part), "ms"),
        Row("  of which setHtml, layout, paint (median)", median(view_part), "ms"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON line of rows (for run_all)")
    args = parser.parse_args(argv)
    emit(rows(args.rounds), as_json=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
