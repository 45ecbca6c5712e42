"""Building blocks of the search index: sets of positions as bitmasks, folding in bulk, sorted vocabularies.

Plain Python, shaped around what CPython does in C. A set of term positions 0..n-1 is an `int` whose bit p says
whether position p is in it: union, intersection and difference are single `|`, `&` and `& ~` operations on a few
kilobytes, and reading a set back is one `format(mask, "b")` pass that yields the positions already sorted. A
`Vocabulary` keeps its words sorted, so the words that start with a prefix are one contiguous range (`bisect`); a
frequent word keeps its positions as a mask, a rare one as a slice of one flat `array`.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, repeat
from operator import contains, itemgetter

END = "\U0010ffff"
"""Sorts after every character a folded word can hold (folding turns it, a non-word character, into a space)."""

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)  # as in textfold.fold
_ASCII = bytes(range(128))
_ASCII_WORD = b"abcdefghijklmnopqrstuvwxyz0123456789"
# Folded ASCII text keeps lower-case letters and digits; every other ASCII character separates words. NUL is kept
# as the separator between the texts of a batch (the texts' own NULs are turned into spaces first).
_SEPARATE = bytes.maketrans(_ASCII, bytes(c if c in _ASCII_WORD or c == 0 else 32 for c in _ASCII))
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_DIGITS = bytes.maketrans(b"01", b"\x00\x01")
_FEW = 32


def fold_text(text: str) -> str:
    """`textfold.fold` without its cache, and fast on long texts: the same folded string, always."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    stripped = decomposed.translate(marks) if marks else decomposed
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def _non_ascii(text: str) -> set[str]:
    """The distinct non-ASCII characters of a text (cheap: the ASCII bytes are deleted in C first)."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass"))


def fold_many(texts: Sequence[str], *, tidy: bool = False) -> list[str]:
    """Each text folded like `textfold.fold`, except that words may be separated by several spaces (unless `tidy`).

    `fold_many(texts)[i].split() == fold(texts[i]).split()`, and with `tidy` the strings are equal. All texts go
    through each step together, so the cost is a few passes in C over their characters, not Python work per text.
    """
    if not texts:
        return []
    batch = "\0".join(texts)
    if batch.count("\0") != len(texts) - 1:
        batch = "\0".join(text.replace("\0", " ") for text in texts)
    if batch.isascii():
        folded = batch.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", batch)
        for ch in _non_ascii(decomposed):
            if unicodedata.combining(ch):
                decomposed = decomposed.replace(ch, "")
        folded = decomposed.casefold()
        for ch in _non_ascii(folded):
            if _NON_WORD.match(ch):
                folded = folded.replace(ch, " ")
    encoded = folded.encode("utf-8", "surrogatepass").translate(_SEPARATE)
    if tidy:
        while b"  " in encoded:
            encoded = encoded.replace(b"  ", b" ")
        encoded = encoded.replace(b" \0", b"\0").replace(b"\0 ", b"\0").strip(b" ")
    return encoded.decode("utf-8", "surrogatepass").split("\0")


class PositionSets:
    """Conversions between positions and bitmasks over positions 0..size-1."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.everything = (1 << size) - 1

    def from_flags(self, flags: bytes | bytearray) -> int:
        """The mask of a byte string with one 0/1 byte per position."""
        return int(flags.translate(_TO_DIGITS)[::-1], 2) if flags else 0

    def from_positions(self, positions: Sequence[int]) -> int:
        if len(positions) <= _FEW:
            mask = 0
            for position in positions:
                mask |= 1 << position
            return mask
        flags = bytearray(self.size)
        for position in positions:
            flags[position] = 1
        return self.from_flags(flags)

    @staticmethod
    def positions(mask: int, offset: int = 0) -> list[int]:
        """The positions in a mask, ascending (each plus `offset`)."""
        if not mask:
            return []
        low = (mask & -mask).bit_length() - 1
        digits = format(mask >> low, "b").encode("ascii")[::-1]
        start = offset + low
        if mask.bit_count() * 64 < len(digits):  # sparse: hop from one set bit to the next
            found: list[int] = []
            at = 0
            while at >= 0:
                found.append(start + at)
                at = digits.find(b"1", at + 1)
            return found
        return list(compress(range(start, start + len(digits)), digits.translate(_FROM_DIGITS)))


