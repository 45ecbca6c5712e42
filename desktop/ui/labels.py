"""Translated document labels and palette-based colours for the on-screen document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from desktop.core.concept_map.graph import EdgeKind
from desktop.core.content.model import Glossary, RelationKind
from desktop.document import Labels, Style


def translated_labels() -> Labels:
    """The document's fixed words in the current interface language (English when no translator is installed)."""
    return Labels(
        definition=QCoreApplication.translate("Document", "Definition"),
        why_it_matters=QCoreApplication.translate("Document", "Why it matters"),
        how_it_works=QCoreApplication.translate("Document", "How it works"),
        examples=QCoreApplication.translate("Document", "Examples"),
        misconceptions=QCoreApplication.translate("Document", "Common misconceptions"),
        myth=QCoreApplication.translate("Document", "Myth"),
        fact=QCoreApplication.translate("Document", "Fact"),
        related=QCoreApplication.translate("Document", "Related terms"),
        sources=QCoreApplication.translate("Document", "Sources"),
        also_called=QCoreApplication.translate("Document", "Also called:"),
        untranslated=QCoreApplication.translate("Document", "Not yet translated — showing English"),
        translated_share=QCoreApplication.translate("Document", "{done} of {total} translated into this language"),
        confused_with=QCoreApplication.translate("Document", "Commonly confused with {title} — compare"),
        compare_with=QCoreApplication.translate("Document", "Compare with…"),
        next_in_path=QCoreApplication.translate("Document", "Next in “{path}”: {title}"),
        end_of_path=QCoreApplication.translate("Document", "Last step of “{path}”"),
        example=QCoreApplication.translate("Document", "Example"),
        misconception=QCoreApplication.translate("Document", "Misconception"),
        tell_apart=QCoreApplication.translate("Document", "How to tell them apart:"),
        shared_related=QCoreApplication.translate("Document", "Both relate to:"),
        same_category=QCoreApplication.translate("Document", "Both are in {category}"),
        bookmarked=QCoreApplication.translate("Document", "Bookmarked"),
        shared_related_all=QCoreApplication.translate("Document", "All three relate to:"),
        same_category_all=QCoreApplication.translate("Document", "All three are in {category}"),
        linked_by=QCoreApplication.translate("Document", "How they are linked"),
        not_linked=QCoreApplication.translate("Document", "No chain of related terms links them."),
        pack=QCoreApplication.translate("Document", "From the glossary pack “{pack}”"),
        whole_entry=QCoreApplication.translate("Document", "Read the whole entry"),
        in_short=QCoreApplication.translate(
            "Document", "In short", "the first row of a comparison: each term's summary"
        ),
        arrow=QCoreApplication.translate(
            "Document", "→", "points from one term to the next: ← in right-to-left languages"
        ),
        relation_kinds={
            RelationKind.RELATED: QCoreApplication.translate("Document", "related"),
            RelationKind.PART_OF: QCoreApplication.translate("Document", "part of"),
            RelationKind.HAS_PART: QCoreApplication.translate("Document", "includes"),
            RelationKind.TECHNIQUE_FOR: QCoreApplication.translate("Document", "technique for"),
            RelationKind.ADDRESSED_BY: QCoreApplication.translate("Document", "addressed by"),
            RelationKind.EXAMPLE_OF: QCoreApplication.translate("Document", "example of"),
            RelationKind.CONTRASTS_WITH: QCoreApplication.translate("Document", "contrasts with"),
            RelationKind.PREREQUISITE: QCoreApplication.translate("Document", "builds on"),
        },
    )


def _mix(a: str, b: str, weight: float) -> str:
    """A colour `weight` of the way from a to b (both #rrggbb)."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * weight):02x}" for x, y in zip(ca, cb, strict=True))


def palette_style(palette: QPalette) -> Style:
    """Colours derived from the system palette, so light and dark desktops both look right."""
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    return Style(
        muted=_mix(text, base, 0.4),
        box=_mix(base, highlight, 0.12),
        box_border=_mix(base, highlight, 0.45),
        myth=_mix(base, "#d9534f", 0.14),
        fact=_mix(base, "#3c9d5d", 0.14),
        rule=_mix(base, text, 0.3),
        star=_mix(text, "#e0a000", 0.7),  # gold, darker on light and lighter on dark palettes
        table_boxes=False,  # boxes as framed paragraphs: no table markers in what a screen reader reads
    )


BOOKMARK_MARK = "★"


def badge_meaning(badge: str) -> str:
    """What the term list's markers after a title mean, in words (its tooltip and what a screen reader says)."""
    words = {
        "●": QCoreApplication.translate("TermList", "learning"),
        "✓": QCoreApplication.translate("TermList", "known"),
        BOOKMARK_MARK: QCoreApplication.translate("TermList", "bookmarked"),
    }
    return ", ".join(f"{mark} {words[mark]}" for mark in badge if mark in words)


def edge_kind_labels() -> dict[EdgeKind, str]:
    """The concept map legend's words for each kind of edge (screen and print)."""
    return {
        EdgeKind.PREREQUISITE: QCoreApplication.translate("ConceptMap", "learn first (prerequisite)"),
        EdgeKind.STEP: QCoreApplication.translate("ConceptMap", "next step of the path"),
        EdgeKind.PART_OF: QCoreApplication.translate("ConceptMap", "whole and its part"),
        EdgeKind.EXAMPLE_OF: QCoreApplication.translate("ConceptMap", "example of"),
        EdgeKind.TECHNIQUE_FOR: QCoreApplication.translate("ConceptMap", "technique for"),
        EdgeKind.CONTRASTS_WITH: QCoreApplication.translate("ConceptMap", "contrasts with"),
        EdgeKind.RELATED: QCoreApplication.translate("ConceptMap", "related"),
    }


def map_title(glossary: Glossary, view_key: str) -> str:
    """ "Concept map: Failure modes", "Concept map: around RLHF", … for a view's key."""
    kind, _, rest = view_key.partition(":")
    if kind == "category":
        subject = glossary.category_title(rest)
    elif kind == "path" and rest in glossary.paths:
        subject = glossary.paths[rest].title
    elif kind == "term":
        term_id = rest.rsplit(":", 1)[0]
        term = glossary.terms.get(term_id)
        subject = QCoreApplication.translate("ConceptMap", "around %1").replace("%1", term.title if term else term_id)
    else:
        subject = QCoreApplication.translate("ConceptMap", "the whole glossary")
    return QCoreApplication.translate("ConceptMap", "Concept map: %1").replace("%1", subject)
