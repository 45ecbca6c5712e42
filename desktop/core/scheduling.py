"""Flashcard scheduling with FSRS (the `fsrs` package), study sets, sessions and per-term progress. No Qt.

Each term has two cards: summary → term ("which term is this?") and term → meaning ("what does it mean?"). A card
exists in the store once it has been answered; until then it is new. A session takes the cards of a study set that
are due now, then up to `new_limit` new ones, and puts a card answered with a short learning step (Again, or Good
on a new card) back at the end of the queue when it comes due within `LEARN_AHEAD`, as Anki does, so a session ends
when nothing in the set is due soon.
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from fsrs import Card, Rating, Scheduler, State

from desktop.core.model import Glossary
from desktop.core.store import ProgressStore, ReviewEntry, utc_now

LEARN_AHEAD = timedelta(minutes=20)
NEW_PER_SESSION = 20
KNOWN_STABILITY_DAYS = 7.0
"""A card in the Review state whose FSRS stability (days until recall drops to 90%) reaches this is known."""


class Direction(StrEnum):
    SUMMARY_TO_TERM = "summary-to-term"
    TERM_TO_MEANING = "term-to-meaning"


class TermProgress(StrEnum):
    NEW = "new"
    LEARNING = "learning"
    KNOWN = "known"


BADGES: Mapping[TermProgress, str] = {TermProgress.NEW: "", TermProgress.LEARNING: "●", TermProgress.KNOWN: "✓"}


@dataclass(frozen=True, slots=True)
class CardKey:
    term_id: str
    direction: Direction


@dataclass(frozen=True, slots=True)
class StudySet:
    """What to study: every term, a category, a learning path or the bookmarks."""

    kind: str = "all"  # all | category | path | bookmarks
    key: str = ""


def study_terms(glossary: Glossary, study_set: StudySet, bookmarks: Iterable[str] = ()) -> list[str]:
    """The term ids of a study set in study order (a path's own order, else the glossary's)."""
    if study_set.kind == "category":
        return [t.id for t in glossary.terms.values() if t.category == study_set.key]
    if study_set.kind == "path":
        path = glossary.paths.get(study_set.key)
        return [t for t in path.steps if t in glossary.terms] if path else []
    if study_set.kind == "bookmarks":
        marked = set(bookmarks)
        return [t for t in glossary.terms if t in marked]
    return list(glossary.terms)


def card_progress(card: Card | None) -> TermProgress:
    if card is None or card.last_review is None:
        return TermProgress.NEW
    if card.state == State.Review and (card.stability or 0.0) >= KNOWN_STABILITY_DAYS:
        return TermProgress.KNOWN
    return TermProgress.LEARNING


def term_progress(cards: Mapping[tuple[str, str], Card], term_id: str) -> TermProgress:
    """New until a card of the term is answered; known when every answered card is known; else learning."""
    started = [p for d in Direction if (p := card_progress(cards.get((term_id, d.value)))) is not TermProgress.NEW]
    if not started:
        return TermProgress.NEW
    return TermProgress.KNOWN if all(p is TermProgress.KNOWN for p in started) else TermProgress.LEARNING


def progress_by_term(cards: Mapping[tuple[str, str], Card], term_ids: Iterable[str]) -> dict[str, TermProgress]:
    return {term_id: term_progress(cards, term_id) for term_id in term_ids}


@dataclass(frozen=True, slots=True)
class CategoryCounts:
    category: str
    new: int
    learning: int
    known: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.known


def category_counts(glossary: Glossary, progress: Mapping[str, TermProgress]) -> list[CategoryCounts]:
    """New/learning/known counts per category, in the glossary's category order (empty categories left out)."""
    tally: dict[str, dict[TermProgress, int]] = {c: dict.fromkeys(TermProgress, 0) for c in glossary.categories}
    for term in glossary.terms.values():
        counts = tally.setdefault(term.category, dict.fromkeys(TermProgress, 0))
        counts[progress.get(term.id, TermProgress.NEW)] += 1
    return [
        CategoryCounts(c, n[TermProgress.NEW], n[TermProgress.LEARNING], n[TermProgress.KNOWN])
        for c, n in tally.items()
        if sum(n.values())
    ]


