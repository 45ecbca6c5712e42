"""Translations: complete .ts files, run-time switching, right-to-left Arabic and content overlays."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.content import load_content
from desktop.core.content.loader import load_glossary
from desktop.ui.i18n import LANGUAGES, LanguageSwitcher
from tests.helpers import SEED_ENTRIES, WindowFactory

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]*\}")


def ts_messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, f"{path.name}: {source!r} has no translation element"
        yield source, translation


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_every_language_has_a_complete_ts_file(lang: str) -> None:
    path = I18N / f"alignment_atlas_{lang}.ts"
    assert path.is_file()
    count = 0
    for source, translation in ts_messages(path):
        count += 1
        kind = translation.get("type")
        assert kind not in ("unfinished", "obsolete", "vanished"), f"{lang}: {source!r} is {kind}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{lang}: {source!r} has an empty translation"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(set(PLACEHOLDER.findall(source))) or (
                "%n" in source and sorted(set(PLACEHOLDER.findall(form))) == sorted(set(PLACEHOLDER.findall(source)))
            ), f"{lang}: placeholders differ in {source!r} → {form!r}"
    assert count >= 50


def test_english_ts_holds_every_plural_form() -> None:
    for source, translation in ts_messages(I18N / "alignment_atlas_en.ts"):
        forms = [f.text or "" for f in translation.findall("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), source


def test_lrelease_compiles_every_ts_file(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(__file__).parent.parent / ".venv/bin/pyside6-lrelease")
    for ts in sorted(I18N.glob("*.ts")):
        qm = tmp_path / f"{ts.stem}.qm"
        result = subprocess.run([lrelease, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert qm.stat().st_size > 0


def test_no_tr_with_formatted_or_variable_text() -> None:
    # tr(f"…") and tr(variable) never match a catalogue entry; a tr() call inside an f-string's braces is invisible
    # to lupdate, so its text never reaches the .ts files.
    bad = re.compile(
        r"""\btr\(\s*(f["']|[a-z_][a-z_0-9.]*\s*[,)])|translate\([^,]+,\s*(f["']|[a-z_][a-z_0-9.]*\s*[,)])"""
        r"""|\bf["'][^"']*\{[^}]*\b(tr|translate)\("""
    )
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in (ROOT / "desktop").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bad.search(line)
    ]
    assert offenders == []


def test_plurals_go_through_self_tr() -> None:
    # pyside6-lupdate marks only self.tr(…, "", n) as a plural message: QCoreApplication.translate(…, n) comes out
    # singular (and is skipped when n is an expression), so its plural forms could never be translated.
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "desktop").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"translate\(\s*\"[^\"]*\",\s*\"[^\"]*%n", line)
    ]
    assert offenders == []


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    languages = LanguageSwitcher(qapp)
    yield languages
    languages.apply("en")
    QCoreApplication.processEvents()


def test_switching_to_german_at_run_time_retranslates(
    make_window: WindowFactory, switcher: LanguageSwitcher, qtbot: Any
) -> None:
    window = make_window.build(languages=switcher, load_content=load_content)
    window.show()
    window.show_comparison("capability-vs-alignment")
    window.tabs.setCurrentWidget(window.glossary_page)
    window.show_term("rlhf")
    window.set_language("de")
    QCoreApplication.processEvents()  # LanguageChange is posted, not sent
    assert window.commands.menus["file"].title() == "&Datei"
    assert window.commands.menus["view"].title() == "&Ansicht"
    assert window.tabs.tabText(window.tabs.indexOf(window.compare_page)) == "Vergleichen"
    assert window.glossary_page.list_panel.search_field.placeholderText() == "Begriffe suchen…"
    assert window.compare_page.curated_label.text() == "Kuratierte Vergleiche"
    text = window.glossary_page.detail.toPlainText()
    assert "Definition" in text and "Warum es wichtig ist" in text
    assert "Bestärkendes Lernen aus menschlichem Feedback" in text  # the German content overlay
    assert window.statusBar().currentMessage() == f"{len(window.glossary_page.glossary.terms)} Begriffe gefunden"
    assert make_window.settings().language == "de"
    window.set_language("en")
    QCoreApplication.processEvents()
    assert window.commands.menus["file"].title() == "&File"


