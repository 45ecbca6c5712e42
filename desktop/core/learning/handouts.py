"""What a teacher prints or takes to Anki, as plain data: flashcard faces and class worksheets. No Qt.

A flashcard's front is the term's title and category; its back the summary and one key fact (the first sentence
of the first example, which names who found what and when; else of "why it matters"; else of the definition).
A worksheet is built from the same question generators as Learn mode (`quiz`): "Which concept is this?" items
from the curated comparisons, "Myth or fact?" statements, and one "match the term to its summary" block, with an
answer key. Everything is deterministic for a seed; different seeds give different orders and items.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.content.markup import plain_text
from desktop.core.content.model import Glossary, Term
from desktop.core.learning.quiz import concept_quiz, first_sentence, myth_questions

CONCEPT_ITEMS = 6
MYTH_ITEMS = 6
MATCH_ITEMS = 6


@dataclass(frozen=True, slots=True)
class CardFace:
    term_id: str
    title: str
    category: str
    summary: str
    key_fact: str
    link: str
    """The web address of the term's first source that has one ("" when none)."""


def key_fact(term: Term) -> str:
    """One sentence worth remembering about the term (see the module docstring)."""
    for text in (*term.examples[:1], term.why_it_matters, term.definition):
        sentence = first_sentence(text)
        if sentence and plain_text(sentence) != plain_text(term.summary):
            return sentence
    return ""


def card_faces(glossary: Glossary, term_ids: Sequence[str]) -> list[CardFace]:
    """The cards of these terms, in the order given."""
    out = []
    for term_id in term_ids:
        term = glossary.terms[term_id]
        link = next((source.link for source in term.sources if source.link), "")
        out.append(
            CardFace(
                term.id,
                term.title,
                glossary.category_title(term.category),
                plain_text(term.summary),
                key_fact(term),
                link,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ConceptItem:
    """ "Which concept is this?": a masked description and the choices (titles); `answer` is a choice's index."""

    stem: str
    choices: tuple[str, ...]
    answer: int
    comparison_id: str


@dataclass(frozen=True, slots=True)
class MythItem:
    """ "Myth or fact?": a statement about a term; `is_fact` is the answer, `correction` the entry's fact."""

    term: str
    statement: str
    is_fact: bool
    correction: str


@dataclass(frozen=True, slots=True)
class MatchBlock:
    """Match each numbered term to a lettered summary; `answers[i]` is the letter index of term i's summary."""

    terms: tuple[str, ...]
    summaries: tuple[str, ...]
    answers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Worksheet:
    seed: int
    concept: tuple[ConceptItem, ...]
    myths: tuple[MythItem, ...]
    matching: MatchBlock | None

    @property
    def item_count(self) -> int:
        return len(self.concept) + len(self.myths) + (len(self.matching.terms) if self.matching else 0)


def worksheet(glossary: Glossary, term_ids: Sequence[str], *, seed: int) -> Worksheet:
    """A worksheet over these terms (at most `CONCEPT_ITEMS` + `MYTH_ITEMS` + `MATCH_ITEMS` items).

    Raises `ValueError` when the terms give no item at all.
    """
    rng = random.Random(seed)
    wanted = frozenset(term_ids)
    concept = []
    for question in concept_quiz(glossary, seed=seed, term_ids=wanted)[:CONCEPT_ITEMS]:
        titles = tuple(glossary.terms[t].title for t in question.choices)
        concept.append(
            ConceptItem(question.stem, titles, question.choices.index(question.answer), question.comparison_id)
        )
    myths = [
        MythItem(glossary.terms[q.term_id].title, q.statement, q.is_fact, plain_text(q.fact))
        for q in myth_questions(glossary, seed=seed, term_ids=wanted)[:MYTH_ITEMS]
    ]
    pool = [t for t in term_ids if t in glossary.terms and glossary.terms[t].summary]
    matching = None
    if len(pool) >= 2:
        chosen = rng.sample(pool, min(MATCH_ITEMS, len(pool)))
        order = list(range(len(chosen)))
        rng.shuffle(order)  # order[k]: which chosen term's summary is printed as letter k
        summaries = tuple(plain_text(glossary.terms[chosen[i]].summary) for i in order)
        answers = tuple(order.index(i) for i in range(len(chosen)))
        matching = MatchBlock(tuple(glossary.terms[t].title for t in chosen), summaries, answers)
    sheet = Worksheet(seed, tuple(concept), tuple(myths), matching)
    if not sheet.item_count:
        raise ValueError("these terms give no worksheet question")
    return sheet
