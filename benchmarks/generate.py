"""Deterministic synthetic glossaries of N terms, shaped like a teacher's large CSV pack.

Each term has a title of one to four words (some are abbreviations with a full name), zero to three aliases, a
one-sentence summary, a definition of two to six sentences and one to five related terms. Words follow a Zipf-like
distribution over a vocabulary that grows with the size of the glossary (Heaps' law), as in real text; a few words
carry accents, and some words occur only in running text (never in a name), for body-only queries.

Lengths: the bundled entries are long (about 3,000 characters of text each); a 100,000-term pack is a dictionary,
with one short paragraph per term (here about 600 characters: a summary of 12 to 25 words and a definition of two
to six sentences), which is also what fits the pack format's 20 MB-per-file limit at 10,000 rows per file.

`synthetic_terms(n)` builds the terms in memory; `write_pack(n, folder)` writes the same terms as CSV files in the
pack format of `desktop.core.packs.csv_pack` (a folder pack: one file per 10,000 rows).
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core.content.model import Relation, RelationKind, Source, Term

SIZES = (1_000, 10_000, 100_000)
PACK_NAME = "synthetic"
ROWS_PER_FILE = 10_000
SEED = 9

CATEGORIES = ("foundations", "goals", "training", "failure-modes", "attacks", "safety-practice", "evaluation")

# The most frequent words of English running text: they fill sentences and never appear in titles.
FUNCTION_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "it",
    "for",
    "as",
    "with",
    "was",
    "on",
    "be",
    "by",
    "this",
    "are",
    "or",
    "from",
    "at",
    "an",
    "which",
    "not",
    "have",
    "but",
    "can",
    "its",
    "they",
    "their",
    "has",
    "more",
    "one",
    "when",
    "what",
    "also",
    "how",
    "these",
    "than",
    "other",
    "into",
    "only",
    "such",
    "may",
    "some",
    "would",
    "most",
    "about",
    "each",
    "because",
    "so",
    "then",
    "there",
    "them",
    "used",
    "while",
    "where",
    "both",
    "between",
    "often",
    "even",
    "much",
    "many",
    "any",
    "those",
    "over",
    "under",
]

# Words of the subject, frequent in titles and text alike.
SUBJECT_WORDS = [
    "model",
    "reward",
    "learning",
    "training",
    "alignment",
    "safety",
    "policy",
    "agent",
    "human",
    "feedback",
    "preference",
    "language",
    "data",
    "evaluation",
    "objective",
    "goal",
    "behavior",
    "risk",
    "value",
    "system",
    "inference",
    "optimization",
    "gradient",
    "network",
    "attack",
    "robustness",
    "interpretability",
    "oversight",
    "specification",
    "generalization",
    "deception",
    "honesty",
    "harm",
    "benchmark",
    "adversarial",
    "prompt",
    "injection",
    "jailbreak",
    "red",
    "team",
    "monitoring",
    "constitution",
    "fine",
    "tuning",
    "reinforcement",
    "supervised",
    "scalable",
    "debate",
    "amplification",
    "corrigibility",
    "shutdown",
    "mesa",
    "optimizer",
    "inner",
    "outer",
    "proxy",
    "hacking",
    "gaming",
    "distribution",
    "shift",
    "uncertainty",
    "calibration",
    "capability",
    "emergent",
    "scaling",
    "compute",
    "transparency",
    "audit",
    "governance",
    "control",
    "verification",
    "sandbox",
    "deployment",
    "misuse",
    "sycophancy",
    "hallucination",
]

_ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "w",
    "b",
    "c",
    "d",
    "g",
    "l",
    "m",
    "p",
    "r",
    "s",
    "t",
    "br",
    "cr",
    "dr",
    "fl",
    "gr",
    "pl",
    "pr",
    "st",
    "tr",
    "ch",
    "sh",
    "th",
]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
_CODAS = ["", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ng"]
_SUFFIXES = ["", "", "", "", "", "", "ing", "ion", "ed", "er", "al", "ity", "ment", "ive", "ic", "ism"]
_ACCENTED = {"e": "é", "a": "à", "u": "ü", "o": "ö", "n": "ñ", "c": "ç", "i": "ï"}


@dataclass(frozen=True)
class Row:
    """One synthetic entry, as a CSV pack row has it (related terms named by title)."""

    title: str
    full_name: str
    aliases: tuple[str, ...]
    summary: str
    definition: str
    category: str
    related: tuple[str, ...]


def vocabulary_size(n: int) -> int:
    """Heaps' law for about 120 running words per entry: ~10,000 words at 1,000 entries, ~100,000 at 100,000."""
    return max(2_000, int(30 * math.sqrt(120 * n)))


def _pseudo_word(rnd: random.Random) -> str:
    syllables = rnd.choice((1, 2, 2, 2, 3))
    word = "".join(rnd.choice(_ONSETS) + rnd.choice(_VOWELS) + rnd.choice(_CODAS) for _ in range(syllables))
    word += rnd.choice(_SUFFIXES)
    if rnd.random() < 0.03:  # a few accented words, to exercise accent folding
        spots = [i for i, ch in enumerate(word) if ch in _ACCENTED]
        if spots:
            i = rnd.choice(spots)
            word = word[:i] + _ACCENTED[word[i]] + word[i + 1 :]
    return word


