"""How a concept map looks, as data both the screen and print read: category colours and edge styles. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.concept_map.graph import EdgeKind

CATEGORY_HUES = (
    "#4e79a7",  # blue
    "#e8772e",  # orange
    "#59a14f",  # green
    "#d1495b",  # red
    "#8e6bb8",  # purple
    "#b0892a",  # ochre
    "#2a9d9a",  # teal
    "#c05f9a",  # pink
    "#7f7f7f",  # grey
    "#6b8e23",  # olive
)
"""Tableau-like hues, told apart in print and on light and dark palettes (nodes are tinted, framed in the hue)."""


def category_hue(index: int) -> str:
    """The colour of the category at this place in the glossary's category order (packs' categories follow)."""
    return CATEGORY_HUES[index % len(CATEGORY_HUES)]


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    width: float
    dash: tuple[float, ...] = ()
    """Dash and gap lengths in line widths; () is a solid line."""
    arrow: bool = False
    strong: bool = False
    """Drawn in the text colour, not the muted one."""


EDGE_STYLES: dict[EdgeKind, EdgeStyle] = {
    EdgeKind.PREREQUISITE: EdgeStyle(1.6, arrow=True, strong=True),
    EdgeKind.STEP: EdgeStyle(2.2, arrow=True, strong=True),
    EdgeKind.PART_OF: EdgeStyle(3.2),
    EdgeKind.EXAMPLE_OF: EdgeStyle(1.4, dash=(1.0, 2.5)),
    EdgeKind.TECHNIQUE_FOR: EdgeStyle(1.4, arrow=True),
    EdgeKind.CONTRASTS_WITH: EdgeStyle(1.4, dash=(5.0, 3.0), strong=True),
    EdgeKind.RELATED: EdgeStyle(0.8),
}
