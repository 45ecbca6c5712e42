"""The Map tab's background work: which terms a view holds, then where they go, each in a worker thread.

A neighbourhood of a big glossary first builds an index of incoming links (half a second at 100,000 terms) and a
layout of a few hundred terms takes tens of milliseconds, so neither runs on the GUI thread. Results come back as
queued signals carrying the request number they answer, so the page can drop answers to views it no longer shows;
whatever fails in a thread comes back as `failed`, never lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.core.concept_map.graph import ConceptGraph, MapView, TooLargeError
from desktop.core.concept_map.layout import MapLayout, lay_out
from desktop.core.content.model import Glossary


class MapWorker(QObject):
    """Starts the threads and carries their answers back.

    Signals:
        viewed(MapView, int): the view asked for, with its request number.
        too_large(int): the view would draw more terms than a map can show (request number).
        unknown(int): the view names nothing that exists (request number).
        laid_out(object, int): (cache key, MapLayout), with the request number.
        failed(str, int): what went wrong in a thread, with the request number.
    """

    viewed = Signal(object, int)
    too_large = Signal(int)
    unknown = Signal(int)
    laid_out = Signal(object, int)
    failed = Signal(str, int)

    def _start(self, name: str, work: Callable[[], None], request: int) -> None:
        def guarded() -> None:
            try:
                work()
            except Exception as exc:  # said on the page, never lost in a worker thread
                self.failed.emit(str(exc) or type(exc).__name__, request)

        threading.Thread(target=guarded, name=name, daemon=True).start()

    def warm(self, graph: ConceptGraph) -> None:
        """Build the graph's index of incoming links now, so the first neighbourhood opens at once."""
        threading.Thread(target=graph.warm, name="map-index", daemon=True).start()

    def view(self, graph: ConceptGraph, kind: str, key: str, steps: int, request: int) -> None:
        def work() -> None:
            try:
                view = graph.view(kind, key, steps)
            except TooLargeError:
                self.too_large.emit(request)
                return
            except LookupError:
                self.unknown.emit(request)
                return
            self.viewed.emit(view, request)

        self._start("map-view", work, request)

    def lay_out(
        self,
        view: MapView,
        sizes: dict[str, tuple[float, float]],
        glossary: Glossary,
        key: tuple[str, str, str],
        request: int,
    ) -> None:
        def work() -> None:
            laid: MapLayout = lay_out(view, sizes.__getitem__, glossary)
            self.laid_out.emit((key, laid), request)

        self._start("map-layout", work, request)
