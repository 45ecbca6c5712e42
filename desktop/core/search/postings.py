"""Building blocks of the search index: sets of positions as bitmasks, folding in bulk, sorted vocabularies.

Plain Python, shaped around what CPython does in C. A set of term positions 0..n-1 is an `int` whose bit p says
whether position p is in it: union, intersection and difference are single `|`, `&` and `& ~` operations on a few
kilobytes, and reading a set back is one `format(mask, "b")` pass that yields the positions already sorted. A
`Vocabulary` keeps its words sorted, so the words that start with a prefix are one contiguous range (`bisect`); a
frequent word keeps its positions as a mask, a rare one as a slice of one flat `array` of 16-bit numbers per block
of 65,536 positions (half the memory of 32-bit positions: some 9 MB at 100,000 terms).
"""

from __future__ import annotations

import heapq
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from itertools import compress, islice

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
BLOCK = 1 << 16
"""Positions are kept in blocks of this many, as 16-bit numbers (the offset in the block); at most 65,536."""
_LOW = 0 if sys.byteorder == "little" else 1
STEP_WORDS = 4_096
"""Words handled per step of `Vocabulary.built` (and sorted per step): about ten milliseconds of work."""
STEP_POSTINGS = 1 << 20
"""Postings converted per step of `Vocabulary.built`."""
_MAX_I = 2**31 - 1
"""Word offsets are kept as 32-bit numbers ('i') unless there are more postings than that (never, in practice)."""


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


