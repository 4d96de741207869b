"""A strip under the timeline: how many items there are when, over the whole project, and a box
showing which part the view shows. Drag the box to move the view; click elsewhere to centre there.

The histogram is counted once per data or size change, by bisection over each lane's sorted
starts (two look-ups per bin and lane), so painting it costs nothing whatever the project's size.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt, Slot
from PySide6.QtGui import QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from timeline_app.domain.timeline.scale import Viewport, fit
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.theme import Theme, faded
from timeline_app.ui.timeline.view import TimelineView

BIN_PX = 4.0
MIN_BOX = 6.0


class OverviewStrip(QWidget):
    def __init__(self, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        self._whole: Viewport | None = None  # the whole project across the strip
        self._bins: list[float] = []         # 0..1 per BIN_PX, square-root scaled
        self._grab: float | None = None      # while dragging: the pointer's offset from the box centre
        self.setFixedHeight(round(self.fontMetrics().height() * 2.4))
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._name()
        view.viewport_changed.connect(self.update)
        view.data_changed.connect(self._recount)

    @Slot()
    def _name(self) -> None:
        self.setAccessibleName(tr("Timeline overview"))
        self.setAccessibleDescription(tr("Item density over the whole project; the box is the visible part"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._name()

    def _recount(self) -> None:
        """The histogram: items starting in each bin, over every lane (hidden ones too)."""
        data, index = self._view.data(), self._view.lane_index()
        bounds = data.bounds() if data is not None else None
        if bounds is None or index is None:
            self._whole, self._bins = None, []
            self.update()
            return
        self._whole = fit(*bounds, max(self.width(), 1), margin=0.02)
        n_bins = len(_range(0.0, self.width() + BIN_PX, BIN_PX)) - 1
        first, width = self._whole.t(0.0), self._whole.t(BIN_PX) - self._whole.t(0.0)
        # every dated item is in a lane (hidden ones too): bin them all by start, in one pass
        starts = np.frombuffer(data.start, dtype=np.float64)
        bins = np.floor((starts[np.isfinite(starts)] - first) / width)
        counts = np.bincount(bins[(bins >= 0) & (bins < n_bins)].astype(np.int64), minlength=n_bins).tolist()
        peak = max(counts, default=0) or 1
        # Square roots: a single event beside a thousand stays visible.
        self._bins = [(c / peak) ** 0.5 for c in counts]
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._recount()

    def _box(self) -> QRectF | None:
        if self._whole is None:
            return None
        t0, t1 = self._view.visible_range()
        x0, x1 = self._whole.x(t0), self._whole.x(t1)
        if x1 - x0 < MIN_BOX:
            x0, x1 = (x0 + x1 - MIN_BOX) / 2, (x0 + x1 + MIN_BOX) / 2
        return QRectF(x0, 1.5, x1 - x0, self.height() - 3)

    def paintEvent(self, event) -> None:
        theme = Theme.from_palette(self.palette())
        p = QPainter(self)
        p.fillRect(self.rect(), theme.surface)
        p.fillRect(QRectF(0, 0, self.width(), 1), theme.grid_strong)
        height = self.height() - 6
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(faded(theme.text, 0.55))
        p.drawRects([QRectF(i * BIN_PX, self.height() - 3 - v * height, BIN_PX - 1.0, v * height)
                     for i, v in enumerate(self._bins) if v])
        box = self._box()
        if box is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = faded(theme.surface, 0.55)
        p.fillRect(QRectF(0, 0, max(box.left(), 0), self.height()), shade)
        p.fillRect(QRectF(box.right(), 0, max(self.width() - box.right(), 0), self.height()), shade)
        p.setPen(QPen(theme.highlight, 1.5))
        p.setBrush(faded(theme.highlight, 0.08))
        p.drawRoundedRect(box, 3, 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        box = self._box()
        if box is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x = event.position().x()
        if box.left() <= x <= box.right():
            self._grab = x - box.center().x()
        else:
            self._grab = 0.0
            self._centre_at(x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._centre_at(event.position().x() - self._grab)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None

    def _centre_at(self, x: float) -> None:
        self._view.go_to(self._whole.t(x))


def _range(start: float, stop: float, step: float) -> list[float]:
    return [start + i * step for i in range(int((stop - start) / step) + 1)]

