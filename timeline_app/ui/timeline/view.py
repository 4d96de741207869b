"""The timeline widget: one custom painter over a cached layout, and the mouse and keys that move it.

The layout is recomputed only when what it depends on changes (time range, size, grouping, lane
state, data, focus), never in ``paintEvent``, which only draws the cached layout; so the database
is never queried while painting. Not a QGraphicsView: one item per event costs far too much at
100,000 events, while the layout asks only for what is in view.

Mouse and wheel, as in map-like timeline apps (vis-timeline, Google Maps):
- wheel (with or without Ctrl) zooms around the cursor; Shift+wheel or a horizontal wheel pans time;
  the wheel over the lane names, Alt+wheel and the scroll bar scroll the lanes up and down;
- drag on empty space pans (time sideways, lanes up and down); Shift+drag selects by rectangle
  (Ctrl+Shift+drag adds to the selection);
- click selects an item, Ctrl+click (or Shift+click) toggles it, a click on empty space clears;
  a click on a cluster zooms into it; double-click activates an item;
- click a lane name to collapse or expand it; right-click a lane for more.
Keys: + / = and - zoom, Left/Right pan by a tenth of the view, Up/Down/PageUp/PageDown scroll the
lanes, Home fits everything, Enter zooms to the selection, Escape clears it. Ctrl+Left/Right select
the previous/next item in the lane, Ctrl+Up/Down the nearest item in the lane above/below (the view
follows, and the accessible description announces it); Space opens the selected item.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QRubberBand, QScrollBar, QToolTip, QWidget

from timeline_app.domain.timeline.axis import AxisTier, axis_tiers, today_x, weekend_bands
from timeline_app.domain.timeline.items import REMOVED, Grouping, Kind, LaneIndex, TimelineData
from timeline_app.domain.timeline.labels import Labeller, date_label
from timeline_app.domain.timeline.lane_state import LaneState
from timeline_app.domain.timeline.layout import Glyph, LaneBand, Layout, compute_layout
from timeline_app.domain.timeline.patch import TimelinePatch
from timeline_app.domain.timeline.scale import DAY, MAX_SPAN, MIN_SPAN, Viewport, fit
from timeline_app.domain.timeline.stepping import nearest_in, step_along
from timeline_app.store.db import Project
from timeline_app.store.timeline_query import keys_of_records
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import literal
from timeline_app.ui.timeline.painter import Frame, TextMeasure, TimelinePainter
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.theme import Fonts, Sizes, Theme, lane_colours, lane_name
from timeline_app.ui.vocabulary import status_label

ZOOM_STEP = 1.5    # one + or - key press
WHEEL_STEP = 1.25  # one wheel notch (120 eighths of a degree)
PAN_STEP = 0.1     # Left/Right: a tenth of the view
FIT_MARGIN = 0.05
WEEKEND_MIN_DAY_PX = 10.0


class TimelineView(QWidget):
    viewport_changed = Signal()      # the visible time range changed
    item_activated = Signal(str)     # double-click on an item: its record id
    data_changed = Signal()          # new data or grouping: the overview recomputes its histogram

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._selection = selection
        self._data: TimelineData | None = None
        self._project: Project | None = None
        self._index: LaneIndex | None = None
        self._labeller: Labeller | None = None
        self._lang, self._grouping, self._undated = "en", Grouping.PARTY, 0
        self._t0, self._t1 = time.time() - 30 * DAY, time.time() + 30 * DAY
        self._lanes = LaneState()
        self._selected: set[int] = set()
        self._current: int | None = None  # the selected item announced to screen readers
        self._hovered: int | None = None
        self._layout: Layout | None = None
        self._tiers: list[AxisTier] = []
        self._press: _Press | None = None
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.hide()
        self._scrollbar.valueChanged.connect(self.update)
        self._rubber_band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._style()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(tr("Timeline"))
        self._announce()
        selection.changed.connect(self._on_selection_changed)

    # -- public API

    def set_data(self, data: TimelineData | None, *, lang: str = "en", project: Project | None = None,
                 index: LaneIndex | None = None) -> None:
        """Show ``data`` (None: an empty state) and fit everything. ``project`` lets selections made
        elsewhere (record ids) be found among items never shown yet; ``index``, the lanes of
        ``data`` sorted already (on a worker thread), sets the grouping too."""
        self._data, self._lang, self._project = data, lang, project
        self._labeller = Labeller(data, lang) if data is not None else None
        self._undated = len(data.undated_keys()) if data is not None else 0
        self._selected, self._hovered = set(self._keys_of(self._selection.ids())), None
        self._current = max(self._selected, default=None)
        if index is not None and data is not None:
            self._grouping = index.grouping
            self._use_index(index)
        else:
            self._rebuild_index()
        before = self.visible_range()
        self.fit_all()
        if self.visible_range() == before:  # the same range: lay out the new data all the same
            self._relayout()
        self._announce()

    def apply_refresh(self, patch: TimelinePatch) -> bool:
        """Put an edit's patch in place without moving the view: the visible range, scroll, lane
        state and selection stay as they were, and only the items touched are re-filed in lanes.
        Returns whether undated items were among them (so lists of undated items are stale)."""
        if self._data is None:
            return False
        data = self._data
        before = [k for k in (*(data.key_of(r.kind, r.rowid) for r in patch.rows), *patch.removed) if k is not None]
        undated_before = sum(not data.dated(k) and not data.flags[k] & REMOVED for k in before)
        keys = data.apply(patch)
        undated_after = sum(not data.dated(k) and not data.flags[k] & REMOVED for k in keys)
        self._undated += undated_after - undated_before
        self._index = self._index.update(data, keys, tags_renamed=patch.tag_names is not None)
        self._colours = lane_colours(self._theme, self._index.lanes)
        self._labeller.forget()
        self._selected, self._hovered = set(self._keys_of(self._selection.ids())), None
        self._current = next(iter(self._keys_of(self._selection.ids()[-1:])), None)
        self.data_changed.emit()
        self._relayout()
        self._announce()
        return bool(undated_before or undated_after)

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping is not self._grouping:
            self._grouping = grouping
            self._rebuild_index()
            self._relayout()

    def grouping(self) -> Grouping:
        return self._grouping

    def data(self) -> TimelineData | None:
        return self._data

    def lane_index(self) -> LaneIndex | None:
        return self._index

    def current_layout(self) -> Layout | None:
        return self._layout

    def visible_range(self) -> tuple[float, float]:
        return self._t0, self._t1

    def set_visible_range(self, t0: float, t1: float) -> None:
        """Show ``t0``..``t1`` (Unix seconds), held between two hours and two thousand years."""
        span = min(max(t1 - t0, MIN_SPAN), MAX_SPAN)
        centre = (t0 + t1) / 2
        t0, t1 = centre - span / 2, centre + span / 2
        if (t0, t1) != (self._t0, self._t1):
            self._t0, self._t1 = t0, t1
            self._relayout()
            self.viewport_changed.emit()

    def fit_all(self) -> None:
        bounds = self._data.bounds() if self._data is not None else None
        if bounds is None:
            now = time.time()
            bounds = (now - 30 * DAY, now + 30 * DAY)
        vp = fit(*bounds, self._time_width(), margin=FIT_MARGIN)
        self.set_visible_range(vp.t0, vp.t1)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the time under ``anchor_x`` (widget pixels) in place."""
        vp = self._viewport().zoomed(factor, anchor_x)
        self.set_visible_range(vp.t0, vp.t1)

    def go_to(self, t0: float, t1: float | None = None) -> None:
        """Centre on ``t0`` at the current zoom, or show ``t0``..``t1``."""
        if t1 is None:
            half = (self._t1 - self._t0) / 2
            self.set_visible_range(t0 - half, t0 + half)
        else:
            self.set_visible_range(t0, t1)

    def zoom_to_selection(self) -> None:
        keys = [k for k in self._selected if self._data is not None and self._data.dated(k)]
        if keys:
            t0, t1 = min(self._data.start[k] for k in keys), max(self._data.end[k] for k in keys)
            centre, span = (t0 + t1) / 2, max(t1 - t0, 2 * DAY)
            vp = fit(centre - span / 2, centre + span / 2, self._time_width(), margin=0.15)
            self.set_visible_range(vp.t0, vp.t1)

    def lane_state(self) -> dict:
        """Collapsed, hidden and ordered lanes (lane keys), to persist with the project."""
        return self._lanes.to_dict()

    def set_lane_state(self, state: dict) -> None:
        self._lanes = LaneState.from_dict(state)
        self._relayout()

    def content_offset(self) -> float:
        """Where the layout's y = 0 is in the widget: below the axis, minus the vertical scroll."""
        return self._sizes.axis_height - self._scrollbar.value()

    def item_position(self, key: int) -> QPointF | None:
        """The centre of an item's marker (or its cluster's) in widget coordinates, if laid out."""
        position = self._layout.positions.get(key) if self._layout else None
        return QPointF(position[0], position[1] + self.content_offset()) if position else None

    def lane_menu(self, lane_key: str) -> QMenu:
        """The context menu of one lane: collapse, hide, move, and bring hidden lanes back."""
        menu, lanes = QMenu(self), self._lanes
        collapsed = lane_key in lanes.collapsed
        menu.addAction(tr("Expand") if collapsed else tr("Collapse"),
                       lambda: self._change_lanes(lanes.toggle_collapsed, lane_key))
        menu.addAction(tr("Hide lane"), lambda: self._change_lanes(lanes.hide, lane_key))
        order = lanes.arranged(self._lane_keys(), visible_only=True)
        up = menu.addAction(tr("Move up"), lambda: self._change_lanes(lanes.move, self._lane_keys(), lane_key, -1))
        down = menu.addAction(tr("Move down"), lambda: self._change_lanes(lanes.move, self._lane_keys(), lane_key, 1))
        up.setEnabled(order[:1] != [lane_key])
        down.setEnabled(order[-1:] != [lane_key])
        menu.addSeparator()
        show = menu.addAction(tr("Show all hidden lanes (%n)", None, len(lanes.hidden)),
                              lambda: self._change_lanes(lanes.show_all))
        show.setEnabled(bool(lanes.hidden))
        return menu

    # -- layout

    def _style(self) -> None:
        """Theme, fonts and sizes from the palette and font; rebuilt when either changes."""
        self._theme = Theme.from_palette(self.palette())
        self._fonts = Fonts.from_font(self.font())
        self._sizes = Sizes.for_fonts(self._fonts)
        self._painter = TimelinePainter(self._theme, self._fonts, self._sizes)
        self._measure, self._axis_measure = TextMeasure(self._fonts.label), self._painter.axis_measure()
        self._colours = lane_colours(self._theme, self._index.lanes) if self._index else {}

    def _rebuild_index(self) -> None:
        self._use_index(LaneIndex.build(self._data, self._grouping) if self._data is not None else None)

    def _use_index(self, index: LaneIndex | None) -> None:
        self._index = index
        self._colours = lane_colours(self._theme, index.lanes) if index else {}
        self.data_changed.emit()

    def _time_width(self) -> float:
        gutter = 0 if self._scrollbar.isHidden() else self._scrollbar.sizeHint().width()
        return max(self.width() - self._sizes.header_width - gutter, 1.0)

    def _viewport(self) -> Viewport:
        return Viewport(self._t0, self._t1, self._time_width(), self._sizes.header_width)

    def _body_height(self) -> float:
        return max(self.height() - self._sizes.axis_height, 0.0)

    def _relayout(self) -> None:
        """Lay out the view again; once more if the vertical scroll bar had to appear or go."""
        if self._data is None:
            self._layout, self._tiers = None, []
            self._scrollbar.hide()
            self.update()
            return
        for _ in range(2):
            vp = self._viewport()
            self._layout = compute_layout(
                self._data, self._index, vp, self._measure, self._labeller, config=self._sizes.layout,
                collapsed=self._lanes.collapsed, hidden=self._lanes.hidden, order=self._lanes.order or None,
                focus=self._focus())
            needed = self._layout.height > self._body_height()
            if needed != self._scrollbar.isHidden():
                break
            self._scrollbar.setHidden(not needed)
        self._tiers = axis_tiers(vp, self._axis_measure, lang=self._lang)
        self._place_scrollbar()
        self.update()

    def _place_scrollbar(self) -> None:
        bar, body = self._scrollbar, self._body_height()
        width = bar.sizeHint().width()
        bar.setGeometry(QRect(self.width() - width, int(self._sizes.axis_height), width, int(body)))
        bar.setRange(0, max(0, int(self._layout.height - body)))
        bar.setPageStep(int(body))
        bar.setSingleStep(int(self._sizes.layout.row_height))

    def _focus(self) -> set[int]:
        return self._selected | ({self._hovered} if self._hovered is not None else set())

    # -- painting

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if self._layout is None:
            self._painter.paint_message(p, QRectF(self.rect()), tr("No project open"))
            return
        vp = self._layout.viewport
        rect = QRectF(0, 0, vp.left + vp.width, self.height())
        if not self._scrollbar.isHidden():
            p.fillRect(QRectF(rect.right(), 0, self.width() - rect.right(), self._sizes.axis_height), self._theme.surface)
        self._painter.paint(p, Frame(
            self._layout, self._tiers, self._data, rect, self._colours, scroll=self._scrollbar.value(),
            selected=self._selected, hovered=self._hovered, weekends=_weekends(vp),
            today=today_x(vp, time.time()), undated=self._undated))
        if self.hasFocus():  # keyboard focus: a highlight rule under the axis
            p.fillRect(QRectF(vp.left, self._sizes.axis_height - 2, vp.width, 2), self._theme.highlight)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._style()
            self._relayout()
        elif event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(tr("Timeline"))
            self._announce()
            self.update()

    # -- hit tests

    def _content_y(self, y: float) -> float:
        return y - self.content_offset()

    def _in_body(self, pos: QPointF) -> bool:
        return self._layout is not None and pos.y() >= self._sizes.axis_height

    def _in_header(self, pos: QPointF) -> bool:
        return self._in_body(pos) and pos.x() < self._sizes.header_width

    def _glyph_at(self, pos: QPointF) -> Glyph | None:
        if not self._in_body(pos) or self._in_header(pos):
            return None
        return self._layout.glyph_at(pos.x(), self._content_y(pos.y()))

    def _lane_at(self, pos: QPointF) -> LaneBand | None:
        return self._layout.lane_at(self._content_y(pos.y())) if self._in_body(pos) else None

    # -- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos, mods = event.position(), event.modifiers()
        if event.button() != Qt.MouseButton.LeftButton or self._layout is None:
            return super().mousePressEvent(event)
        if self._in_header(pos):
            lane = self._lane_at(pos)
            if lane is not None:
                self._change_lanes(self._lanes.toggle_collapsed, lane.info.key)
            return
        glyph = self._glyph_at(pos)
        adding = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if glyph is not None and glyph.cluster:
            self._zoom_to_cluster(glyph)
        elif glyph is not None:
            key = glyph.keys[0]
            self._select(self._selected ^ {key} if adding else {key}, current=key)
        else:
            band = bool(mods & Qt.KeyboardModifier.ShiftModifier) and self._in_body(pos)
            self._press = _Press(pos, self._t0, self._t1, self._scrollbar.value(), band,
                                 bool(mods & Qt.KeyboardModifier.ControlModifier))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos, press = event.position(), self._press
        if press is None:
            self._hover(pos)
            return
        if not press.moved and (pos - press.origin).manhattanLength() < QApplication.startDragDistance():
            return
        press.moved = True
        if press.band:
            self._rubber_band.setGeometry(QRectF(press.origin, pos).normalized().toRect())
            self._rubber_band.show()
            return
        dx = pos.x() - press.origin.x()
        shift = dx * (press.t1 - press.t0) / self._time_width()
        self.set_visible_range(press.t0 - shift, press.t1 - shift)
        self._scrollbar.setValue(int(press.scroll - (pos.y() - press.origin.y())))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self._rubber_band.hide()
        if press.band and press.moved:
            origin, pos = press.origin, event.position()
            found = self._layout.keys_in(origin.x(), self._content_y(origin.y()), pos.x(), self._content_y(pos.y()))
            self._select(self._selected | found if press.adding else found)
        elif not press.moved and not press.adding:
            self._select(set())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        glyph = self._glyph_at(event.position())
        if glyph is not None and not glyph.cluster and event.button() == Qt.MouseButton.LeftButton:
            self.item_activated.emit(self._data.text(glyph.keys[0]).record_id)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta, mods, pos = event.angleDelta(), event.modifiers(), event.position()
        if self._in_header(pos) or mods & Qt.KeyboardModifier.AltModifier:
            steps = (delta.y() or delta.x()) / 120
            self._scrollbar.setValue(int(self._scrollbar.value() - steps * 3 * self._scrollbar.singleStep()))
        elif mods & Qt.KeyboardModifier.ShiftModifier or (delta.x() and not delta.y()):
            self._pan(-(delta.x() or delta.y()) / 120 * PAN_STEP)
        elif delta.y():
            self.zoom_by(WHEEL_STEP ** (delta.y() / 120), pos.x())
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        lane = self._lane_at(QPointF(event.pos()))
        if lane is not None:
            self.lane_menu(lane.info.key).exec(event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), literal(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPointF) -> str:
        """Plain text; shown with ``literal`` so that a title like "<b>x</b>" stays as typed."""
        if self._in_header(pos):
            lane = self._lane_at(pos)
            if lane is None:
                return ""
            hint = tr("Click to expand; right-click for more") if lane.collapsed else \
                tr("Click to collapse; right-click for more")
            return f"{self._lane_name(lane.info.key)}\n{hint}"
        glyph = self._glyph_at(pos)
        if glyph is None:
            return ""
        if glyph.cluster:
            return tr("%Ln items close together", None, len(glyph.keys)) + "\n" + tr("Click to zoom in")
        return self._describe(glyph.keys[0])

    def _hover(self, pos: QPointF) -> None:
        glyph = self._glyph_at(pos)
        self._set_hovered(glyph.keys[0] if glyph is not None and not glyph.cluster else None)

    def _set_hovered(self, key: int | None) -> None:
        """Hovering a claim shows its link to its event, which the layout draws: lay out again then."""
        old, self._hovered = self._hovered, key
        if old == key or self._data is None:
            return
        if any(k is not None and self._data.kind[k] == Kind.CLAIM for k in (old, key)):
            self._relayout()
        else:
            self.update()

    # -- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, page = Qt.Key, self._scrollbar.pageStep()
        if self._data is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = {key.Key_Right: (0, 1), key.Key_Left: (0, -1), key.Key_Down: (1, 0), key.Key_Up: (-1, 0)}
            if event.key() in steps:
                self._step(*steps[event.key()])
                event.accept()
                return
        if self._data is not None and event.key() == key.Key_Space and self._current in self._selected:
            self.item_activated.emit(self._data.text(self._current).record_id)
            event.accept()
            return
        row = self._scrollbar.singleStep()
        actions = {
            key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP), key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP),
            key.Key_Left: lambda: self._pan(-PAN_STEP), key.Key_Right: lambda: self._pan(PAN_STEP),
            key.Key_Up: lambda: self._scroll(-row), key.Key_Down: lambda: self._scroll(row),
            key.Key_PageUp: lambda: self._scroll(-page), key.Key_PageDown: lambda: self._scroll(page),
            key.Key_Home: self.fit_all, key.Key_Return: self.zoom_to_selection,
            key.Key_Enter: self.zoom_to_selection, key.Key_Escape: lambda: self._select(set()),
        }
        action = actions.get(event.key()) if self._data is not None else None
        if action is None:
            return super().keyPressEvent(event)
        action()
        event.accept()

    def _step(self, lanes: int, along: int) -> None:
        """Select the next item along its lane in time (``along`` ±1) or the nearest one in the next
        expanded lane (``lanes`` ±1), and bring it into view: keyboard users reach every item."""
        bands = [band.info.key for band in self._layout.lanes if not band.collapsed] if self._layout else []
        current = self._current if self._current in self._selected and self._data.dated(self._current) else None
        if current is None or self._index.lane_of[current] not in bands:
            found = self._first_in_view(bands)
        elif along:
            found = step_along(self._data, self._index, current, along)
        else:
            i = bands.index(self._index.lane_of[current]) + lanes
            found = None
            while found is None and 0 <= i < len(bands):
                found = nearest_in(self._data, self._index.items[bands[i]], self._data.start[current])
                i += lanes
        if found is not None:
            self._select({found}, current=found)
            self._reveal(found)

    def _first_in_view(self, bands: list[str]) -> int | None:
        """The earliest item in view of the first lane that has one, else the lane's nearest."""
        for lane in bands:
            visible = self._index.items[lane].visible(self._data, self._t0, self._t1)
            if visible:
                return visible[0]
        return next((k for lane in bands if (k := nearest_in(self._data, self._index.items[lane], self._t0)) is not None),
                    None)

    def _pan(self, fraction: float) -> None:
        shift = fraction * (self._t1 - self._t0)
        self.set_visible_range(self._t0 + shift, self._t1 + shift)

    def _scroll(self, dy: int) -> None:
        self._scrollbar.setValue(self._scrollbar.value() + dy)

    # -- lanes

    def _lane_name(self, lane_key: str) -> str:
        return lane_name(lane_key, next((lane.name for lane in self._index.lanes if lane.key == lane_key), lane_key))

    def _lane_keys(self) -> list[str]:
        return [lane.key for lane in self._index.lanes] if self._index else []

    def _change_lanes(self, change, *args) -> None:
        """Apply one of :class:`LaneState`'s changes and lay out again."""
        change(*args)
        self._relayout()

    # -- selection

    def _select(self, keys: set[int], current: int | None = None) -> None:
        """Select items here and announce their record ids to every other view."""
        self._selected = set(keys)
        self._current = current if current in keys else max(keys, default=None)
        self._data.texts(keys)  # one query for a rubber band's thousands, not one each
        self._selection.select([self._data.text(k).record_id for k in sorted(keys)], source=self)

    def _keys_of(self, record_ids: tuple[str, ...]) -> list[int]:
        if not record_ids or self._data is None or self._project is None:
            return []
        return keys_of_records(self._project, self._data, list(record_ids))

    @Slot(object)
    def _on_selection_changed(self, source: object) -> None:
        if source is not self:
            self._selected = set(self._keys_of(self._selection.ids()))
            self._current = next(iter(self._keys_of(self._selection.ids()[-1:])), None)
        self._relayout()
        if source is not self and self._current is not None:
            self._reveal(self._current)
        self._announce()

    def _reveal(self, key: int) -> None:
        """Bring an item selected elsewhere into view: pan (or widen) to its date, then scroll to its lane."""
        if self._data is None or not self._data.dated(key):
            return
        start, end = self._data.start[key], self._data.end[key]
        if end > self._t1 or start < self._t0:
            span = self._t1 - self._t0
            if end - start > span * 0.8:
                self.set_visible_range(start - (end - start) * 0.1, end + (end - start) * 0.1)
            else:
                self.go_to((start + end) / 2)
        position = self._layout.positions.get(key) if self._layout else None
        if position is not None:
            y, body, row = position[1], self._body_height(), self._sizes.layout.row_height
            if not self._scrollbar.value() + row <= y <= self._scrollbar.value() + body - row:
                self._scrollbar.setValue(int(y - body / 2))

    def _zoom_to_cluster(self, glyph: Glyph) -> None:
        """Show the cluster's time extent across the view, which spreads its items apart."""
        vp = self._layout.viewport
        padded = fit(vp.t(glyph.x0), vp.t(glyph.x1), vp.width, margin=0.15)
        self.set_visible_range(padded.t0, padded.t1)

    def _announce(self) -> None:
        """Say in plain text what is selected, for screen readers (the accessible description)."""
        key = self._current if self._current in self._selected else None
        if key is None:
            self.setAccessibleDescription(tr("Timeline of events and claims by lane. Nothing selected."))
            return
        summary = self._describe(key).replace("\n", ". ")
        prefix = tr("%Ln items selected. Current: ", None, len(self._selected)) if len(self._selected) > 1 \
            else tr("Selected: ")
        self.setAccessibleDescription(prefix + summary)

    def _describe(self, key: int) -> str:
        """Plain text for a hover and for screen readers: title, kind and date at its precision,
        lane (party), status."""
        claim = self._data.kind[key] == Kind.CLAIM
        lines = [self._data.text(key).title,
                 f"{tr('Claim') if claim else tr('Event')} · {date_label(self._data, key, self._lang)}",
                 self._lane_name(self._index.lane_of[key])]
        if self._data.status[key]:
            lines.append(tr("Status: {}").format(status_label(self._data.status[key])))
        return "\n".join(lines)


def _weekends(vp: Viewport) -> list[tuple[float, float]]:
    """Weekend bands once a day is wide enough to tell them apart from the grid."""
    return weekend_bands(vp) if DAY / vp.seconds_per_px >= WEEKEND_MIN_DAY_PX else []


@dataclass
class _Press:
    """A left-button press on empty space: a pan, or a rubber band when Shift was held."""

    origin: QPointF
    t0: float
    t1: float
    scroll: int
    band: bool
    adding: bool
    moved: bool = False
