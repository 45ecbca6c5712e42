"""The window as a person uses it: search, keyboard, links, history, zoom and remembered state."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core.search.index import SearchIndex
from desktop.ui.term_list import Scope
from desktop.ui.term_model import TermListModel, TermRole, TermSearchModel
from tests.helpers import WindowFactory


def test_starts_on_ai_alignment_with_title_and_count(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    assert window.windowTitle() == "AI alignment — Alignment Atlas"
    assert "AI alignment" in window.glossary_page.detail.toPlainText()
    total = len(make_window.glossary.terms)
    assert window.statusBar().currentMessage() == f"{total} terms match"


@pytest.mark.parametrize("term_id", ["alignment", "value-alignment"])
def test_the_shown_term_is_in_view_and_the_list_starts_at_the_top(
    make_window: WindowFactory, qtbot: Any, term_id: str
) -> None:
    window = make_window()
    window.show_term(term_id)  # before the window has its size, as at start-up
    window.resize(1200, 780)
    window.show()
    view = window.glossary_page.list_panel.view
    viewport = view.viewport().rect()

    def in_view(row: int) -> bool:
        return viewport.contains(view.visualRect(view.model().index(row, 0)))

    qtbot.waitUntil(lambda: in_view(view.currentIndex().row()))
    assert view.currentIndex().data() == make_window.glossary.terms[term_id].title
    if term_id == "alignment":  # near the top: nothing is scrolled out of sight above it
        assert in_view(0)


def test_typing_filters_and_enter_opens_the_best_match(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    panel = window.glossary_page.list_panel
    qtbot.keyClicks(panel.search_field, "rlfh")
    assert panel.view.model().rowCount() >= 1
    count = panel.view.model().rowCount()
    assert window.statusBar().currentMessage() == (f"{count} terms match" if count > 1 else "1 term matches")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert window.windowTitle() == "RLHF — Alignment Atlas"
    text = window.glossary_page.detail.toPlainText()
    for heading in ("Definition", "Why it matters", "Examples", "Related terms", "Sources"):
        assert heading in text


def test_down_arrow_moves_from_search_into_the_list(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    panel = window.glossary_page.list_panel
    qtbot.keyClicks(panel.search_field, "align")
    first = panel.view.model().index(0, 0).data()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert window.windowTitle() == f"{first} — Alignment Atlas"
    assert window.focusWidget() is panel.view
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.view.model().index(1, 0).data()
    assert window.windowTitle() == f"{second} — Alignment Atlas"


def test_down_arrow_selects_the_highlighted_match_once(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    panel = window.glossary_page.list_panel
    qtbot.keyClicks(panel.search_field, "rlhf")  # the first match is highlighted quietly: nothing selected yet
    selected: list[str] = []
    panel.term_selected.connect(selected.append)
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert selected == ["rlhf"]
    assert panel.view.selectionModel().isSelected(panel.view.model().index(0, 0))


def test_a_context_menu_event_on_the_list_opens_its_menu(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    panel = window.glossary_page.list_panel
    viewport = panel.view.viewport()
    asked: list[QPoint] = []
    panel.view.context_menu_requested.connect(asked.append)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), viewport.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(viewport, event)  # what the window system sends for a right click or the Menu key
    assert asked == [viewport.mapToGlobal(QPoint(5, 5))]
    menus = [menu for menu in panel.findChildren(QMenu) if menu.isVisible()]
    assert len(menus) == 1
    menus[0].close()


def test_related_link_navigates_and_history_goes_back_and_forward(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.glossary_page
    page.show_term("rlhf")
    page.detail.anchorClicked.emit(QUrl("term:reward-model"))
    assert page.current_term == "reward-model"
    assert window.commands.back.isEnabled()
    window.commands.back.trigger()
    assert page.current_term == "rlhf"
    assert window.commands.forward.isEnabled()
    window.commands.forward.trigger()
    assert page.current_term == "reward-model"
    assert not window.commands.forward.isEnabled()


def test_mouse_back_button_goes_back(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    page = window.glossary_page
    page.show_term("rlhf")
    page.show_term("dpo")
    qtbot.mouseClick(page.detail.viewport(), Qt.MouseButton.BackButton, pos=QPoint(20, 20))
    assert page.current_term == "rlhf"
    qtbot.mouseClick(page.detail.viewport(), Qt.MouseButton.ForwardButton, pos=QPoint(20, 20))
    assert page.current_term == "dpo"


def test_web_links_open_outside_and_other_schemes_do_nothing(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.glossary_page
    page.show_term("rlhf")
    page.detail.anchorClicked.emit(QUrl("https://arxiv.org/abs/2203.02155"))
    page.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    page.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert make_window.opened_urls == ["https://arxiv.org/abs/2203.02155"]
    assert page.current_term == "rlhf"


def test_standard_shortcuts_are_bound(make_window: WindowFactory) -> None:
    window = make_window()
    expected = {
        window.commands.find: QKeySequence.StandardKey.Find,
        window.commands.back: QKeySequence.StandardKey.Back,
        window.commands.forward: QKeySequence.StandardKey.Forward,
        window.commands.zoom_in: QKeySequence.StandardKey.ZoomIn,
        window.commands.zoom_out: QKeySequence.StandardKey.ZoomOut,
        window.commands.quit: QKeySequence.StandardKey.Quit,
    }
    for action, key in expected.items():
        platform = QKeySequence.keyBindings(key)
        assert action.shortcuts(), action.text()
        if platform:  # the platform's own binding wins; our fallback only fills a gap
            assert action.shortcuts() == platform, action.text()


def test_find_focuses_the_search_field(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.glossary_page.detail.setFocus()
    window.commands.find.trigger()
    assert window.focusWidget() is window.glossary_page.list_panel.search_field


def test_zoom_changes_the_detail_font_and_resets(make_window: WindowFactory) -> None:
    window = make_window()
    detail = window.glossary_page.detail
    base = detail.font().pointSizeF()
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    assert detail.font().pointSizeF() > base
    window.commands.zoom_reset.trigger()
    assert detail.font().pointSizeF() == base


def test_random_term_shows_another_term(make_window: WindowFactory) -> None:
    window = make_window()
    before = window.glossary_page.current_term
    window.commands.random.trigger()
    assert window.glossary_page.current_term in make_window.glossary.terms
    assert window.glossary_page.current_term != before


def test_category_and_path_scopes(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.glossary_page
    page.set_scope(Scope("category", "attacks"))
    model = page.search_model
    shown = {model.term_id_at(r) for r in range(model.rowCount())}
    assert shown == {t.id for t in make_window.glossary.terms.values() if t.category == "attacks"}
    path = next(iter(make_window.glossary.paths.values()))
    page.set_scope(Scope("path", path.id))
    assert [model.term_id_at(r) for r in range(model.rowCount())] == list(path.steps)
    page.show_term(path.steps[0])
    assert "Next in" in page.detail.toPlainText()


def test_state_is_restored_in_a_second_window(make_window: WindowFactory) -> None:
    first = make_window()
    first.show()
    first.resize(760, 560)  # inside the offscreen screen (800×600), which clamps restored geometry
    first.glossary_page.setSizes([220, 520])
    first.glossary_page.show_term("sycophancy")
    first.commands.zoom_in.trigger()
    first.glossary_page.set_scope(Scope("category", "failure-modes"))
    sizes = first.glossary_page.sizes()
    first.close()

    second = make_window()
    second.show()
    assert second.glossary_page.current_term == "sycophancy"
    assert second.windowTitle() == "Sycophancy — Alignment Atlas"
    assert second.glossary_page.detail.zoom == 1
    assert second.size().width() == 760
    assert second.glossary_page.sizes() == sizes
    assert second.glossary_page.scope == Scope("category", "failure-modes")


def test_problem_banner_shows_and_dismisses(make_window: WindowFactory, glossary: Any) -> None:
    from dataclasses import replace

    from desktop.core.content.model import Problem

    broken = replace(glossary, problems=(Problem("terms/x.yaml", 3, "missing required field: summary"),))
    window = make_window(broken)
    window.show()
    assert window.banner.isVisible()
    assert "1 problem in the content" in window.banner.label.text()
    window.banner.dismiss_button.click()
    assert not window.banner.isVisible()


def test_models_pass_the_model_tester(qtmodeltester: Any, glossary: Any) -> None:
    terms = list(glossary.terms.values())
    source = TermListModel(terms, category_title=glossary.category_title)
    qtmodeltester.check(source)
    proxy = TermSearchModel(source, SearchIndex(terms))
    qtmodeltester.check(proxy)
    proxy.set_query("align")
    qtmodeltester.check(proxy)
    proxy.set_query("zzzz-no-match")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0


def test_term_roles_are_qts_own_numbers() -> None:
    qt_roles = {"DISPLAY": Qt.ItemDataRole.DisplayRole, "TOOLTIP": Qt.ItemDataRole.ToolTipRole}
    assert {name: TermRole[name].value for name in qt_roles} == {name: role.value for name, role in qt_roles.items()}
    assert TermRole.ID.value == Qt.ItemDataRole.UserRole.value + 1


def test_bookmark_a_term_and_list_bookmarks(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.glossary_page
    page.show_term("dpo")
    window.commands.bookmark.trigger()
    assert window.commands.bookmark.isChecked()
    page.show_term("rlhf")
    assert not window.commands.bookmark.isChecked()
    page.set_scope(Scope("bookmarks"))
    model = page.search_model
    assert [model.term_id_at(r) for r in range(model.rowCount())] == ["dpo"]
    page.show_term("dpo")
    window.commands.bookmark.trigger()
    assert model.rowCount() == 0


def test_recently_viewed_menu_opens_a_term(make_window: WindowFactory) -> None:
    window = make_window()
    for term_id in ("bias", "jailbreak"):
        window.show_term(term_id)
    menu = window.commands.menus["recent"]
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    assert titles[:2] == ["Jailbreak", "Bias"]
    menu.actions()[1].trigger()
    assert window.glossary_page.current_term == "bias"


def test_progress_export_and_import_through_the_window(make_window: WindowFactory, tmp_path: Any) -> None:
    window = make_window()
    window.show_term("sycophancy")
    window.commands.bookmark.trigger()
    exported = tmp_path / "progress.json"
    assert window.services.progress_files.export_to(exported)
    assert exported.is_file()
    other = make_window()
    assert other.services.progress_files.import_from(exported)
    assert other.learn_page.is_bookmarked("sycophancy")
    assert not other.services.progress_files.import_from(tmp_path / "missing.json")


def test_the_title_names_the_learn_tab_not_the_last_term(make_window: WindowFactory) -> None:
    window = make_window()
    window.show_term("rlhf")
    assert window.windowTitle().startswith("RLHF")
    window.tabs.setCurrentWidget(window.learn_page)
    assert window.windowTitle() == "Learn — Alignment Atlas"
    window.show_term("dpo")
    assert window.windowTitle().startswith("DPO")


def test_ctrl_click_and_ctrl_space_add_to_the_selection(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.resize(1200, 780)
    window.show()
    panel = window.glossary_page.list_panel
    view, model = panel.view, panel.view.model()
    first, third = model.index(0, 0), model.index(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center())
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, view.visualRect(third).center()
    )
    assert panel.selected_terms() == [model.index(0, 0).data(TermRole.ID), model.index(2, 0).data(TermRole.ID)]
    assert window.windowTitle() == f"{third.data(TermRole.TITLE)} — Alignment Atlas"
    # Ctrl+Down moves without selecting, Ctrl+Space adds the row: three selected, ready for "Compare".
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_terms()) == 3
    assert panel.context_menu().actions()[0].isEnabled()  # Compare Selected Terms


def test_clearing_the_search_keeps_the_shown_term_selected(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.resize(1200, 780)
    window.show()
    panel = window.glossary_page.list_panel
    qtbot.keyClicks(panel.search_field, "sycoph")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert window.glossary_page.current_term == "sycophancy"
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Escape)
    assert panel.search_field.text() == ""
    assert panel.current_term() == "sycophancy"
    assert panel.selected_terms() == ["sycophancy"]
    view = panel.view
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(view.currentIndex())))
    assert window.glossary_page.current_term == "sycophancy"


def test_a_term_found_in_its_text_shows_why(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.resize(1200, 780)
    window.show()
    panel = window.glossary_page.list_panel
    qtbot.keyClicks(panel.search_field, "busy")
    model = panel.view.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert rows and all(index.data(TermRole.TEXT_MATCH) for index in rows)
    alignment = next(index for index in rows if index.data(TermRole.ID) == "alignment")
    assert "busy" in alignment.data(TermRole.SNIPPET)
    assert "busy" in alignment.data(TermRole.ACCESSIBLE_TEXT)
    assert not panel.view.uniformItemSizes()
    one_line = panel.view.fontMetrics().lineSpacing()
    assert panel.view.visualRect(alignment).height() >= 2 * one_line
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "rlhf")  # a title first; entries that only mention RLHF come after
    assert not model.index(0, 0).data(TermRole.TEXT_MATCH) and model.index(0, 0).data(TermRole.SNIPPET) == ""
    panel.search_field.clear()
    assert panel.view.uniformItemSizes()  # the whole list: one line per row


def test_the_search_words_are_marked_on_the_opened_page_until_the_next(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    panel, detail = window.glossary_page.list_panel, window.glossary_page.detail
    qtbot.keyClicks(panel.search_field, "office busy")
    window.show_term("rlhf")
    assert panel.view.model().index(0, 0).data(TermRole.ID) == "alignment"
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert window.glossary_page.current_term == "alignment"
    marked = [s.cursor.selectedText().casefold() for s in detail.extraSelections()]
    assert marked and set(marked) <= {"office", "busy", "offices"}
    assert "busy" in marked
    detail.anchorClicked.emit(QUrl("term:rlhf"))  # following a link: a new page, no marks
    assert window.glossary_page.current_term == "rlhf"
    assert detail.extraSelections() == []


def test_a_bookmark_shows_as_a_star_on_the_page_and_in_the_list(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.glossary_page
    page.show_term("dpo")
    assert "Bookmarked" not in page.detail.toPlainText()
    window.commands.bookmark.trigger()  # Ctrl+D
    head = page.detail.toPlainText().split("\n", 3)[:3]
    assert any("★ Bookmarked" in line for line in head)
    row = page.terms_model.index(page.terms_model.row_of("dpo"), 0)
    assert row.data(TermRole.DISPLAY).endswith("★")
    assert "★ bookmarked" in row.data(TermRole.TOOLTIP)
    assert row.data(TermRole.ACCESSIBLE_TEXT) == "DPO, ★ bookmarked"
    window.commands.bookmark.trigger()
    assert "Bookmarked" not in page.detail.toPlainText()
    assert row.data(TermRole.DISPLAY) == "DPO"


def test_the_learning_markers_are_explained(glossary: Any) -> None:
    from desktop.ui.labels import badge_meaning

    assert badge_meaning("●") == "● learning"
    assert badge_meaning("✓★") == "✓ known, ★ bookmarked"
    assert badge_meaning("") == ""
    badges = {"rlhf": "●", "dpo": "✓"}
    model = TermListModel(
        list(glossary.terms.values()),
        category_title=glossary.category_title,
        badge=lambda term_id: badges.get(term_id, ""),
        describe_badge=badge_meaning,
    )
    rlhf = model.index(model.row_of("rlhf"), 0)
    assert rlhf.data(TermRole.DISPLAY) == "RLHF  ●"
    assert rlhf.data(TermRole.TOOLTIP).endswith("\n\n● learning")
    assert rlhf.data(TermRole.ACCESSIBLE_TEXT) == "RLHF, ● learning"
    plain = model.index(model.row_of("alignment"), 0)
    assert plain.data(TermRole.TOOLTIP) == plain.data(TermRole.SUMMARY)


def test_the_first_marked_word_is_scrolled_into_view(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.resize(900, 500)
    window.show()
    panel, detail = window.glossary_page.list_panel, window.glossary_page.detail
    qtbot.keyClicks(panel.search_field, "busy")
    results = window.glossary_page.search_model
    [row] = [r for r in range(results.rowCount()) if results.term_id_at(r) == "ai-safety"]
    panel.view.setCurrentIndex(panel.view.model().index(row, 0))
    assert window.glossary_page.current_term == "ai-safety"
    marks = detail.extraSelections()
    first = QTextCursor(marks[0].cursor)
    assert detail.viewport().rect().contains(detail.cursorRect(first))
    assert detail.verticalScrollBar().value() > 0
