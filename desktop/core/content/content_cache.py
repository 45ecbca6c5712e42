"""A cache of parsed content: the loaded value pickled under the per-user cache folder, reused while nothing changed.

Parsing YAML is the cost of loading the bundled glossary (tens of milliseconds), unpickling the result is a few.
A cache file holds a fingerprint beside the value: the cache format, the app version, the caller's key (such as
the language), and the path, modification time and size of every file under the given folders (the content, and
the code that turns it into objects, when that code is on disk). The value is used only when the fingerprint is
the same; otherwise the content is loaded normally and the cache written again.

Any problem with the cache (a missing, unreadable, truncated or foreign file, a folder that cannot be written, a
value of the wrong type) means a normal load, silently: the cache can only make loading faster. Files are written
to a temporary name and renamed, so a reader never sees half a file.

The cache folder belongs to the user running the app (Qt's per-user CacheLocation), like the app's own files;
pickle is used because the folder is as trusted as the program.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from desktop import __version__

T = TypeVar("T")

FORMAT = 3  # 2: GlossaryMeta.path_order; 3: Glossary.translation
"""Bump when the layout of cache files changes."""

Fingerprint = tuple[object, ...]


def fingerprint(folders: Iterable[Path], key: str, version: str = __version__) -> Fingerprint:
    """What the cached value depends on: format, version, key, and (path, mtime, size) of every file in folders.

    A folder that does not exist (the code of a bundled app is inside an archive) adds nothing.
    """
    folders = list(folders)
    files: list[tuple[str, int, int]] = []
    for folder in folders:
        _add_files(str(folder), files)
    return (FORMAT, version, key, tuple(str(folder) for folder in folders), tuple(files))


def _add_files(folder: str, files: list[tuple[str, int, int]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                _add_files(entry.path, files)
            else:
                status = entry.stat()
                files.append((entry.path, status.st_mtime_ns, status.st_size))
        except OSError:
            continue


def cached(
    cache_file: Path,
    folders: Iterable[Path],
    key: str,
    load: Callable[[], T],
    expected: type[T],
    *,
    version: str = __version__,
) -> T:
    """The value `load()` returns, from `cache_file` when its fingerprint still holds, else loaded and cached."""
    folders = list(folders)
    try:
        current = fingerprint(folders, key, version)
    except OSError:
        return load()
    try:
        with cache_file.open("rb") as stream:
            stored, value = pickle.load(stream)
        if stored == current and isinstance(value, expected):
            return value
    except Exception:  # any unreadable cache just means loading normally
        pass
    value = load()
    write_atomically(cache_file, (current, value))
    return value


def write_atomically(cache_file: Path, payload: object) -> None:
    """Pickle `payload` into `cache_file` through a temporary file renamed over it; failures are ignored."""
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_file.parent, prefix=cache_file.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(cache_file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # a cache that cannot be written is no cache, not an error
        pass