def fold_many(texts: Sequence[str], *, tidy: bool = False, first: Callable[[str], str] | None = None) -> list[str]:
    """Each text folded like `textfold.fold`, except that words may be separated by several spaces (unless `tidy`).

    `fold_many(texts)[i].split() == fold(texts[i]).split()`, and with `tidy` the strings are equal. All texts go
    through each step together, so the cost is a few passes in C over their characters, not Python work per text.
    `first`, when given, is applied to the texts (joined) before the accents are taken off, unless they are ASCII;
    it must change each character on its own and leave ASCII letters lower-case (`pack_builder.fold_keys`).
    """
    if not texts:
        return []
    batch = "\0".join(texts)
    if batch.count("\0") != len(texts) - 1:
        batch = "\0".join(text.replace("\0", " ") for text in texts)
    if batch.isascii():
        folded = batch.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", first(batch) if first else batch)
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
    keep their positions in one flat array per block of `BLOCK` positions, in word order, so a range of words is
    one slice of each.
    """

    __slots__ = ("_blocks", "_dense", "_dense_words", "_first", "_joined", "_sets", "_starts", "words")

    def __init__(
        self,
        postings: dict[str, array[int]] | dict[str, array[int] | int],
        sets: PositionSets,
        *,
        first_letters: bool = False,
    ) -> None:
        """`postings` maps each word to the ascending positions of its terms (or to the one position of its term);
        it is emptied as it is read.

        With `first_letters`, the masks of every one-letter prefix are worked out now (one pass), not when asked.
        """
        for _ in self._fill(postings, sets, first_letters=first_letters):
            pass

    @classmethod
    def built(
        cls,
        postings: dict[str, array[int]] | dict[str, array[int] | int],
        sets: PositionSets,
        *,
        first_letters: bool = False,
    ) -> Generator[None, None, Vocabulary]:
        """The same vocabulary as the constructor makes, built in steps of `STEP_WORDS` words (a generator that
        yields between steps and returns the vocabulary), so that building can wait for idle time."""
        vocabulary = cls.__new__(cls)
        yield from vocabulary._fill(postings, sets, first_letters=first_letters)
        return vocabulary

    def _fill(
        self,
        postings: dict[str, array[int]] | dict[str, array[int] | int],
        sets: PositionSets,
        *,
        first_letters: bool,
    ) -> Iterator[None]:
        self._sets = sets
        self.words: list[str] = yield from sorted_in_steps(list(postings))
        dense_from = max(_FEW, sets.size // 32)
        self._dense: dict[int, int] = {}
        flat: array[int] = array("i")
        offsets: array[int] = array("q", [0])
        for k, word in enumerate(self.words):
            positions = postings.pop(word)  # each word's array is freed as soon as it is copied
            if type(positions) is int:
                flat.append(positions)
            elif len(positions) >= dense_from:  # type: ignore[arg-type]  # an array
                self._dense[k] = sets.from_positions(positions)  # type: ignore[arg-type]
            else:
                flat.extend(positions)  # type: ignore[arg-type]
            offsets.append(len(flat))
            if k % STEP_WORDS == STEP_WORDS - 1:
                yield
        self._dense_words = sorted(self._dense)
        self._blocks = yield from _blocks(flat, offsets if len(flat) > _MAX_I else array("i", offsets), sets.size)
        self._joined = ""
        self._starts: array[int] = array("i")
        self._first: dict[str, int] = {}
        if first_letters:
            for letter in list(self.next_characters("", 0, len(self.words))):
                self._first[letter] = self.mask([self.prefix_range(letter)])
                yield

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
        flags: list[bytearray | None] = [None] * len(self._blocks)
        dense, dense_words = self._dense, self._dense_words
        for lo, hi in ranges:
            if dense_words:
                for k in dense_words[bisect_left(dense_words, lo) : bisect_left(dense_words, hi)]:
                    mask |= dense[k]
            for b, (flat, offsets) in enumerate(self._blocks):
                start, stop = offsets[lo], offsets[hi]
                if start < stop:
                    block = flags[b] or self._block_flags(flags, b)
                    for position in flat[start:stop]:
                        block[position] = 1
        return mask | self._masks_of(flags)

    def words_mask(self, indexes: Iterable[int]) -> int:
        """The positions of the terms that hold any of these words (given by index)."""
        mask = 0
        flags: list[bytearray | None] = [None] * len(self._blocks)
        dense = self._dense
        for k in indexes:
            found = dense.get(k)
            if found is not None:
                mask |= found
                continue
            for b, (flat, offsets) in enumerate(self._blocks):
                start, stop = offsets[k], offsets[k + 1]
                if start < stop:
                    block = flags[b] or self._block_flags(flags, b)
                    for position in flat[start:stop]:
                        block[position] = 1
        return mask | self._masks_of(flags)

    def _block_flags(self, flags: list[bytearray | None], b: int) -> bytearray:
        block = flags[b] = bytearray(min(BLOCK, self._sets.size - b * BLOCK))
        return block

    def _masks_of(self, flags: list[bytearray | None]) -> int:
        mask = 0
        for b, block in enumerate(flags):
            if block is not None:
                mask |= self._sets.from_flags(block) << (b * BLOCK)
        return mask

    def containing(self, fragment: str) -> list[int]:
        """The indexes of the words that contain `fragment` (which holds no space), ascending."""
        if not self._joined:
            self._joined = "\n".join(self.words)
            starts: array[int] = array("i")
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


def _blocks(
    flat: array[int], offsets: array[int], size: int
) -> Generator[None, None, list[tuple[array[int], array[int]]]]:
    """The postings (`flat`, each word's from `offsets[k]` to `offsets[k + 1]`) split into blocks of `BLOCK`
    positions, each kept as its positions' low 16 bits ('H', half the size of 'i') with its own word offsets.
    A generator that yields every `STEP_WORDS` words and returns the blocks."""
    low: array[int] = array("H")
    for at in range(0, len(flat), STEP_POSTINGS):
        piece = flat[at : at + STEP_POSTINGS]
        if BLOCK == 1 << 16:
            low.extend(array("H", piece.tobytes())[_LOW::2])  # each position's low 16 bits: its offset in its block
        else:  # (smaller blocks, for tests)
            low.extend(array("H", [position % BLOCK for position in piece]))
        yield
    count = max(1, -(-size // BLOCK))
    if count == 1:
        return [(low, offsets)]
    flats: list[array[int]] = [array("H") for _ in range(count)]
    starts: list[array[int]] = [array(offsets.typecode, [0]) for _ in range(count)]
    for k in range(len(offsets) - 1):
        start, stop = offsets[k], offsets[k + 1]
        for b in range(count):
            cut = bisect_left(flat, (b + 1) * BLOCK, start, stop) if b < count - 1 else stop
            if cut > start:
                flats[b].extend(low[start:cut])
            starts[b].append(len(flats[b]))
            start = cut
        if k % STEP_WORDS == STEP_WORDS - 1:
            yield
    return list(zip(flats, starts, strict=True))


def sorted_in_steps(items: list[str]) -> Generator[None, None, list[str]]:
    """`sorted(items)` in steps: runs of `STEP_WORDS` items sorted one per step, then merged `STEP_WORDS` at a time
    (one sort of 200,000 words is some 100 ms, longer than a keystroke may wait)."""
    if len(items) <= STEP_WORDS:
        return sorted(items)
    runs = []
    for at in range(0, len(items), STEP_WORDS):
        runs.append(sorted(items[at : at + STEP_WORDS]))
        yield
    out: list[str] = []
    merging = heapq.merge(*runs)
    while True:
        before = len(out)
        out.extend(islice(merging, STEP_WORDS * 4))
        if len(out) - before < STEP_WORDS * 4:
            return out
        yield


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
