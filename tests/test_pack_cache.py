"""Glossary packs cached on disk (issue 14): a hit gives the same glossary as loading, and a stale, damaged or
foreign cache file, or a cache folder that cannot be written, means loading the pack again. No Qt needed except
for the display order."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from desktop.collation import collated, known_orders
from desktop.content import load_content
from desktop.core.content.model import Glossary
from desktop.core.packs import pack_cache

CSV = (
    "term,summary,definition,category,related,aliases,source\n"
    "Tide pool,A rocky hollow that keeps seawater.,It holds sea animals at low tide.,Shore,Kelp,rock pool,"
    '"Carson, R. (1955). The Edge of the Sea"\n'
    "Kelp,A large brown seaweed.,It grows in underwater forests.,Plants,Tide pool|RLHF,,\n"
    "Reward model,A prize scheme for a class.,Pupils collect points.,,,,\n"
    "Broken,,,,,,\n"
)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "Marine.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("packs-*.pickle"))


def same(a: Glossary, b: Glossary) -> None:
    assert a.terms == b.terms
    assert a.categories == b.categories
    assert a.problems == b.problems
    assert [t.id for t in a.terms.values()] == [t.id for t in b.terms.values()]


def test_a_second_load_comes_from_the_cache_and_equals_the_first(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plain = load_content(packs=[pack])
    first = load_content(cache_dir=cache, packs=[pack], order_locale="en_US")
    (written,) = cache_files(cache)
    same(first, plain)
    second = load_content(cache_dir=cache, packs=[pack], order_locale="en_US")
    same(second, plain)
    assert second.term("marine-reward-model").related == ()
    assert second.term("kelp").related == plain.term("kelp").related
    assert second.term("tide-pool").sources == plain.term("tide-pool").sources
    assert [p.renamed for p in second.problems] == [p.renamed for p in plain.problems]
    order = known_orders(second)["en_US"]
    assert list(order) == [t.id for t in collated(plain.terms.values())]
    assert cache_files(cache) == [written]


def test_a_hit_reads_no_pack_file(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    load_content(cache_dir=cache, packs=[pack])

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pack was read again")

    monkeypatch.setattr("desktop.core.packs.loading.add_packs", no_reading)
    assert "tide-pool" in load_content(cache_dir=cache, packs=[pack]).terms


def test_a_changed_pack_makes_the_cache_stale(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_content(cache_dir=cache, packs=[pack])
    pack.write_text(CSV.replace("A large brown seaweed.", "A big brown seaweed that grows fast."), encoding="utf-8")
    stat = pack.stat()
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_content(cache_dir=cache, packs=[pack]).term("kelp").summary.startswith("A big brown")


def test_a_same_size_edit_in_the_middle_is_caught_by_the_modification_time(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_content(cache_dir=cache, packs=[pack])
    pack.write_text(CSV.replace("seaweed", "seagrass"), encoding="utf-8")
    stat = pack.stat()
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert "seagrass" in load_content(cache_dir=cache, packs=[pack]).term("kelp").summary


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a pickle at all"),
        lambda path: path.write_bytes(path.read_bytes()[:200]),  # cut short
        lambda path: path.write_bytes(pickle.dumps(((0, "another app"), {"terms": {}}))),  # foreign key
        lambda path: path.write_bytes(pickle.dumps("a string, not a pair")),
    ],
    ids=["garbage", "truncated", "foreign", "wrong-shape"],
)
def test_a_damaged_or_foreign_cache_file_is_ignored_and_replaced(pack: Path, tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "cache"
    plain = load_content(packs=[pack])
    load_content(cache_dir=cache, packs=[pack])
    (written,) = cache_files(cache)
    assert callable(damage)
    damage(written)
    same(load_content(cache_dir=cache, packs=[pack]), plain)
    same(load_content(cache_dir=cache, packs=[pack]), plain)  # the replacement is good again


def test_another_app_version_does_not_use_the_cache(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_content(cache_dir=cache, packs=[pack])
    monkeypatch.setattr(pack_cache, "FORMAT", pack_cache.FORMAT + 1)
    key_calls: list[object] = []
    real_load = pack_cache.load

    def spy(cache_file: Path, key: pack_cache.Fingerprint, bundled: Glossary) -> pack_cache.Cached | None:
        found = real_load(cache_file, key, bundled)
        key_calls.append(found)
        return found

    monkeypatch.setattr(pack_cache, "load", spy)
    load_content(cache_dir=cache, packs=[pack])
    assert key_calls == [None]  # the old file did not fit the new format


def test_a_cache_folder_that_cannot_be_written_is_no_error(pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    glossary = load_content(cache_dir=blocker / "cache", packs=[pack])
    assert "tide-pool" in glossary.terms


def test_the_command_line_uses_the_cache(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    assert list((tmp_path / "xdg").rglob("packs-*.pickle"))


def test_search_tables_are_kept_for_the_next_command_line_search(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.core.search.index import SearchIndex

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    first = capsys.readouterr().out
    (kept,) = list((tmp_path / "xdg").rglob("index-*.pickle"))

    def no_building(self: SearchIndex) -> object:
        raise AssertionError("the tables were built again")

    monkeypatch.setattr(SearchIndex, "build_steps", no_building)
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    assert capsys.readouterr().out == first
    # The pack's term ranks first; the bundled glossary may add near matches (tide ~ side, one edit away).
    assert first.splitlines()[0] == "tide-pool"
    kept.write_bytes(b"damaged")  # a damaged file: built again, the same answer
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    assert capsys.readouterr().out == first


def test_a_second_command_line_search_reads_neither_the_pack_nor_the_pack_cache(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.core.packs import loading

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    queries = ["tide", "kelp", "re", "seaweed", "nothing-like-this"]
    first = []
    for query in queries:
        assert main(["search", query, "--pack", str(pack)]) == 0
        first.append(capsys.readouterr())
    assert first[0].err  # the pack's problem (the row without a summary) is told

    def no_loading(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the pack or the pack cache was read")

    monkeypatch.setattr(loading, "with_packs", no_loading)
    monkeypatch.setattr(pack_cache, "load", no_loading)
    for query, before in zip(queries, first, strict=True):
        assert main(["search", query, "--pack", str(pack)]) == 0
        again = capsys.readouterr()
        assert (again.out, again.err) == (before.out, before.err)


def test_a_changed_pack_is_searched_again_not_answered_from_the_kept_tables(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.content import cached_search

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main(["search", "kelp", "--pack", str(pack)]) == 0
    assert "kelp" in capsys.readouterr().out.split()
    (kept,) = list((tmp_path / "xdg").rglob("index-*.pickle"))
    assert cached_search("en", kept.parent, [pack], "en_US") is not None
    pack.write_text(CSV.replace("Kelp", "Bladderwrack"), encoding="utf-8")
    assert cached_search("en", kept.parent, [pack], "en_US") is None
    assert main(["search", "kelp", "--pack", str(pack)]) == 0
    assert "kelp" not in capsys.readouterr().out.split()
    assert main(["search", "bladderwrack", "--pack", str(pack)]) == 0
    assert capsys.readouterr().out.split()[0] == "bladderwrack"


@pytest.mark.parametrize("stored", ["old layout", "incomplete tables", "damaged"])
def test_kept_search_tables_of_another_layout_are_not_used(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    from desktop.cli import main
    from desktop.content import cached_search

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    first = capsys.readouterr().out
    (kept,) = list((tmp_path / "xdg").rglob("index-*.pickle"))
    key, payload = pickle.loads(kept.read_bytes())
    if stored == "old layout":  # as written before the ids were kept: (key, tables)
        kept.write_bytes(pickle.dumps((key, payload["tables"])))
    elif stored == "incomplete tables":
        kept.write_bytes(pickle.dumps((key, {**payload, "ids": payload["ids"][:-1]})))
    else:
        kept.write_bytes(kept.read_bytes()[:100])
    folder = kept.parent
    assert cached_search("en", folder, [pack], "en_US") is None
    assert main(["search", "tide", "--pack", str(pack)]) == 0
    assert capsys.readouterr().out == first
    assert cached_search("en", folder, [pack], "en_US") is not None  # written again
