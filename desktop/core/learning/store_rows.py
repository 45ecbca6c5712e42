"""Writing the progress store's rows, and reading a stored card back (the store's lower half). No Qt."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from fsrs import Card

from desktop.core.learning.store_records import QuizAnswer, ReviewEntry, card_problem, to_iso


class Writer:
    """Changes made inside `ProgressStore.transaction()`; each returns True when it changed something."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def put_card(self, term_id: str, direction: str, card: Card) -> None:
        put_card_row(self._conn, term_id, direction, card)

    def add_review(self, entry: ReviewEntry) -> bool:
        return put_review_row(self._conn, entry)

    def add_quiz_answer(self, answer: QuizAnswer) -> bool:
        return put_quiz_answer_row(self._conn, answer)

    def add_bookmark(self, term_id: str, at: datetime) -> bool:
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO bookmarks (term_id, added_at) VALUES (?, ?)", (term_id, to_iso(at))
        )
        return cursor.rowcount > 0

    def add_view(self, term_id: str, at: datetime) -> bool:
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO history (term_id, viewed_at) VALUES (?, ?)", (term_id, to_iso(at))
        )
        return cursor.rowcount > 0


def put_card_row(conn: sqlite3.Connection, term_id: str, direction: str, card: Card) -> None:
    conn.execute(
        "INSERT INTO cards (term_id, direction, card, due, state, last_review) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (term_id, direction) DO UPDATE SET "
        "card = excluded.card, due = excluded.due, state = excluded.state, last_review = excluded.last_review",
        (
            term_id,
            direction,
            card.to_json(),
            to_iso(card.due),
            int(card.state),
            to_iso(card.last_review) if card.last_review else None,
        ),
    )


def put_review_row(conn: sqlite3.Connection, entry: ReviewEntry) -> bool:
    cursor = conn.execute(
        "INSERT OR IGNORE INTO review_log (term_id, direction, rating, reviewed_at, duration_ms, kind) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (entry.term_id, entry.direction, entry.rating, to_iso(entry.reviewed_at), entry.duration_ms, entry.kind),
    )
    return cursor.rowcount > 0


def put_quiz_answer_row(conn: sqlite3.Connection, answer: QuizAnswer) -> bool:
    cursor = conn.execute(
        "INSERT OR IGNORE INTO quiz_answers (kind, question_id, term_id, chosen, correct, answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            answer.kind,
            answer.question_id,
            answer.term_id,
            answer.chosen,
            int(answer.correct),
            to_iso(answer.answered_at),
        ),
    )
    return cursor.rowcount > 0


def usable_card(text: object) -> Card | None:
    """The stored card, or None when it cannot be read or scheduled (see `card_problem`)."""
    try:
        card = Card.from_json(str(text))
    except Exception:  # any damage in a stored row: skipped, never fatal
        return None
    return None if card_problem(card) else card
