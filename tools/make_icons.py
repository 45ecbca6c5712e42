"""Render the application icon's PNG sizes from its SVG source, and pack them as .ico and .icns.

    python tools/make_icons.py            # (re)write resources/icons/alignment-atlas-<size>.png
    python tools/make_icons.py --check    # exit 1 when a committed PNG is missing or differs from the SVG

The PNGs are rendered with QtSvg's `QSvgRenderer`, the same renderer the app uses for the window icon, and are
committed (a desktop needs them without Qt). `write_ico` and `write_icns` need no Qt and no Pillow: both formats
are a small header around PNG data; `build.spec` calls them when it builds on Windows or macOS.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
NAME = "alignment-atlas"
SVG = ICON_DIR / f"{NAME}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Windows shows 16…256 from an .ico; PNG-compressed entries are valid since Windows Vista.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by edge length in pixels.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png_path(size: int, folder: Path = ICON_DIR) -> Path:
    return folder / f"{NAME}-{size}.png"


def committed_pngs(folder: Path = ICON_DIR) -> dict[int, bytes]:
    """The committed PNGs by size; a missing one is an error that names the file and the fix."""
    out = {}
    for size in SIZES:
        path = png_path(size, folder)
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: run 'python tools/make_icons.py'")
        out[size] = path.read_bytes()
    return out


# --- packing (no Qt) ----------------------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding the given PNGs (one directory entry per size)."""
    chosen = [(size, pngs[size]) for size in sizes if size in pngs]
    header = struct.pack("<HHH", 0, 1, len(chosen))
    offset = len(header) + 16 * len(chosen)
    entries, images = b"", b""
    for _, data in chosen:
        width, height = _png_size(data)
        # A width or height of 256 is written as 0; planes 1, 32 bits per pixel.
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS .icns holding the given PNGs under the icon types that take PNG data."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for size, kind in ICNS_TYPES.items() if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_ico(target: Path, folder: Path = ICON_DIR) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(committed_pngs(folder)))
    return target


def write_icns(target: Path, folder: Path = ICON_DIR) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(icns_bytes(committed_pngs(folder)))
    return target


# --- rendering (QtSvg) --------------------------------------------------------------------------------------------


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: PLC0415 - only the renderer needs Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: QSvgRenderer cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise ValueError(f"{svg}: cannot encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def _gui_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only compare the committed PNGs with the SVG")
    args = parser.parse_args(argv)
    app = _gui_app()  # QPainter on a QImage needs a QGuiApplication for fonts and colour handling
    stale = []
    for size in SIZES:
        data = render_png(SVG, size)
        path = png_path(size)
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    del app
    if stale:
        names = ", ".join(str(p.relative_to(ROOT)) for p in stale)
        print(f"out of date: {names} (run 'python tools/make_icons.py')", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
