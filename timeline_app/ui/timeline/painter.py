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
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF, QStaticText

from timeline_app.domain.timeline.axis import AxisTier
from timeline_app.domain.timeline.items import (APPROXIMATE, IMPRECISE, OPEN_END, OPEN_START, UNCERTAIN, Kind,
                                                TimelineData)
from timeline_app.domain.timeline.labels import TELLING
from timeline_app.domain.timeline.layout import Glyph, LaneBand, Layout
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.marks import MarkPainter
from timeline_app.ui.timeline.relations import RelationPainter
from timeline_app.ui.timeline.theme import DateStyle, Fonts, Sizes, Theme, faded, lane_name, mix, text_on


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
        self.theme, self.fonts, self.sizes = theme, fonts, sizes
        self.marks, self.relations = MarkPainter(theme, DateStyle()), RelationPainter(theme, fonts.badge)
        self._label_metrics, self._badge_metrics = QFontMetricsF(fonts.label), QFontMetricsF(fonts.badge)
        self._elided: dict[tuple[str, float, int], str] = {}
        self._statics: dict[tuple[str, float, bool], QStaticText] = {}
        self._axis_metrics = (QFontMetricsF(fonts.axis), QFontMetricsF(fonts.axis_strong))
        self._header_metrics = (QFontMetricsF(fonts.header), QFontMetricsF(fonts.small))

    def axis_measure(self) -> TextMeasure:
        """The measure to give ``axis_tiers``: bold widths plus the labels' padding."""
        return TextMeasure(self.fonts.axis_strong, extra=6.0)

    def paint(self, p: QPainter, frame: Frame) -> None:
        self.marks.begin(p)
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
        self.relations.paint(p, frame)
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
        name = self._elide(lane_name(band.info.key, band.info.name), width, metrics=name_metrics)
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
                       tr("%Ln undated", None, frame.undated))

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
        self.marks.date_sample(p, rect, colour, flags)

    def _marker(self, p: QPainter, frame: Frame, glyph: Glyph) -> None:
        """A point in time: a dot for an event, a status-shaped diamond for a claim, or a cluster."""
        if glyph.cluster:
            self._cluster(p, frame, glyph)
            return
        key, cfg = glyph.keys[0], frame.layout.config
        flags, y, s = frame.data.flags[key], glyph.y + cfg.row_height / 2, cfg.marker / 2
        colour = frame.lane_colours[glyph.lane]
        if flags & (IMPRECISE | APPROXIMATE) and glyph.x1 - glyph.x0 > s:
            self.marks.whisker(p, glyph, y, colour, flags)
        if flags & (OPEN_START | OPEN_END):
            self.marks.tails(p, glyph, y, s, colour, flags)
        if flags & UNCERTAIN and not glyph.label:
            p.setFont(self.fonts.badge)
            p.setPen(self.theme.muted)
            p.drawText(QPointF(glyph.x + s * 0.8, glyph.y + self._badge_metrics.ascent()), "?")
        if frame.is_focus(key):
            self._focus(p, frame, key, QRectF(glyph.x - s - 4, y - s - 4, 2 * s + 8, 2 * s + 8), round_=True)
        if frame.data.kind[key] == Kind.EVENT:
            self.marks.stamp(p, glyph.x, y, s, (None, colour.rgba()))
        else:
            style = self.theme.status(frame.data.status[key])
            self.marks.stamp(p, glyph.x, y, s, (style.mark, style.colour.rgba()))

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
        self.marks.status_sample(p, centre, status, size)

    def paint_relation_sample(self, p: QPainter, a: QPointF, b: QPointF, kind: str) -> None:
        self.relations.sample(p, a, b, kind)

    def paint_date_sample(self, p: QPainter, rect: QRectF, colour: QColor, flags: int) -> None:
        self.marks.date_sample(p, rect, colour, flags)


def _header_note(band: LaneBand) -> str:
    if band.dense:
        return tr("%Ln in view", None, band.in_view)
    if band.hidden_labels:
        return tr("+%Ln hidden", None, band.hidden_labels)
    return ""
