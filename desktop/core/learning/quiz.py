"""Quiz questions made from the content: "Which concept is this?" and "Myth or fact?". Plain Python, no Qt.

A concept question takes one cell of a curated comparison (a dimension row such as "A concrete example") as its
stem; the choices are the comparison's terms and the right answer is the term whose cell it is. The answer's own
names (title, full name, aliases) are masked with "▢" in the stem. A cell is not used when it is the same text as
another term's cell in that row, or when after masking it still names one of the choices (another term's name, or
a word built on a name, such as "aligned" for "alignment"): the content alone must decide the answer.

A myth-or-fact statement is either a misconception's myth (answer: myth) or the first sentence of its correction
(answer: fact), shown with the term it belongs to. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Comparison, Glossary, Term

MASK = "▢"
PREFERRED_ROWS = frozenset(
    {
        "a concrete example",
        "typical failure",
        # The same rows in the translated content.
        "ein konkretes beispiel",
        "typisches versagen",
    }
)
"""Rows that make the best scenario questions; a quiz asks them first."""

_SUFFIXES = (
    "ability",
    "ibility",
    "ments",
    "ment",
    "ations",
    "ation",
    "ancy",
    "ency",
    "ness",
    "ings",
    "ing",
    "ies",
    "al",
    "es",
    "ed",
    "s",
    "y",
    "e",
)
_COMMON_WORDS = frozenset({"learning", "research", "problem", "feedback", "language", "optimization"})
"""Long words of many-word names that say nothing about which of the compared terms is meant."""
_ABBREVIATIONS = re.compile(r"(?:\b(?:al|e\.g|i\.e|vs|etc|cf|Dr|Mr|Ms|St|No)|\b[A-Z])\.$")


@dataclass(frozen=True, slots=True)
class ConceptQuestion:
    """ "Which concept is this?": the masked stem, the choices (term ids, in the order shown) and the answer."""

    id: str
    comparison_id: str
    row: int
    """Index of the deciding dimension in the comparison."""
    dimension: str
    stem: str
    choices: tuple[str, ...]
    answer: str


@dataclass(frozen=True, slots=True)
class MythQuestion:
    """ "Myth or fact?": a statement about a term, whether it is true, and the misconception it comes from."""

    id: str
    term_id: str
    statement: str
    is_fact: bool
    myth: str
    fact: str


# --- names and masking ---------------------------------------------------------------------------------------------


def _stem(word: str) -> str:
    """A crude stem of a single-word name ("alignment" → "align"), used to catch forms like "aligned"."""
    lowered = word.casefold()
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 4:
            return lowered[: -len(suffix)]
    return lowered


@cache
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Matches any of the names as whole words, with an ending ("RLHF's", "jailbreaks") included."""
    alternatives = sorted({re.escape(n.strip()) for n in names if n.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?:'s|’s|\w*)", re.IGNORECASE)


@cache
def _mention_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Matches the names and words built on the stem of a single-word name (a stricter test than masking)."""
    forms = {re.escape(n.strip()) for n in names if n.strip()}
    words = {n.strip() for n in names if n.strip() and " " not in n.strip()}
    words |= {w for n in names for w in re.findall(r"[\w-]{8,}", n) if w.casefold() not in _COMMON_WORDS}
    forms |= {re.escape(_stem(w)) for w in words if len(_stem(w)) >= 4}
    alternatives = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")\w*", re.IGNORECASE)


def mask_names(text: str, term: Term) -> str:
    """The text with the term's title, full name and aliases replaced by the mask."""
    return _name_pattern(term.names).sub(MASK, text)


def names_any(text: str, terms: Iterable[Term]) -> bool:
    """True when the text names one of these terms (or uses a word built on a one-word name)."""
    return any(_mention_pattern(term.names).search(text) for term in terms)


# --- "Which concept is this?" ----------------------------------------------------------------------------------------


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", plain_text(text)).strip().casefold()


def comparison_questions(glossary: Glossary, comparison: Comparison) -> list[ConceptQuestion]:
    """Every usable question of one curated comparison, row by row, in the comparison's term order."""
    if not all(t in glossary.terms for t in comparison.terms):
        return []
    terms = [glossary.terms[t] for t in comparison.terms]
    out = []
    for row, dimension in enumerate(comparison.dimensions):
        cells = {t.id: plain_text(dimension.cells.get(t.id, "")) for t in terms}
        for term in terms:
            cell = cells[term.id]
            if not cell or any(_normal(cells[o.id]) == _normal(cell) for o in terms if o.id != term.id):
                continue
            stem = mask_names(cell, term)
            if names_any(stem, terms):
                continue
            out.append(
                ConceptQuestion(
                    id=f"{comparison.id}/{row}/{term.id}",
                    comparison_id=comparison.id,
                    row=row,
                    dimension=dimension.name,
                    stem=stem,
                    choices=tuple(comparison.terms),
                    answer=term.id,
                )
            )
    return out


def concept_questions(glossary: Glossary) -> list[ConceptQuestion]:
    """Every usable question over all curated comparisons, unshuffled."""
    return [q for c in glossary.comparisons.values() for q in comparison_questions(glossary, c)]


def concept_quiz(glossary: Glossary, *, seed: int, term_ids: Collection[str] | None = None) -> list[ConceptQuestion]:
    """A quiz order: comparisons take turns, preferred rows first within each, choices shuffled. Deterministic.

    With `term_ids`, only comparisons whose right answers include one of those terms, and only such answers.
    """
    rng = random.Random(seed)
    wanted = _id_set(term_ids)
    per_comparison: list[list[ConceptQuestion]] = []
    for comparison in glossary.comparisons.values():
        questions = [q for q in comparison_questions(glossary, comparison) if wanted is None or q.answer in wanted]
        if not questions:
            continue
        rng.shuffle(questions)
        questions.sort(key=lambda q: q.dimension.casefold() not in PREFERRED_ROWS)
        per_comparison.append(questions)
    rng.shuffle(per_comparison)
    ordered: list[ConceptQuestion] = []
    while any(per_comparison):
        for questions in per_comparison:
            if questions:
                question = questions.pop(0)
                choices = list(question.choices)
                rng.shuffle(choices)
                ordered.append(_with_choices(question, tuple(choices)))
    return ordered


def _id_set(term_ids: Collection[str] | None) -> frozenset[str] | None:
    """The ids as a set, so that testing a term is one hash lookup (a list of 100,000 ids made that quadratic)."""
    return None if term_ids is None else frozenset(term_ids)


def _with_choices(question: ConceptQuestion, choices: tuple[str, ...]) -> ConceptQuestion:
    return ConceptQuestion(
        question.id, question.comparison_id, question.row, question.dimension, question.stem, choices, question.answer
    )


# --- "Myth or fact?" ---------------------------------------------------------------------------------------------


def first_sentence(text: str) -> str:
    """The first sentence of a text without markup ("et al." and initials do not end a sentence)."""
    plain = plain_text(text)
    for match in re.finditer(r"[.!?](?=\s+[A-Z“\"])", plain):
        candidate = plain[: match.end()]
        if not _ABBREVIATIONS.search(candidate):
            return candidate.strip()
    return plain.strip()


_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "this", "these", "those", "he", "she"})


