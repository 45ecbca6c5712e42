"""The small text markup of content files, rendered to safe HTML.

Content is text, not HTML: every character an author writes is escaped. On top of that a documented subset is
understood (see docs/content-format.md): paragraphs split by blank lines, `- ` bullet lists, `*emphasis*`,
`**strong**` and `[label](target)` links whose target is `term:<id>` or an http(s) URL. Any other link target is
shown as the text the author wrote, so a `javascript:` or `file:` link can never be clicked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from html import escape

from desktop.core.content.model import ID_PATTERN

_INLINE = re.compile(
    r"\[(?P<label>[^\[\]\n]+)\]\((?P<target>[^()\[\]\s]+)\)"  # [label](target); no nested brackets: linear time
    r"|\*\*(?P<strong>[^*\n]+)\*\*"  # **strong**
    r"|(?<![\w*])\*(?P<em>[^*\n]+)\*(?![\w*])"  # *emphasis*
)
_LINK_TARGET = re.compile(r"\[[^\[\]\n]+\]\(([^()\[\]\s]+)\)")

TermCheck = Callable[[str], bool]


def _always(_: str) -> bool:
    return True


def safe_href(target: str, known_term: TermCheck = _always) -> str | None:
    """The href for a link target when it is allowed (a known `term:` id or an http(s) URL), else None."""
    if target.startswith("term:"):
        term_id = target[5:]
        return target if ID_PATTERN.match(term_id) and known_term(term_id) else None
    if re.match(r"https?://[^\s<>\"']+$", target, re.IGNORECASE):
        return target
    return None


def link_targets(text: str) -> list[str]:
    """Every link target written in a text, for content checks."""
    return _LINK_TARGET.findall(text)


def render_inline(text: str, known_term: TermCheck = _always) -> str:
    """One line of text with emphasis and links, HTML-escaped."""
    out: list[str] = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[position : match.start()]))
        position = match.end()
        if match.group("label") is not None:
            label = escape(match.group("label"))
            href = safe_href(match.group("target"), known_term)
            out.append(f'<a href="{escape(href)}">{label}</a>' if href else escape(match.group(0)))
        elif match.group("strong") is not None:
            out.append(f"<b>{escape(match.group('strong'))}</b>")
        else:
            out.append(f"<i>{escape(match.group('em'))}</i>")
    out.append(escape(text[position:]))
    return "".join(out)


def _render_block(lines: list[str], known_term: TermCheck) -> str:
    """One block (no blank lines inside): paragraph lines, then `- ` items whose wrapped lines join the item."""
    html: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    for line in lines:
        if line.startswith("- "):
            if paragraph:
                html.append(f"<p>{render_inline(' '.join(paragraph), known_term)}</p>")
                paragraph = []
            items.append(line[2:].strip())
        elif items:
            items[-1] += " " + line  # a wrapped list item
        else:
            paragraph.append(line)
    if paragraph:
        html.append(f"<p>{render_inline(' '.join(paragraph), known_term)}</p>")
    if items:
        html.append("<ul>" + "".join(f"<li>{render_inline(item, known_term)}</li>" for item in items) + "</ul>")
    return "".join(html)


def render_blocks(text: str, known_term: TermCheck = _always) -> str:
    """Paragraphs and bullet lists as HTML."""
    blocks = (block.splitlines() for block in re.split(r"\n\s*\n", text.strip()))
    return "".join(_render_block([line.strip() for line in block if line.strip()], known_term) for block in blocks)


def plain_text(text: str) -> str:
    """The text without markup, for summaries in lists, window titles and search."""
    without_links = _INLINE.sub(lambda m: m.group("label") or m.group("strong") or m.group("em") or "", text)
    return re.sub(r"\s+", " ", without_links).strip()


def first_strong_direction(text: str) -> str:
    """ "rtl" or "ltr" from the first letter with a strong direction (Unicode's rule for a paragraph), or "" when
    the text has none (digits, punctuation, empty): a paragraph's own direction, whatever the interface's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""
