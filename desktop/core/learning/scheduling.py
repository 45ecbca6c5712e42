"""Flashcard scheduling with FSRS (the `fsrs` package), study sets, sessions and per-term progress. No Qt.

Each term has two cards: summary → term ("which term is this?") and term → meaning ("what does it mean?"). A card
exists in the store once it has been answered; until then it is new. A session takes the cards of a study set that
are due now, then new ones up to a daily limit (`NEW_PER_DAY` less the new cards already studied today), and puts a
card answered with a short learning step (Again, or Good on a new card) back at the end of the queue when it comes
due within `LEARN_AHEAD`, as Anki does, so a session ends when nothing in the set is due soon.
"""

from __future__ import annotations

import zlib
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from fsrs import Card, Rating, Scheduler, State

from desktop.core.content.model import Glossary
from desktop.core.learning.store import ProgressStore, ReviewEntry, utc_now

LEARN_AHEAD = timedelta(minutes=20)
NEW_PER_DAY = 20
"""New cards a day, as in Anki: the status bar's "New" count and each session's new cards respect it."""
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
    """The term ids of a study set in study order: a path's own order, else the order a newcomer meets them
    (along the learning paths, foundations first; see `Glossary.newcomer_order`), so new cards do not come
    alphabetically."""
    if study_set.kind == "path":
        path = glossary.paths.get(study_set.key)
        return [t for t in path.steps if t in glossary.terms] if path else []
    order = glossary.newcomer_order
    if study_set.kind == "category":
        terms = glossary.terms
        return [t for t in order if terms[t].category == study_set.key]
    if study_set.kind == "bookmarks":
        marked = set(bookmarks)
        return [t for t in order if t in marked]
    return list(order)


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


class ProgressMap(dict[str, TermProgress]):
    """Progress by term id holding only the started terms; any other id reads as new."""

    def __missing__(self, term_id: str) -> TermProgress:
        return TermProgress.NEW


def progress_by_term(cards: Mapping[tuple[str, str], Card], term_ids: Collection[str]) -> ProgressMap:
    """The progress of the terms of `term_ids` (tested by membership: pass a set or a mapping).

    Only started terms are stored, so the work is proportional to the answered cards, not to the glossary: a
    100,000-term pack costs nothing here.
    """
    started = {term_id for term_id, _direction in cards if term_id in term_ids}
    return ProgressMap(
        (term_id, progress)
        for term_id in started
        if (progress := term_progress(cards, term_id)) is not TermProgress.NEW
    )


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
    """New/learning/known counts per category, in the glossary's category order (empty categories left out).

    `progress` needs only the started terms (see `progress_by_term`): category sizes are counted once per glossary,
    so the work here is proportional to the started terms.
    """
    sizes = glossary.category_sizes
    started: dict[str, dict[TermProgress, int]] = {}
    for term_id, state in progress.items():
        term = glossary.terms.get(term_id)
        if term is not None and state is not TermProgress.NEW:
            counts = started.setdefault(term.category, {TermProgress.LEARNING: 0, TermProgress.KNOWN: 0})
            counts[state] += 1
    order = [*glossary.categories, *(c for c in sizes if c not in glossary.categories)]
    out = []
    for category in order:
        size = sizes.get(category, 0)
        if not size:
            continue
        counts = started.get(category, {})
        learning, known = counts.get(TermProgress.LEARNING, 0), counts.get(TermProgress.KNOWN, 0)
        out.append(CategoryCounts(category, size - learning - known, learning, known))
    return out


def end_of_day(now: datetime, tz: tzinfo | None = None) -> datetime:
    """The last moment of `now`'s local day (in `tz`, else the system's zone), as UTC."""
    local = now.astimezone(tz) if tz else now.astimezone()
    return datetime.combine(local.date(), time.max, local.tzinfo).astimezone(UTC)


