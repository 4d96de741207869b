"""Drawing one computed Layout, with its axis and lane headers, onto any QPainter.

Nothing here knows about widgets: the screen paints into itself, the PDF export into a page, the
tests into an image, all from the same :class:`Frame`. Lane contents scroll vertically under a
fixed axis; lane names stay in a header column left of ``viewport.left`` while time scrolls.
Text is always drawn with ``QPainter.drawText``, which never interprets markup.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPaintEngine, QPainter, QPainterPath,
                           QPen, QPolygonF, QStaticText)

from timeline_app.domain.timeline.axis import AxisTier
from timeline_app.domain.timeline.items import APPROXIMATE, IMPRECISE, OPEN_END, OPEN_START, UNCERTAIN, Kind, TimelineData
from timeline_app.domain.timeline.labels import TELLING
from timeline_app.domain.timeline.layout import Glyph, LaneBand, Layout, Link
from timeline_app.ui.timeline.theme import DateStyle, Fonts, Mark, Sizes, Theme, faded, mix, text_on


class TextMeasure:
    """A font's text widths, remembered per string: the layout asks for the same labels at every step."""

    def __init__(self, font: QFont, extra: float = 0.0):
        self._metrics, self._extra = QFontMetricsF(font), extra
        self._widths: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._metrics.horizontalAdvance(text) + self._extra
        return width


@dataclass
class Frame:
    """Everything one paint shows. Lane y coordinates are the layout's, shifted by ``scroll``."""

    layout: Layout
    tiers: list[AxisTier]
    data: TimelineData
    rect: QRectF
    lane_colours: dict[str, QColor]
    scroll: float = 0.0
    selected: AbstractSet[int] = frozenset()
    hovered: int | None = None
    weekends: list[tuple[float, float]] = field(default_factory=list)
    today: float | None = None
    undated: int = 0

    def is_focus(self, key: int) -> bool:
        return key == self.hovered or key in self.selected

    def any_selected(self, keys: list[int]) -> bool:
        """Whether any of a glyph's keys is selected (a cluster may hold thousands)."""
        return not self.selected.isdisjoint(keys)


