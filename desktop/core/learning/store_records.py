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
