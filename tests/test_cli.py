"""Every command-line form, including the error exits (other issues' checks call these exact forms)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.core.content.model import Glossary

ROOT = Path(__file__).resolve().parent.parent


def run_app(*args: str, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m desktop` as a separate process, as a script or a person would."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=env,
        check=False,
    )


def test_list_prints_id_title_category(capsys: pytest.CaptureFixture[str], glossary: Glossary) -> None:
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(glossary.terms)
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 3 for row in rows)
    assert ["rlhf", "RLHF", "Training techniques"] in rows
    titles = [row[1].casefold() for row in rows]
    assert titles == sorted(titles, key=lambda t: t.replace("-", " "))  # collated, case-insensitive


def test_search_prints_ranked_ids_with_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "rlfh"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "rlhf"
    assert main(["search", "alignment", "--limit", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    assert out[0] == "alignment"


def test_search_with_no_match_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "qqqqzzzz"]) == 0
    assert capsys.readouterr().out == ""


def test_check_passes_on_bundled_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no problems" in captured.err


def test_check_reports_file_and_line_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "terms" / "broken.yaml"
    bad.parent.mkdir()
    bad.write_text("id: broken\ntitle: [oops\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    match = re.fullmatch(r"(?P<path>.+?):(?P<line>\d+): (?P<message>.+)", out[0])
    assert match, out[0]
    assert match["path"] == str(bad)
    assert match["line"] == "3"
    assert match["message"].startswith("YAML syntax error")


def test_check_a_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_check_accepts_the_bundled_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ROOT / "resources" / "glossary")]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search"], "the following arguments are required: QUERY"),
        (["search", "x", "--limit", "0"], "must be at least 1"),
        (["search", "x", "--limit", "many"], "is not a whole number"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_unknown_language_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err == "alignment-atlas: unknown language 'xx' (available: en, de, es, fr, ar)\n"


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"alignment-atlas {__version__}"


def test_unknown_term_exits_2_without_traceback(tmp_path: Path) -> None:
    result = run_app("--term", "no-such-term", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == "alignment-atlas: unknown term id 'no-such-term' (see 'alignment-atlas list')"


def test_screenshot_saves_a_1280x800_png(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = run_app("--term", "alignment", "--screenshot", str(shot), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    assert "Traceback" not in result.stderr


def test_screenshot_into_a_missing_folder_exits_2(tmp_path: Path) -> None:
    result = run_app("--screenshot", str(tmp_path / "no" / "shot.png"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert result.stderr.count("\n") == 1


def test_compare_with_an_unknown_id_exits_2(tmp_path: Path) -> None:
    result = run_app("--compare", "capability", "no-such-term", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == "alignment-atlas: unknown term id 'no-such-term' (see 'alignment-atlas list')"


def test_compare_needs_two_or_three_different_ids(tmp_path: Path) -> None:
    for ids in (["rlhf"], ["rlhf", "rlhf"], ["rlhf", "dpo", "rlaif", "bias"]):
        result = run_app("--compare", *ids, "--data-dir", str(tmp_path))
        assert result.returncode == 2, ids
        assert result.stderr.strip() == "alignment-atlas: --compare takes two or three different term ids"


def test_compare_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "compare.png"
    result = run_app("--compare", "ai-safety", "alignment", "--screenshot", str(shot), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


# --- bad paths give one line, never a traceback or a hang (issue 21) ----------------------------------------------

LONG = "x" * 300


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int | str | None, str, str]:
    from desktop.cli import main

    try:
        status: int | str | None = main(list(args))
    except SystemExit as exit_info:  # argparse's own errors
        status = exit_info.code
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_names_too_long_for_the_file_system(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "export", "--pdf", str(tmp_path / f"{LONG}.pdf"), "--term", "rlhf")
    assert status == 2 and "File name too long" in err and "Traceback" not in err
    status, _, err = _run(capsys, "list", "--pack", str(tmp_path / LONG))
    assert status == 2 and "File name too long" in err
    status, out, _ = _run(capsys, "check", str(tmp_path / f"{LONG}.yaml"))
    assert status == 1 and "cannot be read" in out


def test_devices_and_pipes_are_never_read_or_replaced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "export", "--pdf", "/dev/null", "--term", "rlhf")
    assert status == 2 and "not a regular file" in err
    assert Path("/dev/null").is_char_device()
    status, out, _ = _run(capsys, "check", "/dev/zero")
    assert status == 1 and out == "/dev/zero:0: not a regular file or folder; left unread\n"
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    status, out, _ = _run(capsys, "check", str(fifo))  # would wait for a writer forever if it were opened
    assert status == 1 and "not a regular file" in out


def test_a_pack_that_gives_no_terms_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "hostname"
    notes.write_text("somehost\n", encoding="utf-8")
    status, out, err = _run(capsys, "list", "--pack", str(notes))
    assert (status, out) == (2, "")
    assert "gave no glossary terms" in err


def test_check_reads_a_csv_file_as_a_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "notes.csv"
    pack.write_text("term,summary\nTide pool,A rocky hollow.\nBroken,\n", encoding="utf-8")
    status, out, _ = _run(capsys, "check", str(pack))
    assert status == 1
    assert "neither a summary nor a definition" in out and "mapping" not in out


def test_a_file_name_that_is_not_utf8_is_written_as_given(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.pdf"  # Latin-1 bytes, as an old USB stick may hold
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--pdf", name, "--term", "rlhf"],
        capture_output=True,
        env={**os.environ, "LANG": "en_US.UTF-8", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == b"Wrote 1 page to " + name + b"\n"  # the name as its bytes, in any locale
    assert [os.fsencode(p.name) for p in tmp_path.iterdir()] == [b"caf\xe9.pdf"]  # not "caf\\ufffd.pdf"


def test_a_folder_that_cannot_be_read_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Root (who runs these tests) reads any folder, so the refusal is made as the system makes it.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "locked"))

    monkeypatch.setattr("desktop.cli._ordered_terms", refuse)
    status, out, err = _run(capsys, "list", "--pack", str(tmp_path))
    assert (status, out) == (2, "")
    assert err == f"alignment-atlas: Permission denied: '{tmp_path / 'locked'}'\n"


def test_qt_options_reach_qt_and_the_rest_reaches_our_parser() -> None:
    from desktop.cli import split_qt_options

    ours, qt = split_qt_options(["-style", "Fusion", "--term", "rlhf", "-reverse", "-platform=offscreen", "list"])
    assert ours == ["--term", "rlhf", "list"]
    assert qt == ["-style", "Fusion", "-reverse", "-platform=offscreen"]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "-style", "Fusion", "--version"], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("alignment-atlas ")
