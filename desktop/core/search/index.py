"""Search ranking shared by the term list and the `search` command.

A query is folded (case, accents and punctuation ignored) and every term gets the best tier it reaches:

0. EXACT        the query is a whole name (title, full name or alias)
1. PREFIX       a name starts with the query
2. WORD_PREFIX  every query word starts some word of the term's names
3. SUBSTRING    the query occurs inside a name
4. FUZZY        every query word starts a name word or is one typo away from a name word or a name word's
                start ("rlfh" → RLHF, "halucination" → Hallucination); words shorter than 4 letters must match exactly
5. BODY         every query word starts some word of the entry's text or names

Results are ordered by tier, then by the display order the caller gives (the collated title order).
`rank_term` is the straightforward definition, term by term; `SearchIndex` answers the same question fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from desktop.core.collector import paused_collector
from desktop.core.content.model import Term
from desktop.core.search.postings import PositionSets, Vocabulary, fold_text, fuzzy_ranges
from desktop.core.search.result_rows import RankedRows
from desktop.core.search.search_tables import MaskCache, NameTables, build_name_tables, build_text_vocabulary
from desktop.core.search.textfold import fold, osa_distance

FUZZY_MIN_LENGTH = 4


class Tier(IntEnum):
    EXACT = 0
    PREFIX = 1
    WORD_PREFIX = 2
    SUBSTRING = 3
    FUZZY = 4
    BODY = 5


@dataclass(frozen=True, slots=True)
class Hit:
    term_id: str
    tier: Tier
    position: int
    """The term's place in the display order the index was built with."""


@dataclass(frozen=True, slots=True)
class FoldedTerm:
    """A term's searchable text, folded once."""

    term_id: str
    names: tuple[str, ...]
    name_words: frozenset[str]
    body_words: frozenset[str]
    title: str = ""
    """The folded title (one of `names`, unless it folds to nothing)."""

    @classmethod
    def of(cls, term: Term) -> FoldedTerm:
        names = tuple(dict.fromkeys(n for n in (fold(name) for name in term.names) if n))
        name_words = frozenset(word for name in names for word in name.split())
        body_words = frozenset(word for text in term.body_texts() for word in fold(text).split())
        return cls(term.id, names, name_words, body_words | name_words, fold(term.title))


def word_matches_fuzzily(word: str, candidate: str) -> bool:
    """True when `word` starts `candidate`, or (for words of 4+ letters) is one edit away from a start of it."""
    if candidate.startswith(word):
        return True
    if len(word) < FUZZY_MIN_LENGTH:
        return False
    for length in (len(word) - 1, len(word), len(word) + 1):
        if 0 < length <= len(candidate) and osa_distance(word, candidate[:length]) <= 1:
            return True
    return False


def rank_term(query: str, term: FoldedTerm) -> Tier | None:
    """The tier a folded query reaches for one term, or None when it does not match at all."""
    if not query:
        return Tier.EXACT
    if query in term.names:
        return Tier.EXACT
    if any(name.startswith(query) for name in term.names):
        return Tier.PREFIX
    words = query.split()
    if all(any(candidate.startswith(word) for candidate in term.name_words) for word in words):
        return Tier.WORD_PREFIX
    if any(query in name for name in term.names):
        return Tier.SUBSTRING
    if all(any(word_matches_fuzzily(word, candidate) for candidate in term.name_words) for word in words):
        return Tier.FUZZY
    if all(any(candidate.startswith(word) for candidate in term.body_words) for word in words):
        return Tier.BODY
    return None


def rank_all(query: str, terms: Sequence[FoldedTerm]) -> list[Hit]:
    """Rank terms (given in display order) straightforwardly; the reference `SearchIndex` must agree with.

    Among exact matches, a term whose title is the query comes before terms that merely have it as another name.
    """
    folded = fold(query)
    hits = []
    for position, term in enumerate(terms):
        tier = rank_term(folded, term)
        if tier is not None:
            by_alias = tier is Tier.EXACT and bool(folded) and term.title != folded
            hits.append((tier, by_alias, position, term.term_id))
    hits.sort()
    return [Hit(term_id, tier, position) for tier, _by_alias, position, term_id in hits]