def stands_alone(sentence: str) -> bool:
    """True when a sentence reads as a claim about its term on its own: at least five words, and no pronoun after
    the first word ("Further fine-tuning can erode it" needs the myth to say what "it" is). A leading "It" or
    "They" is read as the term itself."""
    words = re.findall(r"[\w’']+", sentence.casefold())
    if len(words) < 5 or "the two" in sentence.casefold():
        return False
    return not any(word in _PRONOUNS - {"its"} for word in words[1:])


def myth_questions(glossary: Glossary, *, seed: int, term_ids: Collection[str] | None = None) -> list[MythQuestion]:
    """One statement per misconception, shuffled; about half are the myth, the rest the correction's first sentence.

    A correction whose first sentence does not stand alone (see `stands_alone`) is always asked as the myth.
    """
    rng = random.Random(seed)
    wanted = _id_set(term_ids)
    out = []
    for term in glossary.terms.values():
        if not term.misconceptions or (wanted is not None and term.id not in wanted):
            continue
        for index, item in enumerate(term.misconceptions):
            fact_sentence = first_sentence(item.fact)
            as_fact = rng.random() < 0.5 and stands_alone(fact_sentence)
            out.append(
                MythQuestion(
                    id=f"{term.id}/{index}/{'fact' if as_fact else 'myth'}",
                    term_id=term.id,
                    statement=fact_sentence if as_fact else plain_text(item.myth),
                    is_fact=as_fact,
                    myth=item.myth,
                    fact=item.fact,
                )
            )
    rng.shuffle(out)
    return out
