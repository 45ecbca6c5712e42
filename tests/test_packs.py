"""User glossary packs: CSV and YAML packs load beside the bundled glossary, searchable, printable, comparable."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from desktop import resources
from desktop.core.content.compare import compare_terms
from desktop.core.content.loader import load_glossary
from desktop.core.content.model import ID_PATTERN, Glossary, Problem, RelationKind, Source
from desktop.core.packs import csv_pack, pack_builder
from desktop.core.packs import loading as packs
from desktop.core.packs.csv_pack import parse_source
from desktop.core.packs.loading import check_pack, pack_name, with_packs
from desktop.core.packs.pack_builder import fold_key, slugify
from desktop.core.search.index import SearchIndex
from desktop.document import DocumentBuilder, TermContext

HEADER = "term,summary,definition,category,related,aliases,source\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def messages(glossary: Glossary) -> list[str]:
    return [str(p) for p in glossary.problems]


# --- CSV --------------------------------------------------------------------------------------------------------


def test_csv_pack_terms_join_the_glossary(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(
        tmp_path / "Ethics class.csv",
        HEADER + 'Value learning,Learning what people want.,"Long text, with a comma.\n\nSecond paragraph.",Goals,'
        "rlhf|Reward Model|Moral uncertainty,VL|values,Russell S. (2019). Human Compatible. https://example.org/hc\n"
        "Moral uncertainty,Not knowing which ethics is right.,,Ethics,value learning,,https://example.org/mu\n",
    )
    loaded = with_packs(glossary, [csv_file])
    assert messages(loaded) == []
    value = loaded.term("value-learning")
    assert value.pack == "Ethics class"
    assert value.title == "Value learning"
    assert value.aliases == ("VL", "values")
    assert value.category == "goals"  # a bundled category, named by title, case ignored
    assert value.definition == "Long text, with a comma.\n\nSecond paragraph."
    assert [r.target for r in value.related] == ["rlhf", "reward-model", "moral-uncertainty"]
    assert {r.kind for r in value.related} == {RelationKind.RELATED}
    assert value.sources == (
        Source(authors="Russell S.", year=2019, title="Human Compatible", url="https://example.org/hc"),
    )
    assert value.origin.line == 2
    moral = loaded.term("moral-uncertainty")
    assert moral.origin.line == 5  # the quoted cell above spans three lines
    assert loaded.categories[moral.category].title == "Ethics"  # a new category, made by the pack
    assert moral.summary == "Not knowing which ethics is right."
    assert moral.sources == (Source(authors="", year=0, title="", url="https://example.org/mu"),)
    assert moral.why_it_matters == "" and moral.examples == ()
    assert len(loaded.terms) == len(glossary.terms) + 2


def test_bom_semicolons_crlf_and_title_matching(tmp_path: Path, glossary: Glossary) -> None:
    text = (
        "Term;Summary;Definition;Related\r\n"
        "Café;Un lieu pour parler.;Le café est un lieu.;THÉ vert|goodhart's law\r\n"
        "Thé vert;Une boisson.;;cafe\r\n"
    )
    csv_file = write(tmp_path / "fr.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    loaded = with_packs(glossary, [csv_file])
    assert messages(loaded) == []
    cafe = loaded.term("cafe")
    assert [r.target for r in cafe.related] == ["the-vert", "goodharts-law"]
    assert loaded.term("the-vert").related[0].target == "cafe"
    assert cafe.category == loaded.term("the-vert").category == "pack-fr"
    assert loaded.categories["pack-fr"].title == "fr"


def test_old_mac_line_endings(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(tmp_path / "mac.csv", "term,summary\rOne,First.\rTwo,Second.\r")
    loaded = with_packs(glossary, [csv_file])
    assert messages(loaded) == []
    assert (loaded.term("one").origin.line, loaded.term("two").origin.line) == (2, 3)


def test_summary_comes_from_the_definition_when_missing(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(tmp_path / "p.csv", "term,definition\nThing,First sentence here. Second one.\n")
    term = with_packs(glossary, [csv_file]).term("thing")
    assert term.summary == "First sentence here."
    assert term.definition == "First sentence here. Second one."


def test_ids_are_slugs_unique_within_the_pack(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(tmp_path / "p.csv", "term,summary\nC++,A language.\nC,Another.\n日本語,Japanese.\n中文,Chinese.\n")
    loaded = with_packs(glossary, [csv_file])
    ids = sorted(t.id for t in loaded.terms.values() if t.pack)
    assert ids == ["c", "c-2", "term", "term-2"]
    assert all(ID_PATTERN.match(i) for i in ids)


def test_csv_collision_with_bundled_is_renamed_and_reported(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(tmp_path / "My Pack.csv", HEADER + "RLHF,My own RLHF.,,,alignment,,\nOther,x,,,RLHF,,\n")
    loaded = with_packs(glossary, [csv_file])
    assert loaded.term("rlhf") is glossary.term("rlhf")
    mine = loaded.term("my-pack-rlhf")
    assert mine.title == "RLHF" and mine.pack == "My Pack"
    assert loaded.term("other").related[0].target == "my-pack-rlhf"  # the pack means its own term
    assert messages(loaded) == [
        f"{mine.origin.path}:2: term id 'rlhf' is already used by the bundled glossary; this pack's 'RLHF' gets the "
        "id 'my-pack-rlhf'"
    ]


def test_source_forms() -> None:
    assert parse_source("Ouyang, L., et al. (2022). Training language models. https://arxiv.org/abs/2203.02155") == (
        Source(
            authors="Ouyang, L., et al.",
            year=2022,
            title="Training language models",
            url="https://arxiv.org/abs/2203.02155",
        )
    )
    assert parse_source("OpenAI, 2023, GPT-4 Technical Report") == Source("OpenAI", 2023, "GPT-4 Technical Report")
    assert parse_source("Smith (2020a): Title") == Source("Smith", 2020, "Title")
    assert parse_source("https://example.org/page") == Source("", 0, "", url="https://example.org/page")
    assert parse_source("A blog post https://example.org/x") == Source(
        "A blog post", 0, "", url="https://example.org/x"
    )
    assert parse_source("Somebody. A title without a year") is None
    assert parse_source("(0000)") is None  # found by the fuzzer: not a year
    assert parse_source("Smith " + ", " * 9000 + "(") is None  # linear, no regex backtracking


def test_source_html_without_year_or_title(glossary: Glossary) -> None:
    builder = DocumentBuilder(glossary)
    assert builder.source_html(Source("", 0, "", url="https://e.org/x")) == (
        '<a href="https://e.org/x">https://e.org/x</a>'
    )
    assert builder.source_html(Source("Smith, J.", 2020, "T")) == "Smith, J. (2020). <i>T</i>."
    assert builder.source_html(Source("Smith, J.", 0, "")) == "Smith, J."


def test_fold_and_slug() -> None:
    assert fold_key("  Goodhart’s   LAW ") == "goodhart s law"
    assert fold_key("Crème brûlée") == fold_key("creme brulee")
    assert slugify("Ætherial Straße") == "aetherial-strasse"
    assert slugify("C++") == "c"
    assert slugify("!!!") == ""
    assert slugify("𝑨 ﬁle") == "a-file"  # found by the fuzzer: compatibility letters decompose into capitals


# --- the pack's terms behave like bundled ones ------------------------------------------------------------------


def test_pack_terms_are_searchable_printable_comparable_and_escaped(tmp_path: Path, glossary: Glossary) -> None:
    csv_file = write(
        tmp_path / "p.csv",
        HEADER + 'Sneaky,"<img src=""file:///etc/passwd""> *bold* [x](javascript:alert(1))",'
        '"See [RLHF](term:rlhf) and <a href=""javascript:alert(1)"">this</a>.",,RLHF,,\n',
    )
    loaded = with_packs(glossary, [csv_file])
    term = loaded.term("sneaky")
    hits = SearchIndex(loaded.terms.values()).search("sneak")
    assert hits and hits[0].term_id == "sneaky"
    assert SearchIndex(loaded.terms.values()).search("passwd")[0].term_id == "sneaky"  # body text too
    builder = DocumentBuilder(loaded)
    html = builder.term_html(term, TermContext(interactive=False))
    assert "<img" not in html and "&lt;img" in html
    assert 'href="javascript' not in html
    assert '<a href="term:rlhf">RLHF</a>' in html
    assert "From the glossary pack “p”" in html
    for empty_section in ("Why it matters", "Examples", "Sources"):
        assert f"<h2>{empty_section}</h2>" not in html
    assert "<h2>Definition</h2>" in html and "<h2>Related terms</h2>" in html
    table = compare_terms(loaded, ["sneaky", "rlhf"])
    assert table.direct_links and table.rows
    assert builder.comparison_html(table, interactive=False)


def test_a_pack_term_without_relations_or_definition_prints(tmp_path: Path, glossary: Glossary) -> None:
    loaded = with_packs(glossary, [write(tmp_path / "p.csv", "term,summary\nBare,Only a summary.\n")])
    html = DocumentBuilder(loaded).term_html(loaded.term("bare"), TermContext(interactive=False))
    assert "<h2>" not in html  # nothing but the title, the category line and the summary box
    assert "Only a summary." in html


# --- YAML packs -------------------------------------------------------------------------------------------------


def yaml_term(term_id: str, extra: str = "") -> str:
    return f"id: {term_id}\ntitle: {term_id.title()}\nsummary: About {term_id}.\n{extra}"


def test_yaml_pack_folder_is_lenient_and_renames_collisions(tmp_path: Path, glossary: Glossary) -> None:
    root = tmp_path / "Course"
    write(root / "terms" / "alignment.yaml", yaml_term("alignment", "related:\n  - {id: mine, kind: part-of}\n"))
    write(
        root / "terms" / "mine.yaml",
        yaml_term(
            "mine", "category: training\nrelated:\n  - {id: alignment, kind: related}\n  - {id: rlhf, kind: related}\n"
        ),
    )
    write(root / "categories.yaml", "- id: course\n  title: Course words\n  description: Ours.\n")
    write(root / "terms" / "own.yaml", yaml_term("own", "category: course\n"))
    write(
        root / "paths" / "start.yaml",
        "id: start\ntitle: Start\ndescription: A walk.\nsteps: [alignment, mine, rlhf]\n",
    )
    loaded = with_packs(glossary, [root])
    assert loaded.term("alignment") is glossary.term("alignment")
    renamed = loaded.term("course-alignment")
    assert renamed.pack == "Course" and renamed.category == "pack-course"
    assert [(r.target, r.kind) for r in loaded.term("mine").related] == [
        ("course-alignment", RelationKind.RELATED),
        ("rlhf", RelationKind.RELATED),
    ]
    assert loaded.term("mine").category == "training"
    assert loaded.term("own").category == "course"
    assert loaded.categories["course"].title == "Course words"
    assert loaded.path("start").steps == ("course-alignment", "mine", "rlhf")
    assert len(loaded.problems) == 1
    assert "term id 'alignment' is already used by the bundled glossary" in loaded.problems[0].message


def test_yaml_files_directly_in_the_folder_and_csv_beside_them(tmp_path: Path, glossary: Glossary) -> None:
    root = tmp_path / "mixed"
    write(root / "one.yaml", yaml_term("one"))
    write(root / "more.csv", "term,summary,related\nTwo,The second.,One\n")
    loaded = with_packs(glossary, [root])
    assert messages(loaded) == []
    assert loaded.term("two").related[0].target == "one"
    assert {t.pack for t in loaded.terms.values() if t.pack} == {"mixed"}


def test_two_packs_never_replace_each_other(tmp_path: Path, glossary: Glossary) -> None:
    first = write(tmp_path / "a" / "first.csv", "term,summary\nShared,First.\n")
    second = write(tmp_path / "b" / "second.csv", "term,summary\nShared,Second.\n")
    loaded = with_packs(glossary, [first, second])
    assert loaded.term("shared").summary == "First."
    assert loaded.term("second-shared").summary == "Second."
    assert "already used by the pack 'first'" in loaded.problems[0].message
    again = with_packs(glossary, [first, write(tmp_path / "c" / "first.csv", "term,summary\nOther,x.\n")])
    assert "a pack named 'first' is already loaded; skipped" in again.problems[0].message
    assert "other" not in again.terms


def test_load_glossary_with_packs_and_a_language(tmp_path: Path) -> None:
    csv_file = write(tmp_path / "p.csv", "term,summary,related\nMine,Ours.,AI agent|KI-Sicherheit\n")
    german = load_glossary(resources.glossary_dir(), lang="de", packs=[csv_file])
    assert german.term("ai-agent").title == "KI-Agent"
    mine = german.term("mine")
    assert mine.pack == "p"
    assert not mine.untranslated
    # Found by the English title and by the German one.
    assert [r.target for r in mine.related] == ["ai-agent", "ai-safety"]
    assert [p for p in german.problems if "p.csv" in p.path] == []
    # The same on an already loaded (cached) German glossary, given the English names.
    english = load_glossary(resources.glossary_dir())
    plain_german = load_glossary(resources.glossary_dir(), lang="de")
    later = with_packs(plain_german, [csv_file], other_names={i: t.names for i, t in english.terms.items()})
    assert [r.target for r in later.term("mine").related] == ["ai-agent", "ai-safety"]


def test_pack_name_and_check_pack(tmp_path: Path, glossary: Glossary) -> None:
    assert pack_name(Path("/x/My terms.csv")) == "My terms"
    assert pack_name(Path("/x/Folder.d")) == "Folder.d"
    good = write(tmp_path / "good.csv", "term,summary\nA,B.\nC,D.\n")
    report = check_pack(good, glossary)
    assert (report.name, report.terms, report.problems, report.usable) == ("good", 2, (), True)
    installed = with_packs(glossary, [good])
    assert check_pack(good, installed).problems == ()  # checking a new version of an installed pack
    missing = check_pack(tmp_path / "nowhere", glossary)
    assert not missing.usable
    assert [p.message for p in missing.problems] == ["no such file or folder"]
    other = check_pack(write(tmp_path / "notes.txt", "hello"), glossary)
    assert other.problems[0].message == "a glossary pack is a folder of YAML term files or a .csv file"
    too_long = check_pack(tmp_path / ("x" * 300), glossary)
    assert too_long.problems[0].message == "cannot read the pack: File name too long"


# --- limits -----------------------------------------------------------------------------------------------------


def test_term_limit(tmp_path: Path, glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packs, "MAX_PACK_TERMS", 3)
    csv_file = write(tmp_path / "p.csv", "term,summary\n" + "".join(f"T{i},s.\n" for i in range(10)))
    loaded = with_packs(glossary, [csv_file])
    assert sum(1 for t in loaded.terms.values() if t.pack) == 3
    assert [p.message for p in loaded.problems] == ["more than 3 terms in the pack; the rest of the file is not read"]
    assert loaded.problems[0].line == 5


def test_file_size_limit(tmp_path: Path, glossary: Glossary) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.write(b"term,summary\n")
        handle.truncate(21 * 1024 * 1024)  # sparse: nothing is really written
    loaded = with_packs(glossary, [big])
    assert (loaded.problems[0].line, loaded.problems[0].message) == (0, "file is larger than 20 MB")
    yaml_file = tmp_path / "big" / "big.yaml"
    yaml_file.parent.mkdir()
    with yaml_file.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert "file is larger than 20 MB" in str(check_pack(yaml_file.parent, glossary).problems[0])


def test_category_limit(tmp_path: Path, glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_builder, "MAX_PACK_CATEGORIES", 2)
    rows = "".join(f"T{i},s.,,Cat {i}\n" for i in range(4))
    loaded = with_packs(glossary, [write(tmp_path / "p.csv", "term,summary,definition,category\n" + rows)])
    pack_categories = {t.category for t in loaded.terms.values() if t.pack}
    assert pack_categories == {"cat-0", "cat-1", "pack-p"}
    assert "more than 2 categories in the pack; 'Cat 2' goes into the pack's own category" in str(loaded.problems)


def test_csv_cell_limit_of_the_csv_module_is_reported(tmp_path: Path, glossary: Glossary) -> None:
    text = 'term,summary\nA,"' + "x" * 200_000 + "\nB,b\n"
    loaded = with_packs(glossary, [write(tmp_path / "p.csv", text)])
    assert re.search(r"p\.csv:2: cannot read the row: field larger than field limit", str(loaded.problems[0]))


def test_every_message_is_one_line(tmp_path: Path, glossary: Glossary) -> None:
    text = textwrap.dedent(
        """\
        term,summary,related,source
        "Multi
        line title",x,"Nope
        again",no year here
        """
    )
    loaded = with_packs(glossary, [write(tmp_path / "p.csv", text)])
    assert loaded.term("multi-line-title").title == "Multi line title"
    assert loaded.problems
    assert all("\n" not in str(p) for p in loaded.problems)


def test_problems_name_the_first_line_of_a_row(tmp_path: Path) -> None:
    """`read_csv_terms` reports problems with the row's first line, also after multi-line cells."""
    problems: list[Problem] = []
    rows = csv_pack.read_csv_terms(write(tmp_path / "p.csv", 'term,summary\nA,"one\ntwo"\n,orphan\n'), problems)
    assert [r.line for r in rows] == [2]
    assert [(p.line, p.message) for p in problems] == [(4, "the row has no term (the 'term' cell is empty)")]


