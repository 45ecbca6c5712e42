"""Term sheets, comparison handouts and booklets: printed to PDFs under tmp_path and read back with pypdf."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QLocale, QSettings, QSizeF
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from desktop.core.content.model import Glossary, UnknownIdError
from desktop.printing import jobs
from desktop.printing.booklet import CancelledError, JobRenderer, Progress
from desktop.printing.booklet_dialog import EXPORT, BookletDialog, BookletRequest
from desktop.printing.jobs import ComparisonSection, PrintJob, TermSection
from desktop.printing.layout import (
    default_paper,
    keep_headings_with_text,
    make_document,
    page_layout,
    paper_for_locale,
    parse_paper,
)
from desktop.printing.pdf import ExportError, write_pdf
from desktop.printing.print_controller import PrintController
from desktop.printing.print_dialogs import PrintDialogs
from desktop.printing.texts import PrintTexts
from desktop.ui.settings import AppSettings

DATE = "2026-11-27"
TEXTS = PrintTexts()


def text_of(page: Any) -> str:
    """A page's text, with pdftotext-style ligatures and odd spaces folded."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def page_texts(path: Path) -> list[str]:
    """Every page's text: poppler's pdftotext when installed (fast, keeps table rows on one line), else pypdf."""
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        )
        pages = result.stdout.split("\f")[:-1]
        return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pages]
    return [text_of(page) for page in pypdf.PdfReader(path).pages]


def export(glossary: Glossary, job: PrintJob, path: Path, *, paper: str = "A4", **kwargs: Any) -> pypdf.PdfReader:
    pages = write_pdf(job, path, JobRenderer(glossary, date=DATE, **kwargs), paper=paper)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == pages
    return reader


def is_landscape(page: Any) -> bool:
    box = page.mediabox
    return float(box.width) > float(box.height)


# --- term sheets ------------------------------------------------------------------------------------------------


def test_a_typical_term_is_one_page_with_header_footer_and_metadata(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.term_sheet(glossary, "rlhf"), tmp_path / "rlhf.pdf")
    assert len(reader.pages) == 1
    assert reader.metadata is not None
    assert reader.metadata.title == "RLHF"
    assert reader.metadata.creator == "Alignment Atlas"
    text = text_of(reader.pages[0])
    for words in ("Alignment Atlas", "RLHF", "Definition", "Why it matters", "Sources", "Page 1 of 1"):
        assert words in text
    assert f"Content version {glossary.meta.content_version} · {DATE}" in text
    assert not is_landscape(reader.pages[0])
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]  # A4 in points


def test_most_terms_fit_one_page(glossary: Glossary, tmp_path: Path) -> None:
    renderer = JobRenderer(glossary, date=DATE)
    counts = {tid: write_pdf(jobs.term_sheet(glossary, tid), tmp_path / f"{tid}.pdf", renderer, paper="A4")
              for tid in glossary.terms}  # fmt: skip
    one_page = [tid for tid, pages in counts.items() if pages == 1]
    assert len(one_page) > len(counts) * 0.75
    assert max(counts.values()) <= 3


def test_a_long_term_flows_onto_a_second_page(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.term_sheet(glossary, "alignment"), tmp_path / "alignment.pdf")
    assert len(reader.pages) == 2
    first, second = (text_of(page) for page in reader.pages)
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second
    assert "Sources" in second


def test_letter_paper(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.term_sheet(glossary, "dpo"), tmp_path / "dpo.pdf", paper="Letter")
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]


def test_fonts_are_embedded(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.term_sheet(glossary, "rlhf"), tmp_path / "rlhf.pdf")
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    assert fonts
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_a_single_sheet_has_no_dead_term_links(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.term_sheet(glossary, "rlhf"), tmp_path / "rlhf.pdf")
    uris = [a.get_object()["/A"]["/URI"] for a in reader.pages[0].get("/Annots", []) if "/A" in a.get_object()]
    assert uris  # the sources' web links stay
    assert all(uri.startswith("https://") for uri in uris)


# --- comparisons ------------------------------------------------------------------------------------------------


