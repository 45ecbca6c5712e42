"""Learn mode as a person uses it: flashcards and quizzes by keyboard only, progress, the chart, recovery notices."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import cycle
from pathlib import Path
from typing import Any

import pytest
from fsrs import Rating
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary
from desktop.core.learning.scheduling import Direction, StudySet, TermProgress, study_terms
from desktop.core.learning.store import DayActivity, ProgressStore
from desktop.document import DocumentBuilder
from desktop.ui.labels import palette_style, translated_labels
from desktop.ui.learn.history_chart import MIN_CONTRAST, HistoryChart, bar_colours, contrast
from desktop.ui.learn.learn_page import LearnPage
from desktop.ui.learn.progress_view import CategoryProgressModel
from desktop.ui.learn.texts import interval_text

BOOKMARKS = ["rlhf", "dpo", "sycophancy"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    opened = ProgressStore(tmp_path / "progress.sqlite3")
    yield opened
    opened.close()


def make_page(qtbot: Any, glossary: Glossary, store: ProgressStore, **kwargs: Any) -> LearnPage:
    builder = DocumentBuilder(glossary, labels=translated_labels(), style=palette_style(QPalette()))
    opened: list[str] = []
    page = LearnPage(
        glossary=glossary,
        store=store,
        builder=builder,
        bookmarks=lambda: BOOKMARKS,
        seed=5,
        open_url=lambda url: opened.append(url.toString()),
        **kwargs,
    )
    qtbot.add_widget(page)
    page.resize(1000, 700)
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def press(qtbot: Any, key: Qt.Key) -> None:
    """A key press where a person's keyboard would send it: to the widget that has the focus."""
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    qtbot.keyClick(target, key)


KEYS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4}


def test_a_whole_flashcard_session_with_the_keyboard_only(qtbot: Any, glossary: Glossary, store: ProgressStore) -> None:
    page = make_page(qtbot, glossary, store)
    due_counts: list[int] = []
    page.due_count_changed.connect(due_counts.append)
    page.set_study_set(StudySet("bookmarks"))
    cards = page.flashcards
    page.tabs.setCurrentWidget(cards)
    cards.display.setFocus()
    session = cards.session
    assert session is not None and session.remaining == 2 * len(BOOKMARKS)
    grades = cycle([1, 3, 4, 2, 3, 3])
    pressed: list[int] = []
    while not session.finished:
        assert not cards.revealed
        assert not cards.grade_actions[Rating.Good].isEnabled()
        press(qtbot, Qt.Key.Key_Space)
        assert cards.revealed, "Space shows the answer"
        assert all(button.isVisible() for button in cards.grade_buttons.values())
        grade = next(grades)
        press(qtbot, KEYS[grade])
        pressed.append(grade)
        assert len(pressed) < 60
    # Every answer is in the store, in order, and nothing in the set is due any more.
    log = store.review_log()
    assert [entry.rating for entry in log] == pressed
    assert {(e.term_id, e.direction) for e in log} == {(t, d.value) for t in BOOKMARKS for d in Direction}
    assert all(entry.duration_ms is not None for entry in log)
    assert len(store.cards()) == 2 * len(BOOKMARKS)
    assert "Nothing more is due right now" in cards.display.toPlainText()
    assert not cards.restart_button.isVisible()
    assert all(page.term_progress(t) is not TermProgress.NEW for t in BOOKMARKS)
    assert page.badge("rlhf") in ("●", "✓") and page.badge("bias") == ""
    assert due_counts and due_counts[-1] == page.due_today()
    assert page.due_indicator.text() == f"Due today: {page.due_today()} · New: {page.new_waiting()}"


def test_the_summary_prompt_hides_the_terms_names(qtbot: Any, glossary: Glossary, store: ProgressStore) -> None:
    page = make_page(qtbot, glossary, store)
    cards = page.flashcards
    cards.direction_box.setCurrentIndex(1)  # summary → term only
    cards.start(["rlhf"])
    text = cards.display.toPlainText()
    assert "Which term is this?" in text
    assert "RLHF" not in text and "reinforcement learning from human feedback" not in text.casefold()
    cards.display.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert "RLHF" in cards.display.toPlainText()
    assert cards.grade_buttons[Rating.Again].text().startswith("1  Again\n")


