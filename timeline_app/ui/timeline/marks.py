"""The marks the timeline is drawn with: event dots, status-shaped claim diamonds, date spans.

Shared by the timeline, its printed legend and the claims panel's badges, so a status or an
imprecise date looks the same wherever it appears. On raster devices (screen, images) markers
are drawn once per look into a small image and stamped; a PDF gets vectors.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPaintEngine, QPainter, QPen, QPolygonF

from timeline_app.domain.timeline.items import APPROXIMATE, IMPRECISE, OPEN_END, OPEN_START, UNCERTAIN
from timeline_app.domain.timeline.layout import Glyph
from timeline_app.ui.timeline.theme import DateStyle, Mark, Theme, faded, text_on


class MarkPainter:
    """Draws single marks in one theme; :meth:`begin` tells it what kind of device it draws on."""

    def __init__(self, theme: Theme, dates: DateStyle):
        self.theme, self.dates = theme, dates
        self._raster, self._ratio = True, 1.0
        self._sprites: dict[tuple, QImage] = {}

    def begin(self, p: QPainter) -> None:
        self._raster = p.paintEngine().type() == QPaintEngine.Type.Raster
        self._ratio = p.paintEngine().paintDevice().devicePixelRatioF()  # the real target, also under render()

    def stamp(self, p: QPainter, x: float, y: float, s: float, look: tuple[Mark | None, int]) -> None:
        """Markers are drawn once per look into a small image and stamped on raster devices (screen,
        images): hundreds of vector diamonds a frame cost milliseconds. A PDF gets the vectors."""
        if not self._raster:
            self.symbol(p, QPointF(x, y), s, look)
            return
        sprite = self._sprites.get((look, s, self._ratio))
        if sprite is None:
            size = math.ceil(3 * s + 6)  # the struck line reaches 1.5 s each side
            sprite = QImage(round(size * self._ratio), round(size * self._ratio), QImage.Format.Format_ARGB32_Premultiplied)
            sprite.setDevicePixelRatio(self._ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.symbol(painter, QPointF(size / 2, size / 2), s, look)
            painter.end()
            self._sprites[(look, s, self._ratio)] = sprite
        half = sprite.width() / self._ratio / 2
        p.drawImage(QPointF(round(x - half), round(y - half)), sprite)

    def symbol(self, p: QPainter, c: QPointF, s: float, look: tuple[Mark | None, int]) -> None:
        """An event's dot (no mark) or a claim's status shape, in the look's colour."""
        mark, colour = look[0], QColor.fromRgba(look[1])
        if mark is None:
            p.setPen(QPen(self.theme.background, 1.5))
            p.setBrush(colour)
            p.drawEllipse(c, s * 0.8, s * 0.8)
        else:
            self._claim(p, c, s, mark, colour)

    def _claim(self, p: QPainter, c: QPointF, s: float, mark: Mark, colour: QColor) -> None:
        """A claim's diamond, shaped by status (see ``theme.Mark``)."""
        x, y = c.x(), c.y()
        diamond = QPolygonF([QPointF(x, y - s), QPointF(x + s, y), QPointF(x, y + s), QPointF(x - s, y)])
        filled = mark in (Mark.CHECK, Mark.CROSS)
        p.setPen(QPen(colour, 1.6, Qt.PenStyle.DotLine if mark is Mark.DOTTED else Qt.PenStyle.SolidLine))
        p.setBrush(colour if filled else self.theme.background)
        if mark is Mark.OPINION:
            p.drawEllipse(c, s * 0.7, s * 0.7)
            return
        p.drawPolygon(diamond)
        inner = QPen(text_on(colour) if filled else colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        k = s * 0.38
        if mark is Mark.HALF:
            p.setBrush(colour)
            p.drawPolygon(QPolygonF([QPointF(x, y - s), QPointF(x - s, y), QPointF(x, y + s)]))
        elif mark is Mark.CHECK:
            p.setPen(inner)
            p.drawPolyline(QPolygonF([QPointF(x - k, y), QPointF(x - k * 0.2, y + k * 0.8), QPointF(x + k, y - k * 0.8)]))
        elif mark is Mark.CROSS:
            p.setPen(inner)
            p.drawLine(QPointF(x - k, y - k), QPointF(x + k, y + k))
            p.drawLine(QPointF(x - k, y + k), QPointF(x + k, y - k))
        elif mark is Mark.STRUCK:
            p.setPen(inner)
            p.drawLine(QPointF(x - s * 1.5, y), QPointF(x + s * 1.5, y))
        elif mark is Mark.QUESTION:
            p.setBrush(colour)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(c, s * 0.22, s * 0.22)

    def whisker(self, p: QPainter, glyph: Glyph, y: float, colour: QColor, flags: int) -> None:
        """The range a point could lie in: a thin line, bracketed for a month, dashed when approximate."""
        dashed = flags & APPROXIMATE and not flags & IMPRECISE
        p.setPen(QPen(faded(colour, 0.7), 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(glyph.x0, y), QPointF(glyph.x1, y))
        if flags & IMPRECISE:
            self._brackets(p, glyph.x0, glyph.x1, y - 4, y + 4, faded(colour, 0.8), 1.2)

    def tails(self, p: QPainter, glyph: Glyph, y: float, s: float, colour: QColor, flags: int) -> None:
        """An open side ("until 21 Dec"): a tail fading away from the marker, ending in a chevron,
        as long as the room before the label on that side allows."""
        for side, sign in ((OPEN_START, -1), (OPEN_END, 1)):
            if not flags & side:
                continue
            tail = min(self.dates.open_tail, _room(glyph, sign) - s)
            start, end = QPointF(glyph.x + sign * s, y), QPointF(glyph.x + sign * (s + tail), y)
            if tail >= 12:
                gradient = QLinearGradient(start, end)
                gradient.setColorAt(0, faded(colour, 0.9))
                gradient.setColorAt(1, faded(colour, 0.1))
                p.setPen(QPen(QBrush(gradient), 2.0))
                p.drawLine(start, end)
            a = min(self.dates.arrow, max(tail, 3.0) * 0.7)
            tip = end.x() if tail >= 12 else start.x() + sign * (a + 1)
            p.setPen(QPen(faded(colour, 0.8), 1.5))
            p.drawPolyline(QPolygonF([QPointF(tip - sign * a, y - a), QPointF(tip, y), QPointF(tip - sign * a, y + a)]))

    def _brackets(self, p: QPainter, x0: float, x1: float, top: float, bottom: float, colour: QColor, width: float) -> None:
        b = self.dates.bracket
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for x, inward in ((x0, b), (x1, -b)):
            p.drawPolyline(QPolygonF([QPointF(x + inward, top), QPointF(x, top), QPointF(x, bottom), QPointF(x + inward, bottom)]))

    def _open_arrows(self, p: QPainter, x0: float, x1: float, y: float, colour: QColor, flags: int) -> None:
        """A chevron pointing outwards inside each open (faded) end: it went on, we do not know how long."""
        a = self.dates.arrow
        p.setPen(QPen(colour, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for side, x, sign in ((OPEN_START, x0, -1), (OPEN_END, x1, 1)):
            if flags & side:
                tip = x - sign * 3
                p.drawPolyline(QPolygonF([QPointF(tip - sign * a, y - a), QPointF(tip, y), QPointF(tip - sign * a, y + a)]))

    def status_sample(self, p: QPainter, centre: QPointF, status: str, size: float) -> None:
        style = self.theme.status(status)
        self.symbol(p, centre, size / 2, (style.mark, style.colour.rgba()))

    def date_sample(self, p: QPainter, rect: QRectF, colour: QColor, flags: int) -> None:
        """A bar drawn as an event of that precision is: bracketed, dashed or fading."""
        style = self.dates
        alpha = style.imprecise_fill if flags & IMPRECISE else style.approximate_fill if flags & APPROXIMATE else style.fill
        p.setBrush(_fading(rect, faded(colour, alpha), flags))
        dashed = bool(flags & (APPROXIMATE | UNCERTAIN))
        p.setPen(Qt.PenStyle.NoPen if flags & IMPRECISE and not dashed
                 else QPen(colour, 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        p.drawRoundedRect(rect, 3, 3)
        if flags & IMPRECISE:
            self._brackets(p, rect.left(), rect.right(), rect.top() - 2, rect.bottom() + 2, colour, 2.0)
        self._open_arrows(p, rect.left(), rect.right(), rect.center().y(), colour, flags)


def _fading(rect: QRectF, colour: QColor, flags: int) -> QBrush:
    """A solid brush, or one that fades out towards an open start or end."""
    if not flags & (OPEN_START | OPEN_END):
        return QBrush(colour)
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    fade = min(0.4, 48 / max(rect.width(), 1))
    clear = faded(colour, 0)
    gradient.setColorAt(0, clear if flags & OPEN_START else colour)
    gradient.setColorAt(fade, colour)
    gradient.setColorAt(1 - fade, colour)
    gradient.setColorAt(1, clear if flags & OPEN_END else colour)
    return QBrush(gradient)


def _room(glyph: Glyph, sign: int) -> float:
    """Free pixels from a marker's centre towards its label on one side (-1 left, +1 right)."""
    if not glyph.label or (glyph.label_x < glyph.x) != (sign < 0):
        return float("inf")
    edge = glyph.label_x + glyph.label_width if sign < 0 else glyph.label_x
    return abs(glyph.x - edge) - 3
