"""Progress storage and scheduling, without Qt: durability, recovery, export/import and FSRS through `fsrs`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Card, Rating, Scheduler, State

from desktop.core.content.model import Glossary
from desktop.core.learning.exchange import ProgressFileError, export_progress, import_progress, progress_to_dict
from desktop.core.learning.scheduling import (
    BADGES,
    LEARN_AHEAD,
    NEW_PER_DAY,
    CardKey,
    Direction,
    StudySession,
    StudySet,
    TermProgress,
    card_progress,
    category_counts,
    due_count,
    end_of_day,
    new_waiting,
    progress_by_term,
    start_of_day,
    study_terms,
    term_progress,
)
from desktop.core.learning.store import (
    SCHEMA_VERSION,
    ProgressStore,
    RecoveryReason,
    ReviewEntry,
    StoreUnavailableError,
)

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parent.parent


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[ProgressStore]:
    opened = ProgressStore(tmp_path / "data" / "progress.sqlite3", clock=clock)
    yield opened
    opened.close()


def plain_scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


def answer(store: ProgressStore, clock: Clock, term_id: str, ratings: list[Rating]) -> Card:
    """Answer one card (summary → term) with these ratings, each when the card is next due."""
    card = None
    for rating in ratings:
        if card is not None and card.due > clock():
            clock.now = card.due
        session = StudySession(
            store, [term_id], directions=[Direction.SUMMARY_TO_TERM], scheduler=plain_scheduler(), clock=clock
        )
        card = session.grade(rating).card
        clock.advance(minutes=1)
    assert card is not None
    return card


# --- the database --------------------------------------------------------------------------------------------------


def test_a_new_store_has_the_schema_in_wal_mode(store: ProgressStore) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert store.path is not None and store.path.is_file()
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"schema_version", "cards", "review_log", "bookmarks", "history", "quiz_answers"} <= tables
    assert store.recovery is None and store.recovery_notice == ""


def test_reopening_keeps_everything(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "progress.sqlite3"
    first = ProgressStore(path, clock=clock)
    answer(first, clock, "rlhf", [Rating.Good])
    first.add_bookmark("dpo")
    first.record_view("alignment")
    first.record_quiz_answer(kind="myth", question_id="q", term_id="rlhf", chosen="myth", correct=True)
    first.close()
    again = ProgressStore(path, clock=clock)
    assert again.review_count() == 1
    assert again.card("rlhf", Direction.SUMMARY_TO_TERM.value) is not None
    assert again.bookmarks() == ["dpo"]
    assert again.recent_views() == ["alignment"]
    assert len(again.quiz_answers()) == 1
    assert again.recovery is None
    again.close()


CHILD = """
import sys
from fsrs import Rating
from desktop.core.learning.scheduling import Direction, StudySession
from desktop.core.learning.store import ProgressStore

store = ProgressStore(sys.argv[1])
terms = [f"term-{n}" for n in range(int(sys.argv[2]))]
session = StudySession(store, terms, directions=[Direction.SUMMARY_TO_TERM], new_limit=len(terms))
for n in range(len(terms)):
    session.grade(Rating.Easy, duration_ms=1000)
    print(f"answered {n + 1}", flush=True)
    if n + 1 == int(sys.argv[3]):
        sys.stdin.read()  # wait here, right after an answer, until killed
"""


def run_and_kill(path: Path, *, total: int, kill_after: int, pause_at: int) -> list[str]:
    """Start a process that answers `total` cards (pausing after answer `pause_at`, if any) and SIGKILL it once it
    has reported `kill_after` answers; returns its report lines."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(total), str(pause_at)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    guard = threading.Timer(120, child.kill)  # never hang the suite if the child gets stuck
    guard.start()
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip() for _ in range(kill_after)]
        os.kill(child.pid, signal.SIGKILL)  # no close(), no checkpoint, no atexit
        child.wait(timeout=30)
    finally:
        guard.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    return lines


