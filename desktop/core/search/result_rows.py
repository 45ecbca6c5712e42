"""Search results as rows, for a list view: the row → position map, read only as far as the view looks.

A search can match 100,000 terms while the list shows thirty. `RankedRows` keeps each tier as a set of positions
(an int bitmask, see `postings`) and lists a tier's positions only up to the rows asked for, a growing chunk at a
time; counting rows and finding the row of a position need no list at all (a bit test and a bit count). So a
keystroke costs the ranking, not the size of the answer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from desktop.core.search.postings import PositionSets

_FIRST_CHUNK = 4096
"""Bits of a tier read at first; each later read doubles what has been read so far."""


class RankedRows:
    """Rows of ranked positions: the tiers in order, positions ascending within a tier."""

    def __init__(self, masks: Sequence[int], *, last_is_text: bool = False) -> None:
        """`last_is_text`: the last mask holds the terms that matched only in their text (the body tier)."""
        self._masks = [mask for mask in masks if mask]
        counts = [mask.bit_count() for mask in self._masks]
        self._starts = list(accumulate(counts, initial=0))
        text_only = bool(masks) and last_is_text and bool(masks[-1])
        self.text_matches_from = self._starts[-2] if text_only else self._starts[-1]
        """The first row of a term that matched only in its text (len when none did)."""
        self._listed: list[list[int]] = [[] for _ in self._masks]
        self._read = [0] * len(self._masks)
        """Per tier: how many bits (positions 0..read-1) have been listed."""

    def __len__(self) -> int:
        return self._starts[-1]

    def position(self, row: int) -> int:
        """The position shown at this row (0 <= row < len)."""
        tier = bisect_right(self._starts, row) - 1
        index = row - self._starts[tier]
        listed = self._listed[tier]
        while len(listed) <= index:
            self._read_more(tier)
        return listed[index]

    def _read_more(self, tier: int) -> None:
        mask, start = self._masks[tier], self._read[tier]
        stop = min(mask.bit_length(), start + max(_FIRST_CHUNK, start))
        chunk = (mask >> start) & ((1 << (stop - start)) - 1)
        self._listed[tier].extend(PositionSets.positions(chunk, start))
        self._read[tier] = stop

    def row_of(self, position: int) -> int:
        """The row that shows this position, or -1."""
        if position < 0:
            return -1
        for tier, mask in enumerate(self._masks):
            if mask >> position & 1:
                return self._starts[tier] + (mask & ((1 << position) - 1)).bit_count()
        return -1

    def positions(self) -> list[int]:
        """Every row's position, in row order."""
        out: list[int] = []
        for mask in self._masks:
            out.extend(PositionSets.positions(mask))
        return out


class FixedRows:
    """Rows of positions in a given order (a learning path's steps)."""

    def __init__(self, positions: Sequence[int]) -> None:
        self._positions = list(positions)
        self._rows = {position: row for row, position in enumerate(self._positions)}
        self.text_matches_from = len(self._positions)  # an empty query: nothing matched in the text

    def __len__(self) -> int:
        return len(self._positions)

    def position(self, row: int) -> int:
        return self._positions[row]

    def row_of(self, position: int) -> int:
        return self._rows.get(position, -1)

    def positions(self) -> list[int]:
        return list(self._positions)
