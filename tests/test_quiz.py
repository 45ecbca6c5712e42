"""Quiz generation, without Qt: every question's right answer is decided by the content, and nothing gives it away."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop.core.content.markup import plain_text
from desktop.core.content.model import (
    Comparison,
    Dimension,
    Glossary,
    Misconception,
    Relation,
    RelationKind,
    Source,
    Term,
)
from desktop.core.learning.quiz import (
    MASK,
    PREFERRED_ROWS,
    comparison_questions,
    concept_questions,
    concept_quiz,
    first_sentence,
    mask_names,
    myth_questions,
    names_any,
    stands_alone,
)


def test_every_question_over_all_curated_comparisons_is_decided_by_the_content(glossary: Glossary) -> None:
    questions = concept_questions(glossary)
    assert glossary.comparisons
    for question in questions:
        comparison = glossary.comparison(question.comparison_id)
        dimension = comparison.dimensions[question.row]
        assert dimension.name == question.dimension
        assert question.choices == comparison.terms
        assert question.answer in question.choices
        # The stem is exactly the answer's cell in that row, with the answer's names masked ...
        answer = glossary.term(question.answer)
        assert question.stem == mask_names(plain_text(dimension.cells[question.answer]), answer)
        # ... no other choice has that cell ...
        for other in question.choices:
            if other != question.answer:
                other_cell = plain_text(dimension.cells[other])
                assert other_cell.casefold() != plain_text(dimension.cells[question.answer]).casefold()
                assert mask_names(other_cell, glossary.term(other)) != question.stem
        # ... and the stem names none of the choices (a masked name shows only as the mask).
        terms = [glossary.term(t) for t in question.choices]
        assert not names_any(question.stem, terms), question
        for term in terms:
            for name in term.names:
                assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question.stem, re.IGNORECASE), (name, question)


def test_every_curated_comparison_gives_questions_for_each_of_its_terms(glossary: Glossary) -> None:
    questions = concept_questions(glossary)
    per_comparison = Counter(q.comparison_id for q in questions)
    for comparison in glossary.comparisons.values():
        assert per_comparison[comparison.id] >= 6, comparison.id
        answers = {q.answer for q in questions if q.comparison_id == comparison.id}
        assert answers == set(comparison.terms), comparison.id
    assert len({q.id for q in questions}) == len(questions)


def test_preferred_rows_exist_and_come_first(glossary: Glossary) -> None:
    quiz = concept_quiz(glossary, seed=7)
    assert len(quiz) == len(concept_questions(glossary))
    first_round = quiz[: len(glossary.comparisons)]
    assert {q.comparison_id for q in first_round} == set(glossary.comparisons)
    assert all(q.dimension.casefold() in PREFERRED_ROWS for q in first_round)


def test_the_quiz_is_deterministic_for_a_seed_and_shuffles_choices(glossary: Glossary) -> None:
    assert concept_quiz(glossary, seed=3) == concept_quiz(glossary, seed=3)
    assert concept_quiz(glossary, seed=3) != concept_quiz(glossary, seed=4)
    quiz = concept_quiz(glossary, seed=3)
    assert any(q.choices != glossary.comparison(q.comparison_id).terms for q in quiz)
    for question in quiz:
        assert sorted(question.choices) == sorted(glossary.comparison(question.comparison_id).terms)


def test_a_study_set_limits_the_answers(glossary: Glossary) -> None:
    quiz = concept_quiz(glossary, seed=1, term_ids={"rlhf"})
    assert quiz and all(q.answer == "rlhf" for q in quiz)
    assert concept_quiz(glossary, seed=1, term_ids={"transformer"}) == []


def _term(term_id: str, title: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(
        id=term_id,
        title=title,
        category="c",
        summary="s",
        definition="d",
        why_it_matters="w",
        examples=(),
        related=(Relation("x", RelationKind.RELATED),),
        sources=(Source("A", 2020, "T"),),
        aliases=aliases,
    )


@pytest.fixture
def tiny() -> Glossary:
    from desktop.core.content.model import Category, GlossaryMeta

    terms = {
        "alignment": _term("alignment", "AI alignment", ("alignment",)),
        "capability": _term("capability", "Capability", ("capabilities",)),
    }
    rows = (
        Dimension("Same", {"alignment": "Both do it.", "capability": "Both do it."}),
        Dimension("Names other", {"alignment": "Unlike capability, it aims.", "capability": "Raw skill."}),
        Dimension("Own name", {"alignment": "AI alignment is about intent.", "capability": "What it can do."}),
        Dimension("Word form", {"alignment": "An aligned model follows intent.", "capability": "Skill at tasks."}),
        Dimension("Link", {"alignment": "Shaped by [RLHF](term:rlhf).", "capability": "Grows with scale."}),
    )
    comparison = Comparison(
        id="cap-vs-al", terms=("capability", "alignment"), summary="", dimensions=rows, tell_apart="", sources=()
    )
    return Glossary(
        meta=GlossaryMeta("1", "t"),
        categories={"c": Category("c", "C", "")},
        terms=terms,
        comparisons={"cap-vs-al": comparison},
    )


def test_cells_that_would_give_the_answer_away_are_skipped(tiny: Glossary) -> None:
    questions = {(q.dimension, q.answer): q for q in comparison_questions(tiny, tiny.comparison("cap-vs-al"))}
    assert ("Same", "alignment") not in questions  # identical across terms
    assert ("Names other", "alignment") not in questions  # names the other choice
    assert ("Names other", "capability") in questions
    assert questions[("Own name", "alignment")].stem == f"{MASK} is about intent."
    assert ("Word form", "alignment") not in questions  # "aligned" is built on a name
    assert questions[("Link", "alignment")].stem == "Shaped by RLHF."  # markup gone, other links harmless


def test_first_sentence_skips_abbreviations() -> None:
    assert first_sentence("Sharma et al. (2023) found it. Then more.") == "Sharma et al. (2023) found it."
    assert first_sentence("It uses [pairs](term:dpo) like RLHF. Rest.") == "It uses pairs like RLHF."
    assert first_sentence("One sentence only") == "One sentence only"


def test_only_sentences_that_stand_alone_become_facts() -> None:
    assert stands_alone("It teaches the model what its raters prefer.")
    assert not stands_alone("Further fine-tuning can erode it, as reported.")
    assert not stands_alone("The two cover different failures and work together.")
    assert not stands_alone("Usually not.")


def test_myth_questions_cover_every_misconception_with_the_right_answer(glossary: Glossary) -> None:
    questions = myth_questions(glossary, seed=11)
    items = [(t.id, m) for t in glossary.terms.values() for m in t.misconceptions]
    assert len(questions) == len(items)
    assert questions == myth_questions(glossary, seed=11)
    facts = [q for q in questions if q.is_fact]
    myths = [q for q in questions if not q.is_fact]
    assert facts and myths
    for question in questions:
        misconception = Misconception(question.myth, question.fact)
        assert misconception in glossary.term(question.term_id).misconceptions
        if question.is_fact:
            # A true statement is only ever the correction's own first sentence.
            assert question.statement == first_sentence(question.fact)
            assert stands_alone(question.statement)
            assert question.id.endswith("/fact")
        else:
            assert question.statement == plain_text(question.myth)
            assert question.id.endswith("/myth")


def test_myth_questions_follow_the_study_set(glossary: Glossary) -> None:
    questions = myth_questions(glossary, seed=2, term_ids={"rlhf", "alignment"})
    assert {q.term_id for q in questions} == {"rlhf", "alignment"}