@pytest.mark.parametrize("direction_index", [1, 2])  # summary → term, term → meaning
def test_the_answer_is_card_sized_with_a_link_to_the_whole_entry(
    qtbot: Any, glossary: Glossary, store: ProgressStore, direction_index: int
) -> None:
    page = make_page(qtbot, glossary, store)
    cards = page.flashcards
    cards.direction_box.setCurrentIndex(direction_index)
    cards.start(["rlhf"])
    cards.display.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    text = cards.display.toPlainText()
    term = glossary.terms["rlhf"]
    assert text.count(plain_text(term.summary)) == 1  # on the front or the back, not both
    assert "Definition" in text
    assert "Why it matters" not in text and "Sources" not in text  # the rest is one click away
    opened: list[str] = []
    cards.term_requested.connect(opened.append)
    cards.display.anchorClicked.emit(QUrl("term:rlhf"))
    assert "Read the whole entry" in text and opened == ["rlhf"]


def test_an_answer_that_cannot_be_saved_is_reported_not_lost(qtbot: Any, glossary: Glossary, tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "p.sqlite3")
    page = make_page(qtbot, glossary, store)
    cards = page.flashcards
    cards.start(["rlhf"])
    cards.display.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    store.close()
    press(qtbot, Qt.Key.Key_3)
    assert cards.status.text().startswith("Not saved:")
    assert cards.revealed  # the card stays, so the answer can be given again


def test_which_concept_quiz_by_keyboard_with_feedback_and_links(
    qtbot: Any, glossary: Glossary, store: ProgressStore
) -> None:
    page = make_page(qtbot, glossary, store)
    quiz = page.concept_quiz
    page.tabs.setCurrentWidget(quiz)
    quiz.display.setFocus()
    question = quiz.current
    assert question is not None
    assert question.stem in quiz.display.toPlainText()
    right_key = question.choices.index(question.answer) + 1
    with qtbot.waitSignal(quiz.answered) as answered:
        press(qtbot, KEYS[right_key])
    assert answered.args == [True]
    text = quiz.display.toPlainText()
    assert "Right: this is" in text
    assert f"The deciding row: {question.dimension}" in text
    comparison = glossary.comparison(question.comparison_id)
    for term_id in comparison.terms:
        assert glossary.term(term_id).title in text
    assert store.quiz_answers()[-1].correct and store.quiz_answers()[-1].question_id == question.id
    with qtbot.waitSignal(page.comparison_requested) as requested:
        quiz.display.anchorClicked.emit(QUrl(f"compare:{comparison.id}"))
    assert requested.args == [comparison.id]
    with qtbot.waitSignal(page.term_requested) as term:
        quiz.display.anchorClicked.emit(QUrl(f"term:{question.answer}"))
    assert term.args == [question.answer]

    press(qtbot, Qt.Key.Key_Space)
    second = quiz.current
    assert second is not None and second != question
    wrong_key = next(n for n, t in enumerate(second.choices, 1) if t != second.answer)
    press(qtbot, KEYS[wrong_key])
    assert "Not quite: this is" in quiz.display.toPlainText()
    assert quiz.score == (1, 2)
    assert [a.correct for a in store.quiz_answers()] == [True, False]


def test_myth_or_fact_by_keyboard_explains_after_answering(
    qtbot: Any, glossary: Glossary, store: ProgressStore
) -> None:
    page = make_page(qtbot, glossary, store)
    quiz = page.myth_quiz
    page.tabs.setCurrentWidget(quiz)
    quiz.display.setFocus()
    question = quiz.current
    assert question is not None
    assert "Myth or fact?" in quiz.display.toPlainText()
    press(qtbot, Qt.Key.Key_2 if question.is_fact else Qt.Key.Key_1)
    text = quiz.display.toPlainText()
    assert "Right: this is a" in text
    assert "Myth" in text and "Fact" in text
    assert store.quiz_answers()[-1].correct


def test_a_round_ends_with_the_score_and_starts_again(qtbot: Any, glossary: Glossary, store: ProgressStore) -> None:
    page = make_page(qtbot, glossary, store)
    page.set_study_set(StudySet("bookmarks"))
    quiz = page.myth_quiz
    page.tabs.setCurrentWidget(quiz)
    quiz.display.setFocus()
    total = len(quiz.questions)
    assert total >= 2
    for _ in range(total):
        press(qtbot, Qt.Key.Key_1)
        press(qtbot, Qt.Key.Key_Space)
    assert "Round complete:" in quiz.display.toPlainText()
    press(qtbot, Qt.Key.Key_Space)
    assert quiz.current is not None and quiz.score == (0, 0)


