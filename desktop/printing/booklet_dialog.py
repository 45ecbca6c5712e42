"""Print Booklet…: choose what goes in the booklet and whether to preview, print or export it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.content.model import Glossary
from desktop.printing import jobs
from desktop.printing.handouts import flashcard_pages
from desktop.printing.jobs import LARGE_BOOKLET, PrintJob, estimated_pages
from desktop.printing.texts import PrintTexts, print_texts

PREVIEW, PRINT, EXPORT = "preview", "print", "export"


FORMS = ("sheets", "flashcards", "worksheet")


@dataclass(frozen=True)
class BookletRequest:
    job: PrintJob
    action: str  # PREVIEW, PRINT or EXPORT
    form: str = "sheets"  # one of FORMS: term sheets, flashcards to cut out, a worksheet with its answer key


class BookletDialog(QDialog):
    """Selected terms, a category, a learning path, the bookmarks, a glossary pack or all terms; then Preview…,
    Print… or Export PDF….

    Under the choices it says about how many pages the chosen booklet prints. A choice of more than
    `LARGE_BOOKLET` pages is never preselected, and printing one asks first (`confirm_large(pages)`, a question
    box unless a test hands in its own answer). `request` holds the choice after one of the three buttons was
    pressed (None after Cancel).
    """

    def __init__(
        self,
        *,
        glossary: Glossary,
        selection: Sequence[str] = (),
        bookmarks: Sequence[str] = (),
        scope: tuple[str, str] = ("all", ""),
        texts: PrintTexts | None = None,
        confirm_large: Callable[[int], bool] | None = None,
        anki: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("booklet-dialog")
        self._anki = anki
        self._confirm_large = confirm_large or self._ask_large
        self._glossary = glossary
        self._selection = [t for t in selection if t in glossary.terms]
        self._bookmarks = [t for t in bookmarks if t in glossary.terms]
        self._texts = texts or print_texts()
        self.request: BookletRequest | None = None

        self.intro = QLabel(self)
        self.form_label, self.form_box = self._form_choice(visible=not anki)
        self.pages = QLabel(self)
        self.pages.setObjectName("page-estimate")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.hide()
        self._make_choices(glossary)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.setDefault(True)
        if anki:  # a deck is only exported
            self.preview_button.hide()
            self.print_button.hide()
            self.export_button.setDefault(True)

        self._lay_out()

        self.category_box.activated.connect(self._on_category_activated)
        self.path_box.activated.connect(self._on_path_activated)
        self.pack_box.activated.connect(self._on_pack_activated)
        self.buttons.clicked.connect(self._on_button_clicked)
        self._choices.buttonToggled.connect(self._on_choice_toggled)
        self.form_box.activated.connect(lambda _index: self._show_estimate())
        self._preselect(scope)
        self.retranslate()

    def _make_choices(self, glossary: Glossary) -> None:
        """The radio buttons of what the booklet holds, with the category, path and pack lists beside them."""
        self.selection_button = QRadioButton(self)
        self.category_button = QRadioButton(self)
        self.path_button = QRadioButton(self)
        self.bookmarks_button = QRadioButton(self)
        self.pack_button = QRadioButton(self)
        self.all_button = QRadioButton(self)
        self.category_box = QComboBox(self)
        for category in glossary.categories.values():
            self.category_box.addItem(category.title, category.id)
        self.path_box = QComboBox(self)
        for path in glossary.paths.values():
            self.path_box.addItem(path.title, path.id)
        self.pack_box = QComboBox(self)
        for pack in glossary.pack_names:
            self.pack_box.addItem(pack, pack)
        for name, box in (("category", self.category_box), ("path", self.path_box), ("pack", self.pack_box)):
            box.setObjectName(name)
        self._choices = QButtonGroup(self)
        for button in (
            self.selection_button,
            self.category_button,
            self.path_button,
            self.bookmarks_button,
            self.pack_button,
            self.all_button,
        ):
            self._choices.addButton(button)
        self.selection_button.setEnabled(bool(self._selection))
        self.bookmarks_button.setEnabled(bool(self._bookmarks))
        self.pack_button.setEnabled(self.pack_box.count() > 0)
        self.pack_button.setVisible(self.pack_box.count() > 0)  # most people never add a pack
        self.pack_box.setVisible(self.pack_box.count() > 0)
        self.path_button.setEnabled(self.path_box.count() > 0)
        self.category_button.setEnabled(self.category_box.count() > 0)

    def _form_choice(self, *, visible: bool) -> tuple[QLabel, QComboBox]:
        """ "Print as:" term sheets, flashcards or a worksheet (texts set in `retranslate`)."""
        label, box = QLabel(self), QComboBox(self)
        box.setObjectName("print-as")
        label.setBuddy(box)
        for form in FORMS:
            box.addItem("", form)
        box.setVisible(visible)
        label.setVisible(visible)
        return label, box

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.selection_button, 0, 0, 1, 2)
        grid.addWidget(self.category_button, 1, 0)
        grid.addWidget(self.category_box, 1, 1)
        grid.addWidget(self.path_button, 2, 0)
        grid.addWidget(self.path_box, 2, 1)
        grid.addWidget(self.bookmarks_button, 3, 0, 1, 2)
        grid.addWidget(self.pack_button, 4, 0)
        grid.addWidget(self.pack_box, 4, 1)
        grid.addWidget(self.all_button, 5, 0, 1, 2)
        grid.addWidget(self.form_label, 6, 0)
        grid.addWidget(self.form_box, 6, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _preselect(self, scope: tuple[str, str]) -> None:
        kind, key = scope
        if len(self._selection) > 1:
            self.selection_button.setChecked(True)
        elif kind == "category" and self.category_box.findData(key) >= 0:
            self.category_box.setCurrentIndex(self.category_box.findData(key))
            self.category_button.setChecked(True)
        elif kind == "path" and self.path_box.findData(key) >= 0:
            self.path_box.setCurrentIndex(self.path_box.findData(key))
            self.path_button.setChecked(True)
        elif kind == "bookmarks" and self._bookmarks:
            self.bookmarks_button.setChecked(True)
        elif kind == "category" and key.startswith("pack:") and self.pack_box.findData(key[5:]) >= 0:
            self.pack_box.setCurrentIndex(self.pack_box.findData(key[5:]))
            self.pack_button.setChecked(True)
        else:
            self.all_button.setChecked(True)
        if self.estimate() > LARGE_BOOKLET:  # let the person choose a booklet of thousands of pages, never default
            self._choices.setExclusive(False)
            for button in self._choices.buttons():
                button.setChecked(False)
            self._choices.setExclusive(True)
        self._show_estimate()

    @property
    def form(self) -> str:
        return str(self.form_box.currentData() or "sheets")

    def estimate(self) -> int:
        """About how many pages the current choice prints (0 when nothing is chosen or the choice is empty)."""
        if self._choices.checkedButton() is None:
            return 0
        try:
            job = self.job()
        except jobs.SelectionError:
            return 0
        if self.form == "flashcards":
            return flashcard_pages(len(job.term_ids))
        if self.form == "worksheet":
            return 4  # questions, a blank back, the answer key: a few pages whatever the selection
        return estimated_pages(self._glossary, job)

    def _show_estimate(self) -> None:
        pages = self.estimate()
        chosen = self._choices.checkedButton() is not None
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(chosen)
        if not chosen:
            self.pages.setText(self.tr("Choose what the booklet holds."))
        elif self._anki:
            count = len(self.job().term_ids)
            self.pages.setText(self.tr("%n card(s), one per term.", "", count))
        else:
            self.pages.setText(self.tr("About %n page(s).", "", pages))

    def _ask_large(self, pages: int) -> bool:
        text = self.tr("This booklet will be about %n page(s). Print it anyway?", "", pages)
        answer = QMessageBox.question(self, self.tr("A long booklet"), text)
        return answer == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print Booklet"))
        self.intro.setText(self.tr("A booklet has a title page, contents and one term per page; short ones share."))
        self.selection_button.setText(self.tr("Selected terms (%1)").replace("%1", str(len(self._selection))))
        self.category_button.setText(self.tr("Category:"))
        self.path_button.setText(self.tr("Learning path:"))
        self.bookmarks_button.setText(self.tr("Bookmarks (%1)").replace("%1", str(len(self._bookmarks))))
        self.pack_button.setText(self.tr("Glossary pack:"))
        self.all_button.setText(self.tr("All terms (%1)").replace("%1", str(len(self._glossary.terms))))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.export_button.setText(self.tr("&Export Deck…") if self._anki else self.tr("&Export PDF…"))
        self.form_label.setText(self.tr("Print &as:"))
        self.form_box.setItemText(0, self.tr("Term sheets"))
        self.form_box.setItemText(1, self.tr("Flashcards to cut out (8 a page, backs mirrored)"))
        self.form_box.setItemText(2, self.tr("Worksheet with answer key"))
        if self._anki:
            self.setWindowTitle(self.tr("Export to Anki"))
            self.intro.setText(self.tr("Choose the terms: each becomes a note of an Anki deck."))
        self._show_estimate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def job(self) -> PrintJob:
        """The booklet for the current choice (raises `SelectionError` for an empty one)."""
        glossary = self._glossary
        if self.selection_button.isChecked():
            return jobs.terms_job(glossary, self._selection, self._texts, title=self._texts.selected_terms)
        if self.category_button.isChecked():
            return jobs.category_booklet(glossary, str(self.category_box.currentData()))
        if self.path_button.isChecked():
            return jobs.path_booklet(glossary, str(self.path_box.currentData()))
        if self.bookmarks_button.isChecked():
            return jobs.bookmarks_booklet(glossary, self._bookmarks, self._texts)
        if self.pack_button.isChecked():
            return jobs.pack_booklet(glossary, str(self.pack_box.currentData()))
        return jobs.all_terms_booklet(glossary, self._texts)

    @Slot(int)
    def _on_category_activated(self, _index: int) -> None:
        self.category_button.setChecked(True)
        self._show_estimate()

    @Slot(int)
    def _on_path_activated(self, _index: int) -> None:
        self.path_button.setChecked(True)
        self._show_estimate()

    @Slot(int)
    def _on_pack_activated(self, _index: int) -> None:
        self.pack_button.setChecked(True)
        self._show_estimate()

    @Slot(QAbstractButton, bool)
    def _on_choice_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._show_estimate()

    @Slot(QAbstractButton)
    def _on_button_clicked(self, button: QAbstractButton) -> None:
        if button is self.preview_button:
            action = PREVIEW
        elif button is self.print_button:
            action = PRINT
        elif button is self.export_button:
            action = EXPORT
        else:
            self.reject()
            return
        try:
            job = self.job()
        except jobs.SelectionError as exc:  # an empty category or path: say so and stay open
            self.problem.setText(str(exc))
            self.problem.show()
            return
        pages = self.estimate()
        if not self._anki and pages > LARGE_BOOKLET and not self._confirm_large(pages):
            return
        self.request = BookletRequest(job, action, "sheets" if self._anki else self.form)
        self.accept()
