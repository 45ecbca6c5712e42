"""Why a term matched a search: a short piece of its text around the query's words, and where those words are.

The term list shows the snippet under a title that matched only in the entry's text (the body tier of
`desktop.core.search.index`), and the detail pane marks the same words on the opened page. Words are compared the
way the index compares them: folded (case, accents and punctuation ignored), a query word matching the start of a
text word. Plain Python, no Qt; it reads one term's text, so it is cheap enough to run for the rows a view paints.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Term
from desktop.core.search.textfold import fold

_WORD = re.compile(r"\w+", re.UNICODE)
ELLIPSIS = "…"


def query_words(query: str) -> tuple[str, ...]:
    """The query's folded words, longest first (so "reward model" marks "reward" before "re")."""
    return tuple(sorted(set(fold(query).split()), key=len, reverse=True))


def word_spans(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of `text` that one of the folded query `words` starts."""
    if not words:
        return
    for match in _WORD.finditer(text):
        folded = fold(match.group())
        if any(part.startswith(word) for part in folded.split() for word in words):
            yield match.start(), match.end()


def names_match(term: Term, words: tuple[str, ...]) -> bool:
    """True when every query word starts a word of the term's names (the list's title already says why)."""
    name_words = {part for name in term.names for part in fold(name).split()}
    return all(any(candidate.startswith(word) for candidate in name_words) for word in words)


def snippet(term: Term, query: str, *, width: int = 80) -> str:
    """About `width` characters of the entry's text around the first place a query word occurs, with "…" where it
    was cut; "" when the query is empty, matches the term's names, or occurs nowhere in the text."""
    words = query_words(query)
    if not words or names_match(term, words):
        return ""
    for text in term.body_texts():
        plain = " ".join(plain_text(text).split())
        first = next(word_spans(plain, words), None)
        if first is not None:
            return _window(plain, first[0], width)
    return ""


def _window(text: str, at: int, width: int) -> str:
    """A piece of `text` about `width` long that shows position `at` a third of the way in, cut at spaces."""
    if len(text) <= width:
        return text
    start = max(0, at - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > at else end
    piece = text[start:end].strip()
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(text) else "")