def test_arabic_runs_right_to_left(make_window: WindowFactory, switcher: LanguageSwitcher) -> None:
    window = make_window.build(languages=switcher, load_content=load_content)
    window.set_language("ar")
    QCoreApplication.processEvents()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.glossary_page.list_panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.set_language("de")
    QCoreApplication.processEvents()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_german_overlay_replaces_only_its_fields() -> None:
    english = load_glossary(ROOT / "resources" / "glossary")
    german = load_glossary(ROOT / "resources" / "glossary", lang="de")
    de_rlhf, en_rlhf = german.term("rlhf"), english.term("rlhf")
    assert de_rlhf.definition != en_rlhf.definition
    assert de_rlhf.related == en_rlhf.related
    assert de_rlhf.sources == en_rlhf.sources
    assert de_rlhf.category == en_rlhf.category
    assert not de_rlhf.untranslated
    assert "RLHF" in de_rlhf.names
    names = {name.casefold() for name in de_rlhf.names}
    assert "reinforcement learning from human feedback" in names  # English names stay searchable
    assert german.category_title("training") != english.category_title("training")


def test_missing_overlay_falls_back_to_english_with_a_notice(make_window: WindowFactory, tmp_path: Path) -> None:
    # German content aims to translate every term, so the test removes one overlay from a copy of the content.
    root = tmp_path / "glossary"
    shutil.copytree(ROOT / "resources" / "glossary", root)
    (root / "de" / "terms" / "sycophancy.yaml").unlink()
    german = load_glossary(root, lang="de")
    term = german.term("sycophancy")
    assert term.untranslated
    assert term.definition == load_content("en").term("sycophancy").definition
    window = make_window(german)
    window.show_term("sycophancy")
    assert "Not yet translated — showing English" in window.glossary_page.detail.toPlainText()
    window.show_term("rlhf")
    assert "Not yet translated" not in window.glossary_page.detail.toPlainText()


def test_search_finds_german_and_english_titles() -> None:
    from desktop.core.search.index import SearchIndex

    index = SearchIndex(load_content("de").terms.values())
    assert index.search("Leitplanken")[0].term_id == "ai-guardrails"
    assert index.search("guardrails")[0].term_id == "ai-guardrails"
    assert index.search("Halluzination")[0].term_id == "hallucination"
    assert index.search("hallucination")[0].term_id == "hallucination"


def test_list_in_german_prints_german_titles_for_the_source_entries(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    assert main(["list", "--lang", "de"]) == 0
    rows = {line.split("\t")[0]: line.split("\t")[1] for line in capsys.readouterr().out.splitlines()}
    german = load_content("de")
    english = load_content("en")
    for term_id in SEED_ENTRIES:
        assert rows[term_id] == german.term(term_id).title
    changed = [t for t in SEED_ENTRIES if rows[t] != english.term(t).title]
    assert len(changed) >= 7, changed  # a few names (RLHF, Constitutional AI) are the same in German
    assert rows["ai-guardrails"] == "KI-Leitplanken"


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    # A string added to the code without `make translations` would show in English in every language.
    lupdate = shutil.which("pyside6-lupdate") or str(ROOT / ".venv" / "bin" / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "desktop"), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    in_code = messages(fresh)
    for lang in (code for code in LANGUAGES if code != "en"):
        missing = in_code - messages(I18N / f"alignment_atlas_{lang}.ts")
        assert not missing, f"{lang}: run 'make translations' and translate {sorted(missing)[:5]}"


def _mnemonic(text: str) -> str:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased; "" when there is none."""
    at = 0
    while (at := text.find("&", at)) >= 0:
        if text[at + 1 : at + 2] == "&":
            at += 2
            continue
        return text[at + 1 : at + 2].casefold()
    return ""


def _entry_text(action: QAction) -> str:
    """What a menu shows for an action: a submenu's title, else the action's text."""
    submenu = action.menu()
    return submenu.title() if isinstance(submenu, QMenu) else action.text()


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "ar"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(
    make_window: WindowFactory, switcher: LanguageSwitcher, lang: str
) -> None:
    window = make_window.build(languages=switcher, load_content=load_content)
    assert window.services.printing is not None  # the File menu's print actions, as after the first paint
    window.set_language(lang)
    QCoreApplication.processEvents()
    problems = []
    for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
        entries = [_entry_text(a) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in map(_mnemonic, entries) if letter]
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        if clashes:
            problems.append(f"{sorted(clashes)} in {entries}")
    assert not problems, f"{lang}: " + "; ".join(problems)


def test_shortcuts_read_left_to_right_in_arabic_menus(make_window: WindowFactory, switcher: LanguageSwitcher) -> None:
    """Ctrl++ showed as "++Ctrl" in a right-to-left menu: the shortcut is set after a tab, isolated left to right."""
    window = make_window.build(languages=switcher, load_content=load_content)
    window.set_language("ar")
    QCoreApplication.processEvents()
    zoom_in = window.commands.zoom_in
    label, shortcut = zoom_in.text().split("\t")
    assert shortcut == "\u200e" + zoom_in.shortcut().toString(QKeySequence.SequenceFormat.NativeText) + "\u200e"
    assert label and "\u200e" not in label
    window.set_language("en")
    QCoreApplication.processEvents()
    assert "\t" not in window.commands.zoom_in.text()