def test_answers_survive_sigkill_right_after_the_last_one(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    lines = run_and_kill(path, total=12, kill_after=12, pause_at=12)
    assert lines[-1] == "answered 12", lines
    assert Path(f"{path}-wal").exists()  # the answers were still only in the write-ahead log when it died
    reopened = ProgressStore(path)
    try:
        assert reopened.recovery is None
        assert reopened.review_count() == 12
        assert len(reopened.cards()) == 12
        assert all(card.state == State.Review for card in reopened.cards().values())
    finally:
        reopened.close()


def test_a_kill_while_answering_keeps_every_reported_answer_and_each_card_with_its_review(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    # The child keeps answering (up to 2,000 cards, no pause) while it is killed after reporting 40.
    lines = run_and_kill(path, total=2000, kill_after=40, pause_at=0)
    assert lines[-1] == "answered 40", lines
    reopened = ProgressStore(path)
    try:
        saved = reopened.review_count()
        assert saved >= 40
        assert len(reopened.cards()) == saved  # card and review are one commit: never one without the other
    finally:
        reopened.close()


def test_a_corrupt_file_is_moved_aside_reported_and_replaced(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "progress.sqlite3"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"not a wal either")
    store = ProgressStore(path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.reason is RecoveryReason.CORRUPT
        moved = store.recovery.moved_to
        assert moved.name.startswith("progress.sqlite3.corrupt-")
        assert moved.read_bytes() == garbage  # nothing was deleted or changed
        assert Path(f"{moved}-wal").read_bytes() == b"not a wal either"
        assert str(moved) in store.recovery_notice
        answer(store, clock, "rlhf", [Rating.Good])
        assert store.review_count() == 1
    finally:
        store.close()
    again = ProgressStore(path, clock=clock)
    assert again.recovery is None and again.review_count() == 1
    again.close()


def test_a_damaged_page_fails_the_integrity_check_and_is_moved_aside(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "progress.sqlite3"
    store = ProgressStore(path, clock=clock)
    for n in range(300):
        store.record_view(f"term-{n}", T0 + timedelta(seconds=n))
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page : 2 * page + 600] = b"\x5a" * 600
    path.write_bytes(bytes(data))
    recovered = ProgressStore(path, clock=clock)
    try:
        assert recovered.recovery is not None and recovered.recovery.reason is RecoveryReason.CORRUPT
        assert recovered.recovery.moved_to.read_bytes() == bytes(data)
        assert recovered.recent_views() == []
    finally:
        recovered.close()


def test_a_newer_schema_or_a_foreign_database_is_moved_aside(tmp_path: Path, clock: Clock) -> None:
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    store = ProgressStore(newer, clock=clock)
    assert store.recovery is not None and store.recovery.reason is RecoveryReason.NEWER
    assert "newer version" in store.recovery_notice
    assert store.schema_version == SCHEMA_VERSION
    store.close()

    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    store = ProgressStore(foreign, clock=clock)
    assert store.recovery is not None and store.recovery.reason is RecoveryReason.CORRUPT
    store.close()


def test_two_recoveries_in_the_same_second_keep_both_files(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "progress.sqlite3"
    moved = []
    for content in (b"first garbage" * 100, b"second garbage" * 100):
        path.write_bytes(content)
        store = ProgressStore(path, clock=clock)
        assert store.recovery is not None
        moved.append(store.recovery.moved_to)
        store.close()
        path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    assert moved[0] != moved[1]
    assert moved[0].read_bytes().startswith(b"first") and moved[1].read_bytes().startswith(b"second")


def test_an_unwritable_place_raises_a_clear_error_naming_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    target = blocker / "progress.sqlite3"
    with pytest.raises(StoreUnavailableError) as caught:
        ProgressStore(target)
    assert str(target) in str(caught.value)
    assert caught.value.path == target

    folder = tmp_path / "as-folder"
    (folder / "progress.sqlite3").mkdir(parents=True)
    with pytest.raises(StoreUnavailableError, match=r"progress\.sqlite3"):
        ProgressStore(folder / "progress.sqlite3")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_a_read_only_folder_raises_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreUnavailableError, match="read-only"):
            ProgressStore(folder / "progress.sqlite3")
    finally:
        folder.chmod(0o755)


def test_in_memory_store_works_for_a_session() -> None:
    store = ProgressStore.in_memory()
    assert not store.persistent
    store.add_bookmark("rlhf")
    assert store.bookmarks() == ["rlhf"]
    store.close()


# --- bookmarks and history -----------------------------------------------------------------------------------------


def test_bookmarks_add_remove_toggle_and_list(store: ProgressStore, clock: Clock) -> None:
    store.add_bookmark("rlhf")
    clock.advance(seconds=1)
    store.add_bookmark("dpo")
    store.add_bookmark("rlhf")  # twice is once
    assert store.bookmarks() == ["rlhf", "dpo"]
    assert store.toggle_bookmark("rlhf") is False
    assert store.toggle_bookmark("sycophancy") is True
    assert store.is_bookmarked("sycophancy") and not store.is_bookmarked("rlhf")
    store.remove_bookmark("dpo")
    assert store.bookmarks() == ["sycophancy"]


def test_history_lists_recent_distinct_terms(store: ProgressStore, clock: Clock) -> None:
    for term_id in ("rlhf", "dpo", "rlhf", "alignment"):
        store.record_view(term_id)
        clock.advance(seconds=5)
    assert store.recent_views() == ["alignment", "rlhf", "dpo"]
    assert store.recent_views(limit=1) == ["alignment"]
    assert len(store.views()) == 4


# --- scheduling ----------------------------------------------------------------------------------------------------


def test_easy_is_due_later_than_again(clock: Clock) -> None:
    scheduler = Scheduler()
    card = Card(card_id=1)
    again, _ = scheduler.review_card(card, Rating.Again, T0)
    easy, _ = scheduler.review_card(card, Rating.Easy, T0)
    assert easy.due > again.due
    assert easy.due - T0 >= timedelta(days=1) and again.due - T0 < timedelta(hours=1)


def test_a_session_saves_each_answer_and_ends_when_nothing_is_due_soon(store: ProgressStore, clock: Clock) -> None:
    session = StudySession(store, ["rlhf", "dpo"], scheduler=plain_scheduler(), clock=clock)
    assert session.remaining == 4
    first = session.current
    assert first == CardKey("rlhf", Direction.SUMMARY_TO_TERM)
    assert session.preview()[Rating.Easy] > session.preview()[Rating.Again]
    outcome = session.grade(Rating.Again)
    assert outcome.again_in_session and outcome.due - clock() <= LEARN_AHEAD
    assert store.review_count() == 1  # saved at once
    grades = 1
    while not session.finished:
        session.grade(Rating.Good)
        grades += 1
        clock.advance(minutes=2)
        assert grades < 30
    assert store.review_count() == grades == session.reviewed
    assert due_count(store.cards(), ["rlhf", "dpo"], until=clock()) == 0
    later = StudySession(store, ["rlhf", "dpo"], scheduler=plain_scheduler(), clock=clock)
    assert later.finished


def test_due_cards_come_first_and_new_cards_are_limited(store: ProgressStore, clock: Clock) -> None:
    answer(store, clock, "dpo", [Rating.Good, Rating.Good])
    clock.advance(days=30)
    session = StudySession(
        store, ["rlhf", "dpo", "bias"], directions=[Direction.SUMMARY_TO_TERM], clock=clock, new_limit=1
    )
    assert session.current == CardKey("dpo", Direction.SUMMARY_TO_TERM)
    assert session.remaining == 2 and session.new_total == 2


def test_progress_states_badges_and_counts(store: ProgressStore, clock: Clock, glossary: Glossary) -> None:
    assert card_progress(None) is TermProgress.NEW
    answer(store, clock, "rlhf", [Rating.Again])
    answer(store, clock, "dpo", [Rating.Easy])
    cards = store.cards()
    assert term_progress(cards, "rlhf") is TermProgress.LEARNING
    assert term_progress(cards, "dpo") is TermProgress.KNOWN
    assert term_progress(cards, "bias") is TermProgress.NEW
    progress = progress_by_term(cards, glossary.terms)
    assert [BADGES[progress[t]] for t in ("bias", "rlhf", "dpo")] == ["", "●", "✓"]
    counts = {c.category: c for c in category_counts(glossary, progress)}
    training = glossary.terms["rlhf"].category
    assert counts[training].learning >= 1 and counts[training].known >= 1
    assert sum(c.total for c in counts.values()) == len(glossary.terms)


def test_due_today_counts_started_cards_due_by_the_end_of_the_day(store: ProgressStore, clock: Clock) -> None:
    answer(store, clock, "rlhf", [Rating.Again])
    cards = store.cards()
    assert due_count(cards, ["rlhf"], until=end_of_day(clock(), UTC)) == 1
    assert due_count(cards, ["dpo"], until=end_of_day(clock(), UTC)) == 0
    assert end_of_day(T0, UTC) == datetime(2025, 3, 10, 23, 59, 59, 999999, tzinfo=UTC)


def test_study_sets(glossary: Glossary) -> None:
    everything = study_terms(glossary, StudySet())
    assert sorted(everything) == sorted(glossary.terms)
    category = next(iter(glossary.categories))
    assert all(glossary.terms[t].category == category for t in study_terms(glossary, StudySet("category", category)))
    path = next(iter(glossary.paths.values()))
    assert study_terms(glossary, StudySet("path", path.id)) == list(path.steps)
    assert study_terms(glossary, StudySet("bookmarks"), ["dpo", "gone", "rlhf"]) == [
        t for t in everything if t in ("dpo", "rlhf")
    ]


def test_new_cards_follow_the_learning_paths_foundations_first(glossary: Glossary) -> None:
    """Not alphabetically ("Adversarial suffix" first): the first path's steps, in order, then the next path's."""
    order = study_terms(glossary, StudySet())
    assert len(order) == len(set(order)) == len(glossary.terms)
    first_path = next(iter(glossary.paths.values()))
    assert first_path.id == glossary.meta.path_order[0] == "why-it-matters"
    assert order[: len(first_path.steps)] == list(first_path.steps)
    assert glossary.terms[order[0]].category == "foundations"
    in_paths = {step for path in glossary.paths.values() for step in path.steps}
    rest = [t for t in order if t not in in_paths]
    ranks = {category: index for index, category in enumerate(glossary.categories)}
    assert [ranks[glossary.terms[t].category] for t in rest] == sorted(ranks[glossary.terms[t].category] for t in rest)
    category = "failure-modes"
    assert study_terms(glossary, StudySet("category", category)) == [
        t for t in order if glossary.terms[t].category == category
    ]


def test_activity_counts_reviews_and_quiz_answers_per_local_day(store: ProgressStore, clock: Clock) -> None:
    answer(store, clock, "rlhf", [Rating.Good])
    clock.advance(days=2)
    store.record_quiz_answer(kind="concept", question_id="q1", term_id="rlhf", chosen="rlhf", correct=True)
    store.record_quiz_answer(kind="concept", question_id="q2", term_id="dpo", chosen="rlhf", correct=False)
    days = store.activity(days=30, today=clock().date(), tz=UTC)
    assert len(days) == 30 and days[-1].day == clock().date()
    assert (days[-1].reviews, days[-1].quiz_answers) == (0, 2)
    assert days[-3].day == date(2025, 3, 10) and days[-3].reviews == 1
    assert sum(d.total for d in days) == 3


# --- export and import ---------------------------------------------------------------------------------------------


def test_export_then_import_round_trips(store: ProgressStore, clock: Clock, tmp_path: Path) -> None:
    answer(store, clock, "rlhf", [Rating.Good, Rating.Good])
    answer(store, clock, "dpo", [Rating.Again])
    store.add_bookmark("sycophancy")
    store.record_view("alignment")
    store.record_quiz_answer(kind="myth", question_id="rlhf/0/myth", term_id="rlhf", chosen="myth", correct=True)
    file = tmp_path / "progress.json"
    export_progress(store, file, app_version="9.9", now=clock())
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["format"] == "alignment-atlas-progress" and data["app_version"] == "9.9"
    assert data["exported_at"].startswith("2025-03-1")

    other = ProgressStore(tmp_path / "other.sqlite3", clock=clock)
    summary = import_progress(other, file)
    assert summary.cards_added == 2 and summary.cards_updated == summary.cards_kept == 0
    assert summary.reviews_added == 3 and summary.bookmarks_added == 1 and summary.views_added == 1
    assert summary.quiz_answers_added == 1
    assert progress_to_dict(other, app_version="9.9", now=clock()) == data
    again = import_progress(other, file)  # importing twice adds nothing
    assert again.cards_kept == 2 and again.reviews_added == again.bookmarks_added == again.views_added == 0
    other.close()


def test_an_older_export_never_overwrites_newer_reviews(store: ProgressStore, clock: Clock, tmp_path: Path) -> None:
    answer(store, clock, "rlhf", [Rating.Good])
    old = tmp_path / "old.json"
    export_progress(store, old, app_version="1")
    clock.advance(days=3)
    newer = answer(store, clock, "rlhf", [Rating.Good, Rating.Easy])
    before = store.card("rlhf", Direction.SUMMARY_TO_TERM.value)
    assert before is not None and before.last_review == newer.last_review
    summary = import_progress(store, old)
    assert summary.cards_kept == 1 and summary.cards_updated == 0 and summary.reviews_added == 0
    assert store.card("rlhf", Direction.SUMMARY_TO_TERM.value) == before

    # The other way round: the newer export updates a store that only has the old state.
    behind = ProgressStore(tmp_path / "behind.sqlite3", clock=clock)
    import_progress(behind, old)
    new_file = tmp_path / "new.json"
    export_progress(store, new_file, app_version="1")
    summary = import_progress(behind, new_file)
    assert summary.cards_updated == 1 and summary.reviews_added == store.review_count() - 1
    assert behind.card("rlhf", Direction.SUMMARY_TO_TERM.value) == before
    behind.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"bad\.json:1:2: not valid JSON"),
        ('{"format": "something-else"}', "not an Alignment Atlas progress file"),
        ('{"format": "alignment-atlas-progress", "format_version": 99}', "newer version"),
        (
            '{"format": "alignment-atlas-progress", "format_version": 1, "review_log": [{"term_id": "x", '
            '"direction": "summary-to-term", "rating": 7, "reviewed_at": "2025-01-01T00:00:00+00:00"}]}',
            r"review_log\[0\]: 'rating' must be 1 to 4",
        ),
        (
            '{"format": "alignment-atlas-progress", "format_version": 1, "bookmarks": [{"term_id": "x", '
            '"added_at": "yesterday"}]}',
            r"bookmarks\[0\]: 'added_at' is not a timestamp",
        ),
    ],
)
def test_a_bad_progress_file_changes_nothing_and_says_why(
    store: ProgressStore, tmp_path: Path, content: str, message: str
) -> None:
    store.add_bookmark("rlhf")
    file = tmp_path / "bad.json"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(ProgressFileError, match=message):
        import_progress(store, file)
    assert store.bookmarks() == ["rlhf"]


