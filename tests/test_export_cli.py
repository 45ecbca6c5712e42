"""`alignment-atlas export`: every form, the error exits (one stderr line, exit 2, no file) and progress lines."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pypdf
import pytest

from desktop.core.content.model import Glossary
from desktop.printing.booklet import Progress
from desktop.printing.export_command import ProgressReporter

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str]) -> int:
    """The real command line, in-process."""
    from desktop.cli import main as cli_main

    return cli_main(list(argv))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_single_term(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "rlhf.pdf"
    status, out, err = run(capsys, "--pdf", str(target), "--term", "rlhf", "--paper", "A4")
    assert (status, out, err) == (0, f"Wrote 1 page to {target}\n", "")
    reader = pypdf.PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "RLHF"
    assert reader.metadata.creator == "Alignment Atlas"


def test_every_selection_form(capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary) -> None:
    path_id = next(iter(glossary.paths))
    forms = {
        "terms": ["--term", "rlhf", "dpo"],
        "category": ["--category", "attacks"],
        "path": ["--path", path_id],
        "comparison": ["--comparison", "capability-vs-alignment"],
        "comparisons": ["--comparison", "rlhf-vs-dpo", "jailbreak+prompt-injection"],
    }
    titles = {
        "terms": "Selected terms",
        "category": glossary.categories["attacks"].title,
        "path": glossary.paths[path_id].title,
        "comparison": glossary.comparison_title(glossary.comparisons["capability-vs-alignment"]),
        "comparisons": "Comparisons",
    }
    for name, args in forms.items():
        target = tmp_path / f"{name}.pdf"
        status, out, err = run(capsys, "--pdf", str(target), *args, "--paper", "letter")
        assert status == 0, err
        reader = pypdf.PdfReader(target)
        assert out == f"Wrote {len(reader.pages)} pages to {target}\n" or len(reader.pages) == 1
        assert reader.metadata is not None
        assert reader.metadata.title == titles[name]
        assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]


def test_all_terms(capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary) -> None:
    target = tmp_path / "all.pdf"
    status, out, _ = run(capsys, "--pdf", str(target), "--all")
    assert status == 0
    pages = len(pypdf.PdfReader(target).pages)
    assert pages > len(glossary.terms) + 1
    assert out == f"Wrote {pages} pages to {target}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--term", "rlhf", "no-such-term"], "unknown term id 'no-such-term' (see 'alignment-atlas list')"),
        (["--category", "nope"], "unknown category 'nope' (available: foundations,"),
        (["--path", "nope"], "unknown learning path id 'nope' (available: "),
        (["--comparison", "nope"], "unknown comparison id 'nope' (available: "),
        (["--comparison", "rlhf+nope"], "unknown term id 'nope'"),
        (["--term", "rlhf", "--lang", "xx"], "unknown language 'xx'"),
    ],
)
def test_unknown_ids_exit_2_without_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    status, out, err = run(capsys, "--pdf", str(tmp_path / "x.pdf"), *args)
    assert status == 2
    assert out == ""
    assert err.startswith(f"alignment-atlas: {message}")
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_unwritable_paths_exit_2_without_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    for target in (tmp_path / "missing" / "x.pdf", tmp_path, a_file / "x.pdf"):
        status, out, err = run(capsys, "--pdf", str(target), "--term", "rlhf")
        assert status == 2
        assert out == ""
        assert err.startswith(f"alignment-atlas: cannot write the PDF to '{target}'")
        assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [a_file]


def test_empty_selection_exits_2_without_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_attacks = dataclasses.replace(
        glossary, terms={k: t for k, t in glossary.terms.items() if t.category != "attacks"}
    )
    monkeypatch.setattr("desktop.content.load_content", lambda lang="en", **_options: without_attacks)
    status, _, err = run(capsys, "--pdf", str(tmp_path / "x.pdf"), "--category", "attacks")
    assert (status, err) == (2, "alignment-atlas: category 'attacks' has no terms\n")
    assert list(tmp_path.iterdir()) == []


def test_a_selection_is_required(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--pdf", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["export", "--pdf", str(tmp_path / "x.pdf"), "--all", "--term", "rlhf"])
    with pytest.raises(SystemExit):
        main(["export", "--pdf", str(tmp_path / "x.pdf"), "--all", "--paper", "A5"])
    assert "--paper" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_progress_lines_only_after_a_second() -> None:
    now = [0.0]
    stream = io.StringIO()
    reporter = ProgressReporter(stream, clock=lambda: now[0])
    for done in range(10):
        now[0] = done * 0.25
        assert reporter(Progress("layout", done, 10))
    assert stream.getvalue().splitlines() == [
        "alignment-atlas: laying out 4 of 10 sections…",
        "alignment-atlas: laying out 8 of 10 sections…",
    ]
    now[0] = 9.0
    reporter(Progress("pages", 41, 120))
    assert stream.getvalue().splitlines()[-1] == "alignment-atlas: writing page 42 of 120…"


def test_headless_with_another_language(tmp_path: Path) -> None:
    """A separate process with no display and no platform set, as a script would run it; German content."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT)
    target = tmp_path / "agent.pdf"
    code = "import sys; from tests.test_export_cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["export", "--pdf", str(target), "--term", "ai-agent", "--lang", "de", "--paper", "A4"]
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(target)
    assert result.stdout == f"Wrote {len(reader.pages)} page{'s' if len(reader.pages) > 1 else ''} to {target}\n"
    assert reader.metadata is not None
    assert reader.metadata.title == "KI-Agent"
    assert "KI-Agent" in reader.pages[0].extract_text()


def test_parser_help_names_every_form(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text: Any = capsys.readouterr().out
    for option in ("--pdf", "--term", "--category", "--path", "--all", "--comparison", "--paper", "--lang"):
        assert option in text


PACK_CSV = """term,summary,definition,category
Tide pool,A rocky hollow that keeps seawater when the tide goes out.,It holds small sea animals.,shore
Alignment,A pack's own meaning of the word.,Here it means lining up posts in a fence.,shore
"""


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_export_prints_terms_of_a_pack_named_with_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "shore.csv"
    pack.write_text(PACK_CSV, encoding="utf-8")
    target = tmp_path / "tide.pdf"
    status, out, _err = run(capsys, "--pack", str(pack), "--pdf", str(target), "--term", "tide-pool")
    assert (status, out) == (0, f"Wrote 1 page to {target}\n")
    assert "rocky hollow" in _pdf_text(target)
    # Without the pack the id is unknown: one line, exit 2, no file.
    status, out, err = run(capsys, "--pdf", str(tmp_path / "none.pdf"), "--term", "tide-pool")
    assert (status, out) == (2, "")
    assert "unknown term id 'tide-pool'" in err
    assert not (tmp_path / "none.pdf").exists()


def test_export_includes_the_packs_installed_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, glossary: Glossary
) -> None:
    installed = tmp_path / "data" / "packs" / "shore"
    installed.mkdir(parents=True)
    (installed / "shore.csv").write_text(PACK_CSV, encoding="utf-8")
    target = tmp_path / "all.pdf"
    status, _out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "--pdf", str(target), "--all")
    assert status == 0
    text = _pdf_text(target)
    assert "rocky hollow" in text and "lining up posts" in text  # the renamed id is printed too
    assert "'alignment' is already used" in err  # the rename is said, not silent
    status, _out, _err = run(capsys, "--pdf", str(tmp_path / "bundled.pdf"), "--all")
    assert status == 0
    assert "rocky hollow" not in _pdf_text(tmp_path / "bundled.pdf")


def test_check_refuses_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--data-dir", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --data-dir" in capsys.readouterr().err
