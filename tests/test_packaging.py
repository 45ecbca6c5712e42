"""Resources are found through one locator, and `pip install .` gives a working app outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from desktop import resources

ROOT = Path(__file__).resolve().parent.parent


def test_locator_finds_the_checkout_content() -> None:
    assert resources.glossary_dir().is_dir()
    assert (resources.glossary_dir() / "meta.yaml").is_file()
    assert resources.translation_file("de").name == "alignment_atlas_de.qm"


@pytest.mark.parametrize("name", ["/etc/passwd", "../secrets", "glossary/../../x", "", "a\\b"])
def test_locator_rejects_paths_that_leave_the_resources(name: str) -> None:
    with pytest.raises(resources.ResourceError):
        resources.resource_path(name)


@pytest.mark.slow
def test_wheel_installs_and_runs_from_elsewhere(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "-q",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(wheel_dir.glob("alignment_atlas-*.whl"))
    target = tmp_path / "venv"
    # The test venv sees this venv's packages (PySide6, PyYAML) so nothing is downloaded; the app itself comes from
    # the wheel, installed without its dependencies.
    venv.create(target, system_site_packages=True, with_pip=True)
    python = target / "bin" / "python"
    site = subprocess.run(
        [sys.executable, "-c", "import site; print(site.getsitepackages()[0])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (
        Path(
            subprocess.run(
                [str(python), "-c", "import site; print(site.getsitepackages()[0])"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
        / "parent-venv.pth"
    ).write_text(site + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(target / "bin" / "alignment-atlas"), "list"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "rlhf\tRLHF\t" in result.stdout
    located = subprocess.run(
        [str(python), "-c", "from desktop import resources; print(resources.glossary_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert located.startswith(str(target)), located  # the wheel's own copy, not the checkout
    assert (Path(located).parent.parent / "i18n" / "alignment_atlas_en.qm").is_file()
