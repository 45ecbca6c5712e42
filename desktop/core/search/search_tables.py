"""The tables behind `SearchIndex`, built a chunk of terms at a time so that building can wait for idle time.

`build_name_tables` folds every term's names (title, full name, aliases) and sorts them and their words;
`build_text_vocabulary` does the same for the words of the entries' text, the expensive part (about 8 million
word-and-term pairs at 100,000 terms). Both are generators that yield after each chunk and return the table.
`Fragments` finds names by a piece of text and `MaskCache` keeps the sets recent keystrokes asked for.
"""

from __future__ import annotations

import contextlib
import sys
from array import array
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress, repeat
from operator import contains, itemgetter

from desktop.core.content.model import Term
from desktop.core.search.postings import PositionSets, Vocabulary, fold_many

CHUNK = 256
"""Terms folded together in one batch and indexed in one step: tens of milliseconds at most, so a step run in idle
time never holds up a keystroke for long."""

_positions = partial(array, "i")


class Fragments:
    """Which terms have a name that contains a piece of text (a fragment without spaces).

    A name contains such a fragment exactly when one of its words does, so the work is done on the vocabulary of
    name words, which is much smaller than the list of terms: the words that contain a fragment one character
    longer than one already asked for (the next keystroke) are looked for among the words that contain the
    shorter one, each tested in C (`operator.contains` over the words picked out with `itemgetter`); then the
    terms of those words are collected. A one-character fragment tests every term's names once (in C) and is kept.
    """

    def __init__(self, texts: list[str], vocabulary: Vocabulary, sets: PositionSets, size: int = 64) -> None:
        self._texts = texts
        self._vocabulary = vocabulary
        self._sets = sets
        self._size = size
        self._recent: OrderedDict[str, tuple[array[int], int]] = OrderedDict()
        self._letters: dict[str, tuple[array[int] | None, int]] = {}
        """Per letter: the words that contain it (worked out when a longer fragment needs them) and the mask."""

    def mask(self, fragment: str) -> int:
        return self._entry(fragment)[1]

    def warm_steps(self) -> Iterator[None]:
        """Work out, one letter per step, what the first keystrokes need: for each character that starts a name
        word, the terms whose names hold it and the words that hold it (the base of every two-letter fragment).
        Done in idle time, it takes the first short queries from some 40 ms down to a few."""
        vocabulary = self._vocabulary
        for letter in list(vocabulary.next_characters("", 0, len(vocabulary))):
            self._letter_words(letter)
            yield

    def holding(self, needle: str, candidates: int) -> int:
        """The candidates (a mask) whose names contain `needle` (which may hold spaces)."""
        positions = self._sets.positions(candidates)
        if not positions:
            return 0
        texts = self._texts
        picked = (texts[positions[0]],) if len(positions) == 1 else itemgetter(*positions)(texts)
        return self._sets.from_positions(list(compress(positions, map(contains, picked, repeat(needle)))))

    def _letter_words(self, letter: str) -> tuple[array[int], int]:
        words, mask = self._entry(letter)
        if words is None:
            vocabulary = self._vocabulary
            words = array("i", compress(range(len(vocabulary)), map(contains, vocabulary.words, repeat(letter))))
            self._letters[letter] = (words, mask)
        return words, mask

    def _entry(self, fragment: str) -> tuple[array[int] | None, int]:
        """The indexes of the name words that contain the fragment, and the mask of their terms."""
        vocabulary = self._vocabulary
        if len(fragment) == 1:
            entry = self._letters.get(fragment)
            if entry is None:
                flags = bytes(map(contains, self._texts, repeat(fragment)))
                entry = self._letters[fragment] = (None, self._sets.from_flags(flags))
            return entry
        recent = self._recent
        entry = recent.get(fragment)
        if entry is not None:
            recent.move_to_end(fragment)
            return entry
        shorter = recent.get(fragment[:-1]) if len(fragment) > 2 else self._letter_words(fragment[0])
        if shorter is None:
            words = array("i", vocabulary.containing(fragment))
        elif not shorter[0]:
            words = shorter[0]
        else:
            ids = shorter[0]
            picked = (vocabulary.words[ids[0]],) if len(ids) == 1 else itemgetter(*ids)(vocabulary.words)
            words = array("i", compress(ids, map(contains, picked, repeat(fragment))))
        entry = recent[fragment] = (words, vocabulary.words_mask(words))
        if len(recent) > self._size:
            recent.popitem(last=False)
        return entry


