"""Screen-reader access, offscreen: names, the reading pane's sections and links, the comparison table, announcements.

tests/test_atspi.py checks the same over AT-SPI in a real session; these run in every test run, in milliseconds.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from desktop.core.content.compare import compare_terms
from desktop.core.content.model import Glossary
from desktop.document import DocumentBuilder, Style
from desktop.ui import reader
from desktop.ui.compare_table import ComparisonTableModel
from desktop.ui.labels import palette_style
from tests.helpers import WindowFactory

MARKERS = ("\ufdd0", "\ufdd1")


def _accessible_text(widget: QWidget) -> str:
    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    return text.text(0, text.characterCount())


def test_every_focusable_widget_of_every_page_has_a_name(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    _ = window.compare_page, window.learn_page, window.map_page  # built on first use
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not window:
            continue  # popups (a combo box's list, a completer's) are named by the control they belong to
        if isinstance(widget, QComboBox):
            continue  # a combo box is named by its label (buddy) or its current item
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_the_swap_button_says_what_it_does(make_window: WindowFactory) -> None:
    page = make_window().compare_page
    assert page.swap_button.text() == "⇄"
    assert page.swap_button.accessibleName() == "Swap the two sides"
    for number, picker in enumerate(page.pickers, start=1):
        assert picker.accessibleName() == f"Term {number}"
        clear = [b for b in picker.findChildren(QAbstractButton) if b.accessibleName()]
        assert clear and clear[0].accessibleName() == f"Clear term {number}"


def test_term_page_lists_its_sections_and_links(make_window: WindowFactory) -> None:
    window = make_window()
    window.show_term("rlhf")
    pane = window.glossary_page.reader
    sections = [pane.sections.itemText(i) for i in range(pane.sections.count())]
    assert sections[:3] == ["RLHF", "Definition", "Why it matters"]
    links = [pane.link_model.index(row, 0) for row in range(pane.link_model.rowCount())]
    texts = [index.data(Qt.ItemDataRole.AccessibleTextRole) for index in links]
    descriptions = [index.data(Qt.ItemDataRole.AccessibleDescriptionRole) for index in links]
    assert "reward model" in texts
    assert descriptions[texts.index("reward model")] == "link to the term “Reward model”"
    assert len({index.data(reader.HREF_ROLE) for index in links}) == len(links)  # each link once
    assert any(d.startswith("web link to arxiv.org") for d in descriptions)


def test_enter_in_the_link_list_follows_the_link(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_term("rlhf")
    pane = window.glossary_page.reader
    pane.focus_links()
    row = next(r for r in range(pane.link_model.rowCount()) if pane.link_model.index(r, 0).data() == "reward model")
    pane.links.setCurrentIndex(pane.link_model.index(row, 0))
    qtbot.keyClick(pane.links, Qt.Key.Key_Return)
    assert window.glossary_page.current_term == "reward-model"
    assert window.windowTitle().startswith("Reward model")


def test_section_box_and_h_keys_move_the_caret_to_headings(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_term("rlhf")
    pane = window.glossary_page.reader
    view = pane.view
    pane.sections.setFocus()
    pane.sections.setCurrentIndex(2)
    qtbot.keyClick(pane.sections, Qt.Key.Key_Return)
    assert window.focusWidget() is view
    assert view.textCursor().block().text() == "Why it matters"
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert view.textCursor().block().text() == "How it works"
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().block().text() == "Why it matters"


def test_term_page_text_has_no_table_markers_but_print_keeps_its_tables(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    window.show_term("rlhf")  # a summary box and misconceptions: tables in print
    text = _accessible_text(window.glossary_page.detail)
    assert "Definition" in text and not any(marker in text for marker in MARKERS)
    glossary = make_window.glossary
    screen = DocumentBuilder(glossary, style=palette_style(window.palette()))
    paper = DocumentBuilder(glossary)
    assert "<table" not in screen.term_html(glossary.term("rlhf"))
    assert "<table" in paper.term_html(glossary.term("rlhf"))
    assert Style().table_boxes and not palette_style(window.palette()).table_boxes


def test_comparison_is_a_table_with_headings(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_comparison("rlhf-vs-dpo")
    view = window.compare_page.table_view
    model = view.comparison_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "RLHF"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "DPO"
    assert model.headerData(0, Qt.Orientation.Vertical) == "In short"
    assert model.headerData(1, Qt.Orientation.Vertical) == "What it is"
    cell = model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert cell and "<" not in cell and not any(marker in cell for marker in MARKERS)
    table = QAccessible.queryAccessibleInterface(view)
    assert table.role() == QAccessible.Role.Table
    assert view.rowHeight(1) > view.fontMetrics().height() * 2  # wrapped text, rows as tall as their cells
    links = window.compare_page.notes.link_model
    hrefs = {links.index(r, 0).data(reader.HREF_ROLE) for r in range(links.rowCount())}
    assert "col0:reward-model" in hrefs  # the link inside the RLHF column, listed and followable


def test_comparison_table_model_passes_the_model_tester(qtmodeltester: Any, glossary: Glossary) -> None:
    model = ComparisonTableModel()
    model.set_grid(DocumentBuilder(glossary).comparison_grid(compare_terms(glossary, ["rlhf", "dpo", "rlaif"])))
    qtmodeltester.check(model)
    assert model.columnCount() == 3


def test_link_list_roles_are_qts_own_numbers() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == reader.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == reader.TOOLTIP_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == reader.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == reader.ACCESSIBLE_DESCRIPTION_ROLE


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(_source: object, text: str, *, assertive: bool = False) -> bool:
        said.append(text)
        return True

    for module in ("desktop.ui.main_window", "desktop.ui.learn.flashcards", "desktop.ui.learn.quiz_view"):
        monkeypatch.setattr(f"{module}.announce", record)
    return said


def test_the_match_count_is_announced_when_typing_pauses(
    make_window: WindowFactory, qtbot: Any, announced: list[str]
) -> None:
    window = make_window()
    window.show()
    window.focus_search()
    qtbot.keyClicks(window.glossary_page.list_panel.search_field, "rlhf")
    qtbot.waitUntil(lambda: bool(announced))
    count = window.glossary_page.search_model.result_count()
    assert announced == [f"{count} term{'s' if count != 1 else ''} match{'es' if count == 1 else ''}"]


def test_a_flashcard_answer_and_a_quiz_verdict_are_announced(
    make_window: WindowFactory, qtbot: Any, announced: list[str]
) -> None:
    window = make_window()
    window.show()
    learn = window.learn_page
    cards = learn.flashcards
    cards.reveal_action.trigger()
    cards.grade_actions[next(iter(cards.grade_actions))].trigger()
    assert announced and "comes back in" in announced[-1]
    assert "minute" in announced[-1]  # in words ("10 minutes"), not the button's "10 min"
    quiz = learn.concept_quiz
    question = quiz.current
    assert question is not None
    quiz.choice_actions[0].trigger()
    assert announced[-1].startswith(("Right: this is", "Not quite: this is"))


def test_the_mouse_is_not_needed_to_reach_the_comparison_notes(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    window.show_comparison("rlhf-vs-dpo")
    page = window.compare_page
    chain = []
    widget: Any = page.table_view
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert page.notes.sections in chain and page.view in chain and page.notes.links in chain


def test_links_of_a_quiz_answer_are_listed_and_enter_follows_one(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    quiz = window.learn_page.concept_quiz
    window.tabs.setCurrentWidget(window.learn_page)
    window.learn_page.tabs.setCurrentWidget(quiz)
    quiz.choice_actions[0].trigger()  # the feedback links the terms and the whole comparison
    model = quiz.pane.link_model
    hrefs = [model.index(row, 0).data(reader.HREF_ROLE) for row in range(model.rowCount())]
    compare = next(row for row, href in enumerate(hrefs) if href.startswith("compare:"))
    quiz.pane.links.setFocus()
    quiz.pane.links.setCurrentIndex(model.index(compare, 0))
    index_before = quiz.score
    with qtbot.waitSignal(quiz.comparison_requested) as asked:
        qtbot.keyClick(quiz.pane.links, Qt.Key.Key_Return)  # Enter is also "next question": the link wins here
    assert asked.args == [hrefs[compare][len("compare:") :]]
    assert quiz.score == index_before
