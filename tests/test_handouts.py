"""Flashcards, worksheets and Anki decks (issue 20): the Qt-free data, the printed pages and the command line."""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary
from desktop.core.learning.anki import DECK_ID, MODEL_ID, note_guid, write_deck
from desktop.core.learning.handouts import card_faces, key_fact, worksheet
from desktop.printing.handouts import CARDS_PER_PAGE, card_slot, flashcard_pages


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from desktop.cli import main

    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def words_at(path: Path, page: int) -> list[tuple[str, float]]:
    """Each word of a page in reading order with its left edge in points, from poppler's `pdftotext -bbox`."""
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (unicodedata.normalize("NFKC", html.unescape(word)), float(x))
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    ]


def x_of(words: list[tuple[str, float]], text: str, count: int = 3) -> float:
    """The left edge of the place where the text's first `count` words stand in a row."""

    def bare(word: str) -> str:
        return re.sub(r"\W", "", word)

    wanted = [bare(word) for word in text.split()[:count]]
    for i in range(len(words) - len(wanted) + 1):
        if [bare(w) for w, _ in words[i : i + len(wanted)]] == wanted:
            return words[i][1]
    raise AssertionError(f"{text!r} is not on the page")


def page_text(path: Path) -> list[str]:
    """Each page's text, ligatures ("ﬃ") unfolded and spaces normalised."""
    return [unicodedata.normalize("NFKC", " ".join(p.extract_text().split())) for p in pypdf.PdfReader(path).pages]


# --- data ---------------------------------------------------------------------------------------------------------


def test_a_card_has_the_title_category_summary_a_key_fact_and_a_link(glossary: Glossary) -> None:
    (card,) = card_faces(glossary, ["rlhf"])
    assert (card.title, card.category) == ("RLHF", glossary.category_title("training"))
    assert card.summary and card.key_fact and card.key_fact != card.summary
    assert card.key_fact in " ".join(glossary.terms["rlhf"].examples)
    assert card.link.startswith("https://")


def test_every_bundled_term_has_a_key_fact(glossary: Glossary) -> None:
    assert [t for t in glossary.terms.values() if not key_fact(t)] == []


def test_the_same_seed_gives_the_same_worksheet_and_another_seed_another(glossary: Glossary) -> None:
    ids = list(glossary.terms)
    first = worksheet(glossary, ids, seed=7)
    assert first == worksheet(glossary, ids, seed=7)
    assert first != worksheet(glossary, ids, seed=8)
    assert first.concept and first.myths and first.matching
    assert {item.choices[item.answer] for item in first.concept} <= {t.title for t in glossary.terms.values()}
    matching = first.matching
    for term, letter in zip(matching.terms, matching.answers, strict=True):
        (term_id,) = [t.id for t in glossary.terms.values() if t.title == term]
        assert glossary.terms[term_id].summary.startswith(matching.summaries[letter][:20])


# --- printed pages ------------------------------------------------------------------------------------------------


def test_backs_mirror_the_columns_of_the_fronts() -> None:
    assert [card_slot(i, back=False) for i in range(4)] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert [card_slot(i, back=True) for i in range(4)] == [(0, 1), (0, 0), (1, 1), (1, 0)]
    assert flashcard_pages(CARDS_PER_PAGE) == 2 and flashcard_pages(CARDS_PER_PAGE + 1) == 4


def test_flashcard_pdf_fronts_then_mirrored_backs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary
) -> None:
    ids = ["alignment", "capability", "rlhf", "dpo", "bias", "honesty", "jailbreak", "sycophancy", "hallucination"]
    target = tmp_path / "cards.pdf"
    status, out, err = export(capsys, "--pdf", str(target), "--as", "flashcards", "--term", *ids, "--paper", "A4")
    assert (status, out, err) == (0, f"Wrote 4 pages to {target}\n", "")
    fronts, backs = words_at(target, 1), words_at(target, 2)
    cards = card_faces(glossary, ids)  # --term keeps the order given
    for left, right in zip(cards[0:CARDS_PER_PAGE:2], cards[1:CARDS_PER_PAGE:2], strict=True):
        assert x_of(fronts, left.title) < x_of(fronts, right.title)
        # Backs swap sides, so each lies behind its front when the sheet is flipped on the long edge.
        assert x_of(backs, left.summary) > x_of(backs, right.summary), (left.title, right.title)
    texts = page_text(target)
    assert cards[-1].title in texts[2] and cards[-1].summary[:30] in texts[3]


