"""Pack the one-folder bundle for download: `dist/alignment-atlas-<version>-<os>-<machine>.tar.gz` (`.zip` on Windows).

    python tools/pack_dist.py         (`make dist` runs it after `make bundle`)

The archive holds the folder `alignment-atlas/` with its symlinks kept as symlinks.
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "alignment-atlas"


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("pack_dist: no __version__ in desktop/__init__.py")
    return found.group(1)


def archive_base() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return DIST / f"alignment-atlas-{version()}-{system}-{machine}"


def main() -> int:
    if not (BUNDLE / ("alignment-atlas.exe" if sys.platform == "win32" else "alignment-atlas")).is_file():
        raise SystemExit(f"pack_dist: no bundle in {BUNDLE} (run 'make bundle' first)")
    kind = "zip" if sys.platform == "win32" else "gztar"
    archive = shutil.make_archive(str(archive_base()), kind, root_dir=DIST, base_dir=BUNDLE.name)
    size = Path(archive).stat().st_size
    print(f"{Path(archive).relative_to(ROOT)}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