@cache
def vocabulary(n: int) -> tuple[str, ...]:
    """Words by falling frequency: function words, subject words, then invented words."""
    rnd = random.Random(SEED * 7919 + n)
    words = list(dict.fromkeys([*FUNCTION_WORDS, *SUBJECT_WORDS]))
    seen = set(words)
    target = vocabulary_size(n)
    while len(words) < target:
        word = _pseudo_word(rnd)
        if len(word) > 2 and word not in seen:
            seen.add(word)
            words.append(word)
    return tuple(words)


def is_body_only(rank: int) -> bool:
    """Every seventh word (and every function word) occurs in running text only, never in a name."""
    return rank < len(FUNCTION_WORDS) or rank % 7 == 3


class _Sampler:
    """Zipf-like draws: P(rank r) ∝ 1/r, by a log-uniform rank (fast, close to Zipf's law with s = 1)."""

    def __init__(self, words: tuple[str, ...], rnd: random.Random, *, names: bool) -> None:
        self._rnd = rnd
        if names:
            words = tuple(w for rank, w in enumerate(words) if not is_body_only(rank))
        self._words = words
        self._log = math.log(len(words))

    def word(self) -> str:
        return self._words[int(math.exp(self._rnd.random() * self._log)) - 1]

    def words(self, count: int) -> list[str]:
        return [self.word() for _ in range(count)]


def _sentence(sampler: _Sampler, rnd: random.Random, length: int) -> str:
    words = sampler.words(length)
    if length > 8 and rnd.random() < 0.4:
        words[rnd.randrange(3, length - 2)] += ","
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def rows(n: int, seed: int = SEED) -> list[Row]:
    """N entries with unique titles, deterministic for (n, seed)."""
    rnd = random.Random(seed * 1_000_003 + n)
    words = vocabulary(n)
    text = _Sampler(words, rnd, names=False)
    names = _Sampler(words, rnd, names=True)
    titles: list[tuple[str, str]] = []
    taken: set[str] = set()
    while len(titles) < n:
        count = rnd.choice((1, 2, 2, 2, 3, 3, 4))
        parts = names.words(count)
        full_name = ""
        if count >= 3 and rnd.random() < 0.25:  # an abbreviation: "RLHF" for its full name
            full_name = " ".join(parts).capitalize()
            title = "".join(p[0] for p in parts).upper()
        else:
            title = " ".join(parts).capitalize()
        key = title.casefold()
        if key not in taken:
            taken.add(key)
            titles.append((title, full_name))
    result = []
    for title, full_name in titles:
        aliases = tuple(" ".join(names.words(rnd.choice((1, 2, 2, 3)))) for _ in range(rnd.choice((0, 1, 1, 2, 3))))
        summary = _sentence(text, rnd, rnd.randint(12, 25))
        definition = " ".join(_sentence(text, rnd, rnd.randint(8, 22)) for _ in range(rnd.randint(2, 6)))
        related = tuple(titles[rnd.randrange(n)][0] for _ in range(rnd.randint(1, 5)))
        related = tuple(r for r in dict.fromkeys(related) if r != title)
        result.append(
            Row(title, full_name, aliases, summary, definition, rnd.choice(CATEGORIES), related or (titles[0][0],))
        )
    return result


def _slug(text: str, taken: set[str]) -> str:
    base = "".join(ch if ch.isalnum() and ch.isascii() else "-" for ch in text.lower()).strip("-") or "term"
    base = "-".join(part for part in base.split("-") if part)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


SOURCE = Source("Synthetic benchmark data", 2026, "Generated glossary pack")


def synthetic_terms(n: int, seed: int = SEED) -> list[Term]:
    """The entries as terms, as the pack loader would build them (ids from titles, related by id)."""
    entries = rows(n, seed)
    taken: set[str] = set()
    ids = {entry.title: _slug(entry.title, taken) for entry in entries}
    return [
        Term(
            id=ids[entry.title],
            title=entry.title,
            category=entry.category,
            summary=entry.summary,
            definition=entry.definition,
            why_it_matters="",
            examples=(),
            related=tuple(Relation(ids[r], RelationKind.RELATED) for r in entry.related),
            sources=(SOURCE,),
            full_name=entry.full_name,
            aliases=entry.aliases,
            pack=PACK_NAME,
        )
        for entry in entries
    ]


def write_pack(n: int, folder: Path, seed: int = SEED) -> Path:
    """Write the entries as a folder pack of CSV files (ROWS_PER_FILE rows each); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.csv"):
        old.unlink()
    entries = rows(n, seed)
    source = f"{SOURCE.authors} ({SOURCE.year}). {SOURCE.title}"
    for start in range(0, n, ROWS_PER_FILE):
        with (folder / f"part-{start // ROWS_PER_FILE:03d}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(("term", "summary", "definition", "category", "related", "aliases", "source"))
            for entry in entries[start : start + ROWS_PER_FILE]:
                aliases = (entry.full_name, *entry.aliases) if entry.full_name else entry.aliases
                writer.writerow(
                    (
                        entry.title,
                        entry.summary,
                        entry.definition,
                        entry.category,
                        "|".join(entry.related),
                        "|".join(aliases),
                        source,
                    )
                )
    return folder


if __name__ == "__main__":
    import sys
    import time

    for size in SIZES:
        started = time.perf_counter()
        terms = synthetic_terms(size)
        body = sum(len(" ".join(t.body_texts())) for t in terms) / size
        print(f"{size:>7} terms in {time.perf_counter() - started:.2f} s, {body:.0f} characters of text per term")
    if len(sys.argv) > 1:
        print(write_pack(int(sys.argv[1]), Path(sys.argv[2])))
