"""The broken corpus: every file in tests/data/broken/ produces the message written for it in expected.yaml.

Top-level `.yaml` files are bundled-format term files, checked as `alignment-atlas check FILE` does (strictly,
against the bundled glossary). `.csv` files and folders are glossary packs, loaded beside the bundled glossary as
`--pack` does. Nothing may raise, and no pack may change a bundled term.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop.core.content.loader import check_files
from desktop.core.content.model import Glossary, Problem
from desktop.core.packs.loading import check_pack, with_packs

CORPUS = Path(__file__).resolve().parent / "data" / "broken"
EXPECTED: dict[str, list[str]] = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))


def _entries() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.name != "expected.yaml")


def _shown(problem: Problem, entry: Path) -> str:
    """A problem as expected.yaml writes it: `line: message`, with the path inside a folder in front."""
    where = Path(problem.path).resolve()
    if entry.is_dir() and where != entry:
        return f"{where.relative_to(entry).as_posix()}:{problem.line}: {problem.message}"
    return f"{problem.line}: {problem.message}"


def _problems(entry: Path, glossary: Glossary) -> list[Problem]:
    if entry.suffix == ".yaml":
        return check_files([entry], context=glossary)
    return list(check_pack(entry, glossary).problems)


def test_the_corpus_is_complete() -> None:
    entries = _entries()
    assert len(entries) >= 30
    assert sorted(EXPECTED) == entries, "every broken file needs an expected message, and every message a file"


@pytest.mark.parametrize("name", _entries())
def test_broken_file_gives_its_message(name: str, glossary: Glossary) -> None:
    entry = CORPUS / name
    shown = [_shown(problem, entry) for problem in _problems(entry, glossary)]
    for expected in EXPECTED[name]:
        assert any(expected in text for text in shown), f"{name}: expected {expected!r} in {shown}"
    assert not any("unexpected error" in text for text in shown), shown


@pytest.mark.parametrize("name", [n for n in _entries() if not n.endswith(".yaml")])
def test_a_broken_pack_never_replaces_bundled_content(name: str, glossary: Glossary) -> None:
    loaded = with_packs(glossary, [CORPUS / name])
    for term_id, term in glossary.terms.items():
        assert loaded.terms[term_id] is term
    assert set(loaded.categories) >= set(glossary.categories)
    assert all(loaded.categories[c] is glossary.categories[c] for c in glossary.categories)
    assert loaded.problems[: len(glossary.problems)] == glossary.problems
    assert all(t.pack for t in loaded.terms.values() if t.id not in glossary.terms)


def test_all_of_the_corpus_as_packs_at_once_still_loads(glossary: Glossary) -> None:
    packs = [CORPUS / name for name in _entries() if not name.endswith(".yaml")]
    loaded = with_packs(glossary, packs)
    assert len(loaded.terms) > len(glossary.terms)
    assert all(problem.path for problem in loaded.problems)
