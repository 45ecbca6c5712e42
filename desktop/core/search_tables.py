"""The tables behind `SearchIndex`, built a chunk of terms at a time so that building can wait for idle time.

`build_name_tables` folds every term's names (title, full name, aliases) and sorts them and their words;
`build_text_vocabulary` does the same for the words of the entries' text, the expensive part (about 8 million
word-and-term pairs at 100,000 terms). Both are generators that yield after each chunk and return the table.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from array import array
from collections import defaultdict, deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import repeat

from desktop.core.model import Term
from desktop.core.postings import Fragments, PositionSets, Vocabulary, fold_many

CHUNK = 512
"""Terms folded together in one batch and indexed in one step: tens of milliseconds at most, so a step run in idle
time never holds up a keystroke for long."""

_positions = partial(array, "i")


@dataclass(frozen=True, slots=True)
class NameTables:
    names: Vocabulary
    """Every distinct folded name."""
    words: Vocabulary
    """Every word of the folded names."""
    texts: list[str]
    """Per position: the term's folded names joined by line breaks (a folded query never holds one)."""
    fragments: Fragments


def build_name_tables(terms: Sequence[Term], sets: PositionSets) -> Generator[None, None, NameTables]:
    names_of: defaultdict[str, array[int]] = defaultdict(_positions)
    words_of: defaultdict[str, array[int]] = defaultdict(_positions)
    texts: list[str] = []
    for start in range(0, len(terms), CHUNK):
        all_names = [term.names for term in terms[start : start + CHUNK]]
        folded = fold_many([name for names in all_names for name in names], tidy=True)
        end = 0
        for position, names in enumerate(all_names, start):
            begin, end = end, end + len(names)
            text = folded[begin] if end - begin == 1 else "\n".join(folded[begin:end])
            texts.append(text)
            for name in set(folded[begin:end]):
                if name:
                    names_of[name].append(position)
            for word in set(text.split()):
                words_of[word].append(position)
        yield
    words = Vocabulary(words_of, sets, first_letters=True)
    return NameTables(Vocabulary(names_of, sets), words, texts, Fragments(texts, words, sets))


def build_text_vocabulary(terms: Sequence[Term], sets: PositionSets) -> Generator[None, None, Vocabulary]:
    """The words of each entry's text and names (a term's "body words" in `FoldedTerm`)."""
    words_of: defaultdict[str, array[int]] = defaultdict(_positions)
    for start in range(0, len(terms), CHUNK):
        chunk = terms[start : start + CHUNK]
        folded = fold_many([" ".join((*term.body_texts(), *term.names)) for term in chunk])
        for position, text in enumerate(folded, start):
            deque(map(array.append, map(words_of.__getitem__, set(text.split())), repeat(position)), 0)
        yield
    vocabulary = Vocabulary(words_of, sets, first_letters=True)
    release_free_memory()
    return vocabulary


def release_free_memory() -> None:
    """Hand the memory freed while building back to the system (glibc keeps it otherwise; elsewhere a no-op).

    Building the text index allocates and frees some 50 MB of small arrays at 100,000 terms; without this the
    process keeps them as resident memory for good.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)
