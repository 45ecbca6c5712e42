"""Content is text: the markup subset renders, everything else is escaped, and only safe links survive."""

from __future__ import annotations

from desktop.core.content.markup import plain_text, render_blocks, render_inline, safe_href


def test_emphasis_strong_and_links() -> None:
    html = render_inline("A *small* and **bold** [link](term:rlhf) and [web](https://example.org/a?b=1&c=2).")
    assert "<i>small</i>" in html
    assert "<b>bold</b>" in html
    assert '<a href="term:rlhf">link</a>' in html
    assert '<a href="https://example.org/a?b=1&amp;c=2">web</a>' in html


def test_html_in_content_is_shown_as_text() -> None:
    html = render_inline('<img src="file:///etc/passwd"> <script>alert(1)</script>')
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html


def test_unsafe_link_targets_stay_plain_text() -> None:
    for target in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "term:../x",
        "ftp://x.org/",
    ):
        html = render_inline(f"[click]({target})")
        assert "<a" not in html, target
        assert "[click]" in html
    assert safe_href("term:unknown", lambda _id: False) is None
    assert safe_href("HTTPS://arxiv.org/abs/1") == "HTTPS://arxiv.org/abs/1"


def test_paragraphs_and_lists() -> None:
    html = render_blocks("First line\ncontinues.\n\n- one\n- two\n  wrapped\n\nLast.")
    assert html == "<p>First line continues.</p><ul><li>one</li><li>two wrapped</li></ul><p>Last.</p>"


def test_plain_text_drops_markup() -> None:
    assert plain_text("A [link](term:x) and *em*\n  text") == "A link and em text"


def test_unclosed_brackets_and_stars_stay_text() -> None:
    # Patterns like these once made the link regex backtrack for seconds; they must come back as escaped text.
    for text in ("[" * 2000, "[a](" * 500, "*" * 2000, "[x](term:" + "a" * 500):
        html = render_blocks(text)
        assert "<a " not in html
        assert html.startswith("<p>")
