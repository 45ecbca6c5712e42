"""The loader: valid content loads into the model; every kind of bad content is reported as file:line: message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop.core.content.loader import check_files, load_glossary
from desktop.core.content.model import Problem, RelationKind, UnknownIdError

META = "content_version: '1.0'\ntitle: Test glossary\n"
CATEGORIES = "- id: goals\n  title: Goals\n  description: What we want.\n"


def term_yaml(term_id: str, *, related: str = "", title: str | None = None) -> str:
    related = related or ("rlhf" if term_id == "alignment" else "alignment")
    return textwrap.dedent(
        f"""\
        id: {term_id}
        title: {title or term_id.title()}
        category: goals
        summary: A short line about {term_id}.
        definition: |
          What {term_id} is.
        why_it_matters: Why {term_id} matters.
        examples:
          - An example of {term_id}.
        related:
          - id: {related}
            kind: related
        sources:
          - authors: Someone, A.
            year: 2020
            title: A paper
            arxiv: "2001.00001"
        """
    )


def make_glossary(root: Path, terms: dict[str, str]) -> Path:
    (root / "terms").mkdir(parents=True)
    (root / "meta.yaml").write_text(META, encoding="utf-8")
    (root / "categories.yaml").write_text(CATEGORIES, encoding="utf-8")
    for name, text in terms.items():
        (root / "terms" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return root


def only_problem(problems: tuple[Problem, ...] | list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_valid_glossary_loads_into_frozen_terms(tmp_path: Path) -> None:
    root = make_glossary(
        tmp_path / "g", {"alignment": term_yaml("alignment", related="rlhf"), "rlhf": term_yaml("rlhf")}
    )
    glossary = load_glossary(root)
    assert glossary.problems == ()
    assert set(glossary.terms) == {"alignment", "rlhf"}
    rlhf = glossary.term("rlhf")
    assert rlhf.related[0].target == "alignment"
    assert rlhf.related[0].kind is RelationKind.RELATED
    assert rlhf.sources[0].link == "https://arxiv.org/abs/2001.00001"
    assert rlhf.origin.line == 1
    with pytest.raises(AttributeError):
        rlhf.title = "changed"  # type: ignore[misc]
    with pytest.raises(UnknownIdError, match="'nope'"):
        glossary.term("nope")


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    broken = term_yaml("rlhf").replace("why_it_matters: Why rlhf matters.", "why_it_matters: [unclosed")
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment", related="rlhf"), "rlhf": broken})
    glossary = load_glossary(root)
    problem = glossary.problems[0]
    assert problem.path.endswith("terms/rlhf.yaml")
    assert problem.line == 8  # where the parser gave up
    assert problem.message.startswith("YAML syntax error: while parsing a flow sequence (from line 7)")
    assert "alignment" in glossary.terms  # the valid term still loads
    assert "rlhf" not in glossary.terms


def test_missing_required_field_is_reported_and_item_skipped(tmp_path: Path) -> None:
    text = term_yaml("rlhf").replace("summary: A short line about rlhf.\n", "")
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment"), "rlhf": text})
    glossary = load_glossary(root)
    problem = next(p for p in glossary.problems if "rlhf.yaml" in p.path)
    assert str(problem) == f"{problem.path}:1: missing required field: summary"
    assert "rlhf" not in glossary.terms


def test_wrong_type_names_the_field_and_its_line(tmp_path: Path) -> None:
    text = term_yaml("rlhf").replace("title: Rlhf", "title:\n  - a list")
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment"), "rlhf": text})
    problem = next(p for p in load_glossary(root).problems if "rlhf.yaml" in p.path)
    assert problem.line == 2
    assert problem.message == "field 'title' must be text, found a list"


def test_year_must_be_a_number(tmp_path: Path) -> None:
    text = term_yaml("rlhf").replace("year: 2020", "year: soon")
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment"), "rlhf": text})
    glossary = load_glossary(root)
    messages = [str(p) for p in glossary.problems]
    assert any(m.endswith(":15: source year must be a four-digit year, found text ('soon')") for m in messages), (
        messages
    )


def test_duplicate_id_keeps_the_first_and_names_both(tmp_path: Path) -> None:
    root = make_glossary(
        tmp_path / "g",
        {
            "alignment": term_yaml("alignment", related="rlhf"),
            "rlhf": term_yaml("rlhf"),
            "zz-copy": term_yaml("alignment", title="Second", related="rlhf"),
        },
    )
    glossary = load_glossary(root)
    messages = [str(p) for p in glossary.problems]
    duplicate = next(m for m in messages if ": duplicate term id" in m)
    assert "terms/zz-copy.yaml:1: duplicate term id 'alignment'" in duplicate, messages
    assert "terms/alignment.yaml:1" in duplicate
    assert glossary.term("alignment").title == "Alignment"


def test_dangling_related_id_is_reported_at_its_line_and_dropped(tmp_path: Path) -> None:
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment", related="no-such-term")})
    glossary = load_glossary(root)
    problem = only_problem(glossary.problems)
    assert problem.path.endswith("terms/alignment.yaml")
    assert problem.line == 11
    assert problem.message == "related term 'no-such-term' does not exist"
    assert glossary.term("alignment").related == ()


def test_unknown_field_and_kind_are_named(tmp_path: Path) -> None:
    text = term_yaml("rlhf").replace("kind: related", "kind: cousin-of") + "defintion: typo\n"
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment"), "rlhf": text})
    messages = [p.message for p in load_glossary(root).problems]
    assert any(m.startswith("unknown relation kind 'cousin-of'") for m in messages)
    assert any(m.startswith("unknown field 'defintion'") for m in messages)


def test_invalid_utf8_and_non_mapping_files(tmp_path: Path) -> None:
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment")})
    (root / "terms" / "latin1.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    (root / "terms" / "list.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    messages = sorted(str(p) for p in load_glossary(root).problems)
    assert any("latin1.yaml:1: not valid UTF-8" in m for m in messages), messages
    assert any("list.yaml:1: a term file must be a mapping of fields, found a list" in m for m in messages), messages


def test_comparison_missing_cell_and_unknown_term(tmp_path: Path) -> None:
    root = make_glossary(
        tmp_path / "g", {"alignment": term_yaml("alignment", related="rlhf"), "rlhf": term_yaml("rlhf")}
    )
    (root / "comparisons").mkdir()
    (root / "comparisons" / "a-vs-b.yaml").write_text(
        textwrap.dedent(
            """\
            id: a-vs-b
            terms: [alignment, rlhf]
            summary: Often mixed up.
            dimensions:
              - name: What it is
                cells:
                  alignment: A goal.
            tell_apart: Ask what it is.
            sources: [{authors: A, year: 2020, title: T}]
            """
        ),
        encoding="utf-8",
    )
    (root / "comparisons" / "c-vs-d.yaml").write_text(
        "id: c-vs-d\nterms: [alignment, ghost]\nsummary: s\ndimensions:\n"
        "  - name: n\n    cells: {alignment: x, ghost: y}\n"
        "tell_apart: t\nsources: [{authors: A, year: 2020, title: T}]\n",
        encoding="utf-8",
    )
    glossary = load_glossary(root)
    messages = [str(p) for p in glossary.problems]
    assert any("a-vs-b.yaml:7: dimension 'What it is' has no cell for rlhf" in m for m in messages), messages
    assert any("c-vs-d.yaml:1: comparison 'c-vs-d' names unknown term: ghost" in m for m in messages), messages
    assert glossary.comparisons == {}


def test_check_files_resolves_references_against_the_bundled_content(tmp_path: Path, glossary) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.yaml"
    good.write_text(
        term_yaml("good", related="rlhf").replace("category: goals", "category: training"), encoding="utf-8"
    )
    assert check_files([good], context=glossary) == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(term_yaml("bad", related="nowhere"), encoding="utf-8")
    assert [p.message for p in check_files([bad], context=glossary)] == ["related term 'nowhere' does not exist"]


def test_bundled_content_has_no_problems(glossary) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in glossary.problems] == []
    assert len(glossary.terms) >= 11


def test_path_order_orders_paths_and_names_an_unknown_id(tmp_path: Path) -> None:
    root = make_glossary(tmp_path / "g", {"alignment": term_yaml("alignment"), "rlhf": term_yaml("rlhf")})
    (root / "paths").mkdir()
    for path_id in ("alpha", "beta", "gamma"):
        (root / "paths" / f"{path_id}.yaml").write_text(
            f"id: {path_id}\ntitle: {path_id}\ndescription: A path.\nsteps: [alignment, rlhf]\n", encoding="utf-8"
        )
    (root / "meta.yaml").write_text(META + "path_order:\n  - gamma\n  - nowhere\n  - alpha\n", encoding="utf-8")
    glossary = load_glossary(root)
    assert list(glossary.paths) == ["gamma", "alpha", "beta"]  # named first, the rest by id
    problem = only_problem(glossary.problems)
    assert problem.path.endswith("meta.yaml") and problem.line == 3
    assert "nowhere" in problem.message
