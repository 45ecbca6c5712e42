"""Links on paper: `term:` links become jumps inside the PDF or plain text, every link gets a print colour.

The document builder writes `term:<id>` links for the screen. On paper such a link means nothing to a PDF viewer,
so after the HTML is loaded each one is rewritten: to `#term-<id>` when that term is printed in the same job (Qt's
PDF engine turns `#name` links into internal jumps to text that carries the anchor name), else to plain text. Web
links stay. Only character formats change, never the text, so the layout is the same as the screen's.
"""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from desktop.printing.layout import LINK_COLOUR


def term_anchor(term_id: str) -> str:
    return f"term-{term_id}"


def section_anchor(index: int) -> str:
    return f"section-{index}"


def _new_href(href: str, printed_terms: Container[str]) -> str:
    if href.startswith("term:"):
        term_id = href[5:]
        return f"#{term_anchor(term_id)}" if term_id in printed_terms else ""
    if href.startswith(("#", "https://", "http://")):
        return href
    return ""  # compare:, compare-with: and anything else has no meaning on paper


def relink(doc: QTextDocument, printed_terms: Container[str]) -> int:
    """Rewrite the links of a loaded document for print; returns how many stay links."""
    edits: list[tuple[int, int, QTextCharFormat]] = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref():
                edits.append((fragment.position(), fragment.length(), fragment.charFormat()))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(doc)
    kept = 0
    for position, length, fmt in edits:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        target = _new_href(fmt.anchorHref(), printed_terms)
        fmt.setFontUnderline(False)
        if target:
            fmt.setAnchorHref(target)
            fmt.setForeground(QBrush(QColor(LINK_COLOUR)))
            kept += 1
        else:
            fmt.setAnchor(False)
            fmt.clearProperty(QTextFormat.Property.AnchorHref)
            fmt.clearForeground()
        cursor.setCharFormat(fmt)
    return kept


def name_first_block(doc: QTextDocument, name: str) -> None:
    """Give the first block's text (the title) an anchor name that `#name` links jump to."""
    cursor = QTextCursor(doc.begin())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorNames([name])
    cursor.mergeCharFormat(fmt)
