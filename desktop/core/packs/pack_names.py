"""The name a glossary pack is shown with, and whether a file is its own (kept apart from the pack reader so the
window can list and install packs cheaply)."""

from __future__ import annotations

from pathlib import Path


def pack_name(path: Path) -> str:
    """The name a pack is shown with: its folder's name, or a CSV file's name without the extension."""
    name = path.stem if path.suffix.lower() in (".csv", ".yaml", ".yml") and not path.is_dir() else path.name
    return " ".join(name.split()) or "pack"


def inside(root: Path, path: Path) -> bool:
    """True when `path`, its links followed, is `root` or lies within it (both resolved): a pack reads and copies
    only its own files, never what a link inside it points to elsewhere."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop, a name too long
        return False
