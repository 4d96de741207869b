"""Render the app icon's PNG, ICO and ICNS files from ``resources/icons/timeline_app.svg``.

    .venv/bin/python packaging/make_icons.py              # rewrites resources/icons/*.png, .ico, .icns
    .venv/bin/python packaging/make_icons.py --iconset X  # also writes X/timeline_app.iconset/ for iconutil

Rendering uses Qt's QSvgRenderer on the offscreen platform, so nothing beyond the app's own
PySide6 is needed. The ICO and ICNS containers are written here with ``struct``: both hold PNG
images, which Windows (Vista and later) and macOS (10.7 and later) read; Qt's own ICO writer
stores one image per file only, and Pillow is not a dependency.

Run it after editing the SVG and commit the results; the build and the tests only read them.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "timeline_app.svg"
STEM = "timeline_app"

# The PNG renditions kept in the repository (and installed into the hicolor theme on Linux).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel sizes (Apple's "Icon Services" names).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)
# iconutil's input: file name -> pixel size.
ICONSET = {
    "icon_16x16.png": 16, "icon_16x16@2x.png": 32, "icon_32x32.png": 32, "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128, "icon_128x128@2x.png": 256, "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512, "icon_512x512.png": 512, "icon_512x512@2x.png": 1024,
}


def png_name(size: int) -> str:
    return f"{STEM}-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (one per size; 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG elements, led by a table of contents as iconutil writes it."""
    elements = [(kind, pngs[size]) for kind, size in ICNS_TYPES]
    toc = b"".join(kind + struct.pack(">I", 8 + len(blob)) for kind, blob in elements)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="the source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="where to write (default: %(default)s)")
    parser.add_argument("--iconset", type=Path, metavar="DIR",
                        help=f"also write DIR/{STEM}.iconset/ (for macOS: iconutil -c icns DIR/{STEM}.iconset)")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt wants one)
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"make_icons: {args.svg} is not a valid SVG for Qt", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | set(ICONSET.values()))
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}

    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(args.out / png_name(size))
        written[-1].write_bytes(pngs[size])
    written.append(args.out / f"{STEM}.ico")
    written[-1].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(args.out / f"{STEM}.icns")
    written[-1].write_bytes(icns_bytes(pngs))
    if args.iconset:
        iconset = args.iconset / f"{STEM}.iconset"
        iconset.mkdir(parents=True, exist_ok=True)
        for name, size in ICONSET.items():
            written.append(iconset / name)
            written[-1].write_bytes(pngs[size])
    for path in written:
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