class TimelinePainter:
    """Paints frames with one theme, set of fonts and sizes."""

    def __init__(self, theme: Theme, fonts: Fonts, sizes: Sizes):
        self.theme, self.fonts, self.sizes, self.dates = theme, fonts, sizes, DateStyle()
        self._label_metrics, self._badge_metrics = QFontMetricsF(fonts.label), QFontMetricsF(fonts.badge)
        self._elided: dict[tuple[str, float, int], str] = {}
        self._raster, self._ratio = True, 1.0  # an image (markers are stamped) or vectors (PDF)?
        self._sprites: dict[tuple, QImage] = {}
        self._statics: dict[tuple[str, float, bool], QStaticText] = {}
        self._axis_metrics = (QFontMetricsF(fonts.axis), QFontMetricsF(fonts.axis_strong))
        self._header_metrics = (QFontMetricsF(fonts.header), QFontMetricsF(fonts.small))

    def axis_measure(self) -> TextMeasure:
        """The measure to give ``axis_tiers``: bold widths plus the labels' padding."""
        return TextMeasure(self.fonts.axis_strong, extra=6.0)

    def paint(self, p: QPainter, frame: Frame) -> None:
        self._raster = p.paintEngine().type() == QPaintEngine.Type.Raster
        self._ratio = p.paintEngine().paintDevice().devicePixelRatioF()  # the real target, also under render()
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect, vp = frame.rect, frame.layout.viewport
        p.fillRect(rect, self.theme.background)
        body = QRectF(rect.left(), rect.top() + self.sizes.axis_height, rect.width(),
                      rect.height() - self.sizes.axis_height)
        dy = body.top() - frame.scroll
        p.setClipRect(QRectF(vp.left, body.top(), vp.width, body.height()))
        self._time_area(p, frame, body, dy)
        p.setClipRect(QRectF(rect.left(), body.top(), vp.left - rect.left(), body.height()))
        self._headers(p, frame, dy)
        p.setClipRect(QRectF(rect.left(), rect.top(), rect.width(), self.sizes.axis_height))
        self._axis(p, frame)
        self._corner(p, frame)
        p.restore()

    def paint_message(self, p: QPainter, rect: QRectF, text: str) -> None:
        """An empty state: one plain-text line in the middle."""
        p.fillRect(rect, self.theme.background)
        p.setPen(self.theme.muted)
        p.setFont(self.fonts.header)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- time area

    def _time_area(self, p: QPainter, frame: Frame, body: QRectF, dy: float) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._bands(p, frame, body, dy)
        self._grid(p, frame, body)
        p.translate(0, dy)
        self._density(p, frame)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        glyphs = frame.layout.glyphs
        for glyph in glyphs:
            if glyph.span:
                self._span(p, frame, glyph)
        self._links(p, frame)
        for glyph in glyphs:
            if not glyph.span:
                self._marker(p, frame, glyph)
        self._labels(p, frame)
        p.translate(0, -dy)
        if frame.today is not None:
            p.setPen(QPen(self.theme.today, 1.5))
            p.drawLine(QPointF(frame.today, body.top()), QPointF(frame.today, body.bottom()))

    def _bands(self, p: QPainter, frame: Frame, body: QRectF, dy: float) -> None:
        """Each lane washed with its colour (every other one a shade deeper), weekends a shade deeper
        still, and a rule below each lane. All fills are opaque: blending translucent ones over the
        whole view would cost several milliseconds a frame."""
        vp, theme = frame.layout.viewport, self.theme
        rows = [(round(b.top + dy), round(b.top + b.height + dy), theme.lane_fill(frame.lane_colours[b.info.key], i % 2 == 1))
                for i, b in enumerate(frame.layout.lanes)]
        rows.append((rows[-1][1] if rows else round(body.top()), round(body.bottom()) + 1, theme.background))
        left, width = round(vp.left), round(vp.width)
        for top, bottom, fill in rows:
            p.fillRect(QRect(left, top, width, bottom - top), fill)
            weekend = theme.weekend_fill(fill)
            for x0, x1 in frame.weekends:
                p.fillRect(QRect(round(x0), top, round(x1) - round(x0), bottom - top), weekend)
            p.fillRect(QRect(left, bottom - 1, width, 1), theme.grid)

    def _grid(self, p: QPainter, frame: Frame, body: QRectF) -> None:
        """Faint lines at the finest axis ticks, stronger ones where a coarser unit begins."""
        tiers = frame.tiers[-2:]
        for tier, colour in zip(reversed(tiers), (self.theme.grid, self.theme.grid_strong)):
            p.setPen(QPen(colour, 1))
            for tick in tier.ticks:
                p.drawLine(round(tick.x), round(body.top()), round(tick.x), round(body.bottom()))

    def _density(self, p: QPainter, frame: Frame) -> None:
        """Dense lanes: a histogram in the lane's colour, bars standing on the lane's floor. Heights
        are square roots of the layout's values, so a quiet day still shows beside a crowded one."""
        if not frame.layout.density:
            return
        by_lane: dict[str, list[QRectF]] = {}
        for bar in frame.layout.density:
            height = max(1.5, bar.height * math.sqrt(bar.value))
            by_lane.setdefault(bar.lane, []).append(
                QRectF(bar.x0, bar.top + bar.height - height, bar.x1 - bar.x0 - 0.6, height))
        p.setPen(Qt.PenStyle.NoPen)
        for lane, rects in by_lane.items():
            p.setBrush(faded(frame.lane_colours[lane], 0.6))
            p.drawRects(rects)

    # -- lane headers

    def _headers(self, p: QPainter, frame: Frame, dy: float) -> None:
        left, right = frame.rect.left(), frame.layout.viewport.left
        p.fillRect(QRectF(left, frame.rect.top(), right - left, frame.rect.height()), self.theme.surface)
        for band in frame.layout.lanes:
            self._header(p, frame, band, band.top + dy)
        p.fillRect(QRectF(right - 1, frame.rect.top(), 1, frame.rect.height()), self.theme.grid_strong)

    def _header(self, p: QPainter, frame: Frame, band: LaneBand, top: float) -> None:
        """Colour tab, collapse triangle, name, and a muted line saying what the lane leaves out."""
        left, right = frame.rect.left(), frame.layout.viewport.left
        colour, cfg = frame.lane_colours[band.info.key], frame.layout.config
        p.fillRect(QRectF(left, top + 2, 4, band.height - 4), colour)
        p.fillRect(QRectF(left, top + band.height - 1, right - left, 1), self.theme.grid)
        name_metrics, small_metrics = self._header_metrics
        centre = top + band.height / 2 if band.collapsed else top + cfg.lane_padding + cfg.row_height / 2
        self._triangle(p, QPointF(left + 14, centre), band.collapsed)
        text_left, width = left + 24, right - left - 32
        p.setFont(self.fonts.header)
        p.setPen(self.theme.text)
        name = self._elide(band.info.name, width, metrics=name_metrics)
        p.drawText(QPointF(text_left, centre + (name_metrics.ascent() - name_metrics.descent()) / 2), name)
        note = _header_note(band)
        if note and not band.collapsed:
            p.setFont(self.fonts.small)
            p.setPen(self.theme.muted)
            p.drawText(QPointF(text_left, centre + cfg.row_height / 2 + small_metrics.ascent()),
                       self._elide(note, width, metrics=small_metrics))

    def _triangle(self, p: QPainter, centre: QPointF, collapsed: bool) -> None:
        """▸ for a collapsed lane, ▾ for an open one; drawn, so every font and printer has it."""
        s = 3.5
        x, y = centre.x(), centre.y()
        points = ([(x - s * 0.6, y - s), (x + s * 0.9, y), (x - s * 0.6, y + s)] if collapsed
                  else [(x - s, y - s * 0.6), (x + s, y - s * 0.6), (x, y + s * 0.9)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.theme.muted)
        p.drawPolygon(QPolygonF([QPointF(*point) for point in points]))

    # -- axis

    def _axis(self, p: QPainter, frame: Frame) -> None:
        """The tiers bottom-aligned above the lanes: coarse in bold, the finest muted with short ticks."""
        rect, vp, tier_h = frame.rect, frame.layout.viewport, self.sizes.tier_height
        axis_bottom = rect.top() + self.sizes.axis_height
        p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), self.sizes.axis_height), self.theme.surface)
        p.setClipRect(QRectF(vp.left, rect.top(), vp.width, self.sizes.axis_height))
        n = len(frame.tiers)
        for i, tier in enumerate(frame.tiers):
            top = axis_bottom - 2 - (n - i) * tier_h
            finest, coarsest = i == n - 1, i == 0 and n > 1
            metrics = self._axis_metrics[coarsest]
            p.setFont(self.fonts.axis_strong if coarsest else self.fonts.axis)
            baseline = top + (tier_h + metrics.ascent() - metrics.descent()) / 2
            for tick in tier.ticks:
                x = round(tick.x) + 0.5
                p.setPen(QPen(self.theme.grid_strong, 1))
                p.drawLine(QPointF(x, axis_bottom - 5 if finest else top + 3), QPointF(x, axis_bottom if finest else top + tier_h - 1))
                if tick.label:
                    p.setPen(self.theme.muted if finest and n > 1 else self.theme.text)
                    p.drawText(QPointF(tick.label_x + 3, baseline), tick.label)
        if frame.today is not None:
            self._today_marker(p, frame.today, axis_bottom)
        p.setClipping(False)
        p.fillRect(QRectF(rect.left(), axis_bottom - 1, rect.width(), 1), self.theme.grid_strong)

    def _today_marker(self, p: QPainter, x: float, bottom: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.theme.today)
        p.drawPolygon(QPolygonF([QPointF(x - 5, bottom - 7), QPointF(x + 5, bottom - 7), QPointF(x, bottom - 1)]))

    def _corner(self, p: QPainter, frame: Frame) -> None:
        """Above the lane names: how many items have no date (they are never dropped silently)."""
        rect, right = frame.rect, frame.layout.viewport.left
        corner = QRectF(rect.left(), rect.top(), right - rect.left(), self.sizes.axis_height - 1)
        p.fillRect(corner, mix(self.theme.surface, self.theme.text, 0.03))
        p.fillRect(QRectF(right - 1, rect.top(), 1, self.sizes.axis_height), self.theme.grid_strong)
        if frame.undated:
            p.setFont(self.fonts.small)
            p.setPen(self.theme.muted)
            p.drawText(corner.adjusted(10, 0, -6, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                       f"{frame.undated:,} undated")

    # -- glyphs

    def _span(self, p: QPainter, frame: Frame, glyph: Glyph) -> None:
        """An event lasting a while: a bar; "[ ]" brackets and a lighter fill when known only to the
        month or year, a dashed outline when approximate or uncertain, a fade on an open side."""
        key, h = glyph.keys[0], frame.layout.config.row_height
        flags, colour = frame.data.flags[key], frame.lane_colours[glyph.lane]
        bar = round(h * 0.56)
        rect = QRectF(glyph.x0, glyph.y + (h - bar) / 2, max(glyph.x1 - glyph.x0, 1.0), bar)
        if frame.is_focus(key):
            self._focus(p, frame, key, rect.adjusted(-3, -3, 3, 3))
        self.paint_date_sample(p, rect, colour, flags)

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

    def _marker(self, p: QPainter, frame: Frame, glyph: Glyph) -> None:
        """A point in time: a dot for an event, a status-shaped diamond for a claim, or a cluster."""
        if glyph.cluster:
            self._cluster(p, frame, glyph)
            return
        key, cfg = glyph.keys[0], frame.layout.config
        flags, y, s = frame.data.flags[key], glyph.y + cfg.row_height / 2, cfg.marker / 2
        colour = frame.lane_colours[glyph.lane]
        if flags & (IMPRECISE | APPROXIMATE) and glyph.x1 - glyph.x0 > s:
            self._whisker(p, glyph, y, colour, flags)
        if flags & (OPEN_START | OPEN_END):
            self._tails(p, glyph, y, s, colour, flags)
        if flags & UNCERTAIN and not glyph.label:
            p.setFont(self.fonts.badge)
            p.setPen(self.theme.muted)
            p.drawText(QPointF(glyph.x + s * 0.8, glyph.y + self._badge_metrics.ascent()), "?")
        if frame.is_focus(key):
            self._focus(p, frame, key, QRectF(glyph.x - s - 4, y - s - 4, 2 * s + 8, 2 * s + 8), round_=True)
        if frame.data.kind[key] == Kind.EVENT:
            self._stamp(p, glyph.x, y, s, (None, colour.rgba()))
        else:
            style = self.theme.status(frame.data.status[key])
            self._stamp(p, glyph.x, y, s, (style.mark, style.colour.rgba()))

    def _stamp(self, p: QPainter, x: float, y: float, s: float, look: tuple[Mark | None, int]) -> None:
        """Markers are drawn once per look into a small image and stamped on raster devices (screen,
        images): hundreds of vector diamonds a frame cost milliseconds. A PDF gets the vectors."""
        if not self._raster:
            self._symbol(p, QPointF(x, y), s, look)
            return
        sprite = self._sprites.get((look, s, self._ratio))
        if sprite is None:
            size = math.ceil(3 * s + 6)  # the struck line reaches 1.5 s each side
            sprite = QImage(round(size * self._ratio), round(size * self._ratio), QImage.Format.Format_ARGB32_Premultiplied)
            sprite.setDevicePixelRatio(self._ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._symbol(painter, QPointF(size / 2, size / 2), s, look)
            painter.end()
            self._sprites[(look, s, self._ratio)] = sprite
        half = sprite.width() / self._ratio / 2
        p.drawImage(QPointF(round(x - half), round(y - half)), sprite)

    def _symbol(self, p: QPainter, c: QPointF, s: float, look: tuple[Mark | None, int]) -> None:
        """An event's dot (no mark) or a claim's status shape, in the look's colour."""
        mark, colour = look[0], QColor.fromRgba(look[1])
        if mark is None:
            p.setPen(QPen(self.theme.background, 1.5))
            p.setBrush(colour)
            p.drawEllipse(c, s * 0.8, s * 0.8)
        else:
            self._claim(p, c, s, mark, colour)

    def _whisker(self, p: QPainter, glyph: Glyph, y: float, colour: QColor, flags: int) -> None:
        """The range a point could lie in: a thin line, bracketed for a month, dashed when approximate."""
        dashed = flags & APPROXIMATE and not flags & IMPRECISE
        p.setPen(QPen(faded(colour, 0.7), 1.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(glyph.x0, y), QPointF(glyph.x1, y))
        if flags & IMPRECISE:
            self._brackets(p, glyph.x0, glyph.x1, y - 4, y + 4, faded(colour, 0.8), 1.2)

    def _tails(self, p: QPainter, glyph: Glyph, y: float, s: float, colour: QColor, flags: int) -> None:
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

    def _cluster(self, p: QPainter, frame: Frame, glyph: Glyph) -> None:
        """Items too close to tell apart: their time extent, and a rounded badge with the count."""
        h, colour = frame.layout.config.row_height, frame.lane_colours[glyph.lane]
        y, n = glyph.y + h / 2, len(glyph.keys)
        p.setPen(QPen(faded(colour, 0.5), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(glyph.x0, y), QPointF(glyph.x1, y))
        text = f"{n:,}" if n < 10_000 else f"{n // 1000}k"
        bh = round(h * 0.72)
        width = max(bh, self._badge_metrics.horizontalAdvance(text) + 10)
        badge = QRectF(glyph.x - width / 2, y - bh / 2, width, bh)
        if frame.any_selected(glyph.keys):
            self._focus(p, frame, next(k for k in glyph.keys if k in frame.selected), badge.adjusted(-3, -3, 3, 3))
        p.setPen(QPen(self.theme.background, 1.5))
        p.setBrush(colour)
        p.drawRoundedRect(badge, bh / 2, bh / 2)
        p.setFont(self.fonts.badge)
        p.setPen(text_on(colour))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _focus(self, p: QPainter, frame: Frame, key: int, rect: QRectF, round_: bool = False) -> None:
        """A ring behind a selected (solid) or hovered (soft) item."""
        selected = key in frame.selected
        p.setPen(QPen(self.theme.highlight if selected else faded(self.theme.highlight, 0.55), 2))
        p.setBrush(faded(self.theme.highlight, 0.16 if selected else 0.08))
        if round_:
            p.drawEllipse(rect)
        else:
            p.drawRoundedRect(rect, 4, 4)

    def _labels(self, p: QPainter, frame: Frame) -> None:
        """Labels elided to the width the layout gave them; selected ones on a highlight."""
        h, ascent = frame.layout.config.row_height, self._label_metrics.ascent()
        top = h / 2 - (ascent + self._label_metrics.descent()) / 2
        p.setFont(self.fonts.label)
        p.setPen(self.theme.text)
        for glyph in frame.layout.glyphs:
            if not glyph.label:
                continue
            text = self._static(glyph.label, glyph.label_width, bool(frame.data.flags[glyph.keys[0]] & TELLING))
            if frame.any_selected(glyph.keys):
                p.fillRect(QRectF(glyph.label_x - 2, glyph.y + 3, text.size().width() + 4, h - 6),
                           faded(self.theme.highlight, 0.18))
            p.drawStaticText(QPointF(glyph.label_x, glyph.y + top), text)

    def _static(self, label: str, width: float, dated: bool) -> QStaticText:
        """A label's elided text laid out once (several times faster to draw than ``drawText``),
        as plain text: a title such as "<b>x</b>" is drawn as typed."""
        key = (label, width, dated)
        text = self._statics.get(key)
        if text is None:
            if len(self._statics) > 20_000:
                self._statics.clear()
            text = self._statics[key] = QStaticText(self._elide(label, width, dated))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self.fonts.label)
        return text

    def _elide(self, text: str, width: float, dated: bool = False, metrics: QFontMetricsF | None = None) -> str:
        """``text`` cut to ``width`` (remembered: the same labels come back every frame). A label
        ending in its date ("… · Nov 2025") keeps the date and shortens the title, since the
        precision is what the label is there to tell."""
        metrics = metrics or self._label_metrics
        key = (text, width, id(metrics))
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 50_000:
                self._elided.clear()
            mode = Qt.TextElideMode.ElideRight
            found = metrics.elidedText(text, mode, width + 0.5)
            if found != text and dated and " · " in text:
                title, when = text.rsplit(" · ", 1)
                room = width + 0.5 - metrics.horizontalAdvance(f" · {when}")
                if room >= metrics.horizontalAdvance("Mmmm…"):
                    found = f"{metrics.elidedText(title, mode, room)} · {when}"
            self._elided[key] = found
        return found

    # -- legend samples (the printed key to the marks)

    def paint_status_sample(self, p: QPainter, centre: QPointF, status: str, size: float) -> None:
        style = self.theme.status(status)
        self._symbol(p, centre, size / 2, (style.mark, style.colour.rgba()))

    def paint_relation_sample(self, p: QPainter, a: QPointF, b: QPointF, kind: str) -> None:
        style = self.theme.relation(kind)
        p.setPen(QPen(style.colour, style.width, style.pen, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)
        if style.arrow:
            self._arrowhead(p, b, _unit(b - a), style.colour, 4 + 2 * style.width)

    def paint_date_sample(self, p: QPainter, rect: QRectF, colour: QColor, flags: int) -> None:
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

    # -- relation links

    def _links(self, p: QPainter, frame: Frame) -> None:
        """Relations between claims in view; those touching the focus drawn last and thicker."""
        links = sorted(frame.layout.links, key=lambda link: frame.is_focus(link.source) or frame.is_focus(link.target))
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
        if style.word:
            self._link_word(p, frame, path.pointAtPercent(0.5) + normal * 2, style.word, style.colour)

    def _arrowhead(self, p: QPainter, tip: QPointF, direction: QPointF, colour: QColor, size: float) -> None:
        side = QPointF(-direction.y(), direction.x()) * (size * 0.5)
        back = tip - direction * size
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([tip, back + side, back - side]))

    def _link_word(self, p: QPainter, frame: Frame, at: QPointF, word: str, colour: QColor) -> None:
        """The relation's name on a small plate of background, kept inside the time area."""
        p.setFont(self.fonts.badge)
        width, height = self._badge_metrics.horizontalAdvance(word) + 8, self._badge_metrics.height() + 2
        vp = frame.layout.viewport
        x = min(max(at.x() - width / 2, vp.left + 2), vp.left + vp.width - width - 2)
        plate = QRectF(x, at.y() - height / 2, width, height)
        p.setPen(QPen(faded(colour, 0.6), 1))
        p.setBrush(self.theme.background)
        p.drawRoundedRect(plate, height / 2, height / 2)
        p.setPen(colour)
        p.drawText(plate, Qt.AlignmentFlag.AlignCenter, word)


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


def _header_note(band: LaneBand) -> str:
    if band.dense:
        return f"{band.in_view:,} in view"
    if band.hidden_labels:
        return f"+{band.hidden_labels:,} hidden"
    return ""
