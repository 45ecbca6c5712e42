"""Loading the bundled glossary for the app and the command line."""

from __future__ import annotations

import weakref
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import resources
from desktop.core.content import content_cache

if TYPE_CHECKING:
    from desktop.core.content.model import Glossary, Term
    from desktop.core.search.index import SearchIndex

# The YAML loader and the pack reader are imported only when needed: a start with a valid cache needs neither.

_CODE = Path(__file__).resolve().parent / "core"
"""The content model's code: a change there (while developing) also makes a cached glossary stale."""


def load_content(
    lang: str = "en", *, cache_dir: Path | None = None, packs: Sequence[Path] = (), order_locale: str = ""
) -> Glossary:
    """The bundled glossary in a language (English fields fill whatever the overlay does not translate), plus the
    user glossary packs given (CSV files or folders; see docs/glossary-packs.md).

    With `cache_dir` (the per-user cache folder), the parsed content is kept there and reused while the content
    files, the app version and the loader's code are unchanged; see `desktop.core.content.content_cache`. So are
    the terms the packs add, and their display order for `order_locale` (a QLocale name), while the pack files are
    unchanged; see `desktop.core.packs.pack_cache`.
    """
    glossary = _bundled(lang, cache_dir)
    if not packs:
        return glossary
    if cache_dir is None:
        return _with_packs(glossary, lang, None, packs)
    from desktop.core.packs import pack_cache  # noqa: PLC0415

    root = resources.glossary_dir()
    try:
        key = pack_cache.cache_key(content_cache.fingerprint([root, _CODE], lang), packs, lang)
    except OSError:  # a pack that cannot be read: its load says why
        return _with_packs(glossary, lang, cache_dir, packs)
    cache_file = _pack_cache_file(Path(cache_dir), lang, key)
    found = pack_cache.load(cache_file, key, glossary)
    if found is not None and (not order_locale or order_locale in found.orders):
        _remember(found.glossary, found.orders, (cache_file, key))
        return found.glossary
    loaded = found.glossary if found is not None else _with_packs(glossary, lang, cache_dir, packs)
    orders = dict(found.orders) if found is not None else {}
    if order_locale:
        orders[order_locale] = _order(loaded, order_locale)
    pack_cache.save(cache_file, key, glossary, loaded, orders)
    _remember(loaded, orders, (cache_file, key))
    return loaded


def _pack_cache_file(cache_dir: Path, lang: str, key: tuple[object, ...]) -> Path:
    return cache_dir / f"packs-{lang}-{zlib.crc32(repr(key[3]).encode()):08x}.pickle"


def _index_file(pack_file: Path, locale_name: str) -> Path:
    return pack_file.with_name(pack_file.stem.replace("packs-", "index-", 1) + f"-{locale_name}.pickle")


def cached_search(
    lang: str, cache_dir: Path, packs: Sequence[Path], locale_name: str
) -> tuple[SearchIndex, tuple[object, ...]] | None:
    """The search index a previous command-line search over these packs kept (see `search_index`), and the pack
    load's problems, without loading the bundled content or the packs; None when there is none that fits (the pack
    files, the content, the app version or the language changed, or the file is damaged)."""
    from desktop.core.packs import pack_cache  # noqa: PLC0415
    from desktop.core.search.index import SearchIndex  # noqa: PLC0415

    try:
        key = pack_cache.cache_key(content_cache.fingerprint([resources.glossary_dir(), _CODE], lang), packs, lang)
    except OSError:
        return None
    found = pack_cache.load_search(_index_file(_pack_cache_file(Path(cache_dir), lang, key), locale_name), key)
    if found is None:
        return None
    try:
        return SearchIndex.over_ids(found["ids"], found["tables"]), tuple(found["problems"])
    except (ValueError, AttributeError, TypeError):
        return None


def _with_packs(glossary: Glossary, lang: str, cache_dir: Path | None, packs: Sequence[Path]) -> Glossary:
    from desktop.core.packs.loading import with_packs  # noqa: PLC0415

    english = glossary if lang == "en" else _bundled("en", cache_dir)
    return with_packs(glossary, packs, other_names={term_id: t.names for term_id, t in english.terms.items()})


def _order(glossary: Glossary, locale_name: str) -> tuple[str, ...]:
    from PySide6.QtCore import QLocale  # noqa: PLC0415 - QtCore only, and only when a pack is (re)loaded

    from desktop.collation import display_order  # noqa: PLC0415

    return tuple(term.id for term in display_order(glossary, QLocale(locale_name)))


_CACHED: dict[int, tuple[weakref.ref[Glossary], Path, tuple[object, ...]]] = {}
"""Per glossary loaded with packs and a cache folder: its pack cache file and key (for the search tables)."""


def _remember(glossary: Glossary, orders: dict[str, tuple[str, ...]], cached: tuple[Path, tuple[object, ...]]) -> None:
    if orders:
        from desktop.collation import remember_orders  # noqa: PLC0415

        remember_orders(glossary, orders)
    key = id(glossary)
    _CACHED[key] = (weakref.ref(glossary, lambda _gone: _CACHED.pop(key, None)), *cached)


def search_index(glossary: Glossary, terms: Sequence[Term], locale_name: str) -> SearchIndex:
    """A search index over `terms` (the glossary's terms in the locale's display order). For a glossary with packs
    loaded through the cache, its tables come from (or go to) a cache file beside the pack cache, so that a second
    `search --pack` does not build them again. Used by the command line: a window builds them in idle time."""
    from desktop.core.search.index import SearchIndex  # noqa: PLC0415

    entry = _CACHED.get(id(glossary))
    if entry is None or entry[0]() is not glossary:
        return SearchIndex(terms)
    from desktop.core.packs import pack_cache  # noqa: PLC0415

    index_file = _index_file(entry[1], locale_name)
    kept = pack_cache.load_search(index_file, entry[2])
    if kept is not None and kept["ids"] == tuple(term.id for term in terms):
        try:
            return SearchIndex.with_tables(terms, kept["tables"])
        except (ValueError, AttributeError, TypeError):
            pass
    index = SearchIndex(terms)
    for _ in index.build_steps():
        pass
    built = index.built_tables()
    if built is not None:
        pack_cache.save_tables(index_file, entry[2], built, index.ids(), glossary.problems)
    return index


def _bundled(lang: str, cache_dir: Path | None) -> Glossary:
    from desktop.core.content.model import Glossary  # noqa: PLC0415 - unpickling needs the model anyway

    root = resources.glossary_dir()

    def parse() -> Glossary:
        from desktop.core.content.loader import load_glossary  # noqa: PLC0415

        return load_glossary(root, lang=lang)

    if cache_dir is None:
        return parse()
    return content_cache.cached(cache_file(Path(cache_dir), lang, root), [root, _CODE], lang, parse, Glossary)


def cache_file(cache_dir: Path, lang: str, root: Path) -> Path:
    """The cache file for content in `root`: one per installation (a checkout, an installed wheel, a bundle), so
    two copies of the app on one account do not throw away each other's cache at every start."""
    return cache_dir / f"content-{lang}-{zlib.crc32(str(root).encode()):08x}.pickle"
