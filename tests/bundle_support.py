"""Finding (and in CI, building) the PyInstaller bundle for the slow tests; skipping cleanly elsewhere."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "dist" / "alignment-atlas"
BUNDLE_EXE = BUNDLE_DIR / ("alignment-atlas.exe" if sys.platform == "win32" else "alignment-atlas")
BUILD_ENV = "ALIGNMENT_ATLAS_BUILD_BUNDLE"

# Lines a bundle may print on stderr without failing a test. Anything else from Qt (a missing plugin, a font or
# translation it cannot find, a library it cannot load) means the bundle is incomplete.
ALLOWED_STDERR = (
    # The offscreen platform has no window manager to pass size hints to; Qt says so on every top-level show.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
)


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def unavailable(reason: str) -> None:
    """Skip with a reason on a developer's machine; fail in CI, where everything must be there."""
    if in_ci():
        pytest.fail(f"{reason} (CI must provide it: see .ci/run)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        unavailable(f"'{name}' is not installed")
    assert found is not None
    return found


@cache
def _build() -> tuple[bool, str]:
    make = shutil.which("make")
    if make is None:
        return False, "'make' is not installed"
    result = subprocess.run(
        [make, "-C", str(ROOT), "bundle"], capture_output=True, text=True, timeout=1200, check=False
    )
    output = (result.stdout + result.stderr)[-4000:]
    return result.returncode == 0, output


def bundle_executable() -> Path:
    """The built bundle's executable. Built with `make bundle` in CI (when absent) or when
    ALIGNMENT_ATLAS_BUILD_BUNDLE=1 asks for it; otherwise a missing bundle skips the test."""
    wanted = os.environ.get(BUILD_ENV) == "1"
    if wanted or (in_ci() and not BUNDLE_EXE.is_file()):
        built, output = _build()
        if not built:
            pytest.fail(f"make bundle failed:\n{output}")
    if not BUNDLE_EXE.is_file():
        pytest.skip(f"no bundle at {BUNDLE_EXE.relative_to(ROOT)} (run 'make bundle' or set {BUILD_ENV}=1)")
    return BUNDLE_EXE


def unexpected_stderr(text: str) -> list[str]:
    """The stderr lines that no entry of the allow-list explains."""
    return [line for line in text.splitlines() if line.strip() and not any(p.search(line) for p in ALLOWED_STDERR)]


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """The environment a person's session would give the app: no test or Python overrides, a private home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON", "PYTEST", "XDG_"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)  # Qt warns when there is none, and a session always has one
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.update(extra)
    return env