def due_count(
    cards: Mapping[tuple[str, str], Card], term_ids: Collection[str], *, until: datetime, directions: Iterable[str] = ()
) -> int:
    """Answered cards of these terms that are due by `until` (new cards are not counted).

    `term_ids` is tested by membership only: pass a set or a mapping (a glossary's `terms`), not a list.
    """
    chosen = set(directions) or {d.value for d in Direction}
    return sum(1 for (t, d), card in cards.items() if d in chosen and card.due <= until and t in term_ids)


def new_waiting(
    cards: Mapping[tuple[str, str], Card],
    term_ids: Collection[str],
    *,
    directions: Iterable[str] = (),
    introduced_today: int = 0,
    limit: int = NEW_PER_DAY,
) -> int:
    """How many new cards are left for today: cards never answered, at most the daily `limit` less the new cards
    studied today (what a `StudySession` over these terms brings).

    `term_ids` is tested by membership only: pass a set or a mapping, not a list.
    """
    chosen = set(directions) or {d.value for d in Direction}
    answered = sum(1 for (t, d) in cards if d in chosen and t in term_ids)
    return max(0, min(limit - introduced_today, len(term_ids) * len(chosen) - answered))


def start_of_day(now: datetime, tz: tzinfo | None = None) -> datetime:
    """The first moment of `now`'s local day (in `tz`, else the system's zone), as UTC."""
    local = now.astimezone(tz) if tz else now.astimezone()
    return datetime.combine(local.date(), time.min, local.tzinfo).astimezone(UTC)


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
        new_limit: int = NEW_PER_DAY,
    ) -> None:
        """`new_limit` is the daily limit: the new cards already studied today count against it."""
        self._store = store
        self._scheduler = scheduler or Scheduler()
        self._clock = clock
        self.reviewed = 0
        now = clock()
        cards = store.cards()
        new_limit -= store.introduced_since(start_of_day(now))
        position = {term_id: index for index, term_id in enumerate(term_ids)}
        chosen = {d.value: (index, d) for index, d in enumerate(directions)}
        due = sorted(  # by due time, then in study order (direction, then the set's order)
            (card.due, chosen[d][0], position[t], CardKey(t, chosen[d][1]))
            for (t, d), card in cards.items()
            if d in chosen and t in position and card.due <= now
        )
        answered = sum(1 for (t, d) in cards if d in chosen and t in position)
        fresh: list[CardKey] = []
        for direction in directions:  # the first `new_limit` new cards, in study order; no walk over the rest
            for term_id in term_ids:
                if len(fresh) >= new_limit:
                    break
                if (term_id, direction.value) not in cards:
                    fresh.append(CardKey(term_id, direction))
        self.new_total = len(position) * len(chosen) - answered
        self._queue: deque[CardKey] = deque([item[-1] for item in due] + fresh[: max(0, new_limit)])
        self._cards = cards
        # What each queued card is, for the session's counts (a card is in the queue at most once).
        self._kind: dict[CardKey, str] = {key: "new" for key in fresh[: max(0, new_limit)]}
        for *_order, key in due:
            self._kind[key] = "learning" if self._in_learning(key) else "review"
        self._counts = Counter(self._kind.values())

    def _in_learning(self, key: CardKey) -> bool:
        card = self._cards.get((key.term_id, key.direction.value))
        return card is not None and card.state in (State.Learning, State.Relearning)

    @property
    def new_left(self) -> int:
        """New cards not yet shown in this session."""
        return self._counts["new"]

    @property
    def learning(self) -> int:
        """Cards in their learning steps (answered lately, or again in this session) still to come."""
        return self._counts["learning"]

    @property
    def to_review(self) -> int:
        """Cards due for review still to come in this session."""
        return self._counts["review"]

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
        self._counts[self._kind.pop(key)] -= 1
        again = card.due <= now + LEARN_AHEAD
        if again:
            self._queue.append(key)
            self._kind[key] = "learning"
            self._counts["learning"] += 1
        return Outcome(key, rating, card, again)