def test_progress_view_counts_and_model(
    qtbot: Any, qtmodeltester: Any, glossary: Glossary, store: ProgressStore
) -> None:
    page = make_page(qtbot, glossary, store)
    cards = page.flashcards
    cards.start(["rlhf"])
    cards.display.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_4)
    view = page.progress_view
    page.tabs.setCurrentWidget(view)
    model = view.model
    qtmodeltester.check(model)
    assert model.rowCount() == len({t.category for t in glossary.terms.values()})
    total = sum(model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 2, 3))
    assert total == len(glossary.terms)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Known"
    assert "learning: 1" in view.totals.text() or "Known: 1" in view.totals.text()
    assert sum(d.reviews for d in view.chart.days) == 1


def test_empty_progress_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    qtmodeltester.check(CategoryProgressModel())


def _activity() -> list[DayActivity]:
    start = date(2025, 3, 1)
    return [DayActivity(start + timedelta(days=n), (n * 7) % 11, n % 3) for n in range(30)]


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_chart_paints_bars_in_palette_colours(qtbot: Any, dark: bool, direction: Qt.LayoutDirection) -> None:
    chart = HistoryChart()
    qtbot.add_widget(chart)
    if dark:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
        chart.setPalette(palette)
    chart.setLayoutDirection(direction)
    chart.set_days(_activity())
    chart.resize(420, 150)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(chart.palette().color(QPalette.ColorRole.Window))
    chart.render(image)
    highlight = chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(0, image.height(), 3)}
    assert highlight in colours
    assert "flashcard reviews: " in chart.accessibleDescription()


def test_the_empty_chart_says_so(qtbot: Any) -> None:
    chart = HistoryChart()
    qtbot.add_widget(chart)
    chart.resize(300, 120)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    chart.render(image)
    assert chart.days == []


def test_a_recovered_store_is_explained_on_the_page(qtbot: Any, glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    store = ProgressStore(path)
    page = make_page(qtbot, glossary, store)
    assert page.notice.isVisible()
    assert "could not be read" in page.notice.text()
    assert store.recovery is not None and str(store.recovery.moved_to) in page.notice.text()
    store.close()


def test_the_storage_problem_is_shown(qtbot: Any, glossary: Glossary) -> None:
    page = make_page(qtbot, glossary, ProgressStore.in_memory(), storage_problem="Progress cannot be saved.")
    assert page.notice.isVisible() and page.notice.text() == "Progress cannot be saved."


def test_bookmarks_study_set_follows_changes(qtbot: Any, glossary: Glossary, store: ProgressStore) -> None:
    page = make_page(qtbot, glossary, store)
    page.set_study_set(StudySet("bookmarks"))
    assert page.flashcards.session is not None and page.flashcards.session.remaining == 6
    BOOKMARKS.append("bias")
    try:
        page.bookmarks_changed()
        assert page.flashcards.session is not None and page.flashcards.session.remaining == 8
    finally:
        BOOKMARKS.remove("bias")


def test_interval_texts() -> None:
    assert interval_text(timedelta(seconds=20)) == "<1 min"
    assert interval_text(timedelta(minutes=10)) == "10 min"
    assert interval_text(timedelta(hours=5)) == "5 h"
    assert interval_text(timedelta(days=8)) == "8 d"
    assert interval_text(timedelta(days=90)) == "3 mo"
    assert interval_text(timedelta(days=800)) == "2 yr"


def test_the_message_after_an_answer_says_what_its_button_said(qtbot: Any, glossary: Glossary) -> None:
    from datetime import UTC, datetime

    start = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    moments = iter(start + timedelta(seconds=20 * n) for n in range(200))
    page = make_page(qtbot, glossary, ProgressStore.in_memory(), clock=lambda: next(moments))  # time moves on
    cards = page.flashcards
    cards.reveal_action.trigger()
    promised = cards.grade_buttons[Rating.Hard].text().splitlines()[1]
    cards.grade_actions[Rating.Hard].trigger()
    assert f"comes back in {promised} (" in cards.status.text()


def test_the_session_counter_drops_with_the_first_answer(qtbot: Any, glossary: Glossary, store: ProgressStore) -> None:
    page = make_page(qtbot, glossary, store)
    assert page.due_indicator.text() == "Due today: 0 · New: 20"  # a first run: nothing due, twenty new cards wait
    cards = page.flashcards
    page.tabs.setCurrentWidget(cards)
    cards.start(study_terms(glossary, StudySet()))
    assert cards.header.text() == "New: 20 · Learning: 0 · To review: 0 · Answered: 0"
    session = cards.session
    assert session is not None
    first = session.current
    assert first is not None and first.term_id == "machine-learning"  # foundations first, not "Adversarial suffix"
    cards.display.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_1)  # Again: the card comes back in this session
    assert cards.header.text() == "New: 19 · Learning: 1 · To review: 0 · Answered: 1"
    assert page.due_indicator.text() == f"Due today: {page.due_today()} · New: 19"


