"""Loading the bundled glossary for the app and the command line."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import resources
from desktop.core import content_cache

if TYPE_CHECKING:
    from desktop.core.model import Glossary

# The YAML loader and the pack reader are imported only when needed: a start with a valid cache needs neither.

_CODE = Path(__file__).resolve().parent / "core"
"""The content model's code: a change there (while developing) also makes a cached glossary stale."""


def load_content(lang: str = "en", *, cache_dir: Path | None = None, packs: Sequence[Path] = ()) -> Glossary:
    """The bundled glossary in a language (English fields fill whatever the overlay does not translate), plus the
    user glossary packs given (CSV files or folders; see docs/glossary-packs.md).

    With `cache_dir` (the per-user cache folder), the parsed content is kept there and reused while the content
    files, the app version and the loader's code are unchanged; see `desktop.core.content_cache`. Packs are never
    cached: they are added to the (cached) bundled glossary on every load.
    """
    glossary = _bundled(lang, cache_dir)
    if not packs:
        return glossary
    from desktop.core.packs import with_packs  # noqa: PLC0415

    english = glossary if lang == "en" else _bundled("en", cache_dir)
    return with_packs(glossary, packs, other_names={term_id: t.names for term_id, t in english.terms.items()})


def _bundled(lang: str, cache_dir: Path | None) -> Glossary:
    from desktop.core.model import Glossary  # noqa: PLC0415 - unpickling needs the model anyway

    root = resources.glossary_dir()

    def parse() -> Glossary:
        from desktop.core.loader import load_glossary  # noqa: PLC0415

        return load_glossary(root, lang=lang)

    if cache_dir is None:
        return parse()
    return content_cache.cached(cache_file(Path(cache_dir), lang, root), [root, _CODE], lang, parse, Glossary)


def cache_file(cache_dir: Path, lang: str, root: Path) -> Path:
    """The cache file for content in `root`: one per installation (a checkout, an installed wheel, a bundle), so
    two copies of the app on one account do not throw away each other's cache at every start."""
    return cache_dir / f"content-{lang}-{zlib.crc32(str(root).encode()):08x}.pickle"
