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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from desktop.core.model import Term
from desktop.core.textfold import fold, osa_distance

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

    @classmethod
    def of(cls, term: Term) -> FoldedTerm:
        names = tuple(dict.fromkeys(n for n in (fold(name) for name in term.names) if n))
        name_words = frozenset(word for name in names for word in name.split())
        body_words = frozenset(word for text in term.body_texts() for word in fold(text).split())
        return cls(term.id, names, name_words, body_words | name_words)


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
    """Rank terms (given in display order) straightforwardly; the reference `SearchIndex` must agree with."""
    folded = fold(query)
    hits = []
    for position, term in enumerate(terms):
        tier = rank_term(folded, term)
        if tier is not None:
            hits.append((tier, position, term.term_id))
    hits.sort()
    return [Hit(term_id, tier, position) for tier, position, term_id in hits]


class SearchIndex:
    """Ranked search over a fixed list of terms, in the display order given."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms = [FoldedTerm.of(term) for term in terms]

    def __len__(self) -> int:
        return len(self._terms)

    def search(self, query: str, *, limit: int | None = None) -> list[Hit]:
        hits = rank_all(query, self._terms)
        return hits if limit is None else hits[:limit]
