"""Comparison rows: two (or three) terms side by side, as aligned rows. Plain Python, no Qt.

`compare_terms` is the one function the comparison view, printing and the quiz use. With a curated comparison for
the pair it returns that comparison's dimensions (only the columns asked for, when the curated one has three
terms). Without one it lines up the same sections of each entry and adds what the two share and how they are
linked through related terms.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.content.model import Comparison, Glossary, RelationKind, Term, UnknownIdError

# Sections of an entry lined up for an ad-hoc pair; the key names the label the renderer shows. The summaries are not a
# row: the column heads already show them.
AD_HOC_SECTIONS = ("definition", "why_it_matters", "example", "misconception")

# Relations that state the same fact when written from the other side: one line per fact, whichever entry wrote it.
_INVERSE = {
    RelationKind.RELATED: RelationKind.RELATED,
    RelationKind.CONTRASTS_WITH: RelationKind.CONTRASTS_WITH,
    RelationKind.PART_OF: RelationKind.HAS_PART,
    RelationKind.HAS_PART: RelationKind.PART_OF,
    RelationKind.TECHNIQUE_FOR: RelationKind.ADDRESSED_BY,
    RelationKind.ADDRESSED_BY: RelationKind.TECHNIQUE_FOR,
}


@dataclass(frozen=True, slots=True)
class Row:
    """One aligned row. `key` names a standard label (ad-hoc rows); `label` is content text (curated rows)."""

    cells: tuple[str, ...]
    key: str = ""
    label: str = ""


@dataclass(frozen=True, slots=True)
class DirectLink:
    """A relation written in one of the entries: `source` —kind→ `target`."""

    source: str
    kind: RelationKind
    target: str


@dataclass(frozen=True, slots=True)
class ComparisonTable:
    term_ids: tuple[str, ...]
    rows: tuple[Row, ...]
    curated: Comparison | None = None
    shared_related: tuple[str, ...] = ()
    same_category: str = ""
    direct_links: tuple[DirectLink, ...] = ()
    path: tuple[str, ...] = ()
    """Ids from the first term to the last through related terms, both ends included; empty when unlinked."""

    @property
    def tell_apart(self) -> str:
        return self.curated.tell_apart if self.curated else ""


def find_curated(glossary: Glossary, term_ids: Sequence[str]) -> Comparison | None:
    """The curated comparison that covers all of these terms, preferring one with exactly these terms."""
    wanted = set(term_ids)
    matches = [c for c in glossary.comparisons.values() if wanted <= set(c.terms)]
    matches.sort(key=lambda c: (len(c.terms) != len(wanted), c.id))
    return matches[0] if matches else None


def _neighbours(glossary: Glossary, term_id: str) -> set[str]:
    """Terms linked with this one in either direction."""
    out = {r.target for r in glossary.terms[term_id].related}
    out |= {t.id for t in glossary.terms.values() if any(r.target == term_id for r in t.related)}
    return out


def link_path(glossary: Glossary, start: str, goal: str, *, max_steps: int = 6) -> tuple[str, ...]:
    """The shortest chain of related terms from `start` to `goal` (breadth-first), or () when none is short enough."""
    if start == goal:
        return (start,)
    adjacency: dict[str, set[str]] = {tid: set() for tid in glossary.terms}
    for term in glossary.terms.values():
        for relation in term.related:
            if relation.target in adjacency:
                adjacency[term.id].add(relation.target)
                adjacency[relation.target].add(term.id)
    previous: dict[str, str] = {start: start}
    queue = deque([(start, 0)])
    while queue:
        current, depth = queue.popleft()
        if depth >= max_steps:
            continue
        for nxt in sorted(adjacency[current]):
            if nxt in previous:
                continue
            previous[nxt] = current
            if nxt == goal:
                chain = [goal]
                while chain[-1] != start:
                    chain.append(previous[chain[-1]])
                return tuple(reversed(chain))
            queue.append((nxt, depth + 1))
    return ()


def _direct_links(terms: Sequence[Term], ids: tuple[str, ...]) -> tuple[DirectLink, ...]:
    """Relations between the compared terms, each fact once: "A contrasts with B" written in both entries, or "A is
    part of B" beside "B has part A", is one line."""
    seen: set[tuple[str, RelationKind, str]] = set()
    links = []
    for term in terms:
        for relation in term.related:
            if relation.target not in ids or relation.target == term.id:
                continue
            if (term.id, relation.kind, relation.target) in seen:
                continue
            seen.add((term.id, relation.kind, relation.target))
            inverse = _INVERSE.get(relation.kind)
            if inverse is not None:
                seen.add((relation.target, inverse, term.id))
            links.append(DirectLink(term.id, relation.kind, relation.target))
    return tuple(links)


def _section(term: Term, key: str) -> str:
    if key == "example":
        return term.examples[0] if term.examples else ""
    if key == "misconception":
        if not term.misconceptions:
            return ""
        first = term.misconceptions[0]
        return f"*{first.myth}* {first.fact}"
    return str(getattr(term, key))


def compare_terms(glossary: Glossary, term_ids: Sequence[str], *, curated: Comparison | None = None) -> ComparisonTable:
    """Rows for these terms (2 or 3 ids). Unknown ids raise `UnknownIdError` naming the id."""
    ids = tuple(term_ids)
    if len(ids) < 2:
        raise ValueError("a comparison needs at least two terms")
    terms = [glossary.term(term_id) for term_id in ids]  # raises UnknownIdError for a bad id
    if curated is None:
        curated = find_curated(glossary, ids)
    elif not set(ids) <= set(curated.terms):
        raise UnknownIdError("comparison for these terms", curated.id)
    if curated is not None:
        rows = tuple(Row(cells=tuple(d.cells[t] for t in ids), label=d.name) for d in curated.dimensions)
    else:
        rows = tuple(
            Row(cells=tuple(_section(term, key) for term in terms), key=key)
            for key in AD_HOC_SECTIONS
            if any(_section(term, key) for term in terms)
        )
    related_sets = [{r.target for r in term.related} for term in terms]
    shared = set.intersection(*related_sets) - set(ids)
    categories = {term.category for term in terms}
    direct = _direct_links(terms, ids)
    path = () if direct or len(ids) != 2 else link_path(glossary, ids[0], ids[1])
    ordered_shared = tuple(t for t in glossary.terms if t in shared)
    return ComparisonTable(
        term_ids=ids,
        rows=rows,
        curated=curated,
        shared_related=ordered_shared,
        same_category=categories.pop() if len(categories) == 1 else "",
        direct_links=direct,
        path=path,
    )
