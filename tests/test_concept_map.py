"""The concept map (issue 19): the Qt-free graph and layout, the Map tab's keyboard, and `export --as map`."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from desktop.core.concept_map.graph import WHOLE_LIMIT, ConceptGraph, EdgeKind, MapView, TooLargeError
from desktop.core.concept_map.layout import lay_out
from desktop.core.content.model import Glossary, Relation, RelationKind, UnknownIdError
from tests.helpers import WindowFactory


def _size(glossary: Glossary) -> Any:
    return lambda node: (len(glossary.terms[node].title) * 7.0 + 20, 28.0)


def test_each_related_pair_is_one_edge_pointing_from_the_basic_idea(glossary: Glossary) -> None:
    graph = ConceptGraph(glossary)
    view = graph.whole()
    pairs = [frozenset((e.source, e.target)) for e in view.edges]
    assert len(pairs) == len(set(pairs))
    assert all(e.kind is not EdgeKind.RELATED for e in view.edges)  # the whole map shows typed relations only
    for term in glossary.terms.values():
        for relation in term.related:
            if relation.kind is RelationKind.PREREQUISITE:
                edge = graph.edge(term.id, relation.target)
                assert edge is not None and edge.kind is EdgeKind.PREREQUISITE
                assert (edge.source, edge.target) == (relation.target, term.id)  # learn the prerequisite first


def test_neighbourhoods_of_one_and_two_steps(glossary: Glossary) -> None:
    graph = ConceptGraph(glossary)
    one = graph.neighbourhood("rlhf", 1)
    assert one.focus == "rlhf" and one.nodes[0] == "rlhf"
    direct = {r.target for r in glossary.terms["rlhf"].related} | {
        t.id for t in glossary.terms.values() if any(r.target == "rlhf" for r in t.related)
    }
    assert set(one.nodes) == direct | {"rlhf"}
    two = graph.neighbourhood("rlhf", 2)
    assert set(one.nodes) < set(two.nodes)
    assert all(frozenset((e.source, e.target)) <= set(two.nodes) for e in two.edges)
    with pytest.raises(UnknownIdError):
        graph.neighbourhood("nonsense")


def test_a_path_view_links_its_steps_in_order_and_reads_top_down(glossary: Glossary) -> None:
    path = glossary.paths["why-it-matters"]
    view = ConceptGraph(glossary).path(path.id)
    assert view.nodes == path.steps
    steps = [(e.source, e.target) for e in view.edges if e.kind is EdgeKind.STEP]
    assert steps == list(zip(path.steps, path.steps[1:], strict=False))
    layout = lay_out(view, _size(glossary), glossary)
    tops = [layout.boxes[step].y for step in path.steps]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


@pytest.mark.parametrize("view", ["all", "term:alignment:1", "term:alignment:2", "category", "path"])
def test_no_two_labels_overlap(glossary: Glossary, view: str) -> None:
    graph = ConceptGraph(glossary)
    views: dict[str, Callable[[], MapView]] = {
        "all": graph.whole,
        "term:alignment:1": lambda: graph.neighbourhood("alignment", 1),
        "term:alignment:2": lambda: graph.neighbourhood("alignment", 2),
        "category": lambda: graph.category("failure-modes"),
        "path": lambda: graph.path("how-its-done"),
    }
    chosen = views[view]()
    layout = lay_out(chosen, _size(glossary), glossary)
    assert set(layout.boxes) == set(chosen.nodes)
    assert layout.overlaps() == []
    assert layout.width < 4 * max(layout.height, 400)  # no strip many screens wide
    if view == "all":
        assert {g.category for g in layout.groups} == {t.category for t in glossary.terms.values()}
        for group in layout.groups:
            inside = [b for n, b in layout.boxes.items() if glossary.terms[n].category == group.category]
            assert all(group.box.x <= b.x and b.x + b.w <= group.box.x + group.box.w for b in inside)


def test_a_glossary_too_big_to_draw_whole_is_refused_with_what_to_do(glossary: Glossary) -> None:
    base = glossary.terms["rlhf"]
    many = {f"pack-{n}": replace(base, id=f"pack-{n}", title=f"Term {n}", related=()) for n in range(WHOLE_LIMIT)}
    big = replace(glossary, terms={**glossary.terms, **many})
    graph = ConceptGraph(big)
    with pytest.raises(TooLargeError, match="neighbourhood or a category"):
        graph.whole()
    assert "rlhf" in graph.neighbourhood("rlhf").nodes


def test_relations_written_from_both_sides_are_one_edge(glossary: Glossary) -> None:
    a, b = glossary.terms["rlhf"], glossary.terms["dpo"]
    both = replace(
        glossary,
        terms={
            **glossary.terms,
            "rlhf": replace(a, related=(Relation("dpo", RelationKind.HAS_PART),)),
            "dpo": replace(b, related=(Relation("rlhf", RelationKind.PART_OF),)),
        },
    )
    edge = ConceptGraph(both).edge("rlhf", "dpo")
    assert edge is not None and (edge.source, edge.target, edge.kind) == ("rlhf", "dpo", EdgeKind.PART_OF)


# --- the Map tab ----------------------------------------------------------------------------------------------


def _ready(qtbot: Any, window: Any) -> Any:
    page = window.map_page
    qtbot.waitUntil(lambda: page.map_layout is not None, timeout=5000)
    return page


def test_ctrl_m_opens_the_whole_map_and_the_keyboard_moves_between_neighbours(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window()
    window.show()
    window.commands.show_map.trigger()
    page = _ready(qtbot, window)
    assert window.tabs.currentIndex() == window.tabs.indexOf(page)
    assert window.windowTitle() == "Map — Alignment Atlas"
    canvas = page.canvas
    canvas.setFocus()
    canvas.focus_node("large-language-model")
    announced: list[str] = []
    canvas.focus_moved.connect(announced.append)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    moved = canvas.focused
    assert moved != "large-language-model" and announced == [moved]
    layout = page.map_layout
    assert layout.boxes[moved].y > layout.boxes["large-language-model"].y
    linked = {e.source if e.target == moved else e.target for e in layout.view.edges if moved in (e.source, e.target)}
    assert "large-language-model" in linked  # a neighbour on the map, not just any term below
    description = canvas.accessibleDescription()
    assert glossary_title(window, moved) in description and "Foundations" in description
    with qtbot.waitSignal(page.term_requested) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [moved]
    assert window.glossary_page.current_term == moved


def glossary_title(window: Any, term_id: str) -> str:
    return str(window.glossary.terms[term_id].title)


def test_select_two_terms_with_space_and_compare_them(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_map("rlhf")
    page = _ready(qtbot, window)
    assert page.map_view is not None and page.map_view.key == "term:rlhf:1"
    canvas = page.canvas
    assert canvas.focused == "rlhf"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    other = canvas.focused
    assert other != "rlhf"
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert page.compare_button.isEnabled()
    page.compare_button.click()
    assert window.compare_page.term_ids == ("rlhf", other)


def test_the_views_and_the_progress_marks(glossary: Glossary, qtbot: Any) -> None:
    from desktop.ui.labels import map_title
    from desktop.ui.map_page import MapPage

    badges = {"rlhf": "●", "dpo": "✓★", "reward-model": "★"}
    page = MapPage(
        glossary=glossary, current_term=lambda: "rlhf", badge=lambda t: badges.get(t, ""), title_of=map_title
    )
    qtbot.add_widget(page)
    page.show_view("term", "rlhf")
    qtbot.waitUntil(lambda: page.map_layout is not None and page.map_layout.view.key == "term:rlhf:1")
    assert page.canvas.scene.marks == {"rlhf": "●", "dpo": "✓"}  # learning and known; a bookmark is no progress
    page.progress_box.setChecked(False)
    assert page.canvas.scene.marks == {}
    for kind, key in (("category", "attacks"), ("path", "how-its-done"), ("all", "")):
        with qtbot.waitSignal(page.map_shown) as shown:
            page.show_view(kind, key)
        assert page.map_layout is not None and page.map_layout.view.key == (f"{kind}:{key}" if key else "all")
        assert shown.args[0].startswith("Concept map: ")
    page.steps_box.setCurrentIndex(1)
    page.show_view("term", "rlhf")
    qtbot.waitUntil(lambda: page.map_layout is not None and page.map_layout.view.key == "term:rlhf:2")
    assert page.legend.lines and any(kind == "category" for kind, _, _ in page.legend.lines)


# --- export --as map ------------------------------------------------------------------------------------------


def _export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--as", "map", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALIGNMENT_ATLAS_DATA_DIR": str(tmp_path)},
    )


@pytest.mark.parametrize(
    "selection", [["--all"], ["--category", "attacks"], ["--path", "why-it-matters"], ["--term", "rlhf"]]
)
def test_export_a_map_on_one_vector_page_with_a_legend(
    tmp_path: Path, glossary: Glossary, selection: list[str]
) -> None:
    pdf = tmp_path / "map.pdf"
    result = _export(tmp_path, "--pdf", str(pdf), *selection)
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 1
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "Concept map:" in text
    legend = ("learn first (prerequisite)", "next step of the path", "contrasts with", "related", "example of")
    assert any(entry in text for entry in legend)
    assert not reader.pages[0].images  # lines and text, no picture of them
    box = reader.pages[0].mediabox
    if selection[0] == "--path":  # one column of steps: a portrait page
        assert float(box.height) > float(box.width)
        for step in glossary.paths["why-it-matters"].steps:
            assert glossary.terms[step].title in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bookmarks"], "a map shows --all"),
        (["--term", "rlhf", "dpo"], "a map is centred on one term"),
        (["--term", "nonsense"], "unknown term id 'nonsense'"),
        (["--category", "nowhere"], "unknown category 'nowhere'"),
    ],
)
def test_map_export_refuses_what_it_cannot_draw(tmp_path: Path, args: list[str], message: str) -> None:
    result = _export(tmp_path, "--pdf", str(tmp_path / "m.pdf"), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_a_click_opens_the_term_and_ctrl_click_selects_it(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.show_map("rlhf")
    page = _ready(qtbot, window)
    canvas = page.canvas
    rect = canvas.node_rect("dpo").toRect()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    assert canvas.selected == ("dpo",) and window.tabs.currentIndex() == window.tabs.indexOf(page)
    with qtbot.waitSignal(page.term_requested) as opened:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["dpo"]
    assert window.glossary_page.current_term == "dpo"


def test_choosing_the_map_tab_draws_the_map(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.show()
    [index] = [i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Map"]
    window.tabs.setCurrentIndex(index)  # a click on the tab
    page = window.map_page
    qtbot.waitUntil(lambda: page.map_layout is not None, timeout=5000)
    assert page.map_layout is not None and page.map_layout.view.key == "all"


def test_a_layout_that_fails_is_said_on_the_page(glossary: Glossary, qtbot: Any, monkeypatch: Any) -> None:
    from desktop.ui import map_page, map_worker
    from desktop.ui.labels import map_title

    def broken(*_args: Any) -> Any:
        raise RuntimeError("no room for the terms")

    monkeypatch.setattr(map_worker, "lay_out", broken)
    page = map_page.MapPage(glossary=glossary, current_term=lambda: "rlhf", badge=lambda _t: "", title_of=map_title)
    qtbot.add_widget(page)
    page.show_view("category", "attacks")
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.status.text() == "The map could not be drawn: no room for the terms"
    assert page.map_layout is None
