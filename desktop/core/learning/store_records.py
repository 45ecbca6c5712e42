"""The records the progress store reads and writes, and its one timestamp format (UTC, ISO 8601)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """A UTC timestamp in one fixed format, so stored text sorts in time order."""
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {moment}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    term_id: str
    direction: str
    rating: int
    reviewed_at: datetime
    duration_ms: int | None = None
    kind: str = "flashcard"


@dataclass(frozen=True, slots=True)
class QuizAnswer:
    kind: str
    question_id: str
    term_id: str
    chosen: str
    correct: bool
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class DayActivity:
    day: date
    reviews: int
    quiz_answers: int

    @property
    def total(self) -> int:
        return self.reviews + self.quiz_answers


EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
"""Timestamps outside these bounds are damage, not progress (year 9999 made every later date sum overflow)."""
MAX_STABILITY_DAYS = 36_500.0


def card_problem(card: object) -> str:
    """Why a flashcard's scheduling state cannot be used ("" when it can): the FSRS scheduler needs a known state,
    a whole-number learning step only while learning, finite positive stability, difficulty from 1 to 10, and
    dates with a time zone within `EARLIEST`..`LATEST`. Checked on import and on every read of the store."""
    from fsrs import Card, State  # noqa: PLC0415 - the store's module imports it anyway

    if not isinstance(card, Card):
        return "not a card"
    if not isinstance(card.state, State):
        return f"unknown state {card.state!r}"
    learning = card.state in (State.Learning, State.Relearning)
    step = card.step
    if learning and (not isinstance(step, int) or isinstance(step, bool) or not 0 <= step < 100):
        return f"a learning card needs a learning step from 0 to 99, not {step!r}"
    if not learning and step is not None:
        return f"a card in review has no learning step, not {step!r}"
    for name, low, high in (("stability", 0.0, MAX_STABILITY_DAYS), ("difficulty", 1.0, 10.0)):
        value = getattr(card, name)
        if value is None:
            if card.state == State.Review:
                return f"a card in review needs a {name}"
            continue
        if not isinstance(value, float | int) or isinstance(value, bool) or not low <= float(value) <= high:
            return f"{name} must be a number from {low:g} to {high:g}, not {value!r}"
    for name in ("due", "last_review"):
        moment = getattr(card, name)
        if moment is None and name == "last_review":
            continue
        if not isinstance(moment, datetime) or moment.tzinfo is None or not EARLIEST <= moment <= LATEST:
            return f"'{name}' must be a date between 2000 and 2200 with a time zone, not {moment!r}"
    return ""
