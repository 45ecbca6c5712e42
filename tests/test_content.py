"""The bundled glossary meets the content brief and the editorial rules; each editorial rule really fires.

No Qt: the content model and the checks are plain Python. The reference texts the glossary must not copy (the
seed article and the writers' facts brief) are kept under `tests/data/reference/` so this runs on any machine.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop.content import load_content
from desktop.core.content.editorial import editorial_problems, sentences, shared_runs
from desktop.core.content.model import (
    Category,
    Comparison,
    Dimension,
    Glossary,
    GlossaryMeta,
    LearningPath,
    Origin,
    Problem,
    Relation,
    RelationKind,
    Source,
    Term,
)
from tests.helpers import SEED_ENTRIES

REFERENCE_DIR = Path(__file__).parent / "data" / "reference"

CATEGORIES = {
    "foundations",
    "goals",
    "training",
    "failure-modes",
    "attacks",
    "safety-practice",
    "evaluation",
    "advanced-ai-risk",
}
MUST_HAVE_TERMS = (
    "instrumental-convergence",
    "power-seeking",
    "orthogonality-thesis",
    "agi",
    "superintelligence",
    "existential-risk",
    "situational-awareness",
    "alignment-faking",
    "scheming",
    "sandbagging",
    "sleeper-agents",
    "model-organisms",
    "emergent-misalignment",
    "mesa-optimization",
    "specification-gaming",
    "goodharts-law",
    "reward-model",
    "dpo",
    "rlaif",
    "sycophancy",
    "jailbreak",
    "prompt-injection",
    "red-teaming",
    "interpretability",
    "scalable-oversight",
    "outer-alignment",
    "inner-alignment",
    "goal-misgeneralization",
    "deceptive-alignment",
    "corrigibility",
    "value-alignment",
    "bias",
    "pretraining",
    "fine-tuning",
    "harmlessness",
    "helpfulness",
    "honesty",
    "reliability",
    "robustness",
    "safe-behavior",
    # The second edition (issue 16): the field's central ideas since 2023.
    "ai-control",
    "weak-to-strong-generalization",
    "debate",
    "iterated-amplification",
    "dangerous-capability-evaluations",
    "responsible-scaling-policy",
    "reasoning-model",
    "rlvr",
    "kl-penalty",
    "preference-data",
    "inverse-reinforcement-learning",
    "calibration",
    "chain-of-thought-faithfulness",
    "negative-side-effects",
    "distributional-shift",
)
# The five qualities of an aligned assistant named in the seed article.
FIVE_QUALITIES = ("helpfulness", "harmlessness", "honesty", "reliability", "safe-behavior")
SEED_RELATED = (
    "machine-learning",
    "large-language-model",
    "instruction-tuning",
    "rlhf",
    "hallucination",
    "ai-safety",
    "ai-guardrails",
    "constitutional-ai",
    "ai-agent",
)
# The five misconceptions of the seed article, each recognised by a word its myth must contain.
SEED_MYTH_TOPICS = {
    "alignment is AI safety": r"\bsafety\b",
    "alignment means refusing controversial questions": r"\bcontroversial\b",
    "an aligned AI is always correct": r"\bcorrect\b",
    "alignment removes all bias": r"\bbias\b",
    "alignment only matters for superintelligence": r"\bsuperintelligen",
}


def reference_texts() -> dict[str, str]:
    return {
        "seed article": (REFERENCE_DIR / "seed-article.txt").read_text(encoding="utf-8"),
        "facts brief": (REFERENCE_DIR / "facts-brief.md").read_text(encoding="utf-8"),
    }


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_content()


# --- the bundled content -----------------------------------------------------------------------------------


def test_the_bundled_glossary_loads_without_problems(bundled: Glossary) -> None:
    assert [str(p) for p in bundled.problems] == []


def test_the_bundled_glossary_meets_every_editorial_rule(bundled: Glossary) -> None:
    problems = editorial_problems(bundled, reference_texts=reference_texts())
    assert [str(p) for p in problems] == []


def test_the_reference_texts_are_the_real_ones() -> None:
    texts = reference_texts()
    assert texts["seed article"].startswith("What Is AI Alignment?")
    assert "Common Misconceptions" in texts["seed article"]
    assert texts["facts brief"].startswith("# AI alignment glossary: facts brief")


def test_the_glossary_is_big_enough(bundled: Glossary) -> None:
    assert len(bundled.terms) >= 45
    assert len(bundled.comparisons) >= 20
    assert all(len(c.dimensions) >= 5 for c in bundled.comparisons.values())
    assert len(bundled.paths) >= 5
    assert all(len(p.steps) >= 3 for p in bundled.paths.values())


def test_the_well_aligned_assistant_path_covers_the_five_qualities(bundled: Glossary) -> None:
    steps = bundled.paths["well-aligned-assistant"].steps
    assert set(FIVE_QUALITIES) <= set(steps)
    assert {"over-refusal", "value-alignment", "alignment-evaluation"} <= set(steps)


def test_the_removed_comparison_stays_removed(bundled: Glossary) -> None:
    """Red teaming and interpretability are not a pair learners confuse (issue 16)."""
    assert "red-teaming-vs-interpretability" not in bundled.comparisons


def test_every_category_is_used(bundled: Glossary) -> None:
    assert set(bundled.categories) == CATEGORIES
    assert {term.category for term in bundled.terms.values()} == CATEGORIES


@pytest.mark.parametrize("term_id", SEED_ENTRIES + MUST_HAVE_TERMS)
def test_a_required_term_exists(bundled: Glossary, term_id: str) -> None:
    assert term_id in bundled.terms


def test_alignment_answers_the_five_seed_misconceptions(bundled: Glossary) -> None:
    myths = [item.myth for item in bundled.term("alignment").misconceptions]
    assert len(myths) >= 5
    for topic, pattern in SEED_MYTH_TOPICS.items():
        matching = [myth for myth in myths if re.search(pattern, myth, re.IGNORECASE)]
        assert len(matching) == 1, f"{topic}: {matching}"


def test_alignment_relates_to_the_seed_related_terms(bundled: Glossary) -> None:
    targets = {relation.target for relation in bundled.term("alignment").related}
    assert set(SEED_RELATED) <= targets


@pytest.mark.parametrize(
    ("comparison_id", "terms"),
    [
        ("capability-vs-alignment", {"capability", "alignment"}),
        ("ai-safety-vs-alignment", {"ai-safety", "alignment"}),
        # The second edition's comparisons (issue 16 §3).
        ("specification-gaming-vs-goal-misgeneralization", {"specification-gaming", "goal-misgeneralization"}),
        ("rlhf-vs-rlaif-vs-constitutional-ai", {"rlhf", "rlaif", "constitutional-ai"}),
        (
            "specification-gaming-vs-reward-overoptimization-vs-goodharts-law",
            {"specification-gaming", "reward-overoptimization", "goodharts-law"},
        ),
        ("harmlessness-vs-safe-behavior-vs-ai-safety", {"harmlessness", "safe-behavior", "ai-safety"}),
        ("reliability-vs-robustness", {"reliability", "robustness"}),
        ("interpretability-vs-chain-of-thought-monitoring", {"interpretability", "chain-of-thought-monitoring"}),
        ("pretraining-vs-fine-tuning-vs-instruction-tuning", {"pretraining", "fine-tuning", "instruction-tuning"}),
        ("deceptive-alignment-vs-sycophancy-vs-dishonesty", {"deceptive-alignment", "sycophancy", "dishonesty"}),
        ("corrigibility-vs-helpfulness", {"corrigibility", "helpfulness"}),
        ("benchmark-vs-alignment-evaluation-vs-red-teaming", {"benchmark", "alignment-evaluation", "red-teaming"}),
    ],
)
def test_a_curated_comparison_exists(bundled: Glossary, comparison_id: str, terms: set[str]) -> None:
    assert set(bundled.comparison(comparison_id).terms) == terms


# --- the helpers -------------------------------------------------------------------------------------------


def test_sentences_split_on_stops_paragraphs_and_list_items_and_drop_markup() -> None:
    text = (
        "Bai et al. (2022) trained *it*. Then it [worked](term:rlhf)!\n\n"
        "- a first point\n- a second point\n  wrapped over two lines"
    )
    assert sentences(text) == [
        "Bai et al. (2022) trained it.",
        "Then it worked!",
        "a first point",
        "a second point wrapped over two lines",
    ]


def test_shared_runs_ignore_case_punctuation_and_markup_and_return_the_longest_run() -> None:
    a = "Before that, *one two three*, four five six seven: eight nine ten eleven. After."
    b = "Elsewhere ONE two three four five six seven eight nine ten eleven twelve"
    assert shared_runs(a, b, 10) == {"one two three four five six seven eight nine ten eleven"}
    assert shared_runs(a, b, 12) == set()


# --- each editorial rule fires -----------------------------------------------------------------------------

SOURCE = Source(authors="Doe, J.", year=2020, title="A study", venue="A journal")


def make_term(term_id: str, related: tuple[str, ...], words: str) -> Term:
    """A complete term whose every sentence mentions `words`, so no two test terms share a sentence."""
    return Term(
        id=term_id,
        title=term_id.title(),
        category="goals",
        summary=f"A short summary about {words}.",
        definition=f"The definition explains what {words} means for a reader new to it.",
        why_it_matters=f"Readers should care about {words} because it changes outcomes.",
        examples=(f"One example shows {words} at work in a real system.",),
        related=tuple(Relation(target, RelationKind.RELATED) for target in related),
        sources=(SOURCE,),
        origin=Origin(f"terms/{term_id}.yaml", 1),
    )


def make_comparison(dimension_count: int = 5) -> Comparison:
    dimensions = tuple(
        Dimension(
            name=f"Row {n}",
            cells={
                "apple": f"How apples behave on the row numbered {n} of the table.",
                "banana": f"How bananas behave on the row numbered {n} of the table.",
            },
        )
        for n in range(1, dimension_count + 1)
    )
    return Comparison(
        id="apple-vs-banana",
        terms=("apple", "banana"),
        summary="People mix up the two fruits at the market.",
        dimensions=dimensions,
        tell_apart="Peel them and look at the colour inside.",
        sources=(SOURCE,),
        origin=Origin("comparisons/apple-vs-banana.yaml", 1),
    )


def make_glossary(*terms: Term, comparison: Comparison | None = None) -> Glossary:
    """A small glossary that meets every rule, with the given terms added or replacing the defaults."""
    defaults = [
        make_term("apple", ("banana",), "apples"),
        make_term("banana", ("cherry",), "bananas"),
        make_term("cherry", ("apple",), "cherries"),
    ]
    by_id = {term.id: term for term in (*defaults, *terms)}
    comparison = comparison or make_comparison()
    return Glossary(
        meta=GlossaryMeta("test", "Test glossary"),
        categories={"goals": Category("goals", "Goals", "What we want.")},
        terms=by_id,
        comparisons={comparison.id: comparison},
        paths={"fruit": LearningPath("fruit", "Fruit", "For fruit lovers.", ("apple", "banana", "cherry"))},
    )


def only_problem(glossary: Glossary, reference: dict[str, str] | None = None) -> Problem:
    problems = editorial_problems(glossary, reference_texts=reference or {})
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_test_glossary_meets_every_rule() -> None:
    """The baseline: each test below breaks exactly one rule of this glossary."""
    assert editorial_problems(make_glossary()) == []


def test_a_summary_over_25_words_is_reported() -> None:
    summary = " ".join(["word"] * 26)
    apple = replace(make_term("apple", ("banana",), "apples"), summary=summary)
    problem = only_problem(make_glossary(apple))
    assert (problem.path, problem.line) == ("terms/apple.yaml", 1)
    assert "apple" in problem.message
    assert "26 words" in problem.message


def test_a_summary_of_25_words_is_fine() -> None:
    apple = replace(make_term("apple", ("banana",), "apples"), summary=" ".join(["word"] * 25))
    assert editorial_problems(make_glossary(apple)) == []


def test_a_link_to_an_unknown_term_is_reported() -> None:
    apple = make_term("apple", ("banana",), "apples")
    apple = replace(apple, definition=apple.definition + " See [durians](term:durian) too.")
    problem = only_problem(make_glossary(apple))
    assert problem.path == "terms/apple.yaml"
    assert "definition" in problem.message
    assert "'durian'" in problem.message


def test_a_link_in_a_comparison_cell_to_an_unknown_term_is_reported() -> None:
    comparison = make_comparison()
    first = comparison.dimensions[0]
    cells = {**first.cells, "apple": "Like a [plum](term:plum) but rounder."}
    comparison = replace(comparison, dimensions=(replace(first, cells=cells), *comparison.dimensions[1:]))
    problem = only_problem(make_glossary(comparison=comparison))
    assert problem.path == "comparisons/apple-vs-banana.yaml"
    assert "'plum'" in problem.message


def test_an_unreachable_term_is_reported() -> None:
    lonely = make_term("durian", ("apple",), "durians")
    problems = editorial_problems(make_glossary(lonely))
    assert {problem.path for problem in problems} == {"terms/durian.yaml"}
    assert any("'durian' is unreachable" in problem.message for problem in problems)


def test_a_term_in_no_learning_path_is_reported() -> None:
    glossary = make_glossary()
    path = replace(glossary.paths["fruit"], steps=("apple", "banana"))
    problem = only_problem(replace(glossary, paths={"fruit": path}))
    assert problem.path == "terms/cherry.yaml"
    assert "'cherry' is in no learning path" in problem.message


def test_a_path_listing_a_term_before_its_prerequisite_is_reported() -> None:
    apple = make_term("apple", ("banana",), "apples")
    apple = replace(apple, related=(Relation("cherry", RelationKind.PREREQUISITE),))
    glossary = make_glossary(apple)
    glossary = replace(
        glossary, paths={"fruit": replace(glossary.paths["fruit"], origin=Origin("paths/fruit.yaml", 1))}
    )
    problem = only_problem(glossary)
    assert problem.path == "paths/fruit.yaml"
    assert "'fruit' lists 'apple' before its prerequisite 'cherry'" in problem.message


def test_a_prerequisite_listed_first_or_outside_the_path_is_fine() -> None:
    cherry = replace(
        make_term("cherry", ("apple",), "cherries"), related=(Relation("apple", RelationKind.PREREQUISITE),)
    )
    assert editorial_problems(make_glossary(cherry)) == []
    glossary = make_glossary(cherry)
    path = replace(glossary.paths["fruit"], steps=("banana", "cherry"))
    other = LearningPath("more", "More", "More fruit.", ("apple",))
    assert editorial_problems(replace(glossary, paths={"fruit": path, "more": other})) == []


def test_an_alias_that_is_another_terms_title_is_reported() -> None:
    apple = replace(make_term("apple", ("banana",), "apples"), aliases=("BANANA",))
    problem = only_problem(make_glossary(apple))
    assert problem.path == "terms/apple.yaml"
    assert "alias 'BANANA' is the title of term 'banana'" in problem.message


@pytest.mark.parametrize(
    ("term_id", "alias"),
    [("over-refusal", "over-compliance"), ("honesty", "Calibration"), ("inner-alignment", "mesa-optimization")],
)
def test_an_alias_from_a_known_non_synonym_pair_is_reported(term_id: str, alias: str) -> None:
    term = replace(make_term(term_id, ("apple",), "pears"), aliases=(alias,))
    glossary = make_glossary(term)
    path = replace(glossary.paths["fruit"], steps=(*glossary.paths["fruit"].steps, term_id))
    problem = only_problem(replace(glossary, paths={"fruit": path}))
    assert problem.path == f"terms/{term_id}.yaml"
    assert f"alias '{alias}' is not another name for it" in problem.message


def test_a_real_other_name_is_a_fine_alias() -> None:
    apple = replace(make_term("apple", ("banana",), "apples"), aliases=("pomme", "Apple"))
    assert editorial_problems(make_glossary(apple)) == []


def test_a_term_reached_only_through_a_learning_path_is_fine() -> None:
    glossary = make_glossary(make_term("durian", ("apple",), "durians"))
    path = LearningPath("more", "More", "More fruit.", ("apple", "banana", "durian"))
    glossary = replace(glossary, paths={**glossary.paths, "more": path})
    assert editorial_problems(glossary) == []


def test_a_comparison_with_four_dimensions_is_reported() -> None:
    problem = only_problem(make_glossary(comparison=make_comparison(dimension_count=4)))
    assert problem.path == "comparisons/apple-vs-banana.yaml"
    assert "4 dimensions" in problem.message


def test_a_dimension_without_a_cell_for_a_term_is_reported() -> None:
    comparison = make_comparison()
    first = comparison.dimensions[0]
    only_apple = replace(first, cells={"apple": first.cells["apple"]})
    comparison = replace(comparison, dimensions=(only_apple, *comparison.dimensions[1:]))
    problem = only_problem(make_glossary(comparison=comparison))
    assert "'Row 1'" in problem.message
    assert "'banana'" in problem.message


def test_a_comparison_without_tell_apart_is_reported() -> None:
    problem = only_problem(make_glossary(comparison=replace(make_comparison(), tell_apart="")))
    assert "tell_apart" in problem.message


def test_two_entries_sharing_a_sentence_are_reported() -> None:
    apple = make_term("apple", ("banana",), "apples")
    banana = make_term("banana", ("cherry",), "bananas")
    # The same sentence, with different case, spacing, punctuation and markup.
    banana = replace(banana, examples=("*the DEFINITION explains* what apples  means, for a reader new to it!",))
    problem = only_problem(make_glossary(apple, banana))
    assert problem.path == "terms/banana.yaml"
    assert "term 'apple', definition" in problem.message
    assert "term 'banana', example 1" in problem.message


def test_a_short_shared_sentence_or_a_repeat_inside_one_entry_is_fine() -> None:
    apple = make_term("apple", ("banana",), "apples")
    apple = replace(apple, examples=(*apple.examples, "Readers should care about apples because it changes outcomes."))
    banana = replace(make_term("banana", ("cherry",), "bananas"), examples=("It changes outcomes a lot.",))
    cherry = replace(make_term("cherry", ("apple",), "cherries"), examples=("It changes outcomes a lot.",))
    assert editorial_problems(make_glossary(apple, banana, cherry)) == []


def test_ten_words_copied_from_a_reference_text_are_reported() -> None:
    apple = make_term("apple", ("banana",), "apples")
    reference = {"seed article": "Quite unrelated. The definition explains what apples means for a reader new here."}
    problem = only_problem(make_glossary(apple), reference)
    assert problem.path == "terms/apple.yaml"
    assert "definition" in problem.message
    assert "seed article" in problem.message
    assert "'the definition explains what apples means for a reader new'" in problem.message


def test_nine_words_in_common_with_a_reference_text_are_fine() -> None:
    reference = {"seed article": "The definition explains what apples means for a reader elsewhere."}
    assert editorial_problems(make_glossary(), reference_texts=reference) == []


def test_a_term_without_examples_is_reported() -> None:
    apple = replace(make_term("apple", ("banana",), "apples"), examples=())
    problem = only_problem(make_glossary(apple))
    assert problem.path == "terms/apple.yaml"
    assert "'examples'" in problem.message


@pytest.mark.parametrize(
    ("field", "empty", "named"),
    [
        ("summary", "", "'summary'"),
        ("definition", "  ", "'definition'"),
        ("why_it_matters", "", "'why_it_matters'"),
        ("sources", (), "'sources'"),
        ("related", (), "'related'"),
    ],
)
def test_a_term_missing_a_required_part_is_reported(field: str, empty: Any, named: str) -> None:
    # The term stays reachable when it loses its own relations: cherry still relates to it.
    apple = replace(make_term("apple", ("banana",), "apples"), **{field: empty})
    problem = only_problem(make_glossary(apple))
    assert problem.path == "terms/apple.yaml"
    assert named in problem.message


def test_a_source_without_a_year_is_reported() -> None:
    apple = replace(make_term("apple", ("banana",), "apples"), sources=(replace(SOURCE, year=0),))
    problem = only_problem(make_glossary(apple))
    assert "'A study' has no year" in problem.message


def test_a_source_with_only_a_venue_is_fine_but_one_with_nothing_to_find_it_by_is_reported() -> None:
    nowhere = Source(authors="Doe, J.", year=2020, title="Lost notes")
    problem = only_problem(make_glossary(replace(make_term("apple", ("banana",), "apples"), sources=(nowhere,))))
    assert "'Lost notes'" in problem.message
    for findable in (replace(nowhere, arxiv="2001.00001"), replace(nowhere, url="https://example.org/notes")):
        apple = replace(make_term("apple", ("banana",), "apples"), sources=(findable,))
        assert editorial_problems(make_glossary(apple)) == []
