"""The progress database's schema, its migrations, and the checks made before it is opened. Plain Python, no Qt.

Opening never destroys anything: `inspect()` looks at an existing file without letting SQLite write to it, and a
file that must not be used is renamed aside by `move_aside()` with its -wal and -shm files.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

SCHEMA_VERSION = 1
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # version 1
    (
        """CREATE TABLE cards (
            term_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            card TEXT NOT NULL,
            due TEXT NOT NULL,
            state INTEGER NOT NULL,
            last_review TEXT,
            PRIMARY KEY (term_id, direction)
        )""",
        "CREATE INDEX cards_due ON cards (due)",
        """CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            term_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed_at TEXT NOT NULL,
            duration_ms INTEGER,
            kind TEXT NOT NULL DEFAULT 'flashcard',
            UNIQUE (term_id, direction, reviewed_at, kind)
        )""",
        "CREATE INDEX review_log_time ON review_log (reviewed_at)",
        "CREATE TABLE bookmarks (term_id TEXT PRIMARY KEY, added_at TEXT NOT NULL)",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            term_id TEXT NOT NULL,
            viewed_at TEXT NOT NULL,
            UNIQUE (term_id, viewed_at)
        )""",
        """CREATE TABLE quiz_answers (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            question_id TEXT NOT NULL,
            term_id TEXT NOT NULL,
            chosen TEXT NOT NULL,
            correct INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            UNIQUE (kind, question_id, answered_at)
        )""",
        "CREATE INDEX quiz_answers_time ON quiz_answers (answered_at)",
    ),
)
"""Migration n (1-based) brings the schema from version n-1 to n. Append; never edit a released one."""

_OUR_TABLES = {"schema_version", "cards", "review_log", "bookmarks", "history", "quiz_answers"}


class StoreError(Exception):
    """Progress could not be read or saved; the message names the file."""


class StoreUnavailableError(StoreError):
    """The progress database cannot be opened for writing at `path` (read-only or missing folder, no access)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot keep progress in {path}: {reason}")
        self.path = path
        self.reason = reason


class RecoveryReason(StrEnum):
    CORRUPT = "corrupt"
    NEWER = "newer"


@dataclass(frozen=True, slots=True)
class Recovery:
    """What opening found wrong and where the old file went. Nothing was deleted."""

    reason: RecoveryReason
    moved_to: Path
    detail: str

    @property
    def notice(self) -> str:
        """Plain English words for logs; the interface builds its own translated sentence from the fields."""
        if self.reason is RecoveryReason.NEWER:
            what = "Your saved progress was written by a newer version of Alignment Atlas."
        else:
            what = f"Your saved progress could not be read ({self.detail})."
        return f"{what} It was kept as {self.moved_to} and a fresh progress file was started."


SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect(path: Path) -> tuple[RecoveryReason, str] | None:
    """None when the file is missing, empty or a sound database of ours; else why it must be moved aside.

    SQLite never writes to the file while it is inspected: a file without SQLite's header is not opened at all,
    and the integrity check runs on a read-only connection, which leaves the -wal file as it found it.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreUnavailableError(path, f"cannot read the file ({error.strerror or error})") from None
    if header != SQLITE_MAGIC:
        return RecoveryReason.CORRUPT, "not a SQLite database"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreUnavailableError(path, str(error)) from None
    try:
        return _check(conn)
    except sqlite3.OperationalError as error:
        raise StoreUnavailableError(path, str(error)) from None
    except sqlite3.DatabaseError as error:
        return RecoveryReason.CORRUPT, str(error)
    finally:
        conn.close()


def _check(conn: sqlite3.Connection) -> tuple[RecoveryReason, str] | None:
    """None when the database is sound and ours (or empty); else why it must be moved aside."""
    result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        return RecoveryReason.CORRUPT, "; ".join(str(r) for r in result[:3])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "schema_version" not in tables or not tables <= _OUR_TABLES:
        return RecoveryReason.CORRUPT, "not an Alignment Atlas progress database"
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    version = int(row[0]) if row and row[0] is not None else 0
    if version > SCHEMA_VERSION:
        return RecoveryReason.NEWER, f"schema version {version}, this version knows {SCHEMA_VERSION}"
    expected = {name for name in _OUR_TABLES if name != "schema_version"}
    if version == SCHEMA_VERSION and not expected <= tables:
        return RecoveryReason.CORRUPT, "tables are missing"
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename the database and its -wal/-shm files to `<name>.corrupt-<local time>`; returns the new main path."""
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while any(Path(f"{base}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        base = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            try:
                source.rename(Path(f"{base}{suffix}"))
            except OSError as error:
                raise StoreUnavailableError(path, f"cannot move the damaged file aside ({error})") from None
    return base


BUSY_TRIES = 40


def roll_back_hot_journal(path: Path) -> None:
    """A program killed while the database was switching to WAL leaves a "hot" rollback journal beside it. Only a
    connection that may write can roll it back (a read-only one reports the database as unreadable, and progress
    would stay in memory at every start); so open one, let SQLite recover the file, and close it."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or not path.exists():
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return  # the inspection that follows says what is wrong