def test_two_term_comparison_is_one_portrait_page(glossary: Glossary, tmp_path: Path) -> None:
    reader = export(glossary, jobs.comparison_handout(glossary, "capability-vs-alignment"), tmp_path / "c.pdf")
    assert len(reader.pages) == 1
    assert reader.metadata is not None
    assert reader.metadata.title == glossary.comparison_title(glossary.comparisons["capability-vs-alignment"])
    assert not is_landscape(reader.pages[0])
    text = text_of(reader.pages[0])
    for dimension in glossary.comparisons["capability-vs-alignment"].dimensions:
        assert dimension.name in text
    assert "How to tell them apart" in text


def test_three_term_comparison_is_landscape_with_the_whole_table_on_page_one(
    glossary: Glossary, tmp_path: Path
) -> None:
    comparison = glossary.comparisons["hallucination-vs-dishonesty-vs-sycophancy"]
    reader = export(glossary, jobs.comparison_handout(glossary, comparison.id), tmp_path / "h.pdf")
    assert is_landscape(reader.pages[0])
    first = text_of(reader.pages[0])
    for dimension in comparison.dimensions:
        assert dimension.name in first
    for term_id in comparison.terms:
        assert glossary.terms[term_id].title in first


def test_ad_hoc_comparison_from_term_ids(glossary: Glossary) -> None:
    section = jobs.comparison_section(glossary, "rlhf+dpo")
    assert section.term_ids == ("rlhf", "dpo")
    assert section.comparison_id == "rlhf-vs-dpo"
    section = jobs.comparison_section(glossary, ["bias", "jailbreak"])
    assert section.comparison_id == ""
    with pytest.raises(UnknownIdError):
        jobs.comparison_section(glossary, "no-such-comparison")
    with pytest.raises(jobs.SelectionError):
        jobs.comparison_section(glossary, "rlhf+rlhf")


# --- booklets ---------------------------------------------------------------------------------------------------


def contents_numbers(contents: list[str], titles: list[str]) -> list[int]:
    """The page number printed after each title on the contents pages, in order."""
    text = " ".join(contents)
    numbers, position = [], 0
    for title in titles:
        match = re.compile(re.escape(title) + r" · [^\d]*?(\d+)").search(text, position)
        assert match is not None, f"{title} is not in the contents after position {position}"
        numbers.append(int(match.group(1)))
        position = match.end()
    return numbers


def test_all_terms_booklet(glossary: Glossary, tmp_path: Path) -> None:
    job = jobs.all_terms_booklet(glossary, TEXTS)
    reader = export(glossary, job, tmp_path / "all.pdf")
    assert reader.metadata is not None
    assert reader.metadata.title == glossary.meta.title
    texts = page_texts(tmp_path / "all.pdf")
    assert len(texts) == len(reader.pages)
    cover = texts[0]
    assert glossary.meta.title in cover
    assert f"{len(glossary.terms)} terms" in cover
    assert glossary.meta.content_version in cover
    assert "Contents" in texts[1]
    destinations = reader.named_destinations
    first = job.sections[0]
    assert isinstance(first, TermSection)
    # The contents run from the page after the cover to the page before the first entry (one or more pages).
    first_entry = reader.get_destination_page_number(destinations[f"term-{first.term_id}"])
    assert first_entry is not None
    contents_pages = first_entry - 1
    assert contents_pages >= 1

    titles = [glossary.terms[s.term_id].title for s in job.sections if isinstance(s, TermSection)]
    numbers = contents_numbers(texts[1 : 1 + contents_pages], titles)
    assert numbers[0] == 2 + contents_pages
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)  # each term starts a new page
    # Each term starts on the page the contents say, in order, and the booklet ends with the last term.
    for section, title, number in zip(job.sections, titles, numbers, strict=True):
        assert isinstance(section, TermSection)
        assert title in texts[number - 1]
        assert reader.get_destination_page_number(destinations[f"term-{section.term_id}"]) == number - 1
    assert len(reader.pages) >= numbers[-1]
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in texts[-1]
    # The contents link to the terms inside the PDF.
    contents_links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert contents_links
    assert {link["/Dest"] for link in contents_links} <= set(destinations)
    # Cross-references between printed terms jump inside the PDF too; none points at a `term:` address.
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get_object().get("/A")
            assert action is None or str(action["/URI"]).startswith("http")


