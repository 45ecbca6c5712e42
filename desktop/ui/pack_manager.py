"""Installed glossary packs: copied into `<data dir>/packs/<name>/`, listed and removed, each change atomic.

Installing copies the pack's files (a CSV file, or a folder's `.yaml`/`.csv` files with its `terms/`,
`comparisons/` and `paths/`) into a hidden `.incoming-*` folder beside the installed packs, then renames that folder
into place: the app never sees half a pack, and a failed copy leaves nothing behind. Replacing and removing first
rename the old folder aside (`.removing-*`), then delete it; leftovers of an interrupted run are cleared by
`clean_up()`. Every failure is a `PackInstallError` with a message for the user; nothing else escapes.

Plain Python, no Qt: the app hands in the folder (`<data folder>/packs`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.packs.pack_names import inside, pack_name

PACK_SUBFOLDERS = ("terms", "comparisons", "paths")
PACK_SUFFIXES = (".yaml", ".yml", ".csv")
MAX_NAME_CHARS = 80
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


class PackInstallError(Exception):
    """A pack could not be installed or removed; `str()` is a sentence for the user."""


@dataclass(frozen=True)
class InstalledPack:
    name: str
    path: Path


def safe_folder_name(name: str) -> str:
    """A pack name as a folder name that works on every system (no separators, no leading dot, not too long)."""
    cleaned = " ".join(_UNSAFE.sub("-", name).split()).strip(" .-")[:MAX_NAME_CHARS].strip(" .")
    if not cleaned:
        return "pack"
    if cleaned.split(".")[0].casefold() in _RESERVED:
        cleaned += " pack"
    return cleaned


def _pack_files(source: Path) -> list[tuple[Path, Path]]:
    """(file, path inside the pack) for every file that belongs to a pack at `source`."""
    if source.is_file():
        if source.suffix.lower() != ".csv":
            raise PackInstallError(f"“{source.name}” is not a CSV file; a glossary pack is a CSV file or a folder.")
        return [(source, Path(source.name))]
    if not source.is_dir():
        raise PackInstallError(f"“{source}” does not exist.")
    found: list[tuple[Path, Path]] = []
    try:
        for folder, prefix in ((source, Path()), *((source / sub, Path(sub)) for sub in PACK_SUBFOLDERS)):
            if folder.is_dir():
                found.extend(
                    (file, prefix / file.name)
                    for file in sorted(folder.iterdir())
                    if file.suffix.lower() in PACK_SUFFIXES and file.is_file()
                )
    except OSError as exc:
        raise PackInstallError(f"The folder “{source}” cannot be read: {exc.strerror or exc}.") from None
    if not found:
        raise PackInstallError(f"The folder “{source}” holds no .yaml or .csv files, so it is not a glossary pack.")
    for file, _inner in found:
        if not inside(source, file):
            raise PackInstallError(
                f"“{file}” is a link to a file outside the pack folder; a glossary pack may hold only its own files."
            )
    return found


class PackManager:
    """The packs installed in one folder (`<data dir>/packs`)."""

    def __init__(self, root: Path) -> None:
        self._root = root

    @property
    def root(self) -> Path:
        return self._root

    def installed(self) -> list[InstalledPack]:
        """Installed packs by name; an unreadable or missing folder has none."""
        try:
            folders = [p for p in self._root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        except OSError:
            return []
        return sorted((InstalledPack(pack_name(p), p) for p in folders), key=lambda pack: pack.name.casefold())

    def pack_paths(self) -> list[Path]:
        """The installed packs' folders, for `load_glossary(..., packs=...)`."""
        return [pack.path for pack in self.installed()]

    def exists(self, name: str) -> bool:
        return (self._root / safe_folder_name(name)).exists()

    def _new_incoming_folder(self) -> Path:
        try:
            self._root.mkdir(parents=True, exist_ok=True)
            incoming = tempfile.mkdtemp(prefix=".incoming-", dir=self._root)
        except OSError as exc:
            raise PackInstallError(
                f"The folder for glossary packs, “{self._root}”, cannot be written: {exc.strerror or exc}."
            ) from None
        return Path(incoming)

    def install(self, source: Path, *, name: str | None = None, replace: bool = False) -> InstalledPack:
        """Copy a pack in under `name` (default: the pack's own name); `replace` overwrites one of that name."""
        files = _pack_files(source)
        folder = safe_folder_name(name if name is not None else pack_name(source))
        target = self._root / folder
        if source.resolve() == target.resolve():
            raise PackInstallError(f"“{folder}” is already installed.")
        if target.exists() and not replace:
            raise PackInstallError(f"A glossary pack named “{folder}” is already installed.")
        incoming = self._new_incoming_folder()
        aside: Path | None = None
        try:
            for file, relative in files:
                destination = incoming / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file, destination)
            if target.exists():
                aside = self._root / f".removing-{os.urandom(8).hex()}"
                target.rename(aside)
            incoming.rename(target)
        except OSError as exc:
            shutil.rmtree(incoming, ignore_errors=True)
            if aside is not None and not target.exists():
                aside.rename(target)  # put the old version back
            raise PackInstallError(f"The pack could not be copied to “{target}”: {exc.strerror or exc}.") from None
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)
        return InstalledPack(pack_name(target), target)

    def remove(self, name: str) -> None:
        """Remove an installed pack (its folder) by name."""
        target = self._root / safe_folder_name(name)
        if not target.is_dir():
            raise PackInstallError(f"No glossary pack named “{name}” is installed.")
        aside = self._root / f".removing-{os.urandom(8).hex()}"
        try:
            target.rename(aside)
        except OSError as exc:
            raise PackInstallError(f"The pack “{name}” could not be removed: {exc.strerror or exc}.") from None
        shutil.rmtree(aside, ignore_errors=True)

    def clean_up(self) -> None:
        """Delete what an interrupted install or removal left behind."""
        try:
            leftovers = [p for p in self._root.iterdir() if p.name.startswith((".incoming-", ".removing-"))]
        except OSError:
            return
        for path in leftovers:
            shutil.rmtree(path, ignore_errors=True)
