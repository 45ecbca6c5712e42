"""Editorial checks on loaded content: the rules a glossary must meet beyond being well-formed.

The loader rejects what it cannot read; these checks judge what it did read. Each rule is one small function
that returns `Problem`s placed at the offending item's origin; `editorial_problems` runs them all. No Qt.

Text is compared after removing markup (`markup.plain_text`) and normalising case, whitespace and punctuation,
so that `*Alignment*,` and `alignment` count as the same word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from desktop.core.content.markup import link_targets, plain_text, safe_href
from desktop.core.content.model import Comparison, Glossary, Origin, Problem, RelationKind, Source, Term

MAX_SUMMARY_WORDS = 25
MIN_DIMENSIONS = 5
MIN_SHARED_SENTENCE_WORDS = 6
COPIED_RUN_WORDS = 10

_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*- )")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z])")
# A full stop after these does not end a sentence: "Bai et al. (2022)", "e.g. RLHF", "J. Schulman".
_ABBREVIATION = re.compile(r"(?:\b(?:al|e\.g|i\.e|vs|cf|Dr|Mr|Mrs|Ms|St)|(?<![\w.])[A-Z])\.$")
_WORD = re.compile(r"\w+(?:'\w+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_NO_REFERENCES: Mapping[str, str] = MappingProxyType({})

# Names that look alike or travel together but do not mean the same thing: neither may be an alias of the
# other. Each pair is written as words; the check compares normalised names (see `normalise`).
NOT_SYNONYMS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("over refusal", "over compliance"),
        ("honesty", "calibration"),
        ("honesty", "truthfulness"),
        ("inner alignment", "mesa optimization"),
        ("safe behavior", "safety"),
        ("ai safety", "alignment"),
        ("ai safety", "ai security"),
        ("jailbreak", "prompt injection"),
        ("hallucination", "dishonesty"),
        ("hallucination", "lying"),
        ("sycophancy", "helpfulness"),
        ("corrigibility", "obedience"),
        ("deceptive alignment", "sycophancy"),
        ("deceptive alignment", "alignment faking"),
        ("specification gaming", "goal misgeneralization"),
        ("reliability", "robustness"),
        ("interpretability", "chain of thought monitoring"),
        ("capability", "alignment"),
        ("rlhf", "rlaif"),
        ("rlaif", "constitutional ai"),
        ("agi", "superintelligence"),
    )
)


@dataclass(frozen=True, slots=True)
class _Text:
    """One text field of one entry, with the names used in messages."""

    entry: str
    field: str
    text: str
    origin: Origin

    def problem(self, message: str) -> Problem:
        """A problem in this field: the message is prefixed with the entry and the field."""
        return Problem(self.origin.path, self.origin.line, f"{self.entry}, {self.field}: {message}")


# --- helpers (public for tests) ------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a text without markup, lower-cased and stripped of punctuation."""
    folded = unicodedata.normalize("NFKC", plain_text(text)).translate(_QUOTES).casefold()
    return _WORD.findall(folded)


def normalise(text: str) -> str:
    """A text as a comparable string: its words joined by single spaces."""
    return " ".join(words(text))


def sentences(text: str) -> list[str]:
    """The sentences of a text, markup removed; paragraphs and list items always end a sentence."""
    found: list[str] = []
    for block in _BLOCK_BREAK.split(text):
        line = plain_text(block.strip().removeprefix("- "))
        pieces = [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]
        for index, piece in enumerate(pieces):
            if index and _ABBREVIATION.search(pieces[index - 1]):
                found[-1] += " " + piece
            else:
                found.append(piece)
    return found


def _runs_against(text: str, reference_ngrams: set[tuple[str, ...]], n: int) -> set[str]:
    """Maximal runs of `text` in which every `n` consecutive words also occur together in the reference."""
    tokens = words(text)
    hits = [i for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) in reference_ngrams]
    runs: set[str] = set()
    start = 0
    for position, index in enumerate(hits):
        if position == 0 or hits[position - 1] != index - 1:
            start = index  # a new run begins
        if position + 1 == len(hits) or hits[position + 1] != index + 1:
            runs.add(" ".join(tokens[start : index + n]))  # the run ends here
    return runs


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def shared_runs(a: str, b: str, n: int) -> set[str]:
    """Each longest run of at least `n` consecutive (normalised) words that text `a` shares with text `b`."""
    return _runs_against(a, _ngrams(b, n), n)


# --- walking the content -------------------------------------------------------------------------------


