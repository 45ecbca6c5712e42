"""Progress files that try to break Learn (issue 21): every field the scheduler reads is validated on import and on
read; a bad file is refused with one sentence and a bad stored row is skipped, never a crash."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from fsrs import Rating, Scheduler
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.learning.exchange import ProgressFileError, import_progress, merge_progress, progress_to_dict
from desktop.core.learning.scheduling import StudySession
from desktop.core.learning.store import ProgressStore

GOOD_CARD = {
    "card_id": 1,
    "state": 2,
    "step": None,
    "stability": 3.5,
    "difficulty": 5.0,
    "due": "2026-12-01T10:00:00+00:00",
    "last_review": "2026-11-28T10:00:00+00:00",
}


def progress(card: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "format": "alignment-atlas-progress",
        "format_version": 1,
        "cards": [{"term_id": "rlhf", "direction": "summary-to-term", "card": card}],
        **extra,
    }


@pytest.mark.parametrize(
    "change",
    [
        {"stability": math.nan},
        {"stability": math.inf},
        {"stability": -2.0},
        {"difficulty": 40.0},
        {"step": "two"},
        {"step": True},
        {"state": 2, "step": 1},  # in review yet with a learning step
        {"state": 1, "step": -1},  # a learning step that does not exist
        {"state": 9},
        {"due": "9999-12-31T00:00:00+00:00"},
        {"due": "2026-12-01T10:00:00"},  # no time zone
        {"card_id": 10**40},
        {"last_review": "\ud800"},
    ],
    ids=lambda change: ",".join(f"{k}={v!r}" for k, v in change.items()),
)
def test_values_the_scheduler_cannot_use_are_refused(change: dict[str, Any]) -> None:
    store = ProgressStore.in_memory()
    with pytest.raises(ProgressFileError, match=r"cards\[0\]"):
        merge_progress(store, progress({**GOOD_CARD, **change}))
    assert store.cards() == {}


def test_a_good_card_is_imported_and_schedules() -> None:
    store = ProgressStore.in_memory()
    summary = merge_progress(store, progress(dict(GOOD_CARD)))
    assert summary.cards_added == 1
    session = StudySession(store, ["rlhf"], scheduler=Scheduler())
    session.grade(Rating.Good)


def test_a_damaged_stored_card_is_skipped_not_fatal(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "progress.sqlite3")
    merge_progress(store, progress(dict(GOOD_CARD)))
    bad = json.dumps({**GOOD_CARD, "stability": "NaN", "card_id": 2})
    with store.transaction() as write:
        write._conn.execute(
            "INSERT INTO cards (term_id, direction, card, due, state) VALUES ('dpo', 'summary-to-term', ?, '', 2)",
            (bad,),
        )
    store.close()
    again = ProgressStore(tmp_path / "progress.sqlite3")
    assert list(again.cards()) == [("rlhf", "summary-to-term")]
    assert again.skipped_cards == 1
    StudySession(again, ["rlhf", "dpo"])  # Learn opens


def test_files_that_are_too_big_too_deep_or_not_text(tmp_path: Path) -> None:
    store = ProgressStore.in_memory()
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(ProgressFileError, match=r"nested too deeply|not valid JSON"):
        import_progress(store, deep)
    binary = tmp_path / "photo.json"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ProgressFileError, match="cannot read"):
        import_progress(store, binary)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(60_000_000)  # sparse: no disk used
    with pytest.raises(ProgressFileError, match="larger than"):
        import_progress(store, huge)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_card_field = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["2026-12-01T10:00:00+00:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+00:00"]),
)
_cards = st.fixed_dictionaries({k: _card_field for k in GOOD_CARD}, optional={"extra": _json}) | st.builds(
    lambda c: {**GOOD_CARD, **c}, st.dictionaries(st.sampled_from(list(GOOD_CARD)), _card_field)
)
_entries = st.fixed_dictionaries(
    {},
    optional={
        "term_id": st.text(max_size=8) | _card_field,
        "direction": st.sampled_from(["summary-to-term", "term-to-meaning"]) | st.text(max_size=5),
        "card": _cards | _json,
        "rating": _card_field,
        "reviewed_at": _card_field,
        "duration_ms": _card_field,
        "kind": st.text(max_size=5),
        "question_id": st.text(max_size=5),
        "correct": _card_field,
        "answered_at": _card_field,
        "added_at": _card_field,
        "viewed_at": _card_field,
    },
)
_files = st.fixed_dictionaries(
    {"format": st.just("alignment-atlas-progress"), "format_version": st.sampled_from([1, 1, 1, 2, "1", None])},
    optional={
        key: st.lists(_entries, max_size=3) | _json
        for key in ("cards", "review_log", "quiz_answers", "bookmarks", "history")
    },
)


@settings(max_examples=4000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_files | _json)
def test_fuzzed_progress_files_are_imported_or_refused_never_a_crash(data: Any) -> None:
    store = ProgressStore.in_memory()
    try:
        merge_progress(store, data)
    except ProgressFileError:
        return
    cards = store.cards()  # what was taken must be usable by Learn
    assert store.skipped_cards == 0
    StudySession(store, sorted({t for t, _ in cards}))
    json.dumps(progress_to_dict(store, app_version="test"))
