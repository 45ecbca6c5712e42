"""Search ranking: the tiers, typos, aliases, accents and body matches, on the bundled content and on small cases."""

from __future__ import annotations

from desktop.core.content.model import Glossary, Relation, RelationKind, Source, Term
from desktop.core.search.index import FoldedTerm, SearchIndex, Tier, rank_all, rank_term
from desktop.core.search.textfold import fold, osa_distance


def term(term_id: str, title: str, *, aliases: tuple[str, ...] = (), body: str = "") -> Term:
    return Term(
        id=term_id,
        title=title,
        category="goals",
        summary=body or f"About {title}.",
        definition="",
        why_it_matters="",
        examples=(),
        related=(Relation("x", RelationKind.RELATED),),
        sources=(Source("A", 2020, "T"),),
        aliases=aliases,
    )


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.term_id for hit in index.search(query)]


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Goodhart’s  LAW") == "goodhart s law"
    assert fold("Désalignement") == "desalignement"
    assert fold("Straße") == "strasse"


def test_osa_distance_counts_a_swap_as_one_edit() -> None:
    assert osa_distance("rlfh", "rlhf") == 1
    assert osa_distance("halucination", "hallucination") == 1
    assert osa_distance("safety", "sycophancy") == 2  # capped at limit + 1


def test_tiers_in_order() -> None:
    terms = [
        term("a", "Reward model"),
        term("b", "Reward hacking"),
        term("c", "Inverse reward design"),
        term("d", "Unrewarded effort"),
        term("e", "Rewrad typo target"),
        term("f", "Something else", body="It talks about reward signals."),
        term("g", "Unrelated"),
    ]
    folded = [FoldedTerm.of(t) for t in terms]
    assert rank_term(fold("reward model"), folded[0]) is Tier.EXACT
    assert rank_term(fold("reward"), folded[0]) is Tier.PREFIX
    assert rank_term(fold("reward"), folded[2]) is Tier.WORD_PREFIX
    assert rank_term(fold("reward"), folded[3]) is Tier.SUBSTRING
    assert rank_term(fold("reward"), folded[4]) is Tier.FUZZY
    assert rank_term(fold("reward"), folded[5]) is Tier.BODY
    assert rank_term(fold("reward"), folded[6]) is None
    index = SearchIndex(terms)
    assert ids(index, "reward") == ["a", "b", "c", "d", "e", "f"]


def test_short_words_are_not_fuzzy() -> None:
    index = SearchIndex([term("a", "Bias"), term("b", "Bus")])
    assert ids(index, "bas") == []


def test_empty_query_keeps_display_order() -> None:
    terms = [term("z", "Zeta"), term("a", "Alpha")]
    assert ids(SearchIndex(terms), "") == ["z", "a"]
    assert ids(SearchIndex(terms), "   ") == ["z", "a"]


def test_bundled_typos_aliases_and_exact_matches(glossary: Glossary) -> None:
    index = SearchIndex(glossary.terms.values())
    assert ids(index, "rlfh")[0] == "rlhf"
    assert ids(index, "halucination")[0] == "hallucination"
    assert ids(index, "reinforcement learning from human feedback")[0] == "rlhf"
    assert ids(index, "RLHF")[0] == "rlhf"
    assert ids(index, "LLM")[0] == "large-language-model"
    assert ids(index, "reward hacking")[0] == "specification-gaming"
    assert ids(index, "HALLUCINATION")[0] == "hallucination"
    assert ids(index, "hallucinatión")[0] == "hallucination"


def test_exact_beats_prefix_beats_body(glossary: Glossary) -> None:
    index = SearchIndex(glossary.terms.values())
    hits = index.search("alignment")
    assert hits[0].term_id == "alignment"  # "alignment" is an alias of AI alignment: exact
    tiers = [hit.tier for hit in hits]
    assert tiers == sorted(tiers)
    assert Tier.BODY in tiers  # many entries mention alignment in their text
    assert hits[-1].tier is Tier.BODY


def test_body_only_match(glossary: Glossary) -> None:
    hits = SearchIndex(glossary.terms.values()).search("coinrun")
    assert hits, "CoinRun is mentioned in the text of several entries"
    assert {hit.tier for hit in hits} == {Tier.BODY}
    assert "goal-misgeneralization" in [hit.term_id for hit in hits]


def test_limit() -> None:
    index = SearchIndex([term(str(i), f"Term {i}") for i in range(10)])
    assert len(index.search("term", limit=3)) == 3


def test_a_title_equal_to_the_query_comes_before_the_same_word_as_an_alias() -> None:
    # WordNet-style entries: "andiron" and "cad" list "dog" among their other names, and sort before "Dog".
    terms = [
        term("andiron", "Andiron", aliases=("firedog", "dog", "dog-iron")),
        term("cad", "Cad", aliases=("bounder", "dog")),
        term("dog", "Dog", aliases=("domestic dog",)),
        term("dogwood", "Dogwood"),
    ]
    index = SearchIndex(terms)
    assert ids(index, "dog") == ["dog", "andiron", "cad", "dogwood"]
    assert ids(index, "DOG") == ["dog", "andiron", "cad", "dogwood"]
    assert [hit.term_id for hit in rank_all("dog", [FoldedTerm.of(t) for t in terms])] == ids(index, "dog")
    assert [hit.tier for hit in index.search("dog")][:3] == [Tier.EXACT] * 3
