"""The timeline as a PNG or SVG picture: a range (or everything) drawn as the screen draws it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.export.scene import SceneOptions, TimelineScene
from timeline_app.io.formats import ExportError
from timeline_app.messages import message
from timeline_app.store.db import Project
from timeline_app.ui.i18n import tr

DEFAULT_WIDTH = 1920


def _layout(scene: TimelineScene, width: int):
    time_range = scene.time_range()
    if time_range is None:
        raise ValueError("the project has no dated events or claims to draw")
    layout = scene.layout(*time_range, QRectF(0, 0, width, 1))
    return layout, QRectF(0, 0, width, scene.height_for(layout) + 1)


def write_png(project: Project, path: Path | str, options: SceneOptions, *, width: int = DEFAULT_WIDTH, scale: float = 2.0) -> QSize:
    """A raster picture at ``scale`` device pixels per layout pixel (2: sharp on high-DPI screens)."""
    scene = TimelineScene.load(project, options)
    layout, rect = _layout(scene, width)
    image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(scene.theme.background)
    painter = QPainter(image)
    try:
        scene.paint(painter, layout, rect)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise ExportError(message("could not write the picture"))
    return image.size()


def write_svg(project: Project, path: Path | str, options: SceneOptions, *, width: int = DEFAULT_WIDTH) -> QSize:
    """A vector picture with real text, for layout programs and the web."""
    scene = TimelineScene.load(project, options)
    layout, rect = _layout(scene, width)
    size = QSize(round(rect.width()), round(rect.height()))

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(rect)
    generator.setTitle(tr("Timeline"))
    generator.setDescription(tr("Made with timeline_app"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(message("could not write the picture"))
    try:
        scene.paint(painter, layout, rect)
    finally:
        painter.end()
    return size
