"""The Learn page: choose a study set, then flashcards, "Which concept?", "Myth or fact?" or the Progress view."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from fsrs import Scheduler
from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.content.model import Glossary
from desktop.core.learning.exchange import ProgressFileError, export_progress, import_progress
from desktop.core.learning.scheduling import (
    BADGES,
    Direction,
    StudySet,
    TermProgress,
    due_count,
    end_of_day,
    new_waiting,
    progress_by_term,
    start_of_day,
    study_terms,
)
from desktop.core.learning.store import ProgressStore, StoreError, utc_now
from desktop.document import DocumentBuilder
from desktop.ui.learn.flashcards import FlashcardView
from desktop.ui.learn.myth_view import MythQuizView
from desktop.ui.learn.progress_view import ProgressView
from desktop.ui.learn.quiz_view import ConceptQuizView
from desktop.ui.learn.texts import import_summary_text, recovery_message
from desktop.ui.learn_link import due_text, due_tooltip


class LearnPage(QWidget):
    """Learn mode over one progress store. Everything it needs comes in through the constructor.

    Signals:
        due_count_changed(int): the number of cards due by the end of today changed (for the status bar).
        progress_changed(): a term may have become new, learning or known (refresh the term list's badges).
        term_requested(str): the person asked to read this term.
        comparison_requested(str): the person asked to see this curated comparison.
    """

    due_count_changed = Signal(int)
    progress_changed = Signal()
    term_requested = Signal(str)
    comparison_requested = Signal(str)

    def __init__(
        self,
        *,
        glossary: Glossary,
        store: ProgressStore,
        builder: DocumentBuilder | Callable[[], DocumentBuilder],
        bookmarks: Callable[[], Sequence[str]] | None = None,
        clock: Callable[[], datetime] = utc_now,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        scheduler: Scheduler | None = None,
        seed: int | None = None,
        storage_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learn-page")
        self._glossary = glossary
        self._store = store
        self._bookmarks = bookmarks or store.bookmarks
        self._clock = clock
        self._seed = random.randrange(1 << 30) if seed is None else seed
        self._study_set = StudySet()
        self._progress: dict[str, TermProgress] = {}
        self._due = 0
        self._new = 0
        self._storage_problem = storage_problem

        self.notice = QLabel(self)
        self.notice.setObjectName("learn-notice")
        self.notice.setWordWrap(True)
        self.set_label = QLabel(self)
        self.set_box = QComboBox(self)
        self.set_box.setObjectName("study-set")
        self.set_label.setBuddy(self.set_box)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.flashcards = FlashcardView(
            glossary=glossary, store=store, builder=builder, clock=clock, scheduler=scheduler, open_url=open_url
        )
        self.concept_quiz = ConceptQuizView(glossary=glossary, store=store, clock=clock, open_url=open_url)
        self.myth_quiz = MythQuizView(glossary=glossary, store=store, clock=clock, open_url=open_url)
        self.progress_view = ProgressView(glossary=glossary, store=store, clock=clock)
        for view in (self.flashcards, self.concept_quiz, self.myth_quiz, self.progress_view):
            self.tabs.addTab(view, "")
        self.due_indicator = QLabel()
        """A label for the main window's status bar; this page keeps its text up to date."""
        self.due_indicator.setObjectName("due-indicator")

        bar = QHBoxLayout()
        bar.addWidget(self.set_label)
        bar.addWidget(self.set_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        for view in (self.flashcards, self.concept_quiz, self.myth_quiz):
            view.term_requested.connect(self.term_requested)
            view.comparison_requested.connect(self.comparison_requested)
        self.flashcards.answered.connect(self._on_answered)
        self.concept_quiz.answered.connect(self._on_quiz_answered)
        self.myth_quiz.answered.connect(self._on_quiz_answered)
        self.set_box.activated.connect(self._on_set_chosen)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self._fill_sets()
        self.retranslate()
        self._start_all()
        self.refresh_progress()

    # --- state for the main window ------------------------------------------------------------------------------

    @property
    def store(self) -> ProgressStore:
        return self._store

    def badge(self, term_id: str) -> str:
        """The term list's badge: "" new, "●" learning, "✓" known."""
        return BADGES[self._progress.get(term_id, TermProgress.NEW)]

    def term_progress(self, term_id: str) -> TermProgress:
        return self._progress.get(term_id, TermProgress.NEW)

    def due_today(self) -> int:
        return self._due

    def new_waiting(self) -> int:
        """New cards the next session of all terms brings (at most a session's limit)."""
        return self._new

    @property
    def study_set(self) -> StudySet:
        return self._study_set

    def set_study_set(self, study_set: StudySet) -> None:
        index = self.set_box.findData(f"{study_set.kind}:{study_set.key}")
        self.set_box.setCurrentIndex(max(0, index))
        self._study_set = study_set if index >= 0 else StudySet()
        self._start_all()

    def refresh_progress(self) -> None:
        """Read the cards again: badges, the due count and the Progress view follow."""
        try:
            cards = self._store.cards()
            today = self._store.introduced_since(start_of_day(self._clock()))
        except StoreError as error:
            self._show_notice(str(error))
            return
        self._progress = progress_by_term(cards, self._glossary.terms)
        until = end_of_day(self._clock())
        directions = [d.value for d in Direction]
        due = due_count(cards, self._glossary.terms, until=until, directions=directions)
        self._new = new_waiting(cards, self._glossary.terms, directions=directions, introduced_today=today)
        self.progress_view.refresh(self._progress)
        self.progress_changed.emit()
        self._due = due
        self._update_due_indicator()
        self.due_count_changed.emit(due)

    # --- bookmarks, viewed terms, export and import (the main window's actions call these) ----------------------

    def is_bookmarked(self, term_id: str) -> bool:
        try:
            return self._store.is_bookmarked(term_id)
        except StoreError as error:
            self._show_notice(str(error))
            return False

    def toggle_bookmark(self, term_id: str) -> bool:
        """Bookmark the term or remove its bookmark; True when it is bookmarked afterwards."""
        try:
            marked = self._store.toggle_bookmark(term_id)
        except StoreError as error:
            self._show_notice(str(error))
            return self.is_bookmarked(term_id)
        self.bookmarks_changed()
        return marked

    def record_view(self, term_id: str) -> None:
        """Note that the term was read (the history of viewed terms)."""
        try:
            self._store.record_view(term_id)
        except StoreError as error:
            self._show_notice(str(error))

    def recent_views(self, limit: int = 50) -> list[str]:
        try:
            return [t for t in self._store.recent_views(limit) if t in self._glossary.terms]
        except StoreError:
            return []

    def export_to(self, path: Path, *, app_version: str) -> tuple[bool, str]:
        """Write all progress to a JSON file; (success, a sentence for the person)."""
        try:
            export_progress(self._store, path, app_version=app_version)
        except (OSError, StoreError) as error:
            return False, self.tr("Progress could not be exported: %1").replace("%1", str(error))
        return True, self.tr("Progress exported to %1").replace("%1", str(path))

    def import_from(self, path: Path) -> tuple[bool, str]:
        """Merge a progress file (newer reviews are never overwritten); (success, a sentence for the person)."""
        try:
            summary = import_progress(self._store, path)
        except (ProgressFileError, StoreError) as error:
            return False, self.tr("Progress could not be imported: %1").replace("%1", str(error))
        self.refresh_progress()
        self._start_all()
        return True, import_summary_text(summary)

    def bookmarks_changed(self) -> None:
        """Call after a bookmark was added or removed; a Bookmarks study set starts over with the new list."""
        if self._study_set.kind == "bookmarks":
            self._start_all()

    def set_content(
        self, glossary: Glossary, builder: DocumentBuilder | Callable[[], DocumentBuilder] | None = None
    ) -> None:
        """Reloaded content (another language, a new pack). Pass `builder` only when it is not a callable already."""
        self._glossary = glossary
        self.flashcards.set_content(glossary, builder)
        self.concept_quiz.set_glossary(glossary)
        self.myth_quiz.set_glossary(glossary)
        self.progress_view.set_glossary(glossary)
        self._fill_sets()
        self.refresh_progress()

    # --- building -----------------------------------------------------------------------------------------------

    def _fill_sets(self) -> None:
        current = f"{self._study_set.kind}:{self._study_set.key}"
        box = self.set_box
        box.clear()
        box.addItem(self.tr("All terms"), "all:")
        box.addItem(self.tr("Bookmarks"), "bookmarks:")
        box.insertSeparator(box.count())
        for category in self._glossary.categories.values():
            box.addItem(category.title, f"category:{category.id}")
        if self._glossary.paths:
            box.insertSeparator(box.count())
            for path in self._glossary.paths.values():
                box.addItem(self.tr("Path: %1").replace("%1", path.title), f"path:{path.id}")
        index = box.findData(current)
        if index < 0:
            self._study_set = StudySet()
        box.setCurrentIndex(max(0, index))

    def _term_ids(self) -> list[str]:
        return study_terms(self._glossary, self._study_set, self._bookmarks())

    def _start_all(self) -> None:
        ids = self._term_ids()
        self.flashcards.start(ids)
        self.concept_quiz.start(ids, seed=self._seed)
        self.myth_quiz.start(ids, seed=self._seed)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_due_indicator(self) -> None:
        self.due_indicator.setText(due_text(self._due, self._new))
        self.due_indicator.setToolTip(due_tooltip())

    def retranslate(self) -> None:
        self.set_label.setText(self.tr("&Study:"))
        self.set_box.setToolTip(self.tr("What to study: every term, a category, a learning path or your bookmarks"))
        self.tabs.setTabText(0, self.tr("Flash&cards"))
        self.tabs.setTabText(1, self.tr("&Which concept?"))
        self.tabs.setTabText(2, self.tr("M&yth or fact"))
        self.tabs.setTabText(3, self.tr("P&rogress"))
        self.set_box.setAccessibleName(self.tr("Study"))
        self.tabs.setAccessibleName(self.tr("Ways to learn"))
        self._fill_sets()
        recovery = self._store.recovery
        self._show_notice(self._storage_problem or (recovery_message(recovery) if recovery else ""))
        self.flashcards.retranslate()
        self.concept_quiz.retranslate()
        self.myth_quiz.retranslate()
        self.progress_view.retranslate()
        self._update_due_indicator()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to this page puts the focus in the current mode, so its keys (Space, 1–4) work at once."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.focus_current_mode()

    def focus_current_mode(self) -> None:
        view = self.tabs.currentWidget()
        target = getattr(view, "display", None) or view
        if isinstance(target, QWidget):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that no child took (focus on the mode tabs, say) go to the current mode's Space/1–4 actions."""
        view = self.tabs.currentWidget()
        pressed = QKeySequence(event.keyCombination())
        for action in view.actions() if view else []:
            if action.isEnabled() and any(
                key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()
            ):
                action.trigger()
                event.accept()
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- slots --------------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_set_chosen(self, index: int) -> None:
        data = self.set_box.itemData(index)
        if isinstance(data, str) and ":" in data:
            kind, _, key = data.partition(":")
            self._study_set = StudySet(kind, key)
            self._start_all()

    @Slot(object)
    def _on_answered(self, _outcome: object) -> None:
        self.refresh_progress()

    @Slot(bool)
    def _on_quiz_answered(self, _right: bool) -> None:
        if self.tabs.currentWidget() is self.progress_view:
            self.progress_view.refresh()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.progress_view:
            self.progress_view.refresh()
