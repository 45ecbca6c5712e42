"""Installing, listing and removing glossary packs (atomic copies), and the two pack dialogs (never exec())."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop import resources
from desktop.core.content.loader import load_glossary
from desktop.core.content.model import Glossary
from desktop.ui.pack_commands import PackCommands
from desktop.ui.pack_manager import PackInstallError, PackManager, safe_folder_name
from desktop.ui.packs_dialog import PROBLEMS_HEIGHT, AddPackDialog, ManagePacksDialog

CSV = "term,summary,related\nFirst idea,The first.,Second idea\nSecond idea,The second.,RLHF\n"


def make_csv(folder: Path, name: str = "Class notes.csv", text: str = CSV) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


@pytest.fixture
def manager(tmp_path: Path) -> PackManager:
    return PackManager(tmp_path / "data" / "packs")


def unwritable_root(tmp_path: Path) -> Path:
    """A packs folder that cannot be made: its parent is a regular file (chmod does not stop root)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "packs"


# --- the manager ------------------------------------------------------------------------------------------------


def test_install_a_csv_pack_and_load_it_at_start(tmp_path: Path, manager: PackManager) -> None:
    installed = manager.install(make_csv(tmp_path / "src"))
    assert installed.name == "Class notes"
    assert installed.path == manager.root / "Class notes"
    assert (installed.path / "Class notes.csv").read_text(encoding="utf-8") == CSV
    assert [p.name for p in manager.installed()] == ["Class notes"]
    assert leftovers(manager.root) == []
    glossary = load_glossary(resources.glossary_dir(), packs=manager.pack_paths())
    assert glossary.problems == ()
    first = glossary.term("first-idea")
    assert first.pack == "Class notes"
    assert [r.target for r in first.related] == ["second-idea"]


def test_install_a_folder_copies_only_pack_files(tmp_path: Path, manager: PackManager) -> None:
    source = tmp_path / "Course"
    (source / "terms").mkdir(parents=True)
    (source / "terms" / "one.yaml").write_text("id: one\ntitle: One\nsummary: The one.\n", encoding="utf-8")
    (source / "categories.yaml").write_text("[]\n", encoding="utf-8")
    (source / "extra.csv").write_text("term,summary\nTwo,The two.\n", encoding="utf-8")
    (source / "notes.txt").write_text("private notes", encoding="utf-8")
    (source / "photos").mkdir()
    (source / "photos" / "big.yaml").write_text("not part of a pack", encoding="utf-8")
    installed = manager.install(source, name="My course")
    copied = sorted(p.relative_to(installed.path).as_posix() for p in installed.path.rglob("*") if p.is_file())
    assert copied == ["categories.yaml", "extra.csv", "terms/one.yaml"]
    glossary = load_glossary(resources.glossary_dir(), packs=manager.pack_paths())
    assert {t.id for t in glossary.terms.values() if t.pack == "My course"} == {"one", "two"}


def test_replacing_is_asked_for_and_atomic(tmp_path: Path, manager: PackManager) -> None:
    manager.install(make_csv(tmp_path / "a", text="term,summary\nOld,Old one.\n"), name="Notes")
    new = make_csv(tmp_path / "b", text="term,summary\nNew,New one.\n")
    with pytest.raises(PackInstallError, match="A glossary pack named “Notes” is already installed"):
        manager.install(new, name="Notes")
    manager.install(new, name="Notes", replace=True)
    assert [p.name for p in (manager.root / "Notes").iterdir()] == ["Class notes.csv"]
    assert "New" in (manager.root / "Notes" / "Class notes.csv").read_text(encoding="utf-8")
    assert leftovers(manager.root) == []