def test_category_and_path_booklets(glossary: Glossary, tmp_path: Path) -> None:
    path = next(iter(glossary.paths.values()))
    job = jobs.path_booklet(glossary, path.id)
    assert [s.term_id for s in job.sections if isinstance(s, TermSection)] == list(path.steps)
    reader = export(glossary, job, tmp_path / "path.pdf")
    assert path.title in text_of(reader.pages[0])
    assert reader.metadata is not None
    assert reader.metadata.title == path.title

    job = jobs.category_booklet(glossary, "attacks")
    ids = [s.term_id for s in job.sections if isinstance(s, TermSection)]
    assert ids and all(glossary.terms[t].category == "attacks" for t in ids)
    assert job.title == glossary.categories["attacks"].title


def test_comparison_booklet_mixes_orientations(glossary: Glossary, tmp_path: Path) -> None:
    job = jobs.comparisons_job(
        glossary, ["capability-vs-alignment", "hallucination-vs-dishonesty-vs-sycophancy"], TEXTS
    )
    assert job.booklet
    reader = export(glossary, job, tmp_path / "both.pdf")
    orientations = [is_landscape(p) for p in reader.pages]
    assert orientations[:3] == [False, False, False]  # cover, contents, the two-column handout
    assert orientations[3] is True


def test_selection_errors(glossary: Glossary) -> None:
    with pytest.raises(UnknownIdError):
        jobs.terms_job(glossary, ["rlhf", "nope"], TEXTS)
    with pytest.raises(jobs.SelectionError, match="unknown category"):
        jobs.category_booklet(glossary, "nope")
    with pytest.raises(UnknownIdError):
        jobs.path_booklet(glossary, "nope")
    with pytest.raises(jobs.SelectionError):
        jobs.terms_job(glossary, [], TEXTS)
    empty = dataclasses.replace(glossary, terms={k: t for k, t in glossary.terms.items() if t.category != "attacks"})
    with pytest.raises(jobs.SelectionError, match="has no terms"):
        jobs.category_booklet(empty, "attacks")
    assert jobs.terms_job(glossary, ["rlhf"], TEXTS) == jobs.term_sheet(glossary, "rlhf")


# --- layout -----------------------------------------------------------------------------------------------------