def end_of_day(now: datetime, tz: tzinfo | None = None) -> datetime:
    """The last moment of `now`'s local day (in `tz`, else the system's zone), as UTC."""
    local = now.astimezone(tz) if tz else now.astimezone()
    return datetime.combine(local.date(), time.max, local.tzinfo).astimezone(UTC)


def due_count(
    cards: Mapping[tuple[str, str], Card], term_ids: Iterable[str], *, until: datetime, directions: Iterable[str] = ()
) -> int:
    """Answered cards of these terms that are due by `until` (new cards are not counted)."""
    wanted = set(term_ids)
    chosen = set(directions) or {d.value for d in Direction}
    return sum(1 for (t, d), card in cards.items() if t in wanted and d in chosen and card.due <= until)


def new_card(key: CardKey, now: datetime) -> Card:
    """A card never answered; its id is derived from the key (fsrs's default id waits a millisecond per card)."""
    card_id = zlib.crc32(f"{key.term_id}\n{key.direction.value}".encode())
    return Card(card_id=card_id, state=State.Learning, due=now)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an answer did: the card's new state and whether it comes back in this session."""

    key: CardKey
    rating: Rating
    card: Card
    again_in_session: bool

    @property
    def due(self) -> datetime:
        return self.card.due


class StudySession:
    """One sitting over a study set. `current` is the card to show; `grade()` saves the answer at once."""

    def __init__(
        self,
        store: ProgressStore,
        term_ids: Sequence[str],
        *,
        directions: Sequence[Direction] = tuple(Direction),
        scheduler: Scheduler | None = None,
        clock: Callable[[], datetime] = utc_now,
        new_limit: int = NEW_PER_SESSION,
    ) -> None:
        self._store = store
        self._scheduler = scheduler or Scheduler()
        self._clock = clock
        self.reviewed = 0
        now = clock()
        cards = store.cards()
        due: list[tuple[datetime, CardKey]] = []
        fresh: list[CardKey] = []
        for direction in directions:
            for term_id in term_ids:
                card = cards.get((term_id, direction.value))
                key = CardKey(term_id, direction)
                if card is None:
                    fresh.append(key)
                elif card.due <= now:
                    due.append((card.due, key))
        due.sort(key=lambda item: item[0])
        self.new_total = len(fresh)
        self._queue: deque[CardKey] = deque([key for _, key in due] + fresh[: max(0, new_limit)])
        self._cards = cards

    @property
    def current(self) -> CardKey | None:
        return self._queue[0] if self._queue else None

    @property
    def remaining(self) -> int:
        return len(self._queue)

    @property
    def finished(self) -> bool:
        return not self._queue

    def card(self, key: CardKey) -> Card:
        return self._cards.get((key.term_id, key.direction.value)) or new_card(key, self._clock())

    def preview(self) -> dict[Rating, timedelta]:
        """For the current card, how long until it comes back after each answer (without fuzz)."""
        key = self.current
        if key is None:
            return {}
        now = self._clock()
        plain = Scheduler(
            parameters=self._scheduler.parameters,
            desired_retention=self._scheduler.desired_retention,
            learning_steps=self._scheduler.learning_steps,
            relearning_steps=self._scheduler.relearning_steps,
            maximum_interval=self._scheduler.maximum_interval,
            enable_fuzzing=False,
        )
        card = self.card(key)
        return {rating: plain.review_card(card, rating, now)[0].due - now for rating in Rating}

    def grade(self, rating: Rating, *, duration_ms: int | None = None) -> Outcome:
        """Schedule the current card, save card and review in one commit, and move on. `StoreError` if not saved."""
        key = self.current
        if key is None:
            raise LookupError("the session has no card left to grade")
        now = self._clock()
        card, _log = self._scheduler.review_card(self.card(key), rating, now)
        entry = ReviewEntry(key.term_id, key.direction.value, int(rating), now, duration_ms)
        self._store.save_review(entry, card)  # raises before anything below changes
        self._cards[(key.term_id, key.direction.value)] = card
        self._queue.popleft()
        self.reviewed += 1
        again = card.due <= now + LEARN_AHEAD
        if again:
            self._queue.append(key)
        return Outcome(key, rating, card, again)
