"""Flashcards: a prompt, Space to show the answer, keys 1–4 to grade it; each answer is saved at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from html import escape
from typing import Any

from fsrs import Rating, Scheduler
from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary
from desktop.core.learning.quiz import mask_names
from desktop.core.learning.scheduling import CardKey, Direction, Outcome, StudySession
from desktop.core.learning.store import ProgressStore, StoreError, utc_now
from desktop.document import DocumentBuilder
from desktop.ui.accessibility import announce
from desktop.ui.detail_view import DetailView
from desktop.ui.labels import palette_style
from desktop.ui.learn.texts import box, interval_text, long_interval_text, when_text
from desktop.ui.reader import ReaderPane, link_describer

GRADE_KEYS = {Rating.Again: "1", Rating.Hard: "2", Rating.Good: "3", Rating.Easy: "4"}
DIRECTION_CHOICES: tuple[tuple[Direction, ...], ...] = (
    (Direction.SUMMARY_TO_TERM, Direction.TERM_TO_MEANING),
    (Direction.SUMMARY_TO_TERM,),
    (Direction.TERM_TO_MEANING,),
)


class FlashcardView(QWidget):
    """One study session at a time over the terms given to `start()`.

    Signals:
        answered(object): an answer was saved; the argument is the `Outcome`.
        session_started(): a new session began (the study set or the directions changed).
        term_requested(str): a term link in a revealed entry was clicked.
        comparison_requested(str): a comparison link in a revealed entry was clicked.
    """

    answered = Signal(object)
    session_started = Signal()
    term_requested = Signal(str)
    comparison_requested = Signal(str)

    def __init__(
        self,
        *,
        glossary: Glossary,
        store: ProgressStore,
        builder: DocumentBuilder | Callable[[], DocumentBuilder],
        clock: Callable[[], datetime] = utc_now,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        scheduler: Scheduler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flashcards")
        self._glossary = glossary
        self._store = store
        self._builder = builder if callable(builder) else (lambda: builder)
        self._clock = clock
        self._scheduler = scheduler or Scheduler()
        self._term_ids: list[str] = []
        self._session: StudySession | None = None
        self._revealed = False
        self._timer = QElapsedTimer()

        self.direction_box = QComboBox(self)
        self.direction_box.setObjectName("directions")
        # Always as wide as its longest choice ("Dans les deux sens"): the session counts beside it wrap instead.
        self.direction_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.direction_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.direction_label = QLabel(self)
        self.direction_label.setBuddy(self.direction_box)
        self.header = QLabel(self)
        self.header.setObjectName("session-header")
        self.header.setWordWrap(True)
        self.display = DetailView(open_url=open_url, parent=self)
        self.display.setObjectName("card")
        self.pane = ReaderPane(
            view=self.display, describer=link_describer(lambda: self._glossary, self), sections=False, caret=False
        )
        self.pane.set_object_names("card")
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("reveal")
        self.grade_buttons = {rating: QPushButton(self) for rating in Rating}
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("restart")
        self.status = QLabel(self)
        self.status.setObjectName("card-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a control: what it says is announced when it changes

        self.reveal_action = self._shortcut("Space", self._on_space)
        self.grade_actions = {r: self._shortcut(GRADE_KEYS[r], partial(self._on_grade, r)) for r in Rating}
        self._lay_out()
        self.reveal_button.clicked.connect(self._on_space)
        self.restart_button.clicked.connect(self._on_space)
        self.display.term_link_activated.connect(self.term_requested)
        self.display.compare_link_activated.connect(self.comparison_requested)
        self.direction_box.activated.connect(self._on_directions_chosen)
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.direction_label)
        top.addWidget(self.direction_box)
        grades = QHBoxLayout()
        grades.addWidget(self.reveal_button, 1)
        for rating, button in self.grade_buttons.items():
            button.setObjectName(f"grade-{rating.name.lower()}")
            button.clicked.connect(partial(self._on_grade, rating))
            grades.addWidget(button, 1)
        grades.addWidget(self.restart_button, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pane, 1)
        layout.addLayout(grades)
        layout.addWidget(self.status)

    def _shortcut(self, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- public -------------------------------------------------------------------------------------------------

    @property
    def session(self) -> StudySession | None:
        return self._session

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def directions(self) -> tuple[Direction, ...]:
        return DIRECTION_CHOICES[max(0, self.direction_box.currentIndex())]

    def start(self, term_ids: Sequence[str] | None = None) -> None:
        """A new session over these terms (or the last ones given)."""
        if term_ids is not None:
            self._term_ids = list(term_ids)
        self._session = StudySession(
            self._store, self._term_ids, directions=self.directions, scheduler=self._scheduler, clock=self._clock
        )
        self.session_started.emit()
        self._show_current()

    def set_content(
        self, glossary: Glossary, builder: DocumentBuilder | Callable[[], DocumentBuilder] | None = None
    ) -> None:
        self._glossary = glossary
        if builder is not None:
            self._builder = builder if callable(builder) else (lambda: builder)
        self._term_ids = [t for t in self._term_ids if t in glossary.terms]
        self._show_current()

    def retranslate(self) -> None:
        self.direction_label.setText(self.tr("&Directions:"))
        texts = (self.tr("Both directions"), self.tr("Summary → term"), self.tr("Term → meaning"))
        index = max(0, self.direction_box.currentIndex())
        self.direction_box.clear()
        self.direction_box.addItems(list(texts))
        self.direction_box.setCurrentIndex(index)
        self.reveal_button.setText(self.tr("Show answer  (Space)"))
        self.restart_button.setText(self.tr("Study again  (Space)"))
        self.direction_box.setAccessibleName(self.tr("Directions"))
        self.pane.retranslate()
        self.display.setAccessibleName(self.tr("Flashcard"))
        self.display.setAccessibleDescription(
            self.tr("Space shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy grade it")
        )
        self.reveal_button.setAccessibleName(self.tr("Show answer"))
        for rating, name in self._grade_names().items():
            self.grade_buttons[rating].setAccessibleName(name)
        self.restart_button.setAccessibleName(self.tr("Study again"))
        self._show_current()

    # --- showing ------------------------------------------------------------------------------------------------

    def _grade_names(self) -> dict[Rating, str]:
        return {
            Rating.Again: self.tr("Again"),
            Rating.Hard: self.tr("Hard"),
            Rating.Good: self.tr("Good"),
            Rating.Easy: self.tr("Easy"),
        }

    def _show_current(self) -> None:
        session = self._session
        key = session.current if session else None
        if session is None or key is None or key.term_id not in self._glossary.terms:
            self._show_finished()
            return
        self.header.setText(
            self.tr("New: %1 · Learning: %2 · To review: %3 · Answered: %4")
            .replace("%1", str(session.new_left))
            .replace("%2", str(session.learning))
            .replace("%3", str(session.to_review))
            .replace("%4", str(session.reviewed))
        )
        self.display.show_html(self._prompt_html(key) + (self._answer_html(key) if self._revealed else ""))
        self.reveal_button.setVisible(not self._revealed)
        self.restart_button.hide()
        previews = session.preview() if self._revealed else {}
        names = self._grade_names()
        for rating, button in self.grade_buttons.items():
            button.setVisible(self._revealed)
            if self._revealed:
                interval = interval_text(previews[rating])
                button.setText(f"{GRADE_KEYS[rating]}  {names[rating]}\n{interval}")
                button.setToolTip(
                    self.tr("%1 (key %2): shown again in %3")
                    .replace("%1", names[rating])
                    .replace("%2", GRADE_KEYS[rating])
                    .replace("%3", interval)
                )
        self.reveal_action.setEnabled(not self._revealed)
        for action in self.grade_actions.values():
            action.setEnabled(self._revealed)
        self._keep_focus()

    def _keep_focus(self) -> None:
        """Keys keep working: focus stays inside this view when the button that had it is hidden."""
        focus = self.focusWidget()
        if focus is None or not focus.isVisible():
            self.display.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prompt_html(self, key: CardKey) -> str:
        term = self._glossary.terms[key.term_id]
        style = palette_style(self.palette())
        category = escape(self._glossary.category_title(term.category))
        if key.direction is Direction.SUMMARY_TO_TERM:
            question = escape(self.tr("Which term is this?"))
            summary = escape(mask_names(plain_text(term.summary), term))
            return f'<p style="color:{style.muted}">{question} · {category}</p>' + box(
                f"<b>{summary}</b>", style.box, style.box_border
            )
        question = escape(self.tr("What does this term mean?"))
        full = f'<p style="color:{style.muted}"><i>{escape(term.full_name)}</i></p>' if term.full_name else ""
        return f'<p style="color:{style.muted}">{question} · {category}</p><h1>{escape(term.title)}</h1>{full}'

    def _answer_html(self, key: CardKey) -> str:
        term = self._glossary.terms[key.term_id]
        shown = key.direction is Direction.SUMMARY_TO_TERM  # the front was the summary
        return "<hr>" + self._builder().card_html(term, summary=not shown)

    def _show_finished(self) -> None:
        style = palette_style(self.palette())
        session = self._session
        now = self._clock()
        cards = self._store.cards()
        directions = {d.value for d in self.directions}
        upcoming = [
            card.due
            for (term_id, direction), card in cards.items()
            if term_id in self._term_ids and direction in directions
        ]
        fresh = sum(1 for d in directions for t in self._term_ids if (t, d) not in cards)
        heading = self.tr("Nothing more is due right now")  # outside the f-string: lupdate cannot read inside one
        parts = [f"<h2>{escape(heading)}</h2>"]
        if session is not None and session.reviewed:
            saved = self.tr("Answers saved in this session: %1").replace("%1", str(session.reviewed))
            parts.append(f"<p>{escape(saved)}</p>")
        if upcoming:
            soonest = min(upcoming)
            parts.append(
                "<p>"
                + escape(
                    self.tr("Next card due in %1 (%2).")
                    .replace("%1", interval_text(soonest - now))
                    .replace("%2", when_text(soonest))
                )
                + "</p>"
            )
        if fresh:
            waiting = self.tr("New cards not yet studied: %1").replace("%1", str(fresh))
            parts.append(f"<p>{escape(waiting)}</p>")
        if not self._term_ids:
            empty = self.tr("This study set has no terms.")
            parts.append(f'<p style="color:{style.muted}">{escape(empty)}</p>')
        self.header.setText("")
        self.display.show_html("".join(parts))
        self.reveal_button.hide()
        for button in self.grade_buttons.values():
            button.hide()
        can_continue = bool(fresh) or any(due <= now for due in upcoming)
        self.restart_button.setVisible(can_continue)
        self.reveal_action.setEnabled(can_continue)
        for action in self.grade_actions.values():
            action.setEnabled(False)
        self._keep_focus()

    # --- answering ----------------------------------------------------------------------------------------------

    @Slot()
    def _on_space(self) -> None:
        session = self._session
        if session is None or session.finished:
            self.start()
            return
        if not self._revealed:
            self._revealed = True
            self._show_current()

    def _on_grade(self, rating: Rating, *_: object) -> None:
        session = self._session
        if session is None or session.finished or not self._revealed:
            return
        duration = int(self._timer.elapsed()) if self._timer.isValid() else None
        try:
            outcome = session.grade(rating, duration_ms=duration)
        except StoreError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self._revealed = False
        self._timer.start()
        self._report(outcome)
        self.answered.emit(outcome)
        self._show_current()

    def _report(self, outcome: Outcome) -> None:
        term = self._glossary.terms.get(outcome.key.term_id)
        title = term.title if term else outcome.key.term_id
        now = outcome.card.last_review or self._clock()  # from the answer, as the grade buttons counted it
        if self._store.persistent:
            text = self.tr("Saved. “%1” comes back in %2 (%3).")
        else:  # memory only: nothing was written to disk, so it must not say "Saved"
            text = self.tr("Kept until the app closes (not saved). “%1” comes back in %2 (%3).")
        self.status.setText(
            text.replace("%1", title)
            .replace("%2", interval_text(outcome.due - now))
            .replace("%3", when_text(outcome.due))
        )
        # Said in words ("3 days", not the button's "3 d"): the answer moved no focus, so a screen reader is told.
        announce(
            self.status,
            text.replace("%1", title)
            .replace("%2", long_interval_text(outcome.due - now))
            .replace("%3", when_text(outcome.due)),
        )

    @Slot(int)
    def _on_directions_chosen(self, _index: int) -> None:
        self._revealed = False
        self.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_current()  # the card's colours come from the palette

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._timer.isValid():
            self._timer.start()