@dataclass(frozen=True, slots=True)
class Subset:
    """A set of an index's positions (a category, bookmarks), to narrow `SearchIndex.rows`."""

    mask: int


@dataclass(frozen=True, slots=True)
class Tables:
    """What `SearchIndex` builds: its position sets, name tables and (once built) the words of the text."""

    sets: PositionSets
    names: NameTables
    text: Vocabulary | None


class SearchIndex:
    """Ranked search over a fixed list of terms, in the display order given: the hits of `rank_all`, fast.

    Each tier is a set of positions (an int bitmask, see `postings`) worked out from sorted tables, not term by
    term: EXACT and PREFIX from the sorted folded names, WORD_PREFIX from the sorted name words, SUBSTRING from the
    name words that contain the query, FUZZY from the name words that start with a one-edit variant of a query
    word, BODY from the sorted words of the entries' text. Each tier drops what an earlier one has, and positions
    come out in display order. Sets per query word are cached, and a fragment one letter longer is looked for only
    among the words that hold the shorter one, so typing on reuses the work of the keystrokes before.

    Nothing is built up front (an empty query needs no table): `build_steps` builds the tables a chunk of terms
    per step, for idle time, and a search finishes whatever it needs that is not built yet.
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms = list(terms)
        self._ids = [term.id for term in self._terms]
        self._sets = PositionSets(len(self._terms))
        self._tables: NameTables | None = None
        self._text: Vocabulary | None = None
        self._builder = self._build()
        self._word_prefix = MaskCache(self._word_prefix_mask)
        self._fuzzy = MaskCache(self._fuzzy_mask)
        self._body_prefix = MaskCache(self._body_prefix_mask)

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self) -> tuple[str, ...]:
        """The ids of the terms, in the index's order."""
        return tuple(self._ids)

    def built_tables(self) -> Tables | None:
        """The tables built so far, to keep in a cache (None before the name tables are done)."""
        if self._tables is None:
            return None
        return Tables(self._sets, self._tables, self._text)

    @classmethod
    def with_tables(cls, terms: Iterable[Term], tables: Tables) -> SearchIndex:
        """An index over the same terms in the same order as the one whose `built_tables` these are."""
        index = cls(terms)
        if tables.sets.size != len(index._terms) or len(tables.names.texts) != len(index._terms):
            raise ValueError("the tables are for another list of terms")
        index._sets, index._tables, index._text = tables.sets, tables.names, tables.text
        index._builder = index._build_text() if tables.text is None else iter(())
        return index

    @classmethod
    def over_ids(cls, ids: Sequence[str], tables: Tables) -> SearchIndex:
        """An index from complete tables (their text built too) and the ids of the terms they were built over, in
        the same order: enough to search and rank without the terms themselves (a cached command-line search)."""
        if tables.text is None or tables.sets.size != len(ids) or len(tables.names.texts) != len(ids):
            raise ValueError("the tables are incomplete or for another list of terms")
        index = cls(())
        index._ids = list(ids)
        index._sets, index._tables, index._text = tables.sets, tables.names, tables.text
        index._builder = iter(())
        return index

    def _build_text(self) -> Iterator[None]:
        with paused_collector():
            self._text = yield from build_text_vocabulary(self._terms, self._sets)

    def search(self, query: str, *, limit: int | None = None) -> list[Hit]:
        hits: list[Hit] = []
        ids = self._ids
        for tier, mask in self._ranked(query, None):
            for position in self._sets.positions(mask):
                if limit is not None and len(hits) >= limit:
                    return hits
                hits.append(Hit(ids[position], tier, position))
        return hits

    def rows(self, query: str, *, within: Subset | None = None) -> RankedRows:
        """The positions `search` would return, best first, as rows for a view; only those in `within` if given."""
        ranked = list(self._ranked(query, within))
        return RankedRows([mask for _, mask in ranked], last_is_text=bool(ranked) and ranked[-1][0] is Tier.BODY)

    def ranked_positions(self, query: str, *, within: Subset | None = None) -> list[int]:
        return self.rows(query, within=within).positions()

    def subset(self, positions: Iterable[int]) -> Subset:
        return Subset(self._sets.from_positions(list(positions)))

    def build_steps(self) -> Iterator[None]:
        """Build the tables a chunk of terms per step (nothing is left to build once this is exhausted)."""
        return self._builder

    # --- tables -------------------------------------------------------------------------------------------------

    def _build(self) -> Iterator[None]:
        with paused_collector():  # a collection between two steps would walk everything built so far
            self._tables = yield from build_name_tables(self._terms, self._sets)
            yield
            self._text = yield from build_text_vocabulary(self._terms, self._sets)
        yield from self._tables.fragments.warm_steps()

    def _names(self) -> NameTables:
        while self._tables is None:
            next(self._builder, None)
        return self._tables

    def _text_words(self) -> Vocabulary:
        while self._text is None:
            next(self._builder, None)
        return self._text

    # --- tiers --------------------------------------------------------------------------------------------------

    def _ranked(self, query: str, within: Subset | None) -> Iterator[tuple[Tier, int]]:
        """Each non-empty tier with its positions, in tier order."""
        allowed = self._sets.everything if within is None else within.mask
        folded = fold_text(query)
        if not folded:
            if allowed:
                yield Tier.EXACT, allowed
            return
        words = folded.split()
        seen = ~allowed
        for tier in Tier:
            mask = self._tier_mask(tier, folded, words, seen) & ~seen
            if mask and tier is Tier.EXACT:
                titled = self._titled(mask, folded)  # "dog" is Dog's title before it is anyone's alias
                if titled and titled != mask:
                    yield tier, titled
                    seen |= titled
                    mask &= ~titled
            if mask:
                yield tier, mask
                seen |= mask

    def _titled(self, mask: int, folded: str) -> int:
        """The terms of `mask` whose title (the first of their names) folds to `folded`."""
        texts = self._names().texts
        return self._sets.from_positions(
            [p for p in self._sets.positions(mask) if texts[p].partition("\n")[0] == folded]
        )

    def _tier_mask(self, tier: Tier, folded: str, words: list[str], seen: int) -> int:
        tables = self._names()
        if tier is Tier.EXACT:
            found = tables.names.find(folded)
            return tables.names.mask([(found, found + 1)]) if found >= 0 else 0
        if tier is Tier.PREFIX:
            return tables.names.prefix_mask(folded)
        if tier is Tier.WORD_PREFIX:
            return self._every_word(self._word_prefix, words)
        if tier is Tier.SUBSTRING:
            fragments = tables.fragments
            if len(words) == 1:
                return fragments.mask(folded)
            # Several words are inside a name only if each of them is inside one of its words: check those terms.
            return fragments.holding(folded, self._every_word(fragments.mask, words) & ~seen)
        if tier is Tier.FUZZY:
            if all(len(word) < FUZZY_MIN_LENGTH for word in words):
                return 0  # short words must match exactly: that is WORD_PREFIX, already taken
            return self._every_word(self._fuzzy, words)
        return self._every_word(self._body_prefix, words)

    @staticmethod
    def _every_word(mask_of: Callable[[str], int], words: list[str]) -> int:
        mask = -1
        for word in words:
            mask &= mask_of(word)
            if not mask:
                return 0
        return mask

    def _word_prefix_mask(self, word: str) -> int:
        return self._names().words.prefix_mask(word)

    def _body_prefix_mask(self, word: str) -> int:
        return self._text_words().prefix_mask(word)

    def _fuzzy_mask(self, word: str) -> int:
        if len(word) < FUZZY_MIN_LENGTH:
            return self._word_prefix(word)
        vocabulary = self._names().words
        return vocabulary.mask(fuzzy_ranges(vocabulary, word))
