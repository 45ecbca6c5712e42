"""Desktop integration files: the entry and AppStream metadata validate, the icons match their SVG, and
`make install-desktop` / `make uninstall-desktop` put exactly the right files in place and take exactly those away."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from desktop import __version__
from tests.bundle_support import ROOT, require_tool

LINUX = ROOT / "resources" / "linux"
DESKTOP_FILE = LINUX / "alignment-atlas.desktop"
METAINFO = LINUX / "alignment-atlas.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entries(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


# --- the files as committed ---------------------------------------------------------------------------------------


def test_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_entry_the_binary_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "alignment-atlas"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "a new version needs its <release> entry first in the metainfo"
    entry = _entries(DESKTOP_FILE)
    assert entry["Icon"] == "alignment-atlas"
    assert entry["Exec"] == entry["TryExec"] == "alignment-atlas"


def test_icon_pngs_are_the_svg_rendered_at_every_size(qapp: object) -> None:
    make_icons = _tool_module("make_icons")
    for size in SIZES:
        path = ICONS / f"alignment-atlas-{size}.png"
        committed = QImage(str(path))
        assert committed.width() == committed.height() == size, path.name
        fresh = QImage.fromData(make_icons.render_png(ICONS / "alignment-atlas.svg", size))
        committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
        fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
        differing = sum(
            1
            for y in range(size)
            for x in range(size)
            if max(abs(a - b) for a, b in zip(_rgba(committed.pixel(x, y)), _rgba(fresh.pixel(x, y)), strict=True)) > 24
        )
        assert differing <= size * size // 100, f"{path.name} is out of date: run 'python tools/make_icons.py'"


def _rgba(pixel: int) -> tuple[int, int, int, int]:
    return (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255, (pixel >> 24) & 255


def test_ico_and_icns_hold_every_size_and_qt_reads_them(qapp: object) -> None:
    make_icons = _tool_module("make_icons")
    pngs = make_icons.committed_pngs()
    ico = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = make_icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for data, fmt, expected in ((ico, b"ico", count), (icns, b"icns", len(make_icons.ICNS_TYPES))):
        array = QByteArray(data)
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(fmt))
        if not reader.canRead():
            pytest.skip(f"this Qt has no {fmt.decode()} image plugin")
        assert reader.imageCount() == expected
        sizes = set()
        for _ in range(expected):
            image = reader.read()
            assert not image.isNull(), reader.errorString()
            sizes.add(image.width())
            reader.jumpToNextImage()
        assert max(sizes) >= 256


# --- make install-desktop / uninstall-desktop ---------------------------------------------------------------------


def _fake_app(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "alignment-atlas"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return program


def _make(target: str, home: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    make = require_tool("make")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "PYTHON": sys.executable}
    return subprocess.run(
        [make, "--no-print-directory", "-C", str(ROOT), target, *(f"{k}={v}" for k, v in variables.items())],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_install_desktop_then_uninstall_leaves_exactly_what_was_there(tmp_path: Path) -> None:
    home = tmp_path / "home"
    share = home / "share"
    program = _fake_app(tmp_path / "Alignment Atlas 0.1" / "dist")  # a space in the path must be quoted
    unrelated = share / "applications" / "someone-else.desktop"
    unrelated.parent.mkdir(parents=True)
    unrelated.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = _files(share)

    result = _make("install-desktop", home, APP_EXEC=str(program))
    assert result.returncode == 0, result.stdout + result.stderr

    entry_path = share / "applications" / "alignment-atlas.desktop"
    entry = _entries(entry_path)
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    for size in SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "alignment-atlas.png"
        assert icon.read_bytes() == (ICONS / f"alignment-atlas-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "alignment-atlas.svg").is_file()
    manifest = share / "alignment-atlas" / "installed-files"
    recorded = {Path(line) for line in manifest.read_text().splitlines()}
    assert recorded == _files(share) - before - {manifest}
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True, check=False)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    again = _make("install-desktop", home, APP_EXEC=str(program))  # installing twice is harmless
    assert again.returncode == 0, again.stderr
    result = _make("uninstall-desktop", home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _files(share) == before
    assert unrelated.is_file()


def test_install_desktop_without_a_bundle_says_what_to_do(tmp_path: Path) -> None:
    result = _make("install-desktop", tmp_path, APP_EXEC=str(tmp_path / "missing" / "alignment-atlas"))
    assert result.returncode != 0
    assert "make bundle" in result.stderr
    assert not (tmp_path / "share").exists()


def test_uninstall_without_an_install_changes_nothing(tmp_path: Path) -> None:
    result = _make("uninstall-desktop", tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"nothing installed", result.stdout)


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    exec_value = _tool_module("desktop_integration").exec_value
    assert exec_value(Path("/opt/atlas/alignment-atlas")) == "/opt/atlas/alignment-atlas"
    assert exec_value(Path("/home/a b/alignment-atlas")) == '"/home/a b/alignment-atlas"'
    assert exec_value(Path("/home/100%/x")) == "/home/100%%/x"
    # Inside quotes `$` is escaped with a backslash, and the backslash is escaped again as a string value.
    assert exec_value(Path("/home/$me/x")) == '"/home/\\\\$me/x"'
