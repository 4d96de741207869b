"""Where everything in view goes: lane bands, stacked spans and markers, clusters, links.

One pass per lane over the items in view (found by bisection), in left-to-right order: each item
takes the lowest row where it and its label fit; if only the item fits, its label is hidden and
counted; if nothing fits, the item joins the nearest glyph as a cluster with a count. A lane with
more items in view than it could show draws their density instead. The screen and the PDF export
draw exactly what this returns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline_app.domain.timeline.items import (
    IMPRECISE,
    OPEN_END,
    OPEN_START,
    Kind,
    LaneIndex,
    LaneInfo,
    TimelineData,
)
from timeline_app.domain.timeline.labels import Labeller
from timeline_app.domain.timeline.scale import Viewport

Measure = Callable[[str], float]


@dataclass(frozen=True)
class LayoutConfig:
    """Sizes in pixels at 100% scaling; the view multiplies them for high-DPI and fonts."""

    row_height: float = 24.0
    lane_padding: float = 8.0
    marker: float = 12.0
    label_gap: float = 5.0
    min_gap: float = 6.0
    max_rows: int = 8
    dense_limit: int = 1500
    #: A lane is drawn as density once it has more items in view than one row of markers holds:
    #: beyond that the rows fill with clusters whose counts say less than a histogram does.
    dense_rows: float = 1.0
    density_bin: float = 3.0
    collapsed_height: float = 28.0
    min_lane_height: float = 44.0
    span_min: float = 8.0
    open_tail: float = 14.0  # room beside a marker for the fading tail of an open start or end
    max_label: float = 280.0


@dataclass
class LaneBand:
    info: LaneInfo
    top: float
    height: float
    collapsed: bool = False
    dense: bool = False
    in_view: int = 0
    hidden_labels: int = 0


@dataclass
class Glyph:
    """One drawn item (``keys`` has one key) or a cluster of several."""

    keys: list[int]
    lane: str
    kind: Kind
    x: float       # the marker's centre, or a span's left end
    x0: float      # the extent of the date range (whisker or span)
    x1: float
    y: float       # top of the row
    span: bool
    label: str | None = None
    label_x: float = 0.0
    label_width: float = 0.0  # at most ``max_label``; the painter elides longer labels to it

    @property
    def cluster(self) -> bool:
        return len(self.keys) > 1

    def centre(self, row_height: float) -> tuple[float, float]:
        x = (max(self.x0, self.x) + self.x1) / 2 if self.span else self.x
        return x, self.y + row_height / 2


@dataclass(frozen=True)
class DensityBar:
    lane: str
    x0: float
    x1: float
    top: float
    height: float
    value: float   # 0..1, relative to the densest bin in the lane
    count: int


@dataclass(frozen=True)
class Link:
    source: int
    target: int
    type: str
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Layout:
    viewport: Viewport
    config: LayoutConfig
    lanes: list[LaneBand] = field(default_factory=list)
    glyphs: list[Glyph] = field(default_factory=list)
    density: list[DensityBar] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    positions: dict[int, tuple[float, float]] = field(default_factory=dict)
    height: float = 0.0

    def glyph_at(self, x: float, y: float, slop: float = 3.0) -> Glyph | None:
        """The glyph under a point (labels count), preferring markers over spans."""
        h = self.config.row_height
        hits = [g for g in self.glyphs if g.y - slop <= y <= g.y + h + slop and _glyph_left(g, self.config) - slop <= x <= _glyph_right(g, self.config) + slop]
        return min(hits, key=lambda g: (g.span, abs(g.centre(h)[0] - x)), default=None)

    def keys_in(self, x0: float, y0: float, x1: float, y1: float) -> set[int]:
        """Keys of the glyphs whose marker or span lies in a rectangle (rubber-band selection)."""
        h = self.config.row_height
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        found: set[int] = set()
        for g in self.glyphs:
            gx0, gx1 = (g.x0, g.x1) if g.span else (g.x - self.config.marker / 2, g.x + self.config.marker / 2)
            if gx1 >= left and gx0 <= right and g.y + h >= top and g.y <= bottom:
                found.update(g.keys)
        return found

    def lane_at(self, y: float) -> LaneBand | None:
        return next((lane for lane in self.lanes if lane.top <= y < lane.top + lane.height), None)


def _glyph_left(g: Glyph, config: LayoutConfig) -> float:
    return g.x0 if g.span else g.x - config.marker / 2


def _glyph_right(g: Glyph, config: LayoutConfig, measure: Measure | None = None) -> float:
    edge = g.x1 if g.span else g.x + config.marker / 2
    if g.label and measure is not None:
        edge = max(edge, g.label_x + measure(g.label))
    return edge


def compute_layout(
    data: TimelineData,
    index: LaneIndex,
    viewport: Viewport,
    measure: Measure,
    labeller: Labeller,
    *,
    config: LayoutConfig = LayoutConfig(),
    top: float = 0.0,
    collapsed: Iterable[str] = (),
    hidden: Iterable[str] = (),
    order: list[str] | None = None,
    focus: Iterable[int] = (),
) -> Layout:
    """Lay out what ``viewport`` shows of every lane, lanes stacked from ``top`` down.

    ``order`` lists lane keys in the user's order (others follow in their default order);
    ``focus`` are the keys hovered or selected, whose claims get a link to their event.
    """
    layout = Layout(viewport, config)
    collapsed, hidden = set(collapsed), set(hidden)
    y = top
    for info in _ordered(index.lanes, order):
        if info.key in hidden:
            continue
        band = LaneBand(info, y, 0.0, collapsed=info.key in collapsed)
        _LanePass(data, index, viewport, measure, labeller, config, layout, band).run()
        layout.lanes.append(band)
        y += band.height
    layout.height = y - top
    _add_links(data, layout, set(focus))
    return layout


def _ordered(lanes: list[LaneInfo], order: list[str] | None) -> list[LaneInfo]:
    if not order:
        return lanes
    rank = {key: i for i, key in enumerate(order)}
    return sorted(lanes, key=lambda lane: rank.get(lane.key, len(rank) + lanes.index(lane)))


class _LanePass:
    """Lays out one lane: density, or stacked glyphs with clusters."""

    def __init__(self, data, index, viewport, measure, labeller, config, layout, band):
        self.data, self.vp, self.measure, self.labeller = data, viewport, measure, labeller
        self.config, self.layout, self.band = config, layout, band
        self.lane = index.items[band.info.key]
        scale, left, t0 = 1.0 / viewport.seconds_per_px, viewport.left, viewport.t0
        self.x = lambda t: left + (t - t0) * scale  # Viewport.x without its per-call division

    def run(self) -> None:
        # Whether the lane is dense is decided by bisection before any key is listed: listing the
        # 60,000 keys of a lane in a zoomed-out view costs more than a whole frame.
        cfg = self.config
        starting = self.lane.count_between(self.vp.t0, self.vp.t1)
        limit = min(cfg.dense_limit, cfg.dense_rows * self.vp.width / (cfg.marker + cfg.min_gap))
        if self.band.collapsed or starting > limit:
            self.band.in_view, self.band.dense = starting, starting > 0
            self.band.height = cfg.collapsed_height if self.band.collapsed else cfg.min_lane_height
            self._density()
            return
        keys = self.lane.visible(self.data, self.vp.t0, self.vp.t1)
        self.band.in_view = len(keys)
        keys, wide = self._split_wide(keys)
        self.labeller.prefetch(keys)
        rows_used = self._stack(keys, wide)
        self.band.height = max(cfg.min_lane_height, 2 * cfg.lane_padding + rows_used * cfg.row_height)

    # -- density

    def _density(self) -> None:
        """Per-bin counts of item starts, by one bisection per bin edge on the lane's sorted starts."""
        vp, bin_px, starts = self.vp, self.config.density_bin, self.lane.short_starts
        edges = [vp.left + i * bin_px for i in range(int(vp.width / bin_px) + 2)]
        t0, step = vp.t(vp.left), bin_px * vp.seconds_per_px
        at = [bisect_left(starts, t0 + i * step) for i in range(len(edges))]
        counts = [b - a for a, b in zip(at, at[1:])]
        peak = max(counts, default=0) or 1
        pad = 4.0
        top, height = self.band.top + pad, self.band.height - 2 * pad
        self.layout.density += [DensityBar(self.band.info.key, x, x + bin_px, top, height, c / peak, c)
                                for x, c in zip(edges, counts) if c]

    # -- stacking

    def _split_wide(self, keys: list[int]) -> tuple[list[int], list[int]]:
        """Items dated more coarsely than the view is wide (a year, seen a week at a time) overlap
        everything in view: stacked, they would take every row before the precise items came."""
        start, end, span = self.data.start, self.data.end, self.vp.span
        wide = [k for k in keys if end[k] - start[k] >= span]
        if len(wide) < 2:
            return keys, []
        wide_set = set(wide)
        return [k for k in keys if k not in wide_set], wide

    def _stack(self, keys: list[int], wide: list[int] = ()) -> int:
        candidates = sorted((self._candidate(k) for k in keys), key=lambda c: c[0])
        row_end = [float("-inf")] * self.config.max_rows
        last: list[Glyph | None] = [None] * self.config.max_rows
        used, first = 0, len(self.layout.glyphs)
        if wide:  # one cluster, alone in the first row, its extent reaching across the view
            data, y = self.data, self.band.top + self.config.lane_padding
            x0, x1 = self.x(min(data.start[k] for k in wide)), self.x(max(data.end[k] for k in wide))
            kind = Kind.EVENT if data.kind[wide[0]] == Kind.EVENT else Kind.CLAIM
            self.layout.glyphs.append(Glyph(wide, self.band.info.key, kind, self.vp.left + self.config.marker, x0, x1, y, False))
            row_end[0], used = float("inf"), 1
        for left, right, right_bare, glyph in candidates:
            row = self._free_row(row_end, left, right)
            if row is None:
                row = self._free_row(row_end, left, right_bare)
                if row is not None:
                    glyph.label, right = None, right_bare
                    self.band.hidden_labels += 1
            if row is None:
                self._merge(last, glyph, row_end)
                continue
            glyph.y = self.band.top + self.config.lane_padding + row * self.config.row_height
            row_end[row], last[row] = right, glyph
            used = max(used, row + 1)
            self.layout.glyphs.append(glyph)
        # Positions once clusters are complete: updating them at every merge is quadratic.
        for glyph in self.layout.glyphs[first:]:
            centre = glyph.centre(self.config.row_height)
            for key in glyph.keys:
                self.layout.positions[key] = centre
        return used

    def _free_row(self, row_end: list[float], left: float, right: float) -> int | None:
        gap = self.config.min_gap
        return next((r for r, end in enumerate(row_end) if end + gap <= left), None)

    def _merge(self, last: list[Glyph | None], glyph: Glyph, row_end: list[float]) -> None:
        """No row has room: the item joins the glyph whose row frees up first."""
        row = min(range(len(row_end)), key=lambda r: row_end[r])
        target = last[row]
        if target is None:
            return
        if target.label is not None:
            self.band.hidden_labels += 1
            target.label = None
        target.keys.extend(glyph.keys)
        if target.span:  # a cluster is a marker
            target.span, target.x = False, (target.x0 + target.x1) / 2
        target.x0, target.x1 = min(target.x0, glyph.x0), max(target.x1, glyph.x1)
        self.band.hidden_labels += glyph.label is not None

    def _candidate(self, key: int) -> tuple[float, float, float, Glyph]:
        """(left, right with label, right without label, glyph) for one item."""
        data, vp, cfg = self.data, self.vp, self.config
        x0, x1 = self.x(data.start[key]), self.x(data.end[key])
        flags, kind = data.flags[key], Kind.EVENT if data.kind[key] == Kind.EVENT else Kind.CLAIM
        label = self.labeller(key)
        width = min(self.measure(label), cfg.max_label)
        if kind is Kind.EVENT and x1 - x0 >= cfg.span_min:
            glyph = Glyph([key], self.band.info.key, kind, x0, x0, x1, 0.0, True, label, label_width=width)
            inside_left = max(x0, vp.left)
            if min(x1, vp.left + vp.width) - inside_left >= width + 2 * cfg.label_gap:
                glyph.label_x = inside_left + cfg.label_gap
                return x0, x1, x1, glyph
            return self._outside_label(glyph, x0, x1, width)
        x = x1 if flags & OPEN_START else x0 if flags & OPEN_END else (x0 + x1) / 2
        glyph = Glyph([key], self.band.info.key, kind, x, x0, x1, 0.0, False, label, label_width=width)
        half = cfg.marker / 2
        marker_left = (min(x - half, x0) if flags & IMPRECISE else x - half) - cfg.open_tail * bool(flags & OPEN_START)
        marker_right = (max(x + half, x1) if flags & IMPRECISE else x + half) + cfg.open_tail * bool(flags & OPEN_END)
        return self._outside_label(glyph, marker_left, marker_right, width)

    def _outside_label(self, glyph: Glyph, left: float, right: float, width: float):
        """A label beside its glyph: to the right, or to the left where the view ends first."""
        gap, view_right = self.config.label_gap, self.vp.left + self.vp.width
        if right + gap + width > view_right and left - gap - width >= self.vp.left:
            glyph.label_x = left - gap - width
            return glyph.label_x, right, right, glyph
        glyph.label_x = right + gap
        return left, right + gap + width, right, glyph


def _add_links(data: TimelineData, layout: Layout, focus: set[int]) -> None:
    """Relations between claims in view, and focused claims' links to their events."""
    pos = layout.positions
    for relation in data.relations_from(pos):
        a, b = pos.get(relation.source), pos.get(relation.target)
        if a and b and a != b:
            layout.links.append(Link(relation.source, relation.target, relation.type, *a, *b))
    for key in focus:
        if key < len(data) and data.kind[key] == Kind.CLAIM:
            event = data.text(key).about
            a, b = pos.get(key), pos.get(event)
            if event >= 0 and a and b:
                layout.links.append(Link(key, event, "about", *a, *b))
