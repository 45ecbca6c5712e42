"""Where a booklet's sections go: whole pages for long ones, short term entries stacked on a shared page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.printing.jobs import TermSection

if TYPE_CHECKING:
    from desktop.printing.booklet import Laid

SHORT = 1 / 3
"""A booklet's term entry at most this high (a fraction of the page's text area) may share a page."""
GAP = 0.04
"""Space between entries that share a page (a fraction of the text area's height)."""


@dataclass
class Page:
    """One printed page of sections: a long section's page `first_page`, or short ones stacked at `tops`."""

    entries: list[int]
    tops: list[float]
    first_page: int = 0


def place(laid: list[Laid], *, share: bool) -> list[list[Page]]:
    """Per section, the pages it is painted on; with `share`, short term entries are stacked while they fit.

    A section that shares a page is listed on that page only under its first entry's index (others get []).
    """
    placed: list[list[Page]] = []
    open_page: Page | None = None
    used = 0.0
    for index, entry in enumerate(laid):
        short = share and isinstance(entry.section, TermSection) and entry.pages == 1 and entry.height <= SHORT
        if not short:
            open_page = None
            placed.append([Page([index], [0.0], first_page=page) for page in range(entry.pages)])
            continue
        if open_page is not None and used + GAP + entry.height <= 1.0:
            open_page.entries.append(index)
            open_page.tops.append(used + GAP)
            used += GAP + entry.height
            placed.append([])
            continue
        open_page = Page([index], [0.0])
        used = entry.height
        placed.append([open_page])
    return placed