def test_an_import_is_all_or_nothing(store: ProgressStore, tmp_path: Path) -> None:
    good = {"term_id": "dpo", "added_at": "2025-01-01T00:00:00+00:00"}
    data = {
        "format": "alignment-atlas-progress",
        "format_version": 1,
        "bookmarks": [good],
        "history": [{"term_id": "dpo"}],
    }
    file = tmp_path / "half.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProgressFileError, match=r"history\[0\]"):
        import_progress(store, file)
    assert store.bookmarks() == []


def test_review_entries_are_kept_in_order(store: ProgressStore) -> None:
    card = Card(card_id=5)
    store.save_review(ReviewEntry("b", "term-to-meaning", 3, T0 + timedelta(minutes=1)), card)
    store.save_review(ReviewEntry("a", "term-to-meaning", 1, T0), card)
    assert [e.term_id for e in store.review_log()] == ["a", "b"]


def test_session_counts_move_with_every_answer(store: ProgressStore, clock: Clock) -> None:
    """New, learning and to-review add up to what is left, and the first answer changes them (issue 18)."""
    answer(store, clock, "dpo", [Rating.Good, Rating.Good])
    clock.advance(days=30)
    session = StudySession(
        store, ["rlhf", "dpo", "bias"], directions=[Direction.SUMMARY_TO_TERM], scheduler=plain_scheduler(), clock=clock
    )
    seen = []
    while not session.finished:
        counts = (session.new_left, session.learning, session.to_review)
        assert sum(counts) == session.remaining
        seen.append(counts)
        session.grade(Rating.Again if session.reviewed == 1 else Rating.Good)
        clock.advance(minutes=2)
        assert len(seen) < 30
    assert seen[0] == (2, 0, 1)  # dpo due for review, rlhf and bias new
    assert seen[1] == (2, 0, 0)  # the review is done
    assert seen[2] == (1, 1, 0)  # rlhf answered Again: it comes back, counted as learning
    assert (session.new_left, session.learning, session.to_review) == (0, 0, 0)


def test_new_cards_a_day_and_what_a_session_brings(store: ProgressStore, clock: Clock, glossary: Glossary) -> None:
    terms = glossary.terms
    assert new_waiting(store.cards(), terms) == NEW_PER_DAY
    assert new_waiting(store.cards(), {"rlhf": 1}) == 2  # two directions
    answer(store, clock, "rlhf", [Rating.Good])
    assert new_waiting(store.cards(), {"rlhf": 1}) == 1
    today = store.introduced_since(start_of_day(clock(), UTC))
    assert today == 1
    assert new_waiting(store.cards(), terms, introduced_today=today) == NEW_PER_DAY - 1
    session = StudySession(store, list(glossary.newcomer_order), clock=clock)
    assert session.new_left == NEW_PER_DAY - 1  # the daily limit counts the card studied today
    clock.advance(days=1)
    assert store.introduced_since(start_of_day(clock(), UTC)) == 0
    assert StudySession(store, list(glossary.newcomer_order), clock=clock).new_left == NEW_PER_DAY