class Vocabulary:
    """Sorted distinct words, each with the set of positions of the terms that hold it.

    A word held by at least `size / 32` terms keeps a mask (no bigger than its positions would be); the others
    keep their positions in one flat array, in word order, so a range of words is one slice of it.
    """

    __slots__ = ("_dense", "_dense_words", "_first", "_joined", "_offsets", "_postings", "_sets", "_starts", "words")

    def __init__(self, postings: dict[str, array[int]], sets: PositionSets, *, first_letters: bool = False) -> None:
        """`postings` maps each word to the ascending positions of its terms; it is emptied as it is read.

        With `first_letters`, the masks of every one-letter prefix are worked out now (one pass), not when asked.
        """
        self._sets = sets
        self.words: list[str] = sorted(postings)
        dense_from = max(_FEW, sets.size // 32)
        self._dense: dict[int, int] = {}
        flat: array[int] = array("i")
        offsets: array[int] = array("q", [0])
        for k, word in enumerate(self.words):
            positions = postings.pop(word)  # each word's array is freed as soon as it is copied
            if len(positions) >= dense_from:
                self._dense[k] = sets.from_positions(positions)
            else:
                flat.extend(positions)
            offsets.append(len(flat))
        self._dense_words = sorted(self._dense)
        self._postings = flat
        self._offsets = offsets
        self._joined = ""
        self._starts: array[int] = array("q")
        self._first: dict[str, int] = {}
        if first_letters:
            for letter in list(self.next_characters("", 0, len(self.words))):
                self._first[letter] = self.mask([self.prefix_range(letter)])

    def __len__(self) -> int:
        return len(self.words)

    def find(self, word: str) -> int:
        """The index of this exact word, or -1."""
        i = bisect_left(self.words, word)
        return i if i < len(self.words) and self.words[i] == word else -1

    def prefix_range(self, prefix: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        """The [lo, hi) range of words that start with `prefix` (searched within [lo, hi) when given)."""
        hi = len(self.words) if hi is None else hi
        start = bisect_left(self.words, prefix, lo, hi)
        return start, bisect_left(self.words, prefix + END, start, hi)

    def next_characters(self, prefix: str, lo: int, hi: int) -> Iterator[str]:
        """The distinct characters that follow `prefix` in the words of its range [lo, hi), one bisect each."""
        depth = len(prefix)
        words = self.words
        i = lo
        if i < hi and len(words[i]) == depth:
            i += 1  # the prefix itself is a word and sorts first
        while i < hi:
            character = words[i][depth]
            yield character
            i = bisect_left(words, prefix + character + END, i, hi)

    def prefix_mask(self, prefix: str) -> int:
        """The positions of the terms with a word that starts with `prefix`."""
        if len(prefix) == 1 and self._first:
            return self._first.get(prefix, 0)
        return self.mask([self.prefix_range(prefix)])

    def mask(self, ranges: Iterable[tuple[int, int]]) -> int:
        """The positions of the terms that hold any word of these [lo, hi) ranges."""
        mask = 0
        flags: bytearray | None = None
        offsets, flat, dense, dense_words = self._offsets, self._postings, self._dense, self._dense_words
        for lo, hi in ranges:
            if dense_words:
                for k in dense_words[bisect_left(dense_words, lo) : bisect_left(dense_words, hi)]:
                    mask |= dense[k]
            start, stop = offsets[lo], offsets[hi]
            if start == stop:
                continue
            if flags is None:
                flags = bytearray(self._sets.size)
            for position in flat[start:stop]:
                flags[position] = 1
        return mask | self._sets.from_flags(flags) if flags is not None else mask

    def words_mask(self, indexes: Iterable[int]) -> int:
        """The positions of the terms that hold any of these words (given by index)."""
        mask = 0
        flags: bytearray | None = None
        offsets, flat, dense = self._offsets, self._postings, self._dense
        for k in indexes:
            found = dense.get(k)
            if found is not None:
                mask |= found
                continue
            start, stop = offsets[k], offsets[k + 1]
            if flags is None:
                flags = bytearray(self._sets.size)
            for position in flat[start:stop]:
                flags[position] = 1
        return mask | self._sets.from_flags(flags) if flags is not None else mask

    def containing(self, fragment: str) -> list[int]:
        """The indexes of the words that contain `fragment` (which holds no space), ascending."""
        if not self._joined:
            self._joined = "\n".join(self.words)
            starts: array[int] = array("q")
            offset = 0
            for word in self.words:
                starts.append(offset)
                offset += len(word) + 1
            self._starts = starts
        text, starts = self._joined, self._starts
        found: list[int] = []
        last = len(starts) - 1
        at = text.find(fragment)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.append(k)
            if k >= last:
                break
            at = text.find(fragment, starts[k + 1])
        return found


def fuzzy_ranges(vocabulary: Vocabulary, word: str) -> list[tuple[int, int]]:
    """Ranges of the words that start with `word` or with a string one OSA edit away from it.

    An edit changes the length by at most one, so "one edit from a start of the candidate" (the reference rule,
    over starts of length len(word) - 1, len(word) and len(word) + 1) is exactly "starts with one of: a deletion,
    a substitution, an adjacent swap or an insertion applied to the word". Substitutions and insertions only try
    the characters that actually follow the unchanged head in the vocabulary.
    """
    found: list[tuple[int, int]] = []

    def add(prefix: str, lo: int = 0, hi: int | None = None) -> None:
        start, stop = vocabulary.prefix_range(prefix, lo, hi)
        if start < stop:
            found.append((start, stop))

    add(word)
    size = len(word)
    for i in range(size):
        add(word[:i] + word[i + 1 :])
    for i in range(size - 1):
        if word[i] != word[i + 1]:
            add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    for i in range(size + 1):
        head = word[:i]
        lo, hi = vocabulary.prefix_range(head)
        if lo == hi:
            break  # no word starts with this head, so none starts with a longer one
        for character in vocabulary.next_characters(head, lo, hi):
            if i < size and character != word[i]:
                add(head + character + word[i + 1 :], lo, hi)
            add(head + character + word[i:], lo, hi)
    return merged(found)


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ranges covering the same words."""
    ranges.sort()
    out: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


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