class MaskCache:
    """The last `size` masks computed for a key (a word, a prefix), least recently used dropped first."""

    def __init__(self, compute: Callable[[str], int], size: int = 256) -> None:
        self._compute = compute
        self._size = size
        self._masks: OrderedDict[str, int] = OrderedDict()

    def __call__(self, key: str) -> int:
        masks = self._masks
        mask = masks.get(key)
        if mask is None:
            mask = self._compute(key)
            masks[key] = mask
            if len(masks) > self._size:
                masks.popitem(last=False)
        else:
            masks.move_to_end(key)
        return mask


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
    """The folded names and name words of the terms.

    Most names belong to one term: a name keeps its first position as an `int`, and only a name that several terms
    share gets an array (of the later positions, the first put in front at the end). An array per name would be
    200,000 small objects at 100,000 terms, made among the names that are kept and all freed at the end: the holes
    they left were some 20 MB that the process kept. The name words are collected in a second pass for the same
    reason.
    """
    first: dict[str, array[int] | int] = {}  # (an int until the end)
    more: defaultdict[str, array[int]] = defaultdict(_positions)
    texts: list[str] = []
    for start in range(0, len(terms), CHUNK):
        all_names = [term.names for term in terms[start : start + CHUNK]]
        flat = [name for names in all_names for name in names]
        # A name that folding does not change (a lower-case alias) is kept once, not twice.
        folded = fold_many(flat, tidy=True)
        folded = list(map(dict(zip(flat, flat, strict=True)).get, folded, folded))
        end = 0
        for position, names in enumerate(all_names, start):
            begin, end = end, end + len(names)
            if end - begin == 1:
                text = folded[begin]
                if text and first.setdefault(text, position) != position:
                    more[text].append(position)
            else:
                text = "\n".join(folded[begin:end])
                for name in set(folded[begin:end]):
                    if name and first.setdefault(name, position) != position:
                        more[name].append(position)
            texts.append(text)
        yield
    words_of: defaultdict[str, array[int]] = defaultdict(_positions)
    for start in range(0, len(texts), CHUNK):
        for position, text in enumerate(texts[start : start + CHUNK], start):
            deque(map(array.append, map(words_of.__getitem__, set(text.split())), repeat(position)), 0)
        yield
    words = yield from Vocabulary.built(words_of, sets, first_letters=True)
    yield
    for name, later in more.items():
        at = first[name]
        later.insert(0, at if isinstance(at, int) else at[0])
        first[name] = later
    more.clear()
    name_table = yield from Vocabulary.built(first, sets)
    return NameTables(name_table, words, texts, Fragments(texts, words, sets))


def build_text_vocabulary(terms: Sequence[Term], sets: PositionSets) -> Generator[None, None, Vocabulary]:
    """The words of each entry's text and names (a term's "body words" in `FoldedTerm`)."""
    words_of: defaultdict[str, array[int]] = defaultdict(_positions)
    for start in range(0, len(terms), CHUNK):
        chunk = terms[start : start + CHUNK]
        folded = fold_many([" ".join((*term.body_texts(), *term.names)) for term in chunk])
        for position, text in enumerate(folded, start):
            deque(map(array.append, map(words_of.__getitem__, set(text.split())), repeat(position)), 0)
        yield
    vocabulary = yield from Vocabulary.built(words_of, sets, first_letters=True)
    yield
    release_free_memory()
    return vocabulary


def release_free_memory() -> None:
    """Hand the memory freed while building back to the system (glibc keeps it otherwise; elsewhere a no-op).

    Building the text index allocates and frees some 50 MB of small arrays at 100,000 terms; without this the
    process keeps them as resident memory for good.
    """
    if sys.platform.startswith("linux"):
        import ctypes  # noqa: PLC0415 - only here, after an index is built: not on the way to the first paint

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)
