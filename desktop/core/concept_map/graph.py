"""The terms and relations a concept map draws, for one of four views.

Every entry declares typed relations. On the map each related pair is one edge, whichever entry wrote it and from
which side: "A is part of B" in one entry and "B has part A" in the other are the same fact. Edges that order
ideas (prerequisite, part of, example of, technique for) point from the more basic idea to the one built on it, so
a layered layout reads them top-down; "related" and "contrasts with" have no direction.

Views: the whole glossary (its typed relations only: the "related" links of 60 terms are a hairball), one term's
neighbourhood (1 or 2 steps), one category, one learning path (in path order). A neighbourhood reads its terms' own
relations and an index of incoming links built once per glossary, so opening one costs the neighbourhood, not the
glossary (a 100,000-term pack included). The whole-glossary view is refused above `WHOLE_LIMIT` terms.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from desktop.core.content.model import Glossary, RelationKind

WHOLE_LIMIT = 400
"""Above this many terms the whole glossary is not drawn (offer a neighbourhood or a category instead)."""
VIEW_LIMIT = 400
"""The most terms any one view draws; a bigger category is cut to its first terms and says so."""


class EdgeKind(StrEnum):
    """How an edge is drawn; the value is what the legend and the tests name."""

    PREREQUISITE = "prerequisite"  # an arrow from the idea to learn first
    PART_OF = "part-of"  # the part inside its whole (drawn as a thick line)
    EXAMPLE_OF = "example-of"
    TECHNIQUE_FOR = "technique-for"
    CONTRASTS_WITH = "contrasts-with"  # dashed
    RELATED = "related"  # thin
    STEP = "step"  # the next step of a learning path


# (kind written in an entry) -> (edge kind, True when the edge runs from the entry to the target)
_EDGE_OF: dict[RelationKind, tuple[EdgeKind, bool]] = {
    RelationKind.PREREQUISITE: (EdgeKind.PREREQUISITE, False),  # "B needs A": A -> B
    RelationKind.PART_OF: (EdgeKind.PART_OF, False),  # "A is part of B": B -> A (whole above its parts)
    RelationKind.HAS_PART: (EdgeKind.PART_OF, True),
    RelationKind.EXAMPLE_OF: (EdgeKind.EXAMPLE_OF, False),  # "A is an example of B": B -> A
    RelationKind.TECHNIQUE_FOR: (EdgeKind.TECHNIQUE_FOR, False),  # "A is a technique for B": B -> A
    RelationKind.ADDRESSED_BY: (EdgeKind.TECHNIQUE_FOR, True),
    RelationKind.CONTRASTS_WITH: (EdgeKind.CONTRASTS_WITH, True),
    RelationKind.RELATED: (EdgeKind.RELATED, True),
}
DIRECTED = frozenset(
    {EdgeKind.PREREQUISITE, EdgeKind.PART_OF, EdgeKind.EXAMPLE_OF, EdgeKind.TECHNIQUE_FOR, EdgeKind.STEP}
)
# When two entries describe one pair differently, the stronger statement is drawn.
_STRENGTH = {kind: rank for rank, kind in enumerate(EdgeKind)}


@dataclass(frozen=True, slots=True)
class MapEdge:
    source: str
    target: str
    kind: EdgeKind

    @property
    def directed(self) -> bool:
        return self.kind in DIRECTED


@dataclass(frozen=True, slots=True)
class MapView:
    """What one view draws: the terms (in a stable order), the edges between them, and a key for caching."""

    key: str
    nodes: tuple[str, ...]
    edges: tuple[MapEdge, ...]
    focus: str = ""
    """The term a neighbourhood is centred on."""
    truncated: int = 0
    """Terms of the view left out to stay within `VIEW_LIMIT`."""


class TooLargeError(ValueError):
    """The view would draw more terms than a map can show readably; the message says what to choose instead."""


class ConceptGraph:
    """The relations of one glossary as map edges. An entry lists its own relations; the terms that point at an
    entry come from an index of incoming ids, built once (a list per term, no edge objects: about a second and a
    few tens of MB less than indexing every pair, at 100,000 terms)."""

    def __init__(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self._incoming: dict[str, list[str]] | None = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Build the index of incoming links now (the Map tab does it in a worker thread when it opens)."""
        self._pointing_at("")

    def _pointing_at(self, term_id: str) -> list[str]:
        with self._lock:  # the index is built once, whichever thread asks first
            if self._incoming is None:
                incoming: dict[str, list[str]] = {}
                for term in self._glossary.terms.values():
                    for relation in term.related:
                        if relation.target != term.id:
                            incoming.setdefault(relation.target, []).append(term.id)
                self._incoming = incoming
        return self._incoming.get(term_id, [])

    def neighbours(self, term_id: str) -> set[str]:
        terms = self._glossary.terms
        term = terms.get(term_id)
        if term is None:
            return set()
        out = {r.target for r in term.related if r.target in terms and r.target != term_id}
        out.update(self._pointing_at(term_id))
        return out

    def edge(self, a: str, b: str) -> MapEdge | None:
        """The edge between two terms: the strongest statement either entry makes about the other, or None."""
        best: MapEdge | None = None
        terms = self._glossary.terms
        for one, other in ((a, b), (b, a)):
            term = terms.get(one)
            if term is None:
                continue
            for relation in term.related:
                if relation.target != other:
                    continue
                kind, forward = _EDGE_OF[relation.kind]
                if best is None or _STRENGTH[kind] < _STRENGTH[best.kind]:
                    best = MapEdge(one, other, kind) if forward else MapEdge(other, one, kind)
        return best

    def edges_among(self, nodes: Iterable[str]) -> tuple[MapEdge, ...]:
        """The edges whose both ends are in `nodes`, in a stable order."""
        chosen = list(dict.fromkeys(nodes))
        inside = set(chosen)
        out = []
        for node in chosen:
            for other in sorted(self.neighbours(node)):
                if other in inside and node < other:
                    edge = self.edge(node, other)
                    if edge is not None:
                        out.append(edge)
        return tuple(out)

    # --- views --------------------------------------------------------------------------------------------------

    def view(self, kind: str, key: str = "", steps: int = 1) -> MapView:
        """One of the four views by name: "all", "term" (around `key`, `steps` 1 or 2), "category" or "path" (`key`
        its id). `UnknownIdError` or `TooLargeError` say what cannot be drawn."""
        if kind == "all":
            return self.whole()
        if kind == "term":
            return self.neighbourhood(key, steps)
        if kind == "category":
            return self.category(key)
        if kind == "path":
            return self.path(key)
        raise ValueError(f"unknown map view '{kind}' (all, term, category or path)")

    def whole(self) -> MapView:
        terms = self._glossary.terms
        if len(terms) > WHOLE_LIMIT:
            raise TooLargeError(
                f"the glossary has {len(terms):,} terms, too many for one map (at most {WHOLE_LIMIT}): "
                "choose a term's neighbourhood or a category"
            )
        nodes = tuple(self._glossary.newcomer_order)
        # Every term's "related" links together are a hairball at this scale: the whole map shows the typed ones.
        edges = tuple(edge for edge in self.edges_among(nodes) if edge.kind is not EdgeKind.RELATED)
        return MapView("all", nodes, edges)

    def neighbourhood(self, term_id: str, steps: int = 1) -> MapView:
        """The term and every term within `steps` relations of it (1 or 2)."""
        self._glossary.term(term_id)  # UnknownIdError names an unknown id
        steps = max(1, min(2, steps))
        seen = {term_id: 0}
        frontier = [term_id]
        for depth in range(1, steps + 1):
            following = []
            for node in frontier:
                for other in sorted(self.neighbours(node)):
                    if other not in seen:
                        seen[other] = depth
                        following.append(other)
            frontier = following
        ordered = sorted(seen, key=lambda node: (seen[node], node))
        nodes, truncated = tuple(ordered[:VIEW_LIMIT]), max(0, len(ordered) - VIEW_LIMIT)
        return MapView(f"term:{term_id}:{steps}", nodes, self.edges_among(nodes), focus=term_id, truncated=truncated)

    def category(self, category_id: str) -> MapView:
        if category_id not in self._glossary.categories and category_id not in self._glossary.category_sizes:
            known = ", ".join(self._glossary.categories)
            raise TooLargeError(f"unknown category '{category_id}' (available: {known})")
        ids = [t for t in self._glossary.newcomer_order if self._glossary.terms[t].category == category_id]
        nodes, truncated = tuple(ids[:VIEW_LIMIT]), max(0, len(ids) - VIEW_LIMIT)
        return MapView(f"category:{category_id}", nodes, self.edges_among(nodes), truncated=truncated)

    def path(self, path_id: str) -> MapView:
        """A learning path's steps in order, each linked to the next, with the relations among them."""
        path = self._glossary.path(path_id)
        nodes = tuple(dict.fromkeys(s for s in path.steps if s in self._glossary.terms))
        steps = {frozenset(pair): MapEdge(*pair, EdgeKind.STEP) for pair in pairwise(nodes)}
        others = [edge for edge in self.edges_among(nodes) if frozenset((edge.source, edge.target)) not in steps]
        return MapView(f"path:{path_id}", nodes, (*steps.values(), *others))
