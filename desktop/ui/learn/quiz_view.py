"""The quiz view both quizzes share, and "Which concept is this?" (questions from the curated comparisons).

Both show a question, take an answer by button or key (1–3), say at once whether it was right and why, and save
the answer. Space or Enter goes to the next question.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from functools import partial
from html import escape
from textwrap import shorten as _shorten
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.content.markup import plain_text, render_inline
from desktop.core.content.model import Glossary
from desktop.core.learning.quiz import ConceptQuestion, MythQuestion, concept_quiz
from desktop.core.learning.store import ProgressStore, StoreError, utc_now
from desktop.document import Style
from desktop.ui.accessibility import announce
from desktop.ui.detail_view import DetailView
from desktop.ui.labels import palette_style
from desktop.ui.learn.texts import box
from desktop.ui.reader import ReaderPane, link_describer

MAX_CHOICES = 3
ROUND_SIZE = 10


def shorten(text: str, width: int = 110) -> str:
    """A question's text cut to one line or so at a word, for the end-of-round list."""
    return _shorten(plain_text(text), width, placeholder=" …")


Q = TypeVar("Q", bound=ConceptQuestion | MythQuestion)


class QuizView(QWidget, Generic[Q]):
    """What both quizzes share: question list, answer buttons and keys, feedback, score.

    Signals:
        answered(bool): an answer was given (True when right) and saved.
        term_requested(str): a term link in a question or its feedback was clicked.
        comparison_requested(str): a comparison link in the feedback was clicked.
    """

    answered = Signal(bool)
    term_requested = Signal(str)
    comparison_requested = Signal(str)
    KIND = ""

    def __init__(
        self,
        *,
        glossary: Glossary,
        store: ProgressStore,
        clock: Callable[[], datetime] = utc_now,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._store = store
        self._clock = clock
        self._order: list[Q] = []
        self._offset = 0
        self._questions: list[Q] = []
        self._index = 0
        self._chosen: str | None = None
        self._right = 0
        self._seed = 0
        self._term_ids: Collection[str] | None = None
        self.header = QLabel(self)
        self.display = DetailView(open_url=open_url, parent=self)
        self.pane = ReaderPane(
            view=self.display, describer=link_describer(lambda: self._glossary, self), sections=False, caret=False
        )
        self.choice_buttons = [QPushButton(self) for _ in range(MAX_CHOICES)]
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next-question")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.choice_actions = [self._shortcut([str(n + 1)], partial(self._on_choice, n)) for n in range(MAX_CHOICES)]
        self.next_action = self._shortcut(["Space", "Return", "Enter"], self._on_next)
        row = QHBoxLayout()
        for n, button in enumerate(self.choice_buttons):
            button.setObjectName(f"choice-{n + 1}")
            button.clicked.connect(partial(self._on_choice, n))
            row.addWidget(button, 1)
        row.addWidget(self.next_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pane, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.next_button.clicked.connect(self._on_next)
        self.display.term_link_activated.connect(self.term_requested)
        self.display.compare_link_activated.connect(self.comparison_requested)

    def _shortcut(self, keys: Sequence[str], slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- what each quiz provides --------------------------------------------------------------------------------

    def _make_questions(self, seed: int, term_ids: Collection[str] | None) -> list[Q]:
        raise NotImplementedError

    def _choices(self, question: Q) -> list[tuple[str, str]]:
        """(value, label) per answer button."""
        raise NotImplementedError

    def _right_value(self, question: Q) -> str:
        raise NotImplementedError

    def _question_html(self, question: Q, style: Style) -> str:
        raise NotImplementedError

    def _feedback_html(self, question: Q, chosen: str, style: Style) -> str:
        raise NotImplementedError

    def _answer_term(self, question: Q) -> str:
        raise NotImplementedError

    def _empty_text(self) -> str:
        raise NotImplementedError

    def _missed_html(self, question: Q) -> str:
        """A question answered wrongly, as the end of the round lists it, with a link to read up on it."""
        raise NotImplementedError

    # --- public -------------------------------------------------------------------------------------------------

    @property
    def questions(self) -> list[Q]:
        """The questions of the current round (at most `ROUND_SIZE`)."""
        return list(self._questions)

    @property
    def order(self) -> list[Q]:
        """Every question for the study set, in the order the rounds take them."""
        return list(self._order)

    @property
    def current(self) -> Q | None:
        return self._questions[self._index] if self._index < len(self._questions) else None

    @property
    def score(self) -> tuple[int, int]:
        """(right answers, questions answered) in this round."""
        return self._right, self._index + (1 if self._chosen is not None else 0)

    def start(self, term_ids: Collection[str] | None = None, *, seed: int | None = None) -> None:
        if seed is not None:
            self._seed = seed
        self._term_ids = term_ids
        self._order = self._make_questions(self._seed, term_ids)
        self._offset = 0
        self._start_round()

    def _start_round(self) -> None:
        self._questions = self._order[self._offset : self._offset + ROUND_SIZE]
        self._index = 0
        self._right = 0
        self._chosen = None
        self._missed: list[Q] = []
        self.status.clear()
        self.refresh()

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self.start(self._term_ids)

    def retranslate(self) -> None:
        self.pane.set_object_names(self.objectName() or "quiz")
        self.pane.retranslate()
        self.display.setAccessibleName(self._display_name())
        self.display.setAccessibleDescription(self.tr("Keys 1 to 3 answer; Space or Enter goes to the next question"))
        self.refresh()

    def _display_name(self) -> str:
        raise NotImplementedError

    def _verdict_text(self, question: Q, chosen: str) -> str:
        """Right or not, in one plain sentence (what a screen reader says after an answer)."""
        raise NotImplementedError

    def refresh(self) -> None:
        question = self.current
        style = palette_style(self.palette())
        if question is None:
            self._show_end(style)
            return
        self.header.setText(
            self.tr("Question %1 of %2 · right so far: %3")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._questions)))
            .replace("%3", str(self._right))
        )
        html = self._question_html(question, style)
        if self._chosen is not None:
            html += self._feedback_html(question, self._chosen, style)
        self.display.show_html(html)
        choices = self._choices(question)
        for n, button in enumerate(self.choice_buttons):
            visible = n < len(choices)
            button.setVisible(visible)
            button.setEnabled(self._chosen is None)
            # A hidden button keeps its number as its name (a screen reader's review lists hidden controls too).
            button.setText(f"{n + 1}  {choices[n][1]}" if visible else str(n + 1))
            self.choice_actions[n].setEnabled(visible and self._chosen is None)
        self.next_button.setText(self.tr("Next question  (Space)"))
        self.next_button.setVisible(self._chosen is not None)
        self.next_action.setEnabled(self._chosen is not None)
        self._keep_focus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh()  # question and feedback colours come from the palette

    def _show_end(self, style: Style) -> None:
        for button, action in zip(self.choice_buttons, self.choice_actions, strict=True):
            button.hide()
            action.setEnabled(False)
        if not self._questions:
            self.header.clear()
            self.display.show_html(f'<p style="color:{style.muted}">{escape(self._empty_text())}</p>')
            self.next_button.hide()
            self.next_action.setEnabled(False)
            return
        self.header.clear()
        done = (
            self.tr("Round complete: %1 of %2 right.")
            .replace("%1", str(self._right))
            .replace("%2", str(len(self._questions)))
        )
        parts = [f"<h2>{escape(done)}</h2>"]
        if self._missed:
            heading = self.tr("To look at again")
            items = "".join(f"<li>{self._missed_html(question)}</li>" for question in self._missed)
            parts.append(f"<h3>{escape(heading)}</h3><ul>{items}</ul>")
        self.display.show_html("".join(parts))
        self.next_button.setText(self.tr("New round  (Space)"))
        self.next_button.show()
        self.next_action.setEnabled(True)
        self._keep_focus()

    def _keep_focus(self) -> None:
        focus = self.focusWidget()
        if focus is None or not focus.isVisible() or not focus.isEnabled():
            self.display.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- answering ----------------------------------------------------------------------------------------------

    def _on_choice(self, n: int, *_: object) -> None:
        question = self.current
        if question is None or self._chosen is not None:
            return
        choices = self._choices(question)
        if n >= len(choices):
            return
        value = choices[n][0]
        right = value == self._right_value(question)
        try:
            self._store.record_quiz_answer(
                kind=self.KIND,
                question_id=question.id,
                term_id=self._answer_term(question),
                chosen=value,
                correct=right,
                at=self._clock(),
            )
        except StoreError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        else:
            self.status.clear()
        self._chosen = value
        self._right += int(right)
        if not right:
            self._missed.append(question)
        self.refresh()
        announce(self.display, self._verdict_text(question, value))  # the answer moved no focus: say the verdict
        self.answered.emit(right)

    @Slot()
    def _on_next(self) -> None:
        if self.current is None:
            self._offset += ROUND_SIZE
            if self._offset >= len(self._order):  # every question asked: a fresh order
                self._seed += 1
                self.start(self._term_ids)
            else:
                self._start_round()
            return
        if self._chosen is None:
            return
        self._index += 1
        self._chosen = None
        self.refresh()

    def _verdict(self, right: bool, text: str, style: Style) -> str:
        colour = style.fact if right else style.myth
        return box(text, colour, style.box_border)

    def _link(self, term_id: str) -> str:
        term = self._glossary.terms.get(term_id)
        return f'<a href="term:{escape(term_id)}">{escape(term.title if term else term_id)}</a>'

    def _known(self, term_id: str) -> bool:
        return term_id in self._glossary.terms


