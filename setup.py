"""Build hook: put the bundled content and the compiled translations inside the package.

A source checkout keeps `resources/` and `i18n/` beside the `desktop` package; the wheel carries them as
`desktop/_data/resources` and `desktop/_data/i18n` (where `desktop/resources.py` looks first). The `.qm` files are
compiled here from the `.ts` sources with `pyside6-lrelease`, so a wheel never ships stale translations.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6  # noqa: PLC0415 - a build requirement, present in the build environment

    return [str(Path(PySide6.__file__).parent / "lrelease")]


def compile_translations(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(source.glob("*.ts")):
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's own folders
            return
        data = Path(self.build_lib) / "desktop" / "_data"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(ROOT / "resources", data / "resources", ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
        compile_translations(ROOT / "i18n", data / "i18n")


setup(cmdclass={"build_py": BuildWithData})