def test_a_failed_copy_leaves_the_old_version_and_nothing_else(
    tmp_path: Path, manager: PackManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.install(make_csv(tmp_path / "a", text="term,summary\nOld,Old one.\n"), name="Notes")
    source = tmp_path / "folder"
    source.mkdir()
    (source / "a.csv").write_text("term,summary\nA,a.\n", encoding="utf-8")
    (source / "b.csv").write_text("term,summary\nB,b.\n", encoding="utf-8")
    calls: list[Path] = []
    real_copy = shutil.copyfile

    def failing_copy(src: Path, dst: Path, **options: Any) -> Any:
        calls.append(src)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_copy(src, dst, **options)

    monkeypatch.setattr(shutil, "copyfile", failing_copy)
    with pytest.raises(PackInstallError, match=r"could not be copied .*No space left on device"):
        manager.install(source, name="Notes", replace=True)
    assert "Old" in (manager.root / "Notes" / "Class notes.csv").read_text(encoding="utf-8")
    assert leftovers(manager.root) == []


def test_remove_and_clean_up(tmp_path: Path, manager: PackManager) -> None:
    manager.install(make_csv(tmp_path / "src"))
    (manager.root / ".incoming-stale").mkdir()
    manager.clean_up()
    assert leftovers(manager.root) == []
    manager.remove("Class notes")
    assert manager.installed() == []
    with pytest.raises(PackInstallError, match="No glossary pack named “Class notes” is installed"):
        manager.remove("Class notes")


def test_bad_sources_are_refused_with_a_sentence(tmp_path: Path, manager: PackManager) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(PackInstallError, match="is not a CSV file"):
        manager.install(text)
    with pytest.raises(PackInstallError, match="does not exist"):
        manager.install(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackInstallError, match=r"holds no \.yaml or \.csv files"):
        manager.install(tmp_path / "empty")


def test_a_packs_folder_that_cannot_be_written(tmp_path: Path) -> None:
    manager = PackManager(unwritable_root(tmp_path))
    assert manager.installed() == []
    with pytest.raises(PackInstallError, match=r"The folder for glossary packs, .* cannot be written: Not a directory"):
        manager.install(make_csv(tmp_path / "src"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write into read-only folders")
def test_a_read_only_packs_folder(tmp_path: Path) -> None:
    root = tmp_path / "packs"
    root.mkdir()
    root.chmod(0o500)
    try:
        with pytest.raises(PackInstallError, match="cannot be written: Permission denied"):
            PackManager(root).install(make_csv(tmp_path / "src"))
    finally:
        root.chmod(0o700)


def test_safe_folder_names() -> None:
    assert safe_folder_name("My terms") == "My terms"
    assert safe_folder_name("../../etc/passwd") == "etc-passwd"
    assert safe_folder_name(".hidden") == "hidden"
    assert safe_folder_name("a:b*c?") == "a-b-c"
    assert safe_folder_name("CON") == "CON pack"
    assert safe_folder_name("   ") == "pack"
    assert len(safe_folder_name("x" * 300)) == 80


# --- the dialogs ------------------------------------------------------------------------------------------------


def test_add_pack_dialog_checks_and_installs(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    source = make_csv(tmp_path / "src", text=CSV + "Broken,,\n")
    dialog = AddPackDialog(manager=manager, glossary=glossary, choose_file=lambda parent: source)
    qtbot.add_widget(dialog)
    dialog.show()
    assert not dialog.add_button.isEnabled()
    # Nothing chosen yet: a compact dialog, no empty rows (the spare height used to sit between the rows).
    assert not dialog.result_label.isVisible() and not dialog.error_label.isVisible()
    assert dialog.height() < PROBLEMS_HEIGHT
    gap = dialog.buttons.geometry().top() - dialog.name_edit.geometry().bottom()
    assert gap < 3 * dialog.name_edit.height()
    dialog.file_button.click()
    assert dialog.name_edit.text() == "Class notes"
    assert dialog.result_label.text().startswith("2 term")
    assert dialog.problems_view.isVisible()
    assert dialog.height() >= PROBLEMS_HEIGHT
    assert "neither a summary nor a definition" in dialog.problems_view.toPlainText()
    assert dialog.add_button.isEnabled()
    dialog.name_edit.setText("Week 1")
    with qtbot.wait_signal(dialog.pack_added) as added:
        dialog.add_button.click()
    assert added.args == ["Week 1"]
    assert not dialog.isVisible()
    assert [p.name for p in manager.installed()] == ["Week 1"]


def test_add_pack_dialog_refuses_a_folder_without_terms(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    (tmp_path / "photos").mkdir()
    dialog = AddPackDialog(manager=manager, glossary=glossary, choose_dir=lambda parent: tmp_path / "photos")
    qtbot.add_widget(dialog)
    dialog.folder_button.click()
    assert "No usable terms" in dialog.result_label.text()
    assert not dialog.add_button.isEnabled()


def test_add_pack_dialog_asks_before_replacing(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    manager.install(make_csv(tmp_path / "old", text="term,summary\nOld,Old.\n"))
    dialog = AddPackDialog(manager=manager, glossary=glossary)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.set_source(make_csv(tmp_path / "new"))
    dialog.add_button.click()
    question = dialog.findChild(QMessageBox, "replace-question")
    assert question is not None and question.isVisible()
    with qtbot.wait_signal(dialog.pack_added):
        question.button(QMessageBox.StandardButton.Yes).click()
    assert "First idea" in (manager.root / "Class notes" / "Class notes.csv").read_text(encoding="utf-8")


def test_add_pack_dialog_with_an_unwritable_data_folder(tmp_path: Path, glossary: Glossary, qtbot: Any) -> None:
    dialog = AddPackDialog(manager=PackManager(unwritable_root(tmp_path)), glossary=glossary)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.set_source(make_csv(tmp_path / "src"))
    dialog.add_button.click()
    assert dialog.isVisible()  # still open, still usable
    assert dialog.error_label.isVisible()
    assert "cannot be written" in dialog.error_label.text()


def test_manage_packs_lists_and_removes(tmp_path: Path, manager: PackManager, qtbot: Any) -> None:
    manager.install(make_csv(tmp_path / "a"), name="Alpha")
    manager.install(make_csv(tmp_path / "b", text="term,summary\nOnly,One.\n"), name="Beta")
    loaded = load_glossary(resources.glossary_dir(), packs=manager.pack_paths())
    dialog = ManagePacksDialog(manager=manager, glossary=loaded)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.names() == ["Alpha", "Beta"]
    assert dialog.model.item(0).text().startswith("Alpha — 2 term")  # "term(s)" until `make translations`
    assert not dialog.remove_button.isEnabled()
    dialog.select("Alpha")
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    question = dialog.findChild(QMessageBox, "remove-question")
    assert question is not None
    with qtbot.wait_signal(dialog.packs_changed):
        question.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.names() == ["Beta"]
    assert [p.name for p in manager.installed()] == ["Beta"]


def test_manage_packs_shows_a_removal_error(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.install(make_csv(tmp_path / "a"), name="Alpha")
    dialog = ManagePacksDialog(manager=manager, glossary=glossary)
    qtbot.add_widget(dialog)
    dialog.show()

    def refuse(name: str) -> None:
        raise PackInstallError(f"The pack “{name}” could not be removed: Read-only file system.")

    monkeypatch.setattr(manager, "remove", refuse)
    assert not dialog.remove("Alpha")
    assert dialog.error_label.isVisible() and "Read-only file system" in dialog.error_label.text()
    assert dialog.names() == ["Alpha"]


def test_manage_packs_with_none_installed(manager: PackManager, glossary: Glossary, qtbot: Any) -> None:
    dialog = ManagePacksDialog(manager=manager, glossary=glossary)
    qtbot.add_widget(dialog)
    assert dialog.names() == []
    assert "No glossary packs installed" in dialog.model.item(0).text()
    assert not dialog.remove_button.isEnabled()


def test_pack_commands_reload_the_glossary_after_each_change(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    window = QMainWindow()
    qtbot.add_widget(window)
    current = [glossary]

    def reload() -> None:
        current[0] = load_glossary(resources.glossary_dir(), packs=manager.pack_paths())

    commands = PackCommands(parent=window, manager=manager, glossary=lambda: current[0])
    commands.packs_changed.connect(reload)
    adding = commands.add_pack()
    assert adding.isVisible() and adding.parent() is window
    adding.set_source(make_csv(tmp_path / "src"))
    with qtbot.wait_signal(commands.packs_changed):
        adding.add_button.click()
    assert current[0].term("first-idea").pack == "Class notes"

    managing = commands.manage_packs()
    assert commands.manage_packs() is managing  # one at a time
    assert managing.model.item(0).text().startswith("Class notes — 2 term")
    with qtbot.wait_signal(commands.packs_changed):
        managing.remove("Class notes")
    assert "first-idea" not in current[0].terms
    assert managing.names() == []
    managing.close()
    qtbot.waitUntil(lambda: commands._manage is None)


# --- honest feedback (issue 14) ---------------------------------------------------------------------------------

CLASHING = CSV + "Alignment,Lining up fence posts.,\nReward model,A prize scheme.,\nBroken,,\n"


def test_adding_a_pack_says_what_was_renamed_and_what_was_left_out(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    window = QMainWindow()
    qtbot.add_widget(window)
    commands = PackCommands(parent=window, manager=manager, glossary=lambda: glossary)
    adding = commands.add_pack()
    report = adding.set_source(make_csv(tmp_path / "src", text=CLASHING))
    assert [p.renamed for p in report.problems].count(True) == 2
    text = adding.result_label.text()
    assert text.startswith("4 terms found.")
    assert "2 ids already used by the glossary: those entries are kept under a new id." in text
    assert "1 problem: the row or file concerned is left out" in text
    with qtbot.wait_signal(commands.status_message) as said:
        adding.add_button.click()
    assert said.args == ["Glossary pack “Class notes” added: 4 terms added, 2 ids renamed, 1 problem."]


def test_the_banner_shows_only_lost_content_and_stays_dismissed_until_it_changes(
    tmp_path: Path, manager: PackManager, glossary: Glossary, qtbot: Any
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.core.content.model import Problem
    from desktop.ui.banner import ProblemBanner
    from desktop.ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    banner = ProblemBanner(settings=settings)
    qtbot.add_widget(banner)
    renamed = Problem("notes.csv", 4, "term id 'alignment' is already used …", renamed=True)
    dropped = Problem("notes.csv", 6, "row has neither a summary nor a definition")
    banner.set_problems([renamed])
    assert banner.isHidden()  # nothing was lost: the add dialog and status line said it
    banner.set_problems([renamed, dropped])
    assert not banner.isHidden()
    assert banner.label.text().startswith("1 problem in the content")
    banner.dismiss_button.click()
    assert banner.isHidden()
    again = ProblemBanner(settings=settings)  # the next start, same problems: stays dismissed
    qtbot.add_widget(again)
    again.set_problems([renamed, dropped])
    assert again.isHidden()
    again.set_problems([dropped, Problem("notes.csv", 9, "another bad row")])  # the pack changed
    assert not again.isHidden()


def test_a_packs_categories_are_grouped_under_its_name_after_the_paths(
    tmp_path: Path, manager: PackManager, qtbot: Any, make_window: Any
) -> None:
    text = "term,summary,category\nTide pool,A rocky hollow.,Shore\nKelp,A seaweed.,Plants\nLoose,No category.,\n"
    manager.install(make_csv(tmp_path / "src", text=text), name="Marine")
    window = make_window(load_glossary(resources.glossary_dir(), packs=manager.pack_paths()))
    box = window.glossary_page.list_panel.scope_box
    labels = [box.itemText(i) for i in range(box.count())]
    first_path = next(i for i, label in enumerate(labels) if label.startswith("Path: "))
    pack = labels.index("Pack: Marine")
    assert pack > first_path
    assert labels[pack + 1 : pack + 3] == ["    Shore", "    Plants"]


def test_a_pack_term_that_shares_a_bundled_title_shows_its_pack_name(
    tmp_path: Path, manager: PackManager, qtbot: Any, make_window: Any
) -> None:
    from desktop.ui.term_model import TermRole
    from desktop.ui.term_row import TermRowDelegate

    manager.install(make_csv(tmp_path / "src", text=CLASHING), name="Fences")
    window = make_window(load_glossary(resources.glossary_dir(), packs=manager.pack_paths()))
    window.show()  # worked out after the first paint
    model = window.glossary_page.terms_model
    qtbot.waitUntil(lambda: isinstance(window.glossary_page.list_panel.view.itemDelegate(), TermRowDelegate))
    notes = {
        model.data(model.index(row), TermRole.ID): model.data(model.index(row), TermRole.PACK_NOTE)
        for row in range(model.rowCount())
    }
    assert notes["fences-reward-model"] == "Fences"  # "Reward model", as the bundled entry is called
    assert notes["reward-model"] == ""  # the bundled term is the plain one
    assert notes["fences-alignment"] == ""  # its title "Alignment" is not the bundled "AI alignment"
    row = model.row_of("fences-reward-model")
    assert model.data(model.index(row), TermRole.ACCESSIBLE_TEXT) == "Reward model, Fences"


def test_installing_refuses_a_link_out_of_the_pack(tmp_path: Path, manager: PackManager) -> None:
    outside = tmp_path / "passwords.csv"
    outside.write_text("term,summary\nSecret,Not for the pack.\n", encoding="utf-8")
    source = tmp_path / "src"
    make_csv(source)
    (source / "more.csv").symlink_to(outside)
    with pytest.raises(PackInstallError, match="outside the pack folder"):
        manager.install(source, name="Week 2")
    assert manager.installed() == []
    assert not manager.root.exists() or leftovers(manager.root) == []
