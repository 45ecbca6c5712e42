"""The learner's progress on disk: flashcard states, the review log, quiz answers, bookmarks and viewed terms.

Plain Python over the standard library's `sqlite3`, no Qt. One SQLite file in WAL mode with `synchronous=FULL`;
every call that changes something runs in its own transaction and is committed before the call returns, so a
process killed right after an answer keeps that answer. A schema version table and a list of migrations exist
from the first version on.

Opening never destroys anything. A file that is not a SQLite database, fails `PRAGMA integrity_check`, holds
tables that are not ours or was written by a newer schema is renamed to `<name>.corrupt-YYYYMMDD-HHMMSS` (its
`-wal` and `-shm` files too), a fresh database starts, and `recovery` says what happened. A folder that cannot be
written raises `StoreUnavailableError` naming the path; `ProgressStore.in_memory()` then keeps progress for the
session only.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from fsrs import Card

from desktop.core.learning.store_records import (
    DayActivity,
    QuizAnswer,
    ReviewEntry,
    from_iso,
    to_iso,
    utc_now,
)
from desktop.core.learning.store_rows import Writer, put_card_row, put_quiz_answer_row, put_review_row, usable_card
from desktop.core.learning.store_schema import (
    BUSY_TRIES,
    MIGRATIONS,
    SCHEMA_VERSION,
    Recovery,
    RecoveryReason,
    StoreError,
    StoreUnavailableError,
    inspect,
    move_aside,
    roll_back_hot_journal,
)

__all__ = [
    "SCHEMA_VERSION",
    "DayActivity",
    "ProgressStore",
    "QuizAnswer",
    "Recovery",
    "RecoveryReason",
    "ReviewEntry",
    "StoreError",
    "StoreUnavailableError",
    "Writer",
    "from_iso",
    "to_iso",
    "utc_now",
]

HISTORY_LIMIT = 1000
"""Viewed-term rows kept; older ones are dropped as new ones arrive."""


class ProgressStore:
    """One progress database. Methods that change something commit before they return."""

    def __init__(self, path: Path | str, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self.recovery: Recovery | None = None
        self.skipped_cards = 0
        """Stored cards the last `cards()` left out because they could not be scheduled."""
        if str(path) == ":memory:":
            self.path: Path | None = None
            self._conn = self._connect(":memory:")
        else:
            self.path = Path(path)
            self._conn = self._open(self.path)
        self._migrate()

    @classmethod
    def read_only(cls, path: Path, *, clock: Callable[[], datetime] = utc_now) -> ProgressStore:
        """The progress in `path` to look at when its folder cannot be written: reviews, bookmarks and the chart
        show what was saved before; every change fails with a `StoreError` saying the database is read-only.
        `StoreError` when the file cannot be opened or is not a progress database of this or an older version."""
        store = cls.__new__(cls)
        store._clock = clock
        store.recovery = None
        store.skipped_cards = 0
        store.path = None  # not a place answers are kept
        try:
            store._conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
            version = store.schema_version
        except sqlite3.Error as error:
            raise StoreError(f"cannot read {path}: {error}") from None
        if not 1 <= version <= SCHEMA_VERSION:
            store._conn.close()
            raise StoreError(f"cannot read {path}: not a progress database this version knows")
        return store

    @classmethod
    def in_memory(cls, *, clock: Callable[[], datetime] = utc_now) -> ProgressStore:
        """A store that forgets everything when the program ends (when the data folder cannot be written)."""
        return cls(":memory:", clock=clock)

    @property
    def persistent(self) -> bool:
        return self.path is not None

    @property
    def recovery_notice(self) -> str:
        return self.recovery.notice if self.recovery else ""

    def close(self) -> None:
        self._conn.close()

    # --- opening ------------------------------------------------------------------------------------------------

    @staticmethod
    def _connect(target: str | Path) -> sqlite3.Connection:
        """A connection in WAL mode. Switching to WAL needs the database to itself for a moment: another window
        opening the same new folder at once makes it busy, so the switch is tried again for a few seconds."""
        conn = sqlite3.connect(target, isolation_level=None, timeout=10.0)
        try:
            for attempt in range(BUSY_TRIES):
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    break
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) or attempt == BUSY_TRIES - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
            conn.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _open(self, path: Path) -> sqlite3.Connection:
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreUnavailableError(path, f"cannot create the folder ({error.strerror or error})") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreUnavailableError(path, "the folder is read-only")
        if path.exists() and not path.is_file():
            raise StoreUnavailableError(path, "a folder or device has that name")
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise StoreUnavailableError(path, "the file is read-only")
        roll_back_hot_journal(path)
        problem = inspect(path)
        if problem is not None:
            reason, detail = problem
            moved_to = move_aside(path, self._clock())
            self.recovery = Recovery(reason, moved_to, detail)
        try:
            return self._connect(path)
        except sqlite3.OperationalError as error:
            raise StoreUnavailableError(path, str(error)) from None
        except sqlite3.DatabaseError as error:  # damaged between the check and now: nothing more to try
            raise StoreError(f"cannot open {path}: {error}") from None

    def _migrate(self) -> None:
        """Bring the schema up to date, each step in one write transaction that first reads the version again: a
        second window opening the same new folder at that moment waits for the lock, then finds nothing to do."""
        for version in range(1, SCHEMA_VERSION + 1):
            with self._write() as write:
                write.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                row = write.execute("SELECT max(version) FROM schema_version").fetchone()
                if row and row[0] is not None and int(row[0]) >= version:
                    continue
                for statement in MIGRATIONS[version - 1]:
                    write.execute(statement)
                write.execute("DELETE FROM schema_version")
                write.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    @property
    def schema_version(self) -> int:
        row = self._conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on success; any SQLite failure becomes a `StoreError` naming the file."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(f"cannot save progress to {self.path or 'memory'}: {error}") from None
        try:
            yield conn
        except sqlite3.Error as error:
            conn.execute("ROLLBACK")
            raise StoreError(f"cannot save progress to {self.path or 'memory'}: {error}") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"cannot save progress to {self.path or 'memory'}: {error}") from None

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"cannot read progress from {self.path or 'memory'}: {error}") from None

    # --- cards and reviews --------------------------------------------------------------------------------------

    def card(self, term_id: str, direction: str) -> Card | None:
        rows = self._read("SELECT card FROM cards WHERE term_id = ? AND direction = ?", (term_id, direction))
        return usable_card(rows[0][0]) if rows else None

    def cards(self) -> dict[tuple[str, str], Card]:
        """Every card that has been reviewed at least once, by (term id, direction). A stored card the scheduler
        cannot use (damaged, or from a bad import of an older version) is skipped, counted in `skipped_cards`,
        and never stops Learn from opening; its next answer writes it anew."""
        out: dict[tuple[str, str], Card] = {}
        skipped = 0
        for term_id, direction, text in self._read("SELECT term_id, direction, card FROM cards"):
            card = usable_card(text)
            if card is None:
                skipped += 1
            else:
                out[(term_id, direction)] = card
        self.skipped_cards = skipped
        return out

    def save_review(self, entry: ReviewEntry, card: Card) -> None:
        """The card's new state and the review that produced it, in one transaction."""
        with self._write() as write:
            put_card_row(write, entry.term_id, entry.direction, card)
            put_review_row(write, entry)

    def review_log(self) -> list[ReviewEntry]:
        rows = self._read(
            "SELECT term_id, direction, rating, reviewed_at, duration_ms, kind FROM review_log ORDER BY reviewed_at, id"
        )
        return [ReviewEntry(t, d, int(r), from_iso(at), ms, k) for t, d, r, at, ms, k in rows]

    def introduced_since(self, since: datetime) -> int:
        """How many cards had their first flashcard answer at or after `since` (new cards studied today)."""
        rows = self._read(
            "SELECT count(*) FROM (SELECT 1 FROM review_log WHERE kind = 'flashcard' GROUP BY term_id, direction"
            " HAVING min(reviewed_at) >= ?)",
            (to_iso(since),),
        )
        return int(rows[0][0])

    def review_count(self) -> int:
        return int(self._read("SELECT count(*) FROM review_log")[0][0])

    # --- quiz ---------------------------------------------------------------------------------------------------

    def record_quiz_answer(
        self, *, kind: str, question_id: str, term_id: str, chosen: str, correct: bool, at: datetime | None = None
    ) -> None:
        answer = QuizAnswer(kind, question_id, term_id, chosen, correct, at or self._clock())
        with self._write() as write:
            put_quiz_answer_row(write, answer)

    def quiz_answers(self) -> list[QuizAnswer]:
        rows = self._read(
            "SELECT kind, question_id, term_id, chosen, correct, answered_at FROM quiz_answers ORDER BY answered_at, id"
        )
        return [QuizAnswer(k, q, t, c, bool(ok), from_iso(at)) for k, q, t, c, ok, at in rows]

    # --- bookmarks ----------------------------------------------------------------------------------------------

    def bookmarks(self) -> list[str]:
        """Bookmarked term ids, oldest first."""
        return [row[0] for row in self._read("SELECT term_id FROM bookmarks ORDER BY added_at, term_id")]

    def is_bookmarked(self, term_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM bookmarks WHERE term_id = ?", (term_id,)))

    def add_bookmark(self, term_id: str, at: datetime | None = None) -> None:
        with self._write() as write:
            write.execute(
                "INSERT OR IGNORE INTO bookmarks (term_id, added_at) VALUES (?, ?)",
                (term_id, to_iso(at or self._clock())),
            )

    def remove_bookmark(self, term_id: str) -> None:
        with self._write() as write:
            write.execute("DELETE FROM bookmarks WHERE term_id = ?", (term_id,))

    def toggle_bookmark(self, term_id: str) -> bool:
        """Add or remove the bookmark; True when the term is bookmarked afterwards."""
        if self.is_bookmarked(term_id):
            self.remove_bookmark(term_id)
            return False
        self.add_bookmark(term_id)
        return True

    # --- history of viewed terms --------------------------------------------------------------------------------

    def record_view(self, term_id: str, at: datetime | None = None) -> None:
        with self._write() as write:
            write.execute(
                "INSERT OR IGNORE INTO history (term_id, viewed_at) VALUES (?, ?)",
                (term_id, to_iso(at or self._clock())),
            )
            write.execute(
                "DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY viewed_at DESC, id DESC LIMIT ?)",
                (HISTORY_LIMIT,),
            )

    def recent_views(self, limit: int = 50) -> list[str]:
        """Distinct viewed term ids, most recent first."""
        rows = self._read(
            "SELECT term_id, max(viewed_at) AS last FROM history GROUP BY term_id ORDER BY last DESC LIMIT ?",
            (limit,),
        )
        return [row[0] for row in rows]

    def views(self) -> list[tuple[str, datetime]]:
        return [(t, from_iso(at)) for t, at in self._read("SELECT term_id, viewed_at FROM history ORDER BY viewed_at")]

    # --- statistics ---------------------------------------------------------------------------------------------

    def activity(self, *, days: int = 30, today: date | None = None, tz: tzinfo | None = None) -> list[DayActivity]:
        """Flashcard reviews and quiz answers per local day, for the `days` days ending today (oldest first)."""
        zone = tz or datetime.now().astimezone().tzinfo or UTC
        last = today or self._clock().astimezone(zone).date()
        first = last - timedelta(days=days - 1)
        since = to_iso(datetime.combine(first, datetime.min.time(), zone) - timedelta(days=1))
        reviews: dict[date, int] = {}
        answers: dict[date, int] = {}
        for table, column, counts in (
            ("review_log", "reviewed_at", reviews),
            ("quiz_answers", "answered_at", answers),
        ):
            for (text,) in self._read(f"SELECT {column} FROM {table} WHERE {column} >= ?", (since,)):
                day = from_iso(text).astimezone(zone).date()
                counts[day] = counts.get(day, 0) + 1
        span = (first + timedelta(days=n) for n in range(days))
        return [DayActivity(day, reviews.get(day, 0), answers.get(day, 0)) for day in span]

    # --- bulk access for export and import (see exchange.py) ----------------------------------------------------

    def card_rows(self) -> list[tuple[str, str, Card]]:
        rows = self._read("SELECT term_id, direction, card FROM cards ORDER BY term_id, direction")
        return [(t, d, Card.from_json(c)) for t, d, c in rows]

    def bookmark_rows(self) -> list[tuple[str, datetime]]:
        rows = self._read("SELECT term_id, added_at FROM bookmarks ORDER BY added_at, term_id")
        return [(t, from_iso(at)) for t, at in rows]

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """Several changes as one commit (an import): all of them are saved, or none."""
        with self._write() as write:
            yield Writer(write)
