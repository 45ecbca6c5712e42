"""Where each term of a concept map goes: a layered (Sugiyama) layout from grandalf, so prerequisites read top-down.

`lay_out` places the terms of a `MapView`. Edges that order ideas set the layers (a prerequisite above what needs
it, a whole above its parts); in a neighbourhood the other relations count too, from the centred term outward, so
the term sits near the top with its neighbours below. Each connected part is laid out on its own and the parts are
packed in rows. The whole glossary is laid out a category at a time, each category a labelled group, and the groups
packed in rows, because one layered drawing of every term is a strip many screens wide.

Sizes come from the caller (`size_of(term_id) -> (width, height)`: the screen measures with its font, print with
its own), so labels never overlap at any font size. Pure Python, no Qt: the map page runs it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from grandalf.graphs import Edge, Graph, Vertex
from grandalf.layouts import SugiyamaLayout

from desktop.core.concept_map.graph import DIRECTED, EdgeKind, MapEdge, MapView
from desktop.core.content.model import Glossary

SizeOf = Callable[[str], tuple[float, float]]
X_GAP = 28.0
"""Horizontal room between two terms of a layer."""
Y_GAP = 56.0
"""Vertical room between layers (where the edges run)."""
PART_GAP = 48.0
"""Room between separately laid-out parts and between category groups."""
GROUP_PAD = 18.0
"""Room inside a category group's frame, around its terms."""
MIN_ROW = 720.0
"""The narrowest a wrapped layer is."""
GROUP_TITLE = 26.0
"""Height of a category group's title above its terms."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle by its top-left corner and size."""

    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True, slots=True)
class Group:
    """A labelled frame around the terms of one category (whole-glossary view)."""

    category: str
    box: Box


@dataclass(frozen=True, slots=True)
class MapLayout:
    view: MapView
    boxes: dict[str, Box]
    groups: tuple[Group, ...]
    width: float
    height: float

    def overlaps(self) -> list[tuple[str, str]]:
        """Pairs of terms whose boxes overlap (none, for a correct layout; tests check it)."""
        items = sorted(self.boxes.items(), key=lambda item: item[1].x)
        out = []
        for i, (a, box_a) in enumerate(items):
            for b, box_b in items[i + 1 :]:
                if box_b.x >= box_a.x + box_a.w:
                    break
                if box_b.y < box_a.y + box_a.h and box_a.y < box_b.y + box_b.h:
                    out.append((a, b))
        return out


class _View:
    """What grandalf reads from a vertex: its size (it writes `xy`, the centre)."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.xy = (0.0, 0.0)


def _layering_edges(view: MapView) -> list[tuple[str, str]]:
    """(upper, lower) pairs that set the layers."""
    pairs = [(e.source, e.target) for e in view.edges if e.kind in DIRECTED]
    if view.focus:  # a neighbourhood: the other relations too, pointing away from the centred term
        depth = {view.focus: 0}
        frontier = [view.focus]
        links: dict[str, set[str]] = {}
        for edge in view.edges:
            links.setdefault(edge.source, set()).add(edge.target)
            links.setdefault(edge.target, set()).add(edge.source)
        while frontier:
            following = []
            for node in frontier:
                for other in sorted(links.get(node, ())):
                    if other not in depth:
                        depth[other] = depth[node] + 1
                        following.append(other)
            frontier = following
        directed = {frozenset(pair) for pair in pairs}
        for edge in view.edges:
            if edge.kind not in DIRECTED and frozenset((edge.source, edge.target)) not in directed:
                a, b = sorted((edge.source, edge.target), key=lambda n: (depth.get(n, 99), n))
                if depth.get(a, 99) < depth.get(b, 99):
                    pairs.append((a, b))
    return pairs


def _layered(nodes: Sequence[str], pairs: Iterable[tuple[str, str]], size_of: SizeOf) -> dict[str, Box]:
    """Boxes for `nodes`, each connected part laid out by grandalf's Sugiyama layout, parts packed in rows."""
    vertices = {}
    for node in nodes:
        vertex = Vertex(node)
        vertex.view = _View(*size_of(node))
        vertices[node] = vertex
    edges = [Edge(vertices[a], vertices[b]) for a, b in pairs if a in vertices and b in vertices and a != b]
    graph = Graph(list(vertices.values()), edges)
    parts: list[dict[str, Box]] = []
    for component in graph.C:
        if len(component.sV) == 1:
            (vertex,) = component.sV
            parts.append({vertex.data: Box(0.0, 0.0, vertex.view.w, vertex.view.h)})
            continue
        sugiyama = SugiyamaLayout(component)
        sugiyama.xspace, sugiyama.yspace = X_GAP, Y_GAP
        sugiyama.init_all()
        sugiyama.draw(3)
        part = {}
        for vertex in component.sV:
            x, y = vertex.view.xy
            part[vertex.data] = Box(x - vertex.view.w / 2, y - vertex.view.h / 2, vertex.view.w, vertex.view.h)
        parts.append(_wrapped(_normalised(part)))
    order = {node: index for index, node in enumerate(nodes)}
    parts.sort(key=lambda part: (-len(part), min(order[n] for n in part)))
    return _packed(parts)


