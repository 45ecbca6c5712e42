"""Text folding for search: case-, accent- and punctuation-insensitive keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: "Goodhart’s  Law" → "goodhart s law"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def osa_distance(a: str, b: str, limit: int = 1) -> int:
    """Optimal string alignment distance (edits: insert, delete, substitute, swap neighbours), capped at limit+1.

    The cap makes it cheap: rows stop as soon as every cell exceeds the limit.
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return min(previous[len(b)], limit + 1)