class ConceptQuizView(QuizView[ConceptQuestion]):
    """ "Which concept is this?": a comparison cell with the names masked; choose the term it describes."""

    KIND = "concept"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setObjectName("concept-quiz")
        self.retranslate()

    def _make_questions(self, seed: int, term_ids: Collection[str] | None) -> list[ConceptQuestion]:
        return concept_quiz(self._glossary, seed=seed, term_ids=term_ids)

    def _choices(self, question: ConceptQuestion) -> list[tuple[str, str]]:
        return [(t, self._glossary.terms[t].title if t in self._glossary.terms else t) for t in question.choices]

    def _right_value(self, question: ConceptQuestion) -> str:
        return question.answer

    def _answer_term(self, question: ConceptQuestion) -> str:
        return question.answer

    def _display_name(self) -> str:
        return self.tr("Which concept is this? question")

    def _verdict_text(self, question: ConceptQuestion, chosen: str) -> str:
        terms = self._glossary.terms
        answer = terms[question.answer].title if question.answer in terms else question.answer
        if chosen == question.answer:
            return self.tr("Right: this is %1.").replace("%1", answer)
        picked = terms[chosen].title if chosen in terms else chosen
        return self.tr("Not quite: this is %1, not %2.").replace("%1", answer).replace("%2", picked)

    def _empty_text(self) -> str:
        return self.tr("No comparison covers the terms of this study set. Choose “All terms” for every question.")

    def _missed_html(self, question: ConceptQuestion) -> str:
        glossary = self._glossary
        comparison = glossary.comparisons.get(question.comparison_id)
        answer = self._link(question.answer)
        stem = escape(shorten(question.stem))
        if comparison is None:
            return f"{stem} → {answer}"
        title = escape(glossary.comparison_title(comparison))
        return f'{stem} → {answer} · <a href="compare:{escape(comparison.id)}">{title}</a>'

    def _question_html(self, question: ConceptQuestion, style: Style) -> str:
        ask = self.tr("Which concept is this?")
        row = self.tr("From the row “%1” of a comparison").replace("%1", question.dimension)
        return f'<h2>{escape(ask)}</h2><p style="color:{style.muted}">{escape(row)}</p>' + box(
            f"<b>{escape(question.stem)}</b>", style.box, style.box_border
        )

    def _feedback_html(self, question: ConceptQuestion, chosen: str, style: Style) -> str:
        glossary = self._glossary
        answer_title = glossary.terms[question.answer].title if question.answer in glossary.terms else question.answer
        if chosen == question.answer:
            verdict = self._verdict(
                True, escape(self.tr("Right: this is %1.")).replace("%1", f"<b>{escape(answer_title)}</b>"), style
            )
        else:
            chosen_title = glossary.terms[chosen].title if chosen in glossary.terms else chosen
            text = (
                escape(self.tr("Not quite: this is %1, not %2."))
                .replace("%1", f"<b>{escape(answer_title)}</b>")
                .replace("%2", escape(chosen_title))
            )
            verdict = self._verdict(False, text, style)
        comparison = glossary.comparisons.get(question.comparison_id)
        if comparison is None or question.row >= len(comparison.dimensions):
            return verdict
        dimension = comparison.dimensions[question.row]
        # One framed paragraph per term, the answer's tinted: a table would reach a screen reader as one run of
        # text between U+FDD0/U+FDD1 markers, with no way to tell which term said what.
        cells = "".join(
            box(
                f"<b>{self._link(t)}:</b> {render_inline(dimension.cells.get(t, ''), self._known) or '—'}",
                style.fact if t == question.answer else style.box,
                style.box_border,
            )
            for t in comparison.terms
        )
        deciding = self.tr("The deciding row: %1").replace("%1", dimension.name)
        link_text = self.tr("Open the whole comparison: %1").replace("%1", glossary.comparison_title(comparison))
        return (
            verdict
            + f"<p><b>{escape(deciding)}</b></p>"
            + cells
            + f'<p><a href="compare:{escape(comparison.id)}">{escape(link_text)}</a></p>'
        )
