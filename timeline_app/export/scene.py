"""One printable picture of the timeline: the screen's layout and painter, sized for a page.

PDF pages, PNG and SVG images and the print dialog all draw a :class:`TimelineScene`: the same
``compute_layout`` and ``TimelinePainter`` the window uses, with a light theme (paper is white,
whatever the desktop's scheme) and fonts sized in device pixels, so measuring and drawing agree
on every device.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPalette

from timeline_app.domain.timeline.axis import axis_tiers
from timeline_app.domain.timeline.items import Grouping, LaneIndex, TimelineData
from timeline_app.domain.timeline.labels import Labeller
from timeline_app.domain.timeline.layout import Layout, compute_layout
from timeline_app.domain.timeline.scale import Viewport, fit
from timeline_app.store.db import Project
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui.timeline.painter import Frame, TextMeasure, TimelinePainter
from timeline_app.ui.timeline.theme import Fonts, Sizes, Theme, lane_colours

#: Body text size of printed timelines, in device pixels at 96 per inch (about 8.3 pt).
PRINT_PIXEL_SIZE = 11


def paper_palette() -> QPalette:
    """Black on white, as paper is; the screen may be dark."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Window, "#f3f3f3"),
                         (QPalette.ColorRole.Text, "#111111"), (QPalette.ColorRole.WindowText, "#111111"),
                         (QPalette.ColorRole.Highlight, "#1f5fbf")):
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    return palette


def print_font(pixel_size: int = PRINT_PIXEL_SIZE) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPixelSize(pixel_size)
    return font


@dataclass
class SceneOptions:
    """What part of the project a picture shows."""

    t0: float | None = None
    t1: float | None = None
    parties: set[str] | None = None   # lane keys to keep (party ids); None keeps all
    grouping: Grouping = Grouping.PARTY
    lang: str = "en"


@dataclass
class TimelineScene:
    """A project's timeline, ready to be laid out for any time slice and width."""

    data: TimelineData
    index: LaneIndex
    options: SceneOptions
    theme: Theme = field(default_factory=lambda: Theme.from_palette(paper_palette()))
    fonts: Fonts = field(default_factory=lambda: Fonts.from_font(print_font()))

    def __post_init__(self) -> None:
        self.sizes = Sizes.for_fonts(self.fonts)
        self.painter = TimelinePainter(self.theme, self.fonts, self.sizes)
        self.measure, self.axis_measure = TextMeasure(self.fonts.label), self.painter.axis_measure()
        self.labeller = Labeller(self.data, self.options.lang)
        self.colours = lane_colours(self.theme, self.index.lanes)

    @classmethod
    def load(cls, project: Project, options: SceneOptions) -> "TimelineScene":
        data = load_timeline(project)
        return cls(data, LaneIndex.build(data, options.grouping), options)

    def time_range(self) -> tuple[float, float] | None:
        """The chosen range, or everything with a small margin."""
        if self.options.t0 is not None and self.options.t1 is not None:
            return self.options.t0, self.options.t1
        bounds = self.data.bounds()
        if bounds is None:
            return None
        view = fit(*bounds, width=1000.0)
        return view.t0, view.t1

    def hidden_lanes(self) -> set[str]:
        keep = self.options.parties
        return set() if keep is None else {lane.key for lane in self.index.lanes if lane.key not in keep}

    def layout(self, t0: float, t1: float, rect: QRectF) -> Layout:
        width = rect.width() - self.sizes.header_width
        viewport = Viewport(t0, t1, width, rect.left() + self.sizes.header_width)
        # Paper has room the screen lacks: labels may run to half the page before eliding.
        config = replace(self.sizes.layout, max_label=max(self.sizes.layout.max_label, width / 2))
        return compute_layout(self.data, self.index, viewport, self.measure, self.labeller,
                              config=config, hidden=self.hidden_lanes())

    def height_for(self, layout: Layout) -> float:
        return self.sizes.axis_height + layout.height

    def paint(self, p: QPainter, layout: Layout, rect: QRectF, scroll: float = 0.0) -> None:
        """Draw ``layout`` into ``rect``, lanes shifted up by ``scroll`` (later vertical pages)."""
        tiers = axis_tiers(layout.viewport, self.axis_measure, lang=self.options.lang)
        self.painter.paint(p, Frame(layout, tiers, self.data, rect, self.colours, scroll=scroll,
                                    undated=len(self.data.undated_keys())))
        p.setPen(self.theme.grid_strong)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