def _term_texts(term: Term) -> Iterator[_Text]:
    entry = f"term '{term.id}'"
    yield _Text(entry, "summary", term.summary, term.origin)
    yield _Text(entry, "definition", term.definition, term.origin)
    yield _Text(entry, "why_it_matters", term.why_it_matters, term.origin)
    yield _Text(entry, "how_it_works", term.how_it_works, term.origin)
    for number, example in enumerate(term.examples, start=1):
        yield _Text(entry, f"example {number}", example, term.origin)
    for number, item in enumerate(term.misconceptions, start=1):
        yield _Text(entry, f"misconception {number} myth", item.myth, term.origin)
        yield _Text(entry, f"misconception {number} fact", item.fact, term.origin)


def _comparison_texts(comparison: Comparison) -> Iterator[_Text]:
    entry = f"comparison '{comparison.id}'"
    yield _Text(entry, "summary", comparison.summary, comparison.origin)
    for dimension in comparison.dimensions:
        for term_id, cell in dimension.cells.items():
            yield _Text(entry, f"dimension '{dimension.name}', {term_id} cell", cell, comparison.origin)
    yield _Text(entry, "tell_apart", comparison.tell_apart, comparison.origin)


def _texts(glossary: Glossary) -> Iterator[_Text]:
    """Every text field of every term and comparison, in a stable order."""
    for term in glossary.terms.values():
        yield from _term_texts(term)
    for comparison in glossary.comparisons.values():
        yield from _comparison_texts(comparison)


def _at(item: Term | Comparison, message: str) -> Problem:
    return Problem(item.origin.path, item.origin.line, message)


# --- the rules -----------------------------------------------------------------------------------------


def missing_parts(glossary: Glossary) -> list[Problem]:
    """A term without a summary, definition, why it matters, an example, a source or a related term."""
    problems: list[Problem] = []
    for term in glossary.terms.values():
        parts = {
            "summary": term.summary.strip(),
            "definition": term.definition.strip(),
            "why_it_matters": term.why_it_matters.strip(),
            "examples": any(e.strip() for e in term.examples),
            "sources": term.sources,
            "related": term.related,
        }
        missing = [part for part, present in parts.items() if not present]
        problems.extend(_at(term, f"term '{term.id}': required part '{part}' is empty") for part in missing)
    return problems


def long_summaries(glossary: Glossary) -> list[Problem]:
    """A term summary over the word limit."""
    problems: list[Problem] = []
    for term in glossary.terms.values():
        count = len(plain_text(term.summary).split())
        if count > MAX_SUMMARY_WORDS:
            problems.append(_at(term, f"term '{term.id}': the summary has {count} words (at most {MAX_SUMMARY_WORDS})"))
    return problems


def _source_problems(entry: str, source: Source) -> Iterator[str]:
    if not 1000 <= source.year <= 2100:
        yield f"{entry}: source '{source.title}' has no year"
    if not (source.arxiv or source.url or source.venue):
        yield f"{entry}: source '{source.title}' gives no arXiv id, URL or venue"


def weak_sources(glossary: Glossary) -> list[Problem]:
    """A source without a year, or one a reader cannot find: no arXiv id, no URL and no venue."""
    problems: list[Problem] = []
    items: list[tuple[str, Term | Comparison]] = [(f"term '{t.id}'", t) for t in glossary.terms.values()]
    items += [(f"comparison '{c.id}'", c) for c in glossary.comparisons.values()]
    for entry, item in items:
        for source in item.sources:
            problems.extend(_at(item, message) for message in _source_problems(entry, source))
    return problems


def dangling_links(glossary: Glossary) -> list[Problem]:
    """An inline link to a term id that does not exist, or to neither a term nor a web page."""
    problems: list[Problem] = []
    for text in _texts(glossary):
        for target in link_targets(text.text):
            if target.startswith("term:") and target[5:] not in glossary.terms:
                problems.append(text.problem(f"links to unknown term '{target[5:]}'"))
            elif not target.startswith("term:") and safe_href(target) is None:
                problems.append(text.problem(f"link target '{target}' is not allowed"))
    return problems


def unreachable_terms(glossary: Glossary) -> list[Problem]:
    """A term no other term relates to, no comparison includes and no learning path includes."""
    reached: set[str] = set()
    for term in glossary.terms.values():
        reached.update(r.target for r in term.related if r.target != term.id)
    for comparison in glossary.comparisons.values():
        reached.update(comparison.terms)
    for path in glossary.paths.values():
        reached.update(path.steps)
    why = "no other term relates to it, and no comparison or learning path includes it"
    return [
        _at(term, f"term '{term.id}' is unreachable: {why}")
        for term in glossary.terms.values()
        if term.id not in reached
    ]


def _names_of(term: Term) -> set[str]:
    """The normalised names a term is known by: its id read as words, its title and its full name."""
    names = {normalise(term.id.replace("-", " ")), normalise(term.title)}
    if term.full_name:
        names.add(normalise(term.full_name))
    return names