# --- links that leave the pack (issue 21) -------------------------------------------------------------------------


def test_a_link_out_of_the_pack_folder_is_never_read(tmp_path: Path, glossary: Glossary) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "secret.yaml"
    secret.write_text(
        "id: stolen\ntitle: Stolen\nsummary: Should never load.\ndefinition: Read from outside the pack.\n",
        encoding="utf-8",
    )
    (outside / "notes.csv").write_text("term,summary\nLeaked,Should never load.\n", encoding="utf-8")
    pack = tmp_path / "Class"
    (pack / "terms").mkdir(parents=True)
    (pack / "terms" / "own.yaml").write_text(
        "id: own-idea\ntitle: Own idea\nsummary: The pack's own.\ndefinition: Written in the pack.\n", encoding="utf-8"
    )
    (pack / "terms" / "linked.yaml").symlink_to(secret)
    (pack / "data.csv").symlink_to(outside / "notes.csv")
    (pack / "comparisons").symlink_to(outside, target_is_directory=True)
    loaded = with_packs(glossary, [pack])
    assert "own-idea" in loaded.terms
    assert "stolen" not in loaded.terms and "leaked" not in loaded.terms
    left_out = [p for p in loaded.problems if "outside the pack" in p.message]
    assert {Path(p.path).name for p in left_out} >= {"linked.yaml", "data.csv"}
    assert not any("Should never load" in str(p) for p in loaded.problems)


def test_a_link_inside_the_pack_is_fine(tmp_path: Path, glossary: Glossary) -> None:
    pack = tmp_path / "Class"
    (pack / "terms").mkdir(parents=True)
    (pack / "drafts").mkdir()
    (pack / "drafts" / "own.yaml").write_text(
        "id: own-idea\ntitle: Own idea\nsummary: The pack's own.\ndefinition: Written in the pack.\n", encoding="utf-8"
    )
    (pack / "terms" / "own.yaml").symlink_to(pack / "drafts" / "own.yaml")
    assert "own-idea" in with_packs(glossary, [pack]).terms
