"""Glossary packs cached on disk like the bundled content: the loaded pack terms and their display order. No Qt.

Reading a 100,000-row CSV pack costs about 1.2 s and sorting its titles for display about 0.8 s; both would be paid
at every start. The cache file holds what the packs added to the bundled glossary, column by column (a list per
field of `Term`, relations and origins as plain numbers and strings), so that loading it is a few list reads in C
and one `made_in_bulk` per class instead of unpickling 100,000 objects one `__setstate__` at a time; plus the
display order per locale, given by the caller.

The key is the bundled content's own fingerprint, the language, the app version, and per pack file its path, size,
modification time and a hash of its first and last `BLOCK` bytes (a pack is big: its whole text is not read to
check it). A cache file is written atomically, and any mismatch, damage or foreign format means loading the packs
again and writing a new one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop.core.collector import paused_collector
from desktop.core.content.content_cache import write_atomically
from desktop.core.content.model import Glossary, Origin, Relation, RelationKind, Term, made_in_bulk

FORMAT = 1
"""Bump when the layout of the cached columns changes."""
BLOCK = 1 << 16
PACK_SUFFIXES = (".csv", ".yaml", ".yml")

Fingerprint = tuple[Any, ...]


def file_fingerprint(path: Path) -> tuple[str, int, int, str]:
    """Path, size, modification time and a hash of the first and last `BLOCK` bytes of one file."""
    status = path.stat()
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as stream:
        digest.update(stream.read(BLOCK))
        if status.st_size > BLOCK:
            stream.seek(max(BLOCK, status.st_size - BLOCK))
            digest.update(stream.read(BLOCK))
    return (str(path), status.st_size, status.st_mtime_ns, digest.hexdigest())


def pack_fingerprint(path: Path) -> tuple[tuple[str, int, int, str], ...]:
    """The fingerprints of a pack's files (a CSV file, or every pack file in a folder, links not followed)."""
    if path.is_file():
        return (file_fingerprint(path),)
    found = []
    for folder, subfolders, files in os.walk(path):
        subfolders.sort()
        for name in sorted(files):
            if name.lower().endswith(PACK_SUFFIXES) and not name.startswith("."):
                found.append(file_fingerprint(Path(folder) / name))
    return tuple(found)


def cache_key(bundled: Fingerprint, packs: Sequence[Path], lang: str) -> Fingerprint:
    """What a cached pack load depends on; `OSError` when a pack cannot be read (then nothing is cached)."""
    return (FORMAT, bundled, lang, tuple((str(p), pack_fingerprint(p)) for p in packs))


@dataclass
class Cached:
    """A pack load from the cache: the glossary and the display orders known for it (locale name → ids)."""

    glossary: Glossary
    orders: dict[str, tuple[str, ...]]


_TERM_FIELDS = tuple(f.name for f in fields(Term))
_ENCODED = frozenset({"related", "origin"})


def _columns(terms: Sequence[Term]) -> dict[str, Any]:
    """The terms as one list per field; relations as indexes into one list of (target, kind) pairs."""
    columns: dict[str, Any] = {name: [getattr(t, name) for t in terms] for name in _TERM_FIELDS if name not in _ENCODED}
    relation_index: dict[tuple[str, str], int] = {}
    for term in terms:
        for relation in term.related:
            relation_index.setdefault((relation.target, relation.kind.value), len(relation_index))
    columns["related"] = [tuple(relation_index[(r.target, r.kind.value)] for r in t.related) for t in terms]
    columns["relations"] = list(relation_index)
    columns["origin_path"] = [t.origin.path for t in terms]
    columns["origin_line"] = [t.origin.line for t in terms]
    return columns


def _terms(columns: Mapping[str, Any]) -> list[Term]:
    pairs: list[tuple[str, str]] = columns["relations"]
    kinds = {kind.value: kind for kind in RelationKind}
    relations: list[Relation] = (
        made_in_bulk(Relation, {"target": [p[0] for p in pairs], "kind": [kinds[p[1]] for p in pairs]}, {})
        if pairs
        else []
    )
    values: dict[str, Sequence[Any]] = {name: columns[name] for name in _TERM_FIELDS if name not in _ENCODED}
    values["related"] = [_pick(relations, indexes) for indexes in columns["related"]]
    values["origin"] = made_in_bulk(Origin, {"path": columns["origin_path"], "line": columns["origin_line"]}, {})
    return made_in_bulk(Term, values, {}) if values["id"] else []


def _pick(relations: list[Relation], indexes: tuple[int, ...]) -> tuple[Relation, ...]:
    if len(indexes) > 1:
        return itemgetter(*indexes)(relations)  # type: ignore[no-any-return]  # a tuple, made in C
    return (relations[indexes[0]],) if indexes else ()


def save(
    cache_file: Path, key: Fingerprint, bundled: Glossary, loaded: Glossary, orders: Mapping[str, Sequence[str]]
) -> None:
    """Write what the packs added to `bundled` (giving `loaded`); failures are ignored (no cache, no error)."""
    added = [t for term_id, t in loaded.terms.items() if bundled.terms.get(term_id) is not t]
    payload = {
        "terms": _columns(added),
        "categories": {k: v for k, v in loaded.categories.items() if k not in bundled.categories},
        "comparisons": {k: v for k, v in loaded.comparisons.items() if k not in bundled.comparisons},
        "paths": {k: v for k, v in loaded.paths.items() if k not in bundled.paths},
        "problems": loaded.problems,
        "orders": {name: tuple(ids) for name, ids in orders.items()},
    }
    write_atomically(cache_file, (key, payload))


def save_tables(
    cache_file: Path, key: Fingerprint, tables: object, ids: Sequence[str] = (), problems: Sequence[object] = ()
) -> None:
    """Keep a search index's tables for the pack load with this key (see `content.search_index`), with the ids of
    the terms they were built over (in that order) and the load's problems: all a command-line search needs, so a
    second one reads neither the pack nor the pack cache."""
    write_atomically(cache_file, (key, {"tables": tables, "ids": tuple(ids), "problems": tuple(problems)}))


def load_search(cache_file: Path, key: Fingerprint) -> dict[str, Any] | None:
    """What `save_tables` kept for this key ("tables", "ids", "problems"), or None."""
    try:
        with paused_collector(), cache_file.open("rb") as stream:
            stored, payload = pickle.load(stream)
        if stored != key or not isinstance(payload, dict) or set(payload) != {"tables", "ids", "problems"}:
            return None
        return payload
    except Exception:  # as for the pack cache: no tables just means building them
        return None


def load(cache_file: Path, key: Fingerprint, bundled: Glossary) -> Cached | None:
    """The cached pack load for `key` on top of `bundled`, or None when there is none that fits."""
    try:
        with paused_collector(), cache_file.open("rb") as stream:  # 100,000s of lasting objects: see collector
            stored, payload = pickle.load(stream)
            if stored != key:
                return None
            added = _terms(payload["terms"])
        terms = dict(bundled.terms)
        terms.update((term.id, term) for term in added)
        glossary = replace(
            bundled,
            terms=terms,
            categories={**bundled.categories, **payload["categories"]},
            comparisons={**bundled.comparisons, **payload["comparisons"]},
            paths={**bundled.paths, **payload["paths"]},
            problems=tuple(payload["problems"]),
        )
        return Cached(glossary, dict(payload["orders"]))
    except Exception:  # any unreadable, damaged or foreign cache just means loading the packs again
        return None
