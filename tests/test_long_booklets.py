"""Booklets of big glossary packs (issue 14): short entries share pages, the dialog says how long a booklet is and
asks above 300 pages, and the progress dialog follows and cancels a long job while it runs."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.content.model import Glossary, Source, Term
from desktop.printing import jobs
from desktop.printing.booklet import JobRenderer
from desktop.printing.booklet_dialog import EXPORT, BookletDialog, BookletRequest
from desktop.printing.jobs import LARGE_BOOKLET, estimated_pages
from desktop.printing.pdf import write_pdf
from desktop.printing.print_controller import PrintController
from desktop.printing.print_dialogs import PrintDialogs
from desktop.printing.texts import PrintTexts
from desktop.ui.settings import AppSettings

SOURCE = Source("Miller, G. A.", 1995, "WordNet: a lexical database for English")


def with_short_entries(glossary: Glossary, count: int) -> Glossary:
    """The bundled glossary plus `count` one-line dictionary entries in a category of their own."""
    terms = dict(glossary.terms)
    for i in range(count):
        terms[f"word-{i:05d}"] = Term(
            id=f"word-{i:05d}",
            title=f"Word {i:05d}",
            category="lexicon",
            summary=f"A short gloss for dictionary word {i}.",
            definition=f"One line that explains word {i}.",
            why_it_matters="",
            examples=(),
            related=(),
            sources=(SOURCE,),
            pack="lexicon",
        )
    return dataclasses.replace(glossary, terms=terms)


def test_short_entries_share_pages_and_long_ones_do_not(glossary: Glossary, tmp_path: Path) -> None:
    big = with_short_entries(glossary, 60)
    job = jobs.terms_job(big, [f"word-{i:05d}" for i in range(60)], PrintTexts(), title="Lexicon")
    pages = write_pdf(job, tmp_path / "short.pdf", JobRenderer(big), paper="A4")
    assert pages < 60 / 3  # title page, contents and at least three entries a page
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(tmp_path / "short.pdf").pages)
    assert all(f"Word {i:05d}" in text for i in range(60))
    bundled = jobs.all_terms_booklet(glossary, PrintTexts())
    written = write_pdf(bundled, tmp_path / "all.pdf", JobRenderer(glossary), paper="A4")
    assert written >= len(glossary.terms) + 2  # the bundled entries are long: each still starts a page
    assert abs(estimated_pages(glossary, bundled) - written) <= written * 0.25
    assert abs(estimated_pages(big, job) - pages) <= max(2, pages * 0.5)


def test_the_dialog_never_preselects_a_huge_booklet_and_asks_before_printing_one(
    glossary: Glossary, qtbot: Any
) -> None:
    big = with_short_entries(glossary, 3000)
    asked: list[int] = []
    answer = [False]

    def confirm(pages: int) -> bool:
        asked.append(pages)
        return answer[0]

    dialog = BookletDialog(glossary=big, scope=("all", ""), confirm_large=confirm)
    qtbot.add_widget(dialog)
    assert dialog._choices.checkedButton() is None
    assert not dialog.export_button.isEnabled()
    dialog.all_button.setChecked(True)
    assert dialog.export_button.isEnabled()
    pages = dialog.estimate()
    assert pages > LARGE_BOOKLET
    assert str(pages) in dialog.pages.text().replace(",", "")
    dialog.export_button.click()
    assert (asked, dialog.request) == ([pages], None)  # "no": the dialog stays open
    answer[0] = True
    dialog.export_button.click()
    assert dialog.request is not None and dialog.request.action == EXPORT

    small = BookletDialog(glossary=glossary, scope=("category", "attacks"), confirm_large=confirm)
    qtbot.add_widget(small)
    assert small.category_button.isChecked()
    assert "page" in small.pages.text()
    small.export_button.click()
    assert len(asked) == 2 and small.request is not None  # no question for a short booklet


class ExportDialogs(PrintDialogs):
    def __init__(self, target: Path) -> None:
        self.target = target

    def save_path(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        return str(self.target)

    def booklet(self, parent: QWidget, dialog: BookletDialog) -> BookletRequest | None:
        dialog.all_button.setChecked(True)
        return BookletRequest(dialog.job(), EXPORT)


def test_the_progress_dialog_follows_and_cancels_a_long_job(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    big = with_short_entries(glossary, 400)
    window = QWidget()
    qtbot.add_widget(window)
    window.show()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    controller = PrintController(
        parent=window,
        glossary=big,
        current=lambda: None,
        settings=settings,
        dialogs=ExportDialogs(tmp_path / "long.pdf"),
        printer_names=list,
    )
    seen: dict[str, Any] = {}

    def on_shown(dialog: QProgressDialog) -> None:
        assert dialog.windowModality() == Qt.WindowModality.WindowModal

        def press_cancel() -> None:  # runs only if the event loop turns while the job is being painted
            seen["visible"] = dialog.isVisible()
            seen["label"] = dialog.labelText()
            dialog.cancel()

        QTimer.singleShot(0, press_cancel)

    controller.progress_shown.connect(on_shown)
    with qtbot.wait_signal(controller.status_message) as blocker:
        controller.booklet_action.trigger()
    assert seen["visible"] and seen["label"]
    assert "cancelled" in blocker.args[0]
    assert not (tmp_path / "long.pdf").exists()
