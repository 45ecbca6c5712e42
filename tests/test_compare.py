"""Comparison rows (pure, no QApplication) and the comparison view driven like a person would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from desktop.core.content.compare import AD_HOC_SECTIONS, compare_terms, find_curated, link_path
from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary, RelationKind, UnknownIdError
from desktop.document import DocumentBuilder
from desktop.ui.term_model import TermRole
from tests.helpers import WindowFactory

# --- the row builder ----------------------------------------------------------------------------------------------


def test_curated_pair_gives_its_dimensions_in_order(glossary: Glossary) -> None:
    table = compare_terms(glossary, ["capability", "alignment"])
    curated = glossary.comparison("capability-vs-alignment")
    assert table.curated is curated
    assert [row.label for row in table.rows] == [d.name for d in curated.dimensions]
    assert all(len(row.cells) == 2 and all(row.cells) for row in table.rows)
    assert table.rows[0].cells == (curated.dimensions[0].cells["capability"], curated.dimensions[0].cells["alignment"])
    assert table.tell_apart == curated.tell_apart


def test_swapped_pair_swaps_the_cells(glossary: Glossary) -> None:
    forward = compare_terms(glossary, ["capability", "alignment"])
    backward = compare_terms(glossary, ["alignment", "capability"])
    assert [row.cells[::-1] for row in forward.rows] == [row.cells for row in backward.rows]


def test_pair_inside_a_three_way_comparison_uses_its_two_columns(glossary: Glossary) -> None:
    table = compare_terms(glossary, ["sycophancy", "hallucination"])
    assert table.curated is not None and table.curated.id == "hallucination-vs-dishonesty-vs-sycophancy"
    dimension = table.curated.dimensions[0]
    assert table.rows[0].cells == (dimension.cells["sycophancy"], dimension.cells["hallucination"])


def test_ad_hoc_pair_lines_up_sections_and_shares(glossary: Glossary) -> None:
    assert find_curated(glossary, ["dpo", "rlaif"]) is None
    table = compare_terms(glossary, ["dpo", "rlaif"])
    assert table.curated is None
    assert [row.key for row in table.rows] == [k for k in AD_HOC_SECTIONS if any(row.key == k for row in table.rows)]
    assert table.rows[0].key == "definition"
    assert table.rows[0].cells == (glossary.term("dpo").definition, glossary.term("rlaif").definition)
    dpo_related = {r.target for r in glossary.term("dpo").related}
    rlaif_related = {r.target for r in glossary.term("rlaif").related}
    assert set(table.shared_related) == (dpo_related & rlaif_related) - {"dpo", "rlaif"}
    assert table.same_category == "training"


def test_unlinked_terms_get_the_path_between_them(glossary: Glossary) -> None:
    start, goal = "adversarial-suffix", "corrigibility"
    table = compare_terms(glossary, [start, goal])
    assert not table.direct_links
    assert table.path[0] == start and table.path[-1] == goal
    for a, b in zip(table.path, table.path[1:], strict=False):
        linked = {r.target for r in glossary.term(a).related} | {r.target for r in glossary.term(b).related}
        assert a in linked or b in linked
    assert link_path(glossary, start, goal) == table.path


def test_directly_related_terms_show_the_relation(glossary: Glossary) -> None:
    table = compare_terms(glossary, ["reward-model", "rlhf"])
    assert any(link.source == "reward-model" and link.target == "rlhf" for link in table.direct_links)
    assert table.path == ()


def test_a_relation_written_in_both_entries_is_one_line(glossary: Glossary) -> None:
    """Sycophancy, hallucination and dishonesty name each other; each fact between them shows once."""
    ids = ("hallucination", "dishonesty", "sycophancy")
    table = compare_terms(glossary, ids)
    pairs = [frozenset((link.source, link.target)) for link in table.direct_links]
    written = {
        frozenset((term_id, r.target))
        for term_id in ids
        for r in glossary.term(term_id).related
        if r.target in ids and r.kind in (RelationKind.RELATED, RelationKind.CONTRASTS_WITH)
    }
    assert written, "the fixture must have relations between the three"
    assert len(pairs) == len(set(pairs))


def test_three_terms_are_all_three_not_both(glossary: Glossary) -> None:
    builder = DocumentBuilder(glossary)
    three = builder.comparison_html(compare_terms(glossary, ("rlhf", "dpo", "rlaif")))
    two = builder.comparison_html(compare_terms(glossary, ("rlhf", "dpo")))
    assert "Both" not in three and "All three are in" in three
    assert "Both are in" in two


def test_unknown_id_is_a_clear_error(glossary: Glossary) -> None:
    with pytest.raises(UnknownIdError, match="unknown term id: 'nonsense'"):
        compare_terms(glossary, ["rlhf", "nonsense"])
    with pytest.raises(ValueError, match="at least two"):
        compare_terms(glossary, ["rlhf"])


def test_every_curated_comparison_renders(glossary: Glossary) -> None:
    builder = DocumentBuilder(glossary)
    for comparison in glossary.comparisons.values():
        table = compare_terms(glossary, comparison.terms)
        html = builder.comparison_html(table)
        assert table.curated is comparison
        for dimension in comparison.dimensions:
            assert dimension.name.replace("'", "&#x27;") in html
        assert "How to tell them apart" in html


def test_column_links_stay_in_their_column(glossary: Glossary) -> None:
    html = DocumentBuilder(glossary).comparison_html(compare_terms(glossary, ["rlhf", "dpo"]), column_links=True)
    assert 'href="col0:rlhf"' in html and 'href="col1:dpo"' in html


# --- the view ---------------------------------------------------------------------------------------------------


def test_curated_comparison_opens_with_aligned_rows_and_title(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    assert window.show_comparison("capability-vs-alignment")
    assert window.windowTitle() == "Capability vs AI alignment — Alignment Atlas"
    text = window.compare_page.plain_text()
    assert "What it is" in text and "How to tell them apart" in text
    assert window.compare_page.pickers[0].text() == "Capability"
    assert window.compare_page.pickers[1].text() == "AI alignment"


def test_every_curated_comparison_opens_from_the_compare_menu(make_window: WindowFactory) -> None:
    window = make_window()
    actions = window.commands.comparison_actions
    assert len(actions) == len(make_window.glossary.comparisons)
    for action in actions:
        action.trigger()
        assert window.tabs.currentWidget() is window.compare_page
        assert window.compare_page.term_ids == make_window.glossary.comparison(str(action.data())).terms


def test_swap_and_back(make_window: WindowFactory) -> None:
    window = make_window()
    window.show()
    window.show_comparison("ai-safety-vs-alignment")
    window.commands.swap.trigger()
    assert window.compare_page.term_ids == ("alignment", "ai-safety")
    assert window.windowTitle().startswith("AI alignment vs AI safety")
    window.commands.back.trigger()
    assert window.compare_page.term_ids == ("ai-safety", "alignment")


def test_pick_a_term_with_the_keyboard(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_comparison("capability-vs-alignment")
    picker = window.compare_page.pickers[1]
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, "halucination")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert window.compare_page.term_ids == ("capability", "hallucination")
    assert window.windowTitle() == "Capability vs Hallucination — Alignment Atlas"
    text = window.compare_page.plain_text()
    assert "Definition" in text  # ad-hoc rows
    assert text.count(plain_text(window.glossary.term("hallucination").summary)) == 1  # in the column head only


def test_link_in_one_column_changes_that_side_and_back_returns(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.compare_page
    window.show_comparison("rlhf-vs-dpo")
    page.view.anchorClicked.emit(QUrl("col1:reward-model"))
    assert page.term_ids == ("rlhf", "reward-model")
    window.tabs.setCurrentWidget(page)
    window.commands.back.trigger()
    assert page.term_ids == ("rlhf", "dpo")
    window.commands.forward.trigger()
    assert page.term_ids == ("rlhf", "reward-model")


def test_compare_with_and_confused_with_links_from_the_detail_pane(make_window: WindowFactory) -> None:
    window = make_window()
    detail = window.glossary_page.detail
    window.show_term("hallucination")
    assert "Commonly confused with" in detail.toPlainText()
    detail.anchorClicked.emit(QUrl("compare:hallucination-vs-dishonesty-vs-sycophancy"))
    assert window.compare_page.term_ids == ("hallucination", "dishonesty", "sycophancy")
    assert window.compare_page.pickers[2].isVisibleTo(window.compare_page)
    window.show_term("jailbreak")
    detail.anchorClicked.emit(QUrl("compare-with:jailbreak"))
    assert window.compare_page.term_ids[:1] == ("jailbreak",)  # the chosen term goes on the left


def test_term_list_context_menu_compares_two_selected_terms(make_window: WindowFactory) -> None:
    window = make_window()
    panel = window.glossary_page.list_panel
    model = window.glossary_page.search_model
    rows = [model.row_of(term_id) for term_id in ("dpo", "rlhf")]
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), selection.SelectionFlag.Select)
    menu = panel.context_menu()
    compare = menu.actions()[0]
    assert compare.isEnabled()
    compare.trigger()
    assert set(window.compare_page.term_ids) == {"dpo", "rlhf"}
    assert window.tabs.currentWidget() is window.compare_page


def test_keyboard_focus_moves_between_pickers_and_table(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.commands.compare.trigger()
    page = window.compare_page
    assert window.focusWidget() is page.pickers[0]
    order: list[object] = [page.pickers[0]]
    widget: Any = page.pickers[0]
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert page.swap_button in order and page.pickers[1] in order and page.table_view in order


def test_curated_comparison_list_passes_the_model_tester(qtmodeltester: Any, glossary: Glossary) -> None:
    from desktop.ui.compare_page import COMPARISON_ID_ROLE, ComparisonListModel

    model = ComparisonListModel(glossary)
    qtmodeltester.check(model)
    ids = {model.index(row, 0).data(COMPARISON_ID_ROLE) for row in range(model.rowCount())}
    assert ids == set(glossary.comparisons)


def _count_renders(page: Any) -> list[str]:
    shown: list[str] = []
    render = page.view.show_html

    def counting(html: str) -> None:
        shown.append(html)
        render(html)

    page.view.show_html = counting
    return shown


def test_a_pick_from_the_popup_renders_once_and_keeps_the_chosen_row(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_comparison("capability-vs-alignment")
    page = window.compare_page
    renders = _count_renders(page)
    picker = page.pickers[1]
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, "re")
    popup = picker._popup
    assert popup.isVisible() and popup.model().rowCount() >= 3
    wanted = popup.model().index(2, 0).data(TermRole.ID)
    for _ in range(3):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.term_ids == ("capability", wanted)
    assert len(renders) == 1


def test_an_ad_hoc_pair_leaves_no_curated_comparison_highlighted(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.compare_page)
    page = window.compare_page
    window.show_comparison("rlhf-vs-dpo")
    row = page._curated_model.row_of("rlhf-vs-dpo")
    assert page.curated_view.selectionModel().isRowSelected(row)
    selected = []
    page.curated_view.selectionModel().selectionChanged.connect(lambda *_: selected.append(1))
    window.show_comparison_of(["dpo", "rlaif"])
    assert not page.curated_view.selectionModel().hasSelection()
    assert not page.curated_view.currentIndex().isValid()
    assert selected, "the view repaints, and screen readers hear, from selectionChanged"


def test_clearing_the_third_picker_takes_the_third_column_away(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.compare_page)
    page = window.compare_page
    window.show_comparison("hallucination-vs-dishonesty-vs-sycophancy")
    assert list(page.term_ids) == ["hallucination", "dishonesty", "sycophancy"]
    third = page.pickers[2]
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(third, Qt.Key.Key_Backspace)
    assert page.term_ids == ("hallucination", "dishonesty")
    assert third.isVisible() and third.text() == "" and page.third_button.isChecked()
    qtbot.keyClicks(third, "bias")
    qtbot.keyClick(third, Qt.Key.Key_Return)
    assert list(page.term_ids) == ["hallucination", "dishonesty", "bias"]
