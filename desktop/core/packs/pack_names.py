"""The name a glossary pack is shown with (kept apart from the pack reader so the window can list packs cheaply)."""

from __future__ import annotations

from pathlib import Path


def pack_name(path: Path) -> str:
    """The name a pack is shown with: its folder's name, or a CSV file's name without the extension."""
    name = path.stem if path.suffix.lower() in (".csv", ".yaml", ".yml") and not path.is_dir() else path.name
    return " ".join(name.split()) or "pack"
