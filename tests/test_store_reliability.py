"""The progress database survives a kill during its very first open, two windows opening a new data folder at once,
and a disk that fills while it is set up (issue 21)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from desktop.core.content.model import Glossary
from desktop.core.learning.store import ProgressStore, StoreError

HOT_JOURNAL = textwrap.dedent(
    """
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA cache_size=1")  # changed pages spill into the file: the journal is hot from then on
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("CREATE TABLE filler (x)")
    conn.execute("INSERT INTO filler VALUES (randomblob(400000))")
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_a_kill_during_the_first_open_leaves_a_journal_that_is_rolled_back(tmp_path: Path) -> None:
    database = tmp_path / "progress.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-c", HOT_JOURNAL, str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert (tmp_path / "progress.sqlite3-journal").exists()  # what a kill during the WAL switch leaves
    store = ProgressStore(database)  # read-write: SQLite rolls the journal back, nothing is moved aside
    assert store.persistent and store.recovery is None
    store.add_bookmark("rlhf")
    store.close()
    assert ProgressStore(database).bookmarks() == ["rlhf"]


OPEN_NEW = textwrap.dedent(
    """
    import sys, time
    from desktop.core.learning.store import ProgressStore
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    store = ProgressStore(sys.argv[1])
    store.add_bookmark(sys.argv[3])
    print(store.schema_version, flush=True)
    """
)


@pytest.mark.parametrize("round_", range(3))
def test_two_windows_opening_a_new_data_folder_at_once(tmp_path: Path, round_: int) -> None:
    import time

    database = tmp_path / f"new-{round_}" / "progress.sqlite3"
    database.parent.mkdir()
    start = str(time.time() + 1.0)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_NEW, str(database), start, term],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for term in ("rlhf", "dpo")
    ]
    results = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err for _, err in results]
    store = ProgressStore(database)
    assert sorted(store.bookmarks()) == ["dpo", "rlhf"]
    assert {out.strip() for out, _ in results} == {str(store.schema_version)}


def test_a_full_disk_while_setting_up_gives_memory_and_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from desktop.ui.app import _open_store

    real = ProgressStore._migrate

    def full(self: ProgressStore) -> None:
        if self.persistent:  # the in-memory fallback still works
            raise StoreError(f"cannot save progress to {self.path}: database or disk is full")
        real(self)

    monkeypatch.setattr(ProgressStore, "_migrate", full)
    store, message = _open_store(tmp_path / "data")
    assert not store.persistent
    assert "database or disk is full" in message and str(tmp_path / "data") in message


def test_a_read_only_folder_says_so(tmp_path: Path, qapp: object) -> None:
    from desktop.ui.app import _open_store

    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    store, message = _open_store(blocker / "data")
    assert not store.persistent and message
    sqlite3.connect(":memory:").close()


def test_an_unreadable_settings_file_is_kept_before_it_is_written_over(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.app import _settings

    garbage = bytes(range(256)) * 8
    (tmp_path / "settings.ini").write_bytes(garbage)
    settings = _settings(tmp_path, True)
    (copy,) = tmp_path.glob("settings.ini.bad-*")
    assert copy.read_bytes() == garbage
    settings.setValue("view/zoom", 2)
    settings.sync()
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value("view/zoom") in (2, "2")
    _settings(tmp_path, True)  # a good file is not copied
    assert len(list(tmp_path.glob("settings.ini.bad-*"))) == 1


def test_answers_in_memory_only_are_not_called_saved(qtbot: Any, glossary: Glossary) -> None:
    from fsrs import Rating

    from desktop.document import DocumentBuilder
    from desktop.ui.learn.learn_page import LearnPage

    builder = DocumentBuilder(glossary)
    page = LearnPage(glossary=glossary, store=ProgressStore.in_memory(), builder=builder, seed=1)
    qtbot.add_widget(page)
    cards = page.flashcards
    cards.reveal_action.trigger()
    cards.grade_actions[Rating.Good].trigger()
    assert "not saved" in cards.status.text() and not cards.status.text().startswith("Saved")


def test_a_read_only_folder_shows_earlier_progress_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from desktop.ui.app import _open_store

    folder = tmp_path / "data"
    folder.mkdir()
    store = ProgressStore(folder / "progress.sqlite3")
    store.add_bookmark("rlhf")
    store.close()
    real_access = os.access
    monkeypatch.setattr(  # as a read-only folder looks (chmod does not stop root, who runs the tests here)
        "os.access", lambda path, mode: False if Path(path) == folder and mode & os.W_OK else real_access(path, mode)
    )
    opened, message = _open_store(folder)
    assert opened.bookmarks() == ["rlhf"]
    assert "read-only" in message and "not saved" in message
    with pytest.raises(StoreError, match=r"readonly|read-only"):
        opened.add_bookmark("dpo")


def test_settings_that_cannot_be_written_are_reported(
    make_window: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.settings import AppSettings

    window = make_window()
    blocked = tmp_path / "blocked" / "settings.ini"
    blocked.mkdir(parents=True)  # a folder where the file should be: it cannot be written
    window._settings = AppSettings(QSettings(str(blocked), QSettings.Format.IniFormat))
    window.save_state()
    assert "Settings could not be saved" in window.statusBar().currentMessage()
    assert "settings could not be saved" in capsys.readouterr().err
