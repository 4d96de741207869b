"""Relations between claims drawn on the timeline: a denial as a red arrow, others in their styles.

Each link is a curve from the source claim to the target, bowed so it clears the markers between
them, with the relation's word at its middle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from timeline_app.domain.timeline.layout import Link
from timeline_app.ui.timeline.theme import Theme, faded
from timeline_app.ui.vocabulary import relation_verb

if TYPE_CHECKING:
    from timeline_app.ui.timeline.painter import Frame


class RelationPainter:
    """Draws the links of a frame, and the legend's sample of each relation style."""

    def __init__(self, theme: Theme, font: QFont):
        self.theme, self.font, self._metrics = theme, font, QFontMetricsF(font)
        self.plates: list[QRectF] = []  # where the last paint put the relations' words (layout coordinates)
        self._obstacles: list[QRectF] = []  # markers and bars, and the plates drawn so far
        self._labels: list[QRectF] = []

    def paint(self, p: QPainter, frame: Frame) -> None:
        """Relations between claims in view; those touching the focus drawn last and thicker."""
        links = sorted(frame.layout.links, key=lambda link: frame.is_focus(link.source) or frame.is_focus(link.target))
        self.plates, self._obstacles, self._labels = [], *(_marks_near(frame, links) if links else ([], []))
        for link in links:
            self._link(p, frame, link, frame.is_focus(link.source) or frame.is_focus(link.target))

    def _link(self, p: QPainter, frame: Frame, link: Link, hot: bool) -> None:
        """A curve from the source claim to the target, bowed so it clears the markers between them,
        with an arrowhead at the target and the relation's word at its middle."""
        style = self.theme.relation(link.type)
        vp, r = frame.layout.viewport, frame.layout.config.marker / 2 + 3
        a, b = QPointF(link.x1, link.y1), QPointF(link.x2, link.y2)
        c1, c2, normal = _controls(a, b, vp.left + vp.width)
        start, end = a + _unit(c1 - a) * r, b + _unit(c2 - b) * r
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        width = style.width * (1.6 if hot else 1.0)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(style.colour, width, style.pen, Qt.PenCapStyle.RoundCap))
        p.drawPath(path)
        if style.arrow:
            self._arrowhead(p, end, _unit(end - c2), style.colour, 4 + 2 * width)
        if style.named:
            self._link_word(p, frame, path, normal, relation_verb(link.type), style.colour)

    def _arrowhead(self, p: QPainter, tip: QPointF, direction: QPointF, colour: QColor, size: float) -> None:
        side = QPointF(-direction.y(), direction.x()) * (size * 0.5)
        back = tip - direction * size
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([tip, back + side, back - side]))

    def _link_word(self, p: QPainter, frame: Frame, path: QPainterPath, normal: QPointF, word: str,
                   colour: QColor) -> None:
        """The relation's name on a small plate of background, kept inside the time area: at the
        curve's middle, or the nearest point along it where the plate covers no marker or other plate."""
        p.setFont(self.font)
        width, height = self._metrics.horizontalAdvance(word) + 8, self._metrics.height() + 2
        vp = frame.layout.viewport

        def plate_at(t: float) -> QRectF:
            at = path.pointAtPercent(t) + normal * 2
            x = min(max(at.x() - width / 2, vp.left + 2), vp.left + vp.width - width - 2)
            return QRectF(x, at.y() - height / 2, width, height)

        plates = [plate_at(t) for t in WORD_PLACES]
        free = [r for r in plates if not any(r.intersects(o) for o in self._obstacles)]
        plate = next((r for r in free if not any(r.intersects(o) for o in self._labels)), (free or plates)[0])
        self.plates.append(plate)
        self._obstacles.append(plate)
        p.setPen(QPen(faded(colour, 0.6), 1))
        p.setBrush(self.theme.background)
        p.drawRoundedRect(plate, height / 2, height / 2)
        p.setPen(colour)
        p.drawText(plate, Qt.AlignmentFlag.AlignCenter, word)

    def sample(self, p: QPainter, a: QPointF, b: QPointF, kind: str) -> None:
        style = self.theme.relation(kind)
        p.setPen(QPen(style.colour, style.width, style.pen, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)
        if style.arrow:
            self._arrowhead(p, b, _unit(b - a), style.colour, 4 + 2 * style.width)


#: Where along a link its word may go (fractions of the curve), the middle first.
WORD_PLACES = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78)


def _marks_near(frame: Frame, links: list[Link]) -> tuple[list[QRectF], list[QRectF]]:
    """The markers and bars near the links, which their words must not cover, and the labels,
    which they had better not cover."""
    row, half = frame.layout.config.row_height, frame.layout.config.marker / 2 + 2
    left = min(min(link.x1, link.x2) for link in links) - 80
    right = max(max(link.x1, link.x2) for link in links) + 80
    top = min(min(link.y1, link.y2) for link in links) - row
    bottom = max(max(link.y1, link.y2) for link in links) + row
    marks, labels = [], []
    for glyph in frame.layout.glyphs:
        if glyph.y + row < top or glyph.y > bottom:
            continue
        centre = glyph.y + row / 2
        if glyph.label and glyph.label_x < right and glyph.label_x + glyph.label_width > left:
            labels.append(QRectF(glyph.label_x, glyph.y + 3, glyph.label_width, row - 6))
        if glyph.x1 < left or glyph.x0 > right:
            continue
        if glyph.span:
            marks.append(QRectF(glyph.x0, centre - half, max(glyph.x1 - glyph.x0, 1.0), 2 * half))
        else:
            marks.append(QRectF(glyph.x - half, centre - half, 2 * half, 2 * half))
    return marks, labels


def _unit(v: QPointF) -> QPointF:
    length = (v.x() ** 2 + v.y() ** 2) ** 0.5
    return v / length if length else QPointF(0, 0)


def _controls(a: QPointF, b: QPointF, right: float) -> tuple[QPointF, QPointF, QPointF]:
    """Control points of a link's curve and its bow's outward normal: steep links bow to the right
    (where there are no labels, which the layout puts left near the view's end), flat ones upwards."""
    d = b - a
    length = (d.x() ** 2 + d.y() ** 2) ** 0.5
    normal = _unit(QPointF(-d.y(), d.x()))
    if normal.x() < -1e-6 or (abs(normal.x()) <= 1e-6 and normal.y() > 0):
        normal = -normal
    if a.x() + 40 > right and abs(normal.x()) > 0.5:
        normal = -normal
    bow = min(max(length * 0.18, 14.0), 44.0) * 4 / 3
    return a + d * 0.25 + normal * bow, a + d * 0.75 + normal * bow, normal