def bad_aliases(glossary: Glossary) -> list[Problem]:
    """An alias that is another term's title, or one of a known pair of names that are not synonyms."""
    titles = {normalise(term.title): term.id for term in glossary.terms.values()}
    problems: list[Problem] = []
    for term in glossary.terms.values():
        own = _names_of(term)
        for alias in term.aliases:
            key = normalise(alias)
            other = titles.get(key)
            if other is not None and other != term.id:
                message = f"term '{term.id}': alias '{alias}' is the title of term '{other}'"
                problems.append(_at(term, message))
            elif any(frozenset((name, key)) in NOT_SYNONYMS for name in own):
                problems.append(_at(term, f"term '{term.id}': alias '{alias}' is not another name for it"))
    return problems


def path_order(glossary: Glossary) -> list[Problem]:
    """A learning path that lists a term before one of its declared prerequisites that the path also lists."""
    problems: list[Problem] = []
    for path in glossary.paths.values():
        position = {step: index for index, step in enumerate(path.steps)}
        for index, step in enumerate(path.steps):
            term = glossary.terms.get(step)
            if term is None:
                continue
            for relation in term.related:
                if relation.kind is not RelationKind.PREREQUISITE:
                    continue
                if position.get(relation.target, -1) > index:
                    message = f"learning path '{path.id}' lists '{step}' before its prerequisite '{relation.target}'"
                    problems.append(Problem(path.origin.path, path.origin.line, message))
    return problems


def terms_outside_paths(glossary: Glossary) -> list[Problem]:
    """A term that no learning path includes."""
    in_paths = {step for path in glossary.paths.values() for step in path.steps}
    return [
        _at(term, f"term '{term.id}' is in no learning path")
        for term in glossary.terms.values()
        if term.id not in in_paths
    ]


def thin_comparisons(glossary: Glossary) -> list[Problem]:
    """A comparison with too few dimensions, a missing cell, or no closing "how to tell them apart"."""
    problems: list[Problem] = []
    for comparison in glossary.comparisons.values():
        entry = f"comparison '{comparison.id}'"
        if len(comparison.dimensions) < MIN_DIMENSIONS:
            count = len(comparison.dimensions)
            problems.append(_at(comparison, f"{entry} has {count} dimensions (at least {MIN_DIMENSIONS})"))
        for dimension in comparison.dimensions:
            for term_id in comparison.terms:
                if not dimension.cells.get(term_id, "").strip():
                    message = f"{entry}: dimension '{dimension.name}' has no cell for '{term_id}'"
                    problems.append(_at(comparison, message))
        if not comparison.tell_apart.strip():
            problems.append(_at(comparison, f"{entry} has no tell_apart"))
    return problems


def shared_sentences(glossary: Glossary) -> list[Problem]:
    """A sentence (of at least six words) that appears in two different entries."""
    first_seen: dict[str, _Text] = {}
    problems: list[Problem] = []
    for text in _texts(glossary):
        for sentence in sentences(text.text):
            key = normalise(sentence)
            if len(key.split()) < MIN_SHARED_SENTENCE_WORDS:
                continue
            first = first_seen.setdefault(key, text)
            if first.entry != text.entry:
                where = f"{first.entry}, {first.field}"
                problems.append(text.problem(f"shares a sentence with {where}: {sentence!r}"))
    return problems


def copied_wording(glossary: Glossary, reference_texts: Mapping[str, str]) -> list[Problem]:
    """A run of ten or more consecutive words taken over from a reference text."""
    references = {name: _ngrams(body, COPIED_RUN_WORDS) for name, body in reference_texts.items()}
    problems: list[Problem] = []
    for text in _texts(glossary):
        for name, ngrams in references.items():
            for run in sorted(_runs_against(text.text, ngrams, COPIED_RUN_WORDS)):
                problems.append(text.problem(f"copies wording from the {name}: {run!r}"))
    return problems


def editorial_problems(glossary: Glossary, *, reference_texts: Mapping[str, str] = _NO_REFERENCES) -> list[Problem]:
    """Every editorial problem in the glossary.

    `reference_texts` maps a name ("seed article") to a text whose wording the glossary must not copy.
    """
    return [
        *missing_parts(glossary),
        *long_summaries(glossary),
        *weak_sources(glossary),
        *dangling_links(glossary),
        *unreachable_terms(glossary),
        *bad_aliases(glossary),
        *path_order(glossary),
        *terms_outside_paths(glossary),
        *thin_comparisons(glossary),
        *shared_sentences(glossary),
        *copied_wording(glossary, reference_texts),
    ]
