"""Keeping Python's cycle collector off the big, long-lived content while it is built. No Qt.

A glossary and its search index are hundreds of thousands of objects that make no reference cycles and live as long
as the glossary. Each automatic collection of the oldest generation walks all of them again: 0.15–0.2 s at 100,000
terms, a freeze of the window at some random moment. Building them with the collector paused, then moving what was
made to the oldest generation without a collection (`freeze` then `unfreeze`), avoids the work while building;
`keep_for_good()` (called by the app once its content is loaded) takes them out of every later collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cycle collector while many lasting objects are made; they go to the oldest generation after.

    Skipped moving when something else has frozen objects (not to thaw them).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def keep_for_good() -> None:
    """Take every object alive now out of all later collections (the loaded content: it makes no cycles)."""
    gc.freeze()
