"""Progress as a JSON file, to carry it to another computer or through a reinstall. Plain Python, no Qt.

The file holds a format name and version, the app version and the export time, then the cards (FSRS state), the
review log, quiz answers, bookmarks and viewed terms. Importing merges into the open store in one transaction: a
card is replaced only by one reviewed later than the local one, log entries, answers, bookmarks and views are
united without duplicates. A file that is not a progress export, or one with a bad entry, changes nothing and the
error names the file and the entry.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from fsrs import Card

from desktop.core.learning.store import ProgressStore, QuizAnswer, ReviewEntry, from_iso, to_iso, utc_now
from desktop.core.learning.store_records import EARLIEST, LATEST, card_problem

FORMAT_NAME = "alignment-atlas-progress"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 50_000_000
"""A progress file of 100,000 reviews is some 15 MB; anything much larger is not one (121 MB took 1 GB to read)."""
MAX_TEXT = 500
"""Ids and timestamps are short; a longer text is damage."""

T = TypeVar("T")


class ProgressFileError(ValueError):
    """A progress file that cannot be imported; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    cards_added: int = 0
    cards_updated: int = 0
    cards_kept: int = 0
    """Cards left as they were because the local one was reviewed as late or later."""
    reviews_added: int = 0
    quiz_answers_added: int = 0
    bookmarks_added: int = 0
    views_added: int = 0


def progress_to_dict(store: ProgressStore, *, app_version: str, now: datetime | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "exported_at": to_iso(now or utc_now()),
        "cards": [{"term_id": t, "direction": d, "card": card.to_dict()} for t, d, card in store.card_rows()],
        "review_log": [
            {
                "term_id": e.term_id,
                "direction": e.direction,
                "rating": e.rating,
                "reviewed_at": to_iso(e.reviewed_at),
                "duration_ms": e.duration_ms,
                "kind": e.kind,
            }
            for e in store.review_log()
        ],
        "quiz_answers": [
            {
                "kind": a.kind,
                "question_id": a.question_id,
                "term_id": a.term_id,
                "chosen": a.chosen,
                "correct": a.correct,
                "answered_at": to_iso(a.answered_at),
            }
            for a in store.quiz_answers()
        ],
        "bookmarks": [{"term_id": t, "added_at": to_iso(at)} for t, at in store.bookmark_rows()],
        "history": [{"term_id": t, "viewed_at": to_iso(at)} for t, at in store.views()],
    }