def _page_of(doc: Any, block: Any, line: int) -> int:
    top = doc.documentLayout().blockBoundingRect(block).top() + block.layout().lineAt(line).y()
    return int((top + 0.5) // doc.pageSize().height())


def test_a_heading_never_ends_a_page() -> None:
    device = QImage(10, 10, QImage.Format.Format_RGB32)
    body = QSizeF(400, 300)
    filler = "<p>Some words that fill a line.</p>"
    for count in range(1, 40):
        html = filler * count + "<h2>Heading</h2><p>" + "Text under the heading. " * 12 + "</p>"
        doc = make_document(html, device, body)
        heading = doc.lastBlock().previous()
        assert heading.blockFormat().headingLevel() == 2
        if _page_of(doc, heading, 0) < _page_of(doc, heading.next(), 0):
            break  # this document puts the heading alone at the bottom of page 1
    else:
        pytest.fail("no filler length left the heading at the bottom of a page")
    pages = doc.pageCount()
    assert keep_headings_with_text(doc) == 1
    assert _page_of(doc, heading, 0) == _page_of(doc, heading.next(), 1) == 1
    assert doc.pageCount() == pages
    assert keep_headings_with_text(doc) == 0  # idempotent


def test_paper_defaults() -> None:
    assert paper_for_locale(QLocale("en_US")) == "Letter"
    assert paper_for_locale(QLocale("en_CA")) == "Letter"
    assert paper_for_locale(QLocale("es_MX")) == "Letter"
    assert paper_for_locale(QLocale("en_GB")) == "A4"
    assert paper_for_locale(QLocale("de_DE")) == "A4"
    assert default_paper(QPageSize(QPageSize.PageSizeId.A4), QLocale("en_US")) == "A4"
    assert default_paper(QPageSize(QPageSize.PageSizeId.Legal), QLocale("en_US")) == "Letter"
    assert default_paper(None, QLocale("fr_FR")) == "A4"
    assert parse_paper("letter") == "Letter"
    with pytest.raises(ValueError, match="unknown paper"):
        parse_paper("A5")


# --- all or nothing ---------------------------------------------------------------------------------------------


def cancel_after(calls: int) -> Callable[[Progress], bool]:
    seen: list[Progress] = []

    def progress(p: Progress) -> bool:
        seen.append(p)
        return len(seen) < calls

    return progress


@pytest.mark.parametrize("calls", [1, 5, 60])
def test_cancelling_leaves_no_file(glossary: Glossary, tmp_path: Path, calls: int) -> None:
    job = jobs.all_terms_booklet(glossary, TEXTS)
    renderer = JobRenderer(glossary, date=DATE, progress=cancel_after(calls))
    with pytest.raises(CancelledError):
        write_pdf(job, tmp_path / "all.pdf", renderer, paper="A4")
    assert list(tmp_path.iterdir()) == []


def test_cancelling_keeps_an_existing_file(glossary: Glossary, tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    target.write_bytes(b"old")
    renderer = JobRenderer(glossary, progress=cancel_after(3))
    with pytest.raises(CancelledError):
        write_pdf(jobs.all_terms_booklet(glossary, TEXTS), target, renderer, paper="A4")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_paths(glossary: Glossary, tmp_path: Path) -> None:
    job = jobs.term_sheet(glossary, "rlhf")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    for path in (tmp_path / "missing" / "x.pdf", tmp_path, a_file / "x.pdf"):
        with pytest.raises(ExportError, match="cannot write the PDF"):
            write_pdf(job, path, JobRenderer(glossary), paper="A4")
    assert sorted(tmp_path.iterdir()) == [a_file]


# --- preview and the window's controller ------------------------------------------------------------------------


def test_print_preview_renders_every_page(glossary: Glossary, qtbot: Any) -> None:
    job = jobs.terms_job(glossary, ["rlhf", "dpo", "alignment"], TEXTS)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A4"))
    dialog = QPrintPreviewDialog(printer)
    qtbot.add_widget(dialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda device: painted.append(JobRenderer(glossary).render(job, device)))
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert painted
    assert preview.pageCount() == painted[-1] == 2 + 1 + 1 + 2  # cover, contents, rlhf, dpo, alignment (2)
    dialog.close()


class FakeDialogs(PrintDialogs):
    """Answers every modal dialog without showing it."""

    def __init__(self, save_to: str = "", accept_pdf: bool = True) -> None:
        self.save_to = save_to
        self.accept_pdf = accept_pdf
        self.offered = 0
        self.errors: list[str] = []
        self.booklet_request: Callable[[BookletDialog], BookletRequest | None] = lambda dialog: None

    def save_path(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        self.suggested = suggested
        return self.save_to

    def print_dialog(self, parent: QWidget, printer: QPrinter) -> bool:
        raise AssertionError("no printer: the print dialog must not open")

    def offer_pdf(self, parent: QWidget) -> bool:
        self.offered += 1
        return self.accept_pdf

    def booklet(self, parent: QWidget, dialog: BookletDialog) -> BookletRequest | None:
        return self.booklet_request(dialog)

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(text)


def make_controller(
    qtbot: Any,
    glossary: Glossary,
    tmp_path: Path,
    dialogs: FakeDialogs,
    *,
    current: Any = None,
    selection: tuple[str, ...] = ("rlhf", "dpo"),
) -> PrintController:
    window = QWidget()
    qtbot.add_widget(window)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return PrintController(
        parent=window,
        glossary=glossary,
        current=lambda: current,
        selection=lambda: list(selection),
        scope=lambda: ("category", "failure-modes"),
        settings=settings,
        dialogs=dialogs,
        printer_names=list,
    )


def test_export_pdf_action_writes_the_current_term(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialogs = FakeDialogs(save_to=str(out / "sheet"))
    controller = make_controller(qtbot, glossary, tmp_path, dialogs, current=TermSection("rlhf"))
    with qtbot.wait_signal(controller.status_message) as blocker:
        controller.export_action.trigger()
    assert dialogs.suggested.endswith("rlhf.pdf")
    assert (out / "sheet.pdf").is_file()
    assert blocker.args == [f"Wrote 1 page to {out / 'sheet.pdf'}."]
    assert len(pypdf.PdfReader(out / "sheet.pdf").pages) == 1
    dialogs.save_to = ""
    controller.export_action.trigger()  # cancelled save dialog: nothing happens
    assert sorted(p.name for p in out.iterdir()) == ["sheet.pdf"]


def test_print_without_a_printer_offers_pdf(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    dialogs = FakeDialogs(save_to=str(tmp_path / "cmp.pdf"))
    current = ComparisonSection(("capability", "alignment"), "capability-vs-alignment")
    controller = make_controller(qtbot, glossary, tmp_path, dialogs, current=current)
    controller.print_action.trigger()
    assert dialogs.offered == 1
    assert dialogs.suggested.endswith("capability-vs-alignment.pdf")
    assert (tmp_path / "cmp.pdf").is_file()
    dialogs.accept_pdf = False
    (tmp_path / "cmp.pdf").unlink()
    controller.print_action.trigger()
    assert dialogs.offered == 2
    assert not (tmp_path / "cmp.pdf").exists()
    assert "PDF" in PrintController.no_printer_text()


def test_nothing_to_print_says_so(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    controller = make_controller(qtbot, glossary, tmp_path, FakeDialogs())
    with qtbot.wait_signal(controller.status_message):
        controller.print_action.trigger()


def test_booklet_with_progress_dialog_and_cancel(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    dialogs = FakeDialogs(save_to=str(tmp_path / "booklet.pdf"))
    dialogs.booklet_request = lambda dialog: BookletRequest(dialog.job(), EXPORT)
    controller = make_controller(qtbot, glossary, tmp_path, dialogs, selection=())
    shown: list[Any] = []
    controller.progress_shown.connect(shown.append)
    controller.booklet_action.trigger()  # the scope is the "failure-modes" category
    assert len(shown) == 1
    reader = pypdf.PdfReader(tmp_path / "booklet.pdf")
    assert reader.metadata is not None
    assert reader.metadata.title == glossary.categories["failure-modes"].title

    (tmp_path / "booklet.pdf").unlink()
    controller.progress_shown.connect(lambda dialog: dialog.cancel())
    with qtbot.wait_signal(controller.status_message) as blocker:
        controller.booklet_action.trigger()
    assert "cancelled" in blocker.args[0]
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == []


def test_paper_size_is_remembered(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    controller = make_controller(qtbot, glossary, tmp_path, FakeDialogs())
    controller.paper_actions["Letter"].trigger()
    assert controller.paper == "Letter"
    again = make_controller(qtbot, glossary, tmp_path, FakeDialogs())
    assert again.paper == "Letter"
    assert again.paper_actions["Letter"].isChecked()
    assert [a.text() for a in again.actions()] == [
        "&Print…",
        "Print Pre&view…",
        "Export P&DF…",
        "Print &Booklet…",
        "Export to &Anki…",
    ]


def test_booklet_dialog_choices(glossary: Glossary, qtbot: Any) -> None:
    dialog = BookletDialog(glossary=glossary, selection=["rlhf", "dpo"], scope=("all", ""))
    qtbot.add_widget(dialog)
    assert dialog.selection_button.isChecked()
    assert dialog.job().title == "Selected terms"
    path = next(iter(glossary.paths.values()))
    dialog = BookletDialog(glossary=glossary, selection=[], scope=("path", path.id))
    qtbot.add_widget(dialog)
    assert not dialog.selection_button.isEnabled()
    assert dialog.path_button.isChecked()
    assert dialog.job().title == path.title
    dialog.all_button.setChecked(True)
    dialog.export_button.click()
    assert dialog.request is not None
    assert dialog.request.action == EXPORT
    assert len(dialog.request.job.sections) == len(glossary.terms)


def test_printing_to_a_printer_and_cancelling_it(glossary: Glossary, qtbot: Any, tmp_path: Path) -> None:
    controller = make_controller(qtbot, glossary, tmp_path, FakeDialogs())
    job = jobs.category_booklet(glossary, "failure-modes")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("A4"))
    with qtbot.wait_signal(controller.status_message) as blocker:
        pages = controller.render_to(job, printer)
    assert pages == len(pypdf.PdfReader(tmp_path / "printed.pdf").pages)
    assert blocker.args == [f"Sent {pages} pages to the printer."]

    (tmp_path / "printed.pdf").unlink()
    controller.progress_shown.connect(lambda dialog: dialog.cancel())
    assert controller.render_to(job, printer) == 0
    assert not (tmp_path / "printed.pdf").exists()


def test_a_short_block_stays_whole_under_its_heading() -> None:
    """A heading whose text is a few lines (a comparison's links) takes them all to its page, not just two."""
    device = QImage(10, 10, QImage.Format.Format_RGB32)
    body = QSizeF(400, 300)
    filler = "<p>Some words that fill a line.</p>"
    short = "<h2>Heading</h2><p>" + "<br>".join(f"Link line {n}" for n in range(4)) + "</p>"
    for count in range(1, 40):
        doc = make_document(filler * count + short, device, body)
        heading = doc.lastBlock().previous()
        lines = heading.next()
        if _page_of(doc, heading, 0) == _page_of(doc, lines, 1) < _page_of(doc, lines, 3):
            break  # the heading and two of its lines end page 1, the rest starts page 2
    else:
        pytest.fail("no filler length split the short block")
    assert keep_headings_with_text(doc) == 1
    assert _page_of(doc, heading, 0) == _page_of(doc, lines, 3) == 1


def test_three_term_handout_keeps_how_they_are_linked_together(glossary: Glossary, tmp_path: Path) -> None:
    comparison = glossary.comparisons["hallucination-vs-dishonesty-vs-sycophancy"]
    path = tmp_path / "h.pdf"
    export(glossary, jobs.comparison_handout(glossary, comparison.id), path)
    pages = page_texts(path)
    [page] = [text for text in pages if "How they are linked" in text]
    assert "All three are in" in page and "All three relate to" in page
    assert "contrasts with" in page
    assert not any("All three relate to" in other or "contrasts with" in other for other in pages if other != page)


def test_booklet_dialog_offers_bookmarks_and_glossary_packs(glossary: Glossary, qtbot: Any) -> None:
    dialog = BookletDialog(glossary=glossary, bookmarks=["rlhf", "gone", "dpo"], scope=("bookmarks", ""))
    qtbot.add_widget(dialog)
    assert dialog.bookmarks_button.text() == "Bookmarks (2)"
    assert dialog.bookmarks_button.isChecked()
    job = dialog.job()
    assert job.title == "Bookmarked terms" and job.term_ids == ("dpo", "rlhf")  # by title
    assert dialog.pack_button.isHidden()  # no pack loaded: no pack choice
    with_pack = replace(
        glossary,
        terms={
            **glossary.terms,
            "fence": replace(glossary.terms["rlhf"], id="fence", title="Fence", pack="Farm words"),
        },
    )
    dialog = BookletDialog(glossary=with_pack, scope=("category", "pack:Farm words"))
    qtbot.add_widget(dialog)
    assert not dialog.bookmarks_button.isEnabled()
    assert not dialog.pack_button.isHidden() and dialog.pack_button.isChecked()
    assert dialog.job().title == "Farm words" and dialog.job().term_ids == ("fence",)
    with pytest.raises(jobs.SelectionError, match="no glossary pack named 'Nope'"):
        jobs.pack_booklet(with_pack, "Nope")


def test_a_path_booklet_numbers_its_steps_and_says_what_comes_next(glossary: Glossary, tmp_path: Path) -> None:
    path = glossary.paths["why-it-matters"]
    export(glossary, jobs.path_booklet(glossary, path.id), tmp_path / "p.pdf")
    pages = page_texts(tmp_path / "p.pdf")
    contents = next(text for text in pages if "Contents" in text)
    for step, term_id in enumerate(path.steps, 1):
        assert f"{step}. {glossary.terms[term_id].title}" in contents
    assert pages[2].startswith(f"Alignment Atlas {path.title} Concept map: {path.title}")  # the map opens it
    first_entry = glossary.terms[path.steps[0]].title
    assert f"1. {first_entry}" in contents and pages[3].startswith(f"Alignment Atlas {path.title} · {first_entry}")
    assert contents.split(f"1. {first_entry}")[1].split()[2] == "4"  # its page number counts the map's page
    body = "\n".join(pages)
    second = glossary.terms[path.steps[1]].title
    assert f"1/{len(path.steps)} · Next in “{path.title}”: {second}" in body
    assert f"{len(path.steps)}/{len(path.steps)} · Last step of “{path.title}”" in body


def test_a_booklet_page_names_its_term_in_the_running_head(glossary: Glossary, tmp_path: Path) -> None:
    path = glossary.paths["why-it-matters"]
    export(glossary, jobs.path_booklet(glossary, path.id), tmp_path / "p.pdf")
    pages = page_texts(tmp_path / "p.pdf")
    title = glossary.terms["alignment"].title
    head = f"Alignment Atlas {path.title} · {title}"
    on_it = [text for text in pages if text.startswith(head)]
    assert len(on_it) >= 2, "AI alignment runs over two pages: the second names it too"
    assert not on_it[1].startswith(head + " " + title)  # a continuation page: the entry's own heading is not on it
    assert pages[1].startswith(f"Alignment Atlas {path.title} Contents")  # the contents: the booklet's title only