def _wrapped(boxes: dict[str, Box]) -> dict[str, Box]:
    """When a layer is much wider than the drawing needs (a term with 28 neighbours would be a strip several
    screens wide), every layer is set again as centred rows no wider than a limit, each layer below the last.
    Layouts without such a layer keep grandalf's placement, whose edges are straighter."""
    area = sum((b.w + X_GAP) * (b.h + Y_GAP) for b in boxes.values())
    limit = max(MIN_ROW, (area * 1.8) ** 0.5)
    layers: dict[float, list[tuple[str, Box]]] = {}
    for node, box in boxes.items():
        layers.setdefault(round(box.y + box.h / 2), []).append((node, box))
    if all(sum(b.w + X_GAP for _, b in layer) <= limit for layer in layers.values()):
        return boxes
    rows: list[list[tuple[str, Box]]] = []
    for _, layer in sorted(layers.items()):
        layer.sort(key=lambda item: item[1].x)
        row: list[tuple[str, Box]] = []
        used = 0.0
        for node, box in layer:
            if row and used + box.w > limit:
                rows.append(row)
                row, used = [], 0.0
            row.append((node, box))
            used += box.w + X_GAP
        rows.append(row)
        rows.append([])  # a layer ends: the next one starts lower than a wrapped row would
    widths = [sum(b.w for _, b in row) + X_GAP * (len(row) - 1) for row in rows if row]
    width = max(widths)
    out: dict[str, Box] = {}
    y = 0.0
    for row in rows:
        if not row:
            y += Y_GAP - X_GAP
            continue
        x = (width - (sum(b.w for _, b in row) + X_GAP * (len(row) - 1))) / 2
        for node, box in row:
            out[node] = Box(x, y, box.w, box.h)
            x += box.w + X_GAP
        y += max(box.h for _, box in row) + X_GAP
    return out


def _normalised(boxes: dict[str, Box]) -> dict[str, Box]:
    left = min(box.x for box in boxes.values())
    top = min(box.y for box in boxes.values())
    return {node: box.moved(-left, -top) for node, box in boxes.items()}


def _extent(boxes: Iterable[Box]) -> tuple[float, float]:
    items = list(boxes)
    return (max((b.x + b.w for b in items), default=0.0), max((b.y + b.h for b in items), default=0.0))


def _packed(parts: list[dict[str, Box]], *, gap: float = PART_GAP) -> dict[str, Box]:
    """Parts side by side in rows no wider than the widest part or about 1.6 times as wide as tall overall."""
    sizes = [_extent(part.values()) for part in parts]
    area = sum(w * h for w, h in sizes)
    row_width = max([w for w, _ in sizes] + [(area * 1.6) ** 0.5])
    out: dict[str, Box] = {}
    x = y = row_height = 0.0
    for part, (w, h) in zip(parts, sizes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        out.update({node: box.moved(x, y) for node, box in part.items()})
        x += w + gap
        row_height = max(row_height, h)
    return out


def lay_out(view: MapView, size_of: SizeOf, glossary: Glossary | None = None) -> MapLayout:
    """Place the terms of `view`. For the whole glossary (`view.key == "all"`, with `glossary` given) the terms are
    grouped by category; a learning path is one column in step order; otherwise one layered drawing."""
    groups: list[Group] = []
    if view.key == "all" and glossary is not None:
        boxes, groups = _by_category(view, size_of, glossary)
    else:
        boxes = _layered(view.nodes, _layering_edges(view), size_of)
    width, height = _extent(list(boxes.values()) + [g.box for g in groups])
    return MapLayout(view, boxes, tuple(groups), width, height)


def _by_category(view: MapView, size_of: SizeOf, glossary: Glossary) -> tuple[dict[str, Box], list[Group]]:
    members: dict[str, list[str]] = {}
    for node in view.nodes:
        members.setdefault(glossary.terms[node].category, []).append(node)
    order = [c for c in glossary.categories if c in members] + [c for c in members if c not in glossary.categories]
    layering = _layering_edges(view)
    framed: list[dict[str, Box]] = []
    for category in order:
        inside = set(members[category])
        pairs = [(a, b) for a, b in layering if a in inside and b in inside]
        part = _layered(members[category], pairs, size_of)
        framed.append({node: box.moved(GROUP_PAD, GROUP_PAD + GROUP_TITLE) for node, box in part.items()})
    # Each group as one block (its frame included) for the packing, then the frames from the packed positions.
    sentinel = "\x00frame:"
    blocks = []
    for category, part in zip(order, framed, strict=True):
        w, h = _extent(part.values())
        blocks.append({**part, sentinel + category: Box(0.0, 0.0, w + GROUP_PAD, h + GROUP_PAD)})
    packed = _packed(blocks)
    groups = [Group(category, packed.pop(sentinel + category)) for category in order]
    return packed, groups


def edge_kinds_shown(layout: MapLayout) -> list[EdgeKind]:
    """The kinds of edge a layout draws, in legend order."""
    present = {edge.kind for edge in layout.view.edges}
    return [kind for kind in EdgeKind if kind in present]


def neighbour_in_direction(layout: MapLayout, node: str, dx: int, dy: int, among: Iterable[str]) -> str:
    """Of the terms in `among` (the node's neighbours), the one nearest in the direction (dx, dy), or ""."""
    cx, cy = layout.boxes[node].centre
    best, best_score = "", float("inf")
    for other in among:
        box = layout.boxes.get(other)
        if box is None or other == node:
            continue
        ox, oy = box.centre
        along = (ox - cx) * dx + (oy - cy) * dy
        if along <= 0:
            continue
        across = abs((ox - cx) * dy) + abs((oy - cy) * dx)
        score = along + 2 * across
        if score < best_score:
            best, best_score = other, score
    return best


def edges_of(layout: MapLayout, node: str) -> list[MapEdge]:
    return [edge for edge in layout.view.edges if node in (edge.source, edge.target)]
