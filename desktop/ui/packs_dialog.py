"""File → Add Glossary Pack… and File → Manage Glossary Packs…: a teacher's own terms, added and removed.

`AddPackDialog` lets the user pick a CSV file or a folder, checks it against the loaded glossary (how many terms,
which problems), and installs it through a `PackManager`. `ManagePacksDialog` lists the installed packs and removes
them. Both only change files; `desktop.ui.pack_commands` opens them for the File menu and tells the window when to
reload the glossary. Neither blocks: file
choosers are injected (tests pass their own), and questions are asked with `QMessageBox.open()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.content.model import Glossary
from desktop.core.packs.loading import PackReport, check_pack
from desktop.ui.pack_manager import PackInstallError, PackManager

Chooser = Callable[[QWidget], Path | None]


class PackFeedback(QObject):
    """The words of what adding a pack did (a QObject so that lupdate sees `self.tr(…, "", n)` as plurals)."""

    def terms_added(self, count: int) -> str:
        return self.tr("%n term(s) added", "", count)

    def renamed(self, count: int) -> str:
        return self.tr("%n id(s) renamed", "", count)

    def problems(self, count: int) -> str:
        return self.tr("%n problem(s)", "", count)

    def added(self, name: str, parts: str) -> str:
        return self.tr("Glossary pack “%1” added: %2.").replace("%1", name).replace("%2", parts)


NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def choose_csv_file(parent: QWidget) -> Path | None:
    """Qt's file chooser for a CSV file (modal; tests inject their own chooser)."""
    caption = QCoreApplication.translate("AddPackDialog", "Choose a CSV File")
    filters = QCoreApplication.translate("AddPackDialog", "CSV files (*.csv);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget) -> Path | None:
    """Qt's folder chooser (modal; tests inject their own chooser)."""
    caption = QCoreApplication.translate("AddPackDialog", "Choose a Folder of YAML Term Files")
    name = QFileDialog.getExistingDirectory(parent, caption)
    return Path(name) if name else None


PROBLEMS_HEIGHT = 460
"""The Add Glossary Pack dialog's height once it lists a pack's problems."""


class AddPackDialog(QDialog):
    """Choose a CSV file or a folder, see what it brings, and add it.

    Signals:
        pack_added(str): a pack was installed under this name.
    """

    pack_added = Signal(str)

    def __init__(
        self,
        *,
        manager: PackManager,
        glossary: Glossary,
        choose_file: Chooser = choose_csv_file,
        choose_dir: Chooser = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add-pack-dialog")
        self._manager = manager
        self._glossary = glossary
        self._choose_file = choose_file
        self._choose_dir = choose_dir
        self._source: Path | None = None
        self._report: PackReport | None = None
        self._question: QMessageBox | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("pack-name")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.problems_view = QPlainTextEdit(self)
        self.problems_view.setReadOnly(True)
        self.problems_view.setObjectName("pack-problems")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("pack-error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self._lay_out()

        self.file_button.clicked.connect(self._on_choose_file)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_add_button)
        self.retranslate()
        self.resize(620, self.sizeHint().height())

    def _lay_out(self) -> None:
        self.source_caption = QLabel(self)
        self.name_caption = QLabel(self)
        self.name_caption.setBuddy(self.name_edit)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.file_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.source_caption, self.source_label)
        form.addRow(self.name_caption, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choose_row)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.error_label)
        layout.addStretch(1)  # spare height goes below the form, not between its rows (taken away with problems)
        layout.addWidget(self.buttons)
        self._layout = layout
        self._spacer = layout.count() - 2
        self.problems_view.hide()
        self.error_label.hide()
        self.result_label.hide()

    def _show_problems(self, visible: bool) -> None:
        """The list of problems takes the spare height when it is shown (and the dialog grows for it)."""
        self.problems_view.setVisible(visible)
        self._layout.setStretch(self._spacer, 0 if visible else 1)
        if visible and self.height() < PROBLEMS_HEIGHT:
            self.resize(self.width(), PROBLEMS_HEIGHT)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Glossary Pack"))
        self.intro.setText(
            self.tr(
                "A glossary pack adds your own terms beside the bundled ones: a CSV file with the columns term, "
                "summary, definition, category, related, aliases and source, or a folder of YAML term files. "
                "It is copied into your data folder; removing it later leaves the glossary as it was."
            )
        )
        self.file_button.setText(self.tr("Choose CSV &File…"))
        self.folder_button.setText(self.tr("Choose F&older…"))
        self.source_caption.setText(self.tr("Pack:"))
        self.name_caption.setText(self.tr("&Name:"))
        self.name_edit.setPlaceholderText(self.tr("Shown as “Pack: name” in the term list"))
        self.add_button.setText(self.tr("&Add Pack"))
        self._show_report()

    # --- choosing and checking ----------------------------------------------------------------------------------

    @Slot()
    def _on_choose_file(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.set_source(path)

    @Slot()
    def _on_choose_folder(self) -> None:
        path = self._choose_dir(self)
        if path is not None:
            self.set_source(path)

    @property
    def report(self) -> PackReport | None:
        """What checking the chosen pack found (None before a pack is chosen)."""
        return self._report

    def set_source(self, path: Path) -> PackReport:
        """Check a CSV file or folder and show what it would add."""
        self._source = path
        self._report = check_pack(path, self._glossary)
        self.name_edit.setText(self._report.name)
        self.error_label.hide()
        self._show_report()
        return self._report

    def _show_report(self) -> None:
        report = self._report
        self.source_label.setText(str(self._source) if self._source else self.tr("(none chosen yet)"))
        if report is None:
            self.result_label.setText("")
            self.result_label.hide()
            self._show_problems(False)
        else:
            text = self.tr("%n term(s) found.", "", report.terms)
            renamed = sum(p.renamed for p in report.problems)
            if renamed:
                text += " " + self.tr(
                    "%n id(s) already used by the glossary: those entries are kept under a new id.", "", renamed
                )
            if len(report.problems) > renamed:
                text += " " + self.tr(
                    "%n problem(s): the rows or files concerned are left out, the rest can be added.",
                    "",
                    len(report.problems) - renamed,
                )
            if not report.usable:
                text = self.tr("No usable terms found, so there is nothing to add.")
            self.result_label.setText(text)
            self.result_label.show()
            self.problems_view.setPlainText("\n".join(str(p) for p in report.problems))
            self._show_problems(bool(report.problems))
        self._update_add_button()

    @Slot()
    def _update_add_button(self) -> None:
        usable = self._report is not None and self._report.usable
        self.add_button.setEnabled(usable and bool(self.name_edit.text().strip()))

    # --- installing ---------------------------------------------------------------------------------------------

    @Slot()
    def _on_add(self) -> None:
        name = self.name_edit.text().strip()
        if self._source is None or not name:
            return
        if self._manager.exists(name):
            self._question = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Replace Glossary Pack"),
                self.tr("A glossary pack named “%1” is already installed. Replace it?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            self._question.setObjectName("replace-question")
            self._question.finished.connect(self._on_replace_answered)
            self._question.open()
            return
        self.install(replace=False)

    @Slot(int)
    def _on_replace_answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self.install(replace=True)

    def install(self, *, replace: bool) -> bool:
        """Copy the chosen pack in; an error is shown in the dialog, which stays open."""
        if self._source is None:
            return False
        try:
            installed = self._manager.install(self._source, name=self.name_edit.text().strip(), replace=replace)
        except PackInstallError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.pack_added.emit(installed.name)
        self.accept()
        return True


class ManagePacksDialog(QDialog):
    """The installed packs, with the number of terms each brings, and Remove.

    Signals:
        packs_changed(): a pack was removed.
    """

    packs_changed = Signal()

    def __init__(self, *, manager: PackManager, glossary: Glossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manage-packs-dialog")
        self._manager = manager
        self._glossary = glossary
        self._question: QMessageBox | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("packs")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._selection = self.view.selectionModel()  # keep a Python reference before connecting
        self.remove_button = QPushButton(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._selection.currentChanged.connect(self._on_current_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 360)
        self.retranslate()

    def set_glossary(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary Packs"))
        self.intro.setText(
            self.tr("Installed glossary packs, kept in %1. Removing one removes its terms from the glossary.").replace(
                "%1", str(self._manager.root)
            )
        )
        self.remove_button.setText(self.tr("&Remove"))
        self.refresh()

    def refresh(self) -> None:
        counts: dict[str, int] = {}
        for term in self._glossary.terms.values():
            if term.pack:
                counts[term.pack] = counts.get(term.pack, 0) + 1
        self.model.clear()
        for pack in self._manager.installed():
            item = QStandardItem(self.tr("%1 — %n term(s)", "", counts.get(pack.name, 0)).replace("%1", pack.name))
            item.setData(pack.name, NAME_ROLE)
            item.setToolTip(str(pack.path))
            self.model.appendRow(item)
        if not self.model.rowCount():
            empty = QStandardItem(self.tr("No glossary packs installed. Add one with File → Add Glossary Pack…"))
            empty.setEnabled(False)
            self.model.appendRow(empty)
        self._update_buttons()

    def names(self) -> list[str]:
        return [name for row in range(self.model.rowCount()) if (name := self.model.item(row).data(NAME_ROLE))]

    def select(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(NAME_ROLE) == name:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def current_name(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(NAME_ROLE) or "") if index.isValid() else ""

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.current_name()))

    @Slot()
    def _on_remove_clicked(self) -> None:
        name = self.current_name()
        if not name:
            return
        self._question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove Glossary Pack"),
            self.tr("Remove the glossary pack “%1” and its terms?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self._question.setObjectName("remove-question")
        self._question.finished.connect(lambda answer: self._on_remove_answered(answer, name))
        self._question.open()

    def _on_remove_answered(self, answer: int, name: str) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(name)

    def remove(self, name: str) -> bool:
        """Remove a pack now; an error is shown in the dialog."""
        try:
            self._manager.remove(name)
        except PackInstallError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.refresh()
        self.packs_changed.emit()
        return True