def test_a_round_ends_with_the_questions_missed_and_where_to_read_up(
    qtbot: Any, glossary: Glossary, store: ProgressStore
) -> None:
    page = make_page(qtbot, glossary, store)
    quiz = page.concept_quiz
    page.tabs.setCurrentWidget(quiz)
    quiz.display.setFocus()
    missed = []
    for number in range(len(quiz.questions)):
        question = quiz.current
        assert question is not None
        wrong = number % 2 == 0
        key = next(n for n, t in enumerate(question.choices, 1) if (t != question.answer) == wrong)
        press(qtbot, KEYS[key])
        if wrong:
            missed.append(question)
        press(qtbot, Qt.Key.Key_Space)
    text = quiz.display.toPlainText()
    assert "Round complete:" in text and "To look at again" in text
    html = quiz.display.toHtml()
    for question in missed:
        assert f"compare:{question.comparison_id}" in html
        assert glossary.comparison_title(glossary.comparison(question.comparison_id)) in text
    listed = text.split("To look at again", 1)[1]
    assert listed.count("→") == len(missed)
    with qtbot.waitSignal(page.comparison_requested) as requested:
        quiz.display.anchorClicked.emit(QUrl(f"compare:{missed[0].comparison_id}"))
    assert requested.args == [missed[0].comparison_id]


@pytest.mark.parametrize(
    ("window", "text", "highlight"),
    [("#353535", "#ffffff", "#2a82da"), ("#202124", "#e8eaed", "#8ab4f8"), ("#ffffff", "#000000", "#0078d7")],
)
def test_both_bars_stand_out_from_the_background(window: str, text: str, highlight: str) -> None:
    """The faded quiz bar had 1.76:1 on a Fusion-style dark palette; both bars now reach 3:1 (issue 18)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    reviews, quiz = bar_colours(palette)
    assert contrast(reviews, QColor(window)) >= MIN_CONTRAST
    assert contrast(quiz, QColor(window)) >= MIN_CONTRAST
    assert reviews != quiz


def test_quiz_feedback_reaches_a_screen_reader_without_table_markers(
    qtbot: Any, glossary: Glossary, store: ProgressStore
) -> None:
    """The deciding row and the myth/fact pair were tables: a screen reader got one run of text between U+FDD0 and
    U+FDD1 markers. They are framed paragraphs now, each term's cell after its name."""
    from PySide6.QtGui import QAccessible

    page = make_page(qtbot, glossary, store)
    for quiz in (page.concept_quiz, page.myth_quiz):
        page.tabs.setCurrentWidget(quiz)
        quiz.display.setFocus()
        press(qtbot, Qt.Key.Key_1)
        interface = QAccessible.queryAccessibleInterface(quiz.display).textInterface()
        text = interface.text(0, interface.characterCount())
        assert "\ufdd0" not in text and "\ufdd1" not in text
        assert "<table" not in quiz.display.toHtml().split("<body", 1)[1]
    question = page.concept_quiz.current
    assert question is not None
    comparison = glossary.comparison(question.comparison_id)
    text = page.concept_quiz.display.toPlainText()
    for term_id in comparison.terms:
        assert f"{glossary.term(term_id).title}:" in text  # each cell after its term's name
