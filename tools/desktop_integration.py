"""Put Alignment Atlas in the current user's application menu, and take it out again. Standard library only.

    python3 tools/desktop_integration.py install --exec dist/alignment-atlas/alignment-atlas
    python3 tools/desktop_integration.py uninstall

`install` writes the desktop entry (its Exec= and TryExec= pointing at the given executable by absolute path) to
`$XDG_DATA_HOME/applications/` and the icons to `$XDG_DATA_HOME/icons/hicolor/<size>x<size>/apps/` and
`.../scalable/apps/` (`$XDG_DATA_HOME` defaults to `~/.local/share`). Every file written is listed in a manifest,
`$XDG_DATA_HOME/alignment-atlas/installed-files`; `uninstall` removes exactly the files listed there, then the
manifest. `make install-desktop` and `make uninstall-desktop` call this.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "alignment-atlas"
DESKTOP_SOURCE = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
ICON_DIR = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Characters that make the Desktop Entry spec require quoting an Exec argument.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def manifest_path(home: Path) -> Path:
    return home / APP_ID / "installed-files"


def _escape_string(value: str) -> str:
    """A desktop entry string value: backslashes, and leading spaces, escaped."""
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return "\\s" + escaped[1:] if escaped.startswith(" ") else escaped


def exec_value(program: Path) -> str:
    """The Exec= value that runs `program`: quoted when the spec asks for it, `%` doubled, then string-escaped."""
    text = str(program).replace("%", "%%")
    if any(ch in _EXEC_RESERVED for ch in text):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
        text = f'"{inner}"'
    return text.replace("\\", "\\\\")


def desktop_entry(program: Path, source: Path = DESKTOP_SOURCE) -> str:
    """The desktop entry from resources/linux with Exec= and TryExec= pointing at `program`."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_value(program)}")
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={_escape_string(str(program))}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Target path -> source file (None for the generated desktop entry)."""
    icons = home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {home / "applications" / f"{APP_ID}.desktop": None}
    for size in SIZES:
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = ICON_DIR / f"{APP_ID}-{size}.png"
    files[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = ICON_DIR / f"{APP_ID}.svg"
    return files


def _refresh_caches(home: Path) -> None:
    """Tell icon themes that something changed. (No update-desktop-database: the entry declares no MIME types, and
    that tool would leave a mimeinfo.cache behind that no manifest lists.) Menus watch their folder themselves."""
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # GTK re-reads a theme folder whose time changed


def install(program: Path, home: Path) -> list[Path]:
    program = program.expanduser().absolute()
    if not program.is_file() or not os.access(program, os.X_OK):
        raise SystemExit(f"desktop_integration: no executable at {program} (build it first: make bundle)")
    previous = _read_manifest(home)
    written = []
    for target, source in planned_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(program), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    manifest = manifest_path(home)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    # Files an earlier install recorded stay recorded, so uninstall still finds them.
    recorded = list(dict.fromkeys([*written, *previous]))
    manifest.write_text("".join(f"{path}\n" for path in recorded), encoding="utf-8")
    _refresh_caches(home)
    return written


def _read_manifest(home: Path) -> list[Path]:
    manifest = manifest_path(home)
    if not manifest.is_file():
        return []
    return [Path(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]


def uninstall(home: Path) -> list[Path]:
    manifest = manifest_path(home)
    removed = []
    for path in _read_manifest(home):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    if manifest.is_file():
        manifest.unlink()
        removed.append(manifest)
        if not any(manifest.parent.iterdir()):
            manifest.parent.rmdir()
    _refresh_caches(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install or remove Alignment Atlas's menu entry and icons.")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("install", help="install the desktop entry and icons for the current user")
    add.add_argument("--exec", dest="program", type=Path, required=True, help="the executable the entry starts")
    sub.add_parser("uninstall", help="remove exactly the files the last install recorded")
    args = parser.parse_args(argv)
    home = data_home()
    if args.command == "install":
        written = install(args.program, home)
        print(f"installed {len(written)} files under {home} (listed in {manifest_path(home)})")
    else:
        removed = uninstall(home)
        print(f"removed {len(removed)} files under {home}" if removed else f"nothing installed under {home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