def export_progress(store: ProgressStore, path: Path, *, app_version: str, now: datetime | None = None) -> None:
    """Write the export next to `path` first and rename it into place, so a failed write leaves no half file."""
    text = json.dumps(progress_to_dict(store, app_version=app_version, now=now), ensure_ascii=False, indent=1)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text + "\n")
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def import_progress(store: ProgressStore, path: Path) -> ImportSummary:
    """Merge a progress file into the store. `ProgressFileError` (nothing changed) for a bad file."""
    try:
        if not path.is_file():
            raise ProgressFileError(f"{path}: not a regular file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProgressFileError(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB, not a progress file")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProgressFileError(f"{path}: cannot read the file ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProgressFileError(f"{path}:{error.lineno}:{error.colno}: not valid JSON ({error.msg})") from None
    except RecursionError:  # lists in lists a hundred thousand deep
        raise ProgressFileError(f"{path}: nested too deeply to be a progress file") from None
    return merge_progress(store, data, source=str(path))


def merge_progress(store: ProgressStore, data: Any, *, source: str = "progress file") -> ImportSummary:
    parsed = _Parsed.read(data, source)
    counts = dict.fromkeys(ImportSummary.__dataclass_fields__, 0)
    local = store.cards()
    with store.transaction() as write:
        for term_id, direction, card in parsed.cards:
            mine = local.get((term_id, direction))
            if mine is None:
                counts["cards_added"] += 1
            elif card.last_review is not None and (mine.last_review is None or card.last_review > mine.last_review):
                counts["cards_updated"] += 1
            else:
                counts["cards_kept"] += 1
                continue
            write.put_card(term_id, direction, card)
            local[(term_id, direction)] = card
        counts["reviews_added"] = sum(write.add_review(entry) for entry in parsed.reviews)
        counts["quiz_answers_added"] = sum(write.add_quiz_answer(answer) for answer in parsed.answers)
        counts["bookmarks_added"] = sum(write.add_bookmark(t, at) for t, at in parsed.bookmarks)
        counts["views_added"] = sum(write.add_view(t, at) for t, at in parsed.views)
    return ImportSummary(**counts)


@dataclass
class _Parsed:
    cards: list[tuple[str, str, Card]]
    reviews: list[ReviewEntry]
    answers: list[QuizAnswer]
    bookmarks: list[tuple[str, datetime]]
    views: list[tuple[str, datetime]]

    @classmethod
    def read(cls, data: Any, source: str) -> _Parsed:
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ProgressFileError(f"{source}: not an Alignment Atlas progress file")
        version = data.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise ProgressFileError(f"{source}: 'format_version' is missing or not a whole number")
        if version > FORMAT_VERSION:
            raise ProgressFileError(
                f"{source}: written by a newer version of Alignment Atlas "
                f"(format {version}, this version reads up to {FORMAT_VERSION})"
            )
        return cls(
            cards=_items(data, "cards", source, _card),
            reviews=_items(data, "review_log", source, _review),
            answers=_items(data, "quiz_answers", source, _answer),
            bookmarks=_items(data, "bookmarks", source, lambda e: (_text(e, "term_id"), _time(e, "added_at"))),
            views=_items(data, "history", source, lambda e: (_text(e, "term_id"), _time(e, "viewed_at"))),
        )


class _EntryError(ValueError):
    pass


def _items(data: Mapping[str, Any], key: str, source: str, read: Callable[[Mapping[str, Any]], T]) -> list[T]:
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise ProgressFileError(f"{source}: '{key}' must be a list")
    out = []
    for index, entry in enumerate(entries):
        try:
            if not isinstance(entry, dict):
                raise _EntryError("not an object")
            out.append(read(entry))
        except (_EntryError, KeyError, TypeError, ValueError, OverflowError, AttributeError) as error:
            raise ProgressFileError(f"{source}: {key}[{index}]: {error}") from None
    return out


def _text(entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise _EntryError(f"'{key}' must be non-empty text of at most {MAX_TEXT} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") that JSON allows but no database can hold
        raise _EntryError(f"'{key}' holds a character that is not valid text") from None
    return value


def _time(entry: Mapping[str, Any], key: str) -> datetime:
    text = _text(entry, key)
    try:
        moment = from_iso(text)
    except (ValueError, OverflowError):
        raise _EntryError(f"'{key}' is not a timestamp with a time zone: {text[:40]!r}") from None
    if not EARLIEST <= moment <= LATEST:
        raise _EntryError(f"'{key}' is not between 2000 and 2200: {text[:40]!r}")
    return moment


def _int(entry: Mapping[str, Any], key: str, *, optional: bool = False) -> int | None:
    value = entry.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise _EntryError(f"'{key}' must be a whole number from 0 to {2**31 - 1}")
    return value


def _card(entry: Mapping[str, Any]) -> tuple[str, str, Card]:
    raw = entry.get("card")
    if not isinstance(raw, dict):
        raise _EntryError("'card' must be an object")
    for key in ("card_id", "state", "step", "stability", "difficulty", "due", "last_review"):
        if key not in raw:
            raise _EntryError(f"'card' has no '{key}'")
    if isinstance(raw["step"], bool) or not (raw["step"] is None or isinstance(raw["step"], int)):
        raise _EntryError(f"'step' must be a whole number or null, not {raw['step']!r}")
    for key in ("stability", "difficulty"):  # JSON has no NaN or infinity, but Python's reader takes them
        value = raw[key]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _EntryError(f"'{key}' must be a number or null, not {value!r}")
    if not isinstance(raw["card_id"], int) or isinstance(raw["card_id"], bool) or not 0 <= raw["card_id"] < 2**63:
        raise _EntryError("'card_id' must be a whole number")
    _time(raw, "due")
    if raw.get("last_review") is not None:
        _time(raw, "last_review")
    card = Card.from_dict(raw)  # type: ignore[arg-type]  # checked field by field above
    problem = card_problem(card)
    if problem:
        raise _EntryError(problem)
    return _text(entry, "term_id"), _text(entry, "direction"), card


def _review(entry: Mapping[str, Any]) -> ReviewEntry:
    rating = _int(entry, "rating")
    if rating not in (1, 2, 3, 4):
        raise _EntryError(f"'rating' must be 1 to 4, not {rating}")
    return ReviewEntry(
        term_id=_text(entry, "term_id"),
        direction=_text(entry, "direction"),
        rating=rating,
        reviewed_at=_time(entry, "reviewed_at"),
        duration_ms=_int(entry, "duration_ms", optional=True),
        kind=_text(entry, "kind") if "kind" in entry else "flashcard",
    )


def _answer(entry: Mapping[str, Any]) -> QuizAnswer:
    correct = entry.get("correct")
    if not isinstance(correct, bool):
        raise _EntryError("'correct' must be true or false")
    return QuizAnswer(
        kind=_text(entry, "kind"),
        question_id=_text(entry, "question_id"),
        term_id=_text(entry, "term_id"),
        chosen=str(entry.get("chosen", "")),
        correct=correct,
        answered_at=_time(entry, "answered_at"),
    )
