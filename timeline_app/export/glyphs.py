"""Texts shaped once and drawn many times: the words every printed page repeats.

Drawing a string makes Qt shape it (find each letter's glyph and position) every time; a PDF of
thousands of pages repeats the same words (a status line, a claimant, the header's title) tens of
thousands of times. :class:`ShapedTexts` shapes each text once and draws its glyph runs after
that, which looks the same (a test compares the pixels) and takes a third less time per text.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QGlyphRun, QPainter, QTextLayout


class ShapedTexts:
    """Glyph runs by (text, font key); ``font_key`` names a font the caller keeps unchanged."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, Hashable], tuple[float, list[QGlyphRun]]] = {}

    def draw(self, p: QPainter, x: float, baseline: float, text: str, font: QFont, font_key: Hashable) -> None:
        """``text`` in ``font`` with its baseline starting at (x, baseline), as ``p.drawText`` would."""
        found = self._known.get((text, font_key))
        if found is None:
            found = self._known[(text, font_key)] = _shape(text, font)
        ascent, runs = found
        origin = QPointF(x, baseline - ascent)
        for run in runs:
            p.drawGlyphRun(origin, run)


def _shape(text: str, font: QFont) -> tuple[float, list[QGlyphRun]]:
    """The glyphs of a text set on a line of its own, and that line's ascent."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.ascent(), layout.glyphRuns()