def test_worksheet_pdf_answer_key_starts_on_a_new_sheet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    status, out, _ = export(capsys, "--pdf", str(target), "--as", "worksheet", "--all", "--seed", "3")
    assert status == 0
    texts = page_text(target)
    key = next(i for i, text in enumerate(texts) if text.startswith("Answer key"))
    assert key % 2 == 0  # page key + 1 is odd: the front of a new sheet
    assert out == f"Wrote {len(texts)} pages to {target} (answer key from page {key + 1})\n"
    assert "Which concept is this?" in texts[0] and "Name:" in texts[0]
    again = tmp_path / "again.pdf"
    other = tmp_path / "other.pdf"
    assert export(capsys, "--pdf", str(again), "--as", "worksheet", "--all", "--seed", "3")[0] == 0
    assert export(capsys, "--pdf", str(other), "--as", "worksheet", "--all", "--seed", "4")[0] == 0
    assert page_text(again) == texts
    assert page_text(other) != texts


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as", "flashcards", "--seed", "2", "--all"], "--seed chooses a worksheet"),
        (["--as", "worksheet", "--comparison", "rlhf-vs-dpo"], "comparisons print as handouts only"),
        (["--as", "flashcards", "--term", "no-such-term"], "unknown term id 'no-such-term'"),
    ],
)
def test_options_that_do_not_fit_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    status, out, err = export(capsys, "--pdf", str(tmp_path / "x.pdf"), *args)
    assert (status, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


# --- Anki ---------------------------------------------------------------------------------------------------------


def _collection(path: Path, folder: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", folder)
    return sqlite3.connect(folder / "collection.anki2")


def test_anki_deck_notes_fields_tags_and_stable_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary
) -> None:
    target = tmp_path / "atlas.apkg"
    status, out, err = export(capsys, "--anki", str(target), "--category", "attacks")
    attacks = [t for t in glossary.terms.values() if t.category == "attacks"]
    assert (status, out, err) == (0, f"Wrote {len(attacks)} cards to {target}\n", "")
    db = _collection(target, tmp_path / "one")
    notes = db.execute("SELECT guid, mid, tags, flds FROM notes").fetchall()
    assert len(notes) == len(attacks)
    by_title = {flds.split("\x1f")[0]: (guid, mid, tags, flds.split("\x1f")) for guid, mid, tags, flds in notes}
    jailbreak = glossary.terms["jailbreak"]
    guid, mid, tags, fields = by_title[jailbreak.title]
    assert (guid, mid, tags.split()) == (note_guid("jailbreak"), MODEL_ID, ["attacks"])
    assert fields[2] == glossary.category_title("attacks")
    assert jailbreak.sources[0].link in fields[3]
    assert {did for (did,) in db.execute("SELECT did FROM cards")} == {DECK_ID}
    assert str(MODEL_ID) in json.loads(db.execute("SELECT models FROM col").fetchone()[0])
    db.close()
    # A newer export of the same terms carries the same guids: Anki updates the notes instead of copying them.
    write_deck(glossary, [t.id for t in attacks], tmp_path / "again.apkg")
    again = _collection(tmp_path / "again.apkg", tmp_path / "two")
    assert {g for (g,) in again.execute("SELECT guid FROM notes")} == {v[0] for v in by_title.values()}
    again.close()


def test_anki_refuses_as_and_unwritable_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = export(capsys, "--anki", str(tmp_path / "d.apkg"), "--as", "worksheet", "--all")
    assert status == 2 and "--anki" in err
    status, _, err = export(capsys, "--anki", str(tmp_path / "missing" / "d.apkg"), "--all")
    assert status == 2 and "cannot write the deck" in err and str(tmp_path / "missing") in err
    assert list(tmp_path.iterdir()) == []


# --- in the window's print dialogs --------------------------------------------------------------------------------


def _controller(qtbot: Any, glossary: Glossary, tmp_path: Path, answer: Any, target: Path) -> Any:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from desktop.printing.booklet_dialog import BookletDialog, BookletRequest
    from desktop.printing.print_controller import PrintController
    from desktop.printing.print_dialogs import PrintDialogs
    from desktop.ui.settings import AppSettings

    class Dialogs(PrintDialogs):
        def save_path(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
            return str(target)

        def booklet(self, parent: QWidget, dialog: BookletDialog) -> BookletRequest | None:
            return answer(dialog)  # type: ignore[no-any-return]

        def error(self, parent: QWidget, title: str, text: str) -> None:
            raise AssertionError(text)

    window = QWidget()
    qtbot.add_widget(window)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return PrintController(
        parent=window,
        glossary=glossary,
        current=lambda: None,
        scope=lambda: ("category", "attacks"),
        settings=settings,
        dialogs=Dialogs(),
        printer_names=list,
    )


def test_the_booklet_dialog_prints_flashcards_and_worksheets(qtbot: Any, tmp_path: Path, glossary: Glossary) -> None:
    from desktop.printing.booklet_dialog import EXPORT, BookletRequest

    def as_flashcards(dialog: Any) -> BookletRequest:
        dialog.form_box.setCurrentIndex(dialog.form_box.findData("flashcards"))
        dialog.export_button.click()
        assert dialog.request is not None and dialog.request.action == EXPORT
        return dialog.request  # type: ignore[no-any-return]

    target = tmp_path / "cards.pdf"
    controller = _controller(qtbot, glossary, tmp_path, as_flashcards, target)
    with qtbot.wait_signal(controller.status_message):
        controller.booklet_action.trigger()
    attacks = [t for t in glossary.terms.values() if t.category == "attacks"]
    assert len(pypdf.PdfReader(target).pages) == flashcard_pages(len(attacks))
    assert attacks[0].title in " ".join(page_text(target))

    def as_worksheet(dialog: Any) -> BookletRequest:
        dialog.all_button.setChecked(True)
        dialog.form_box.setCurrentIndex(dialog.form_box.findData("worksheet"))
        dialog.export_button.click()
        return dialog.request  # type: ignore[no-any-return]

    sheet = tmp_path / "sheet.pdf"
    controller = _controller(qtbot, glossary, tmp_path, as_worksheet, sheet)
    with qtbot.wait_signal(controller.status_message):
        controller.booklet_action.trigger()
    assert any(text.startswith("Answer key") for text in page_text(sheet))


def test_file_export_to_anki(qtbot: Any, tmp_path: Path, glossary: Glossary) -> None:
    def choose(dialog: Any) -> Any:
        assert dialog.preview_button.isHidden() and dialog.print_button.isHidden()
        assert dialog.form_box.isHidden()
        dialog.export_button.click()
        return dialog.request

    controller = _controller(qtbot, glossary, tmp_path, choose, tmp_path / "deck")
    with qtbot.wait_signal(controller.status_message) as said:
        controller.anki_action.trigger()
    attacks = [t for t in glossary.terms.values() if t.category == "attacks"]
    assert said.args == [f"Wrote {len(attacks)} cards to {tmp_path / 'deck.apkg'}."]
    db = _collection(tmp_path / "deck.apkg", tmp_path / "x")
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == len(attacks)
    db.close()


LATIN_AFTER_STOP = re.compile(r"(^|\s)\.[A-Za-z]")
"""A full stop moved to the front of an English line (".ones less likely"), as right-to-left layout does."""


def _export_subprocess(tmp_path: Path, *args: str) -> Path:
    """The command line in its own process (a right-to-left language changes the whole application's direction)."""

    out = tmp_path / "out.pdf"
    subprocess.run(
        [sys.executable, "-m", "desktop", "export", *args, "--pdf", str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return out


def test_an_arabic_sheet_of_an_english_entry_keeps_its_paragraphs_left_to_right(
    tmp_path: Path, glossary: Glossary
) -> None:
    """Issue 17: each paragraph takes its direction from its own text, and the "not yet translated" note prints."""
    path = _export_subprocess(tmp_path, "--lang", "ar", "--term", "dpo")
    words = words_at(path, 1)
    width = float(pypdf.PdfReader(path).pages[0].mediabox.width)
    # Four words: the first three are also the English full name, listed among the other names on the meta line.
    definition = plain_text(glossary.terms["dpo"].definition)
    assert x_of(words, definition, 4) < width / 4, "an English paragraph starts at the left margin"
    assert x_of(words, "Rafailov, R., Sharma") < width / 4, "so do the sources"
    numbers = [x for word, x in words if word == "1."]
    assert numbers and min(numbers) < width / 5, "a source's number sits on the left of an English source"
    text = " ".join(page_text(path))
    note = "لم يُترجم بعد"
    assert note in text or note[::-1] in text  # printed (poppler may give Arabic in visual order)
    assert "introduced it in 2023." in text  # the full stop stays at the end of its sentence
    assert not LATIN_AFTER_STOP.search(text), "no full stop jumped to the start of an English line"


def test_arabic_flashcards_and_worksheet_read_right(tmp_path: Path, glossary: Glossary) -> None:
    for form in ("flashcards", "worksheet"):
        path = _export_subprocess(tmp_path, "--lang", "ar", "--path", "why-it-matters", "--as", form)
        text = " ".join(page_text(path))
        arabic = sum("\u0600" <= char <= "\u06ff" for char in text)
        assert arabic > 200, f"{form}: the Arabic titles and summaries are printed"
        assert not LATIN_AFTER_STOP.search(text), form
