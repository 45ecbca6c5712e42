"""Search snippets and query-word spans: plain Python, no QApplication."""

from __future__ import annotations

from desktop.core.content.model import Glossary
from desktop.core.search.snippets import ELLIPSIS, query_words, snippet, word_spans


def test_a_body_match_gets_a_snippet_around_the_word(glossary: Glossary) -> None:
    alignment = glossary.term("alignment")
    text = snippet(alignment, "busy")
    assert "busy" in text.casefold()
    assert len(text) <= 80 + 2 * len(ELLIPSIS)
    assert text.startswith(ELLIPSIS) or text[0].isupper()


def test_a_name_match_needs_no_snippet(glossary: Glossary) -> None:
    assert snippet(glossary.term("rlhf"), "rlhf") == ""
    assert snippet(glossary.term("rlhf"), "reinforcement learning") == ""  # its full name
    assert snippet(glossary.term("rlhf"), "") == ""


def test_no_snippet_when_the_word_is_nowhere(glossary: Glossary) -> None:
    assert snippet(glossary.term("rlhf"), "zebra") == ""


def test_words_fold_like_the_index() -> None:
    words = query_words("GOODHART’S  law")
    assert words == ("goodhart", "law", "s")  # longest first
    text = "Goodhart's law, named after Charles Goodhart, lawfully applies."
    marked = [text[a:b] for a, b in word_spans(text, query_words("goodhart law"))]
    assert marked == ["Goodhart", "law", "Goodhart", "lawfully"]
    cafe = "Café au lait"
    assert [cafe[a:b] for a, b in word_spans(cafe, query_words("cafe"))] == ["Café"]


def test_the_window_is_cut_at_spaces() -> None:
    from desktop.core.search.snippets import _window

    text = " ".join(f"word{n}" for n in range(60))
    at = text.index("word30")
    piece = _window(text, at, 60)
    assert "word30" in piece
    assert piece.startswith(ELLIPSIS) and piece.endswith(ELLIPSIS)
    inner = piece.strip(ELLIPSIS)
    assert all(part.startswith("word") and part[4:].isdigit() for part in inner.split())
