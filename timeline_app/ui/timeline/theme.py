"""Every colour, shape, line style, font and size of the timeline, in one place.

Colours are derived from the widget's QPalette, so the system's light or dark scheme is followed,
and every colour drawn as a mark is nudged until it keeps a readable contrast with the background.
Nothing is told by colour alone: statuses have shapes, relations have dash patterns and words, and
imprecise dates have brackets, dashes and fades, so a black-and-white print still tells them apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from timeline_app.domain.timeline.items import ALL_LANE, GENERAL_LANE, JOINT_LANE, UNTAGGED_LANE, LaneInfo
from timeline_app.domain.timeline.layout import LayoutConfig
from timeline_app.ui.i18n import tr

def lane_name(key: str, name: str) -> str:
    """A lane's name as shown: the lanes the app makes (shared events, no party, no tag, one lane
    for all) in the interface's language; a party's or a tag's name as the user wrote it."""
    made = {JOINT_LANE: lambda: tr("Joint", "lane"), GENERAL_LANE: lambda: tr("General", "lane"),
            UNTAGGED_LANE: lambda: tr("Untagged", "lane"), ALL_LANE: lambda: tr("All", "lane")}
    return made[key]() if key in made else name


#: Lanes without a colour of their own (parties without one, tags, "joint", "general"): the
#: Okabe-Ito colours, which stay distinct for the common kinds of colour blindness.
LANE_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d31", "#7f7f7f")
#: Marks (markers, link lines) need 3:1 against the background (WCAG non-text contrast); text 4.5:1.
MARK_CONTRAST = 3.0
TEXT_CONTRAST = 4.5


class Mark(enum.Enum):
    """The shape of a claim marker, one per status, so that status is never told by colour alone."""

    HOLLOW = "hollow"      # unverified: nobody has checked it yet
    DOTTED = "dotted"      # in progress: being checked
    CHECK = "check"        # corroborated / confirmed: filled, with a tick
    HALF = "half"          # disputed: half filled
    CROSS = "cross"        # denied / refuted: crossed out
    STRUCK = "struck"      # retracted: struck through, beyond its outline
    QUESTION = "question"  # unresolvable
    OPINION = "opinion"    # not applicable: a small hollow circle


@dataclass(frozen=True)
class StatusStyle:
    mark: Mark
    colour: QColor


@dataclass(frozen=True)
class RelationStyle:
    """How a relation between two claims is drawn: line, arrowhead at the target, and a word."""

    colour: QColor
    pen: Qt.PenStyle
    width: float
    arrow: bool
    named: bool  # the relation's verb is written on the link (in the interface's language)


# Status keys and colours as in the first migration (0001_initial.DEFAULT_STATUSES).
_STATUSES = {
    "unverified": (Mark.HOLLOW, "#8a8f98"), "in_progress": (Mark.DOTTED, "#3b82c4"),
    "corroborated": (Mark.CHECK, "#5a9e4b"), "confirmed": (Mark.CHECK, "#2e7d32"),
    "disputed": (Mark.HALF, "#d08a1e"), "denied": (Mark.CROSS, "#c62828"),
    "refuted": (Mark.CROSS, "#8e1b1b"), "retracted": (Mark.STRUCK, "#7b5ea7"),
    "unresolvable": (Mark.QUESTION, "#6d6d6d"), "not_applicable": (Mark.OPINION, "#a0a0a0"),
}
_SOLID, _DASH, _DOT, _DASH_DOT = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
                                  Qt.PenStyle.DashDotLine)
_RELATIONS = {
    "denies": ("#d32f2f", _SOLID, 2.6, True, True),
    "confirms": ("#2e7d32", _SOLID, 1.8, True, True),
    "supports": ("#1e63c4", _DASH, 1.6, True, True),
    "contradicts": ("#e8710a", _DASH_DOT, 1.8, True, True),
    "qualifies": ("#7a7f87", _DOT, 1.6, True, True),
    "repeats": ("#7a7f87", _DASH, 1.4, True, True),
    "retracts": ("#7a7f87", _SOLID, 1.4, True, True),
    "about": ("#7a7f87", _DOT, 1.2, False, False),
}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2), 0 for black to 1 for white."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = MARK_CONTRAST) -> QColor:
    """``colour`` made lighter on a dark background (darker on a light one) until it reaches ``ratio``."""
    result = QColor(colour)
    dark_background = luminance(background) < 0.5
    for _ in range(20):
        if contrast(result, background) >= ratio:
            break
        result = result.lighter(112) if dark_background else result.darker(112)
        if dark_background and result.lightness() >= 250:
            result = QColor.fromHslF(result.hslHueF(), result.hslSaturationF() * 0.8, result.lightnessF())
    return result


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def faded(colour: QColor, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    return QColor(_black_or_white(fill.rgb()))


@lru_cache(maxsize=256)
def _black_or_white(rgb: int) -> str:
    fill = QColor.fromRgb(rgb)
    return "#000000" if contrast(fill, QColor("#000000")) >= contrast(fill, QColor("#ffffff")) else "#ffffff"


@dataclass(frozen=True)
class Theme:
    """The timeline's colours for one palette; build with :meth:`from_palette`."""

    dark: bool
    background: QColor      # the time area
    surface: QColor         # lane headers and the axis
    text: QColor
    muted: QColor           # secondary text: "+3 hidden", the finest axis tier
    grid: QColor
    grid_strong: QColor
    highlight: QColor       # selection
    today: QColor
    statuses: dict[str, StatusStyle] = field(default_factory=dict)
    relations: dict[str, RelationStyle] = field(default_factory=dict)

    @classmethod
    def from_palette(cls, palette: QPalette) -> "Theme":
        group = QPalette.ColorGroup.Active
        background = palette.color(group, QPalette.ColorRole.Base)
        surface = palette.color(group, QPalette.ColorRole.Window)
        text = readable(palette.color(group, QPalette.ColorRole.Text), background, TEXT_CONTRAST)
        dark = luminance(background) < 0.5
        return cls(
            dark=dark, background=background, surface=surface, text=text,
            muted=readable(mix(text, background, 0.4), background, TEXT_CONTRAST),
            grid=mix(background, text, 0.08), grid_strong=mix(background, text, 0.2),
            highlight=readable(palette.color(group, QPalette.ColorRole.Highlight), background),
            today=readable(QColor("#e8710a"), background),
            statuses={k: StatusStyle(m, readable(QColor(c), background)) for k, (m, c) in _STATUSES.items()},
            relations={k: RelationStyle(readable(QColor(c), background), pen, w, arrow, named)
                       for k, (c, pen, w, arrow, named) in _RELATIONS.items()},
        )

    def lane_fill(self, lane: QColor, odd: bool) -> QColor:
        """A lane's background: a wash of its colour, every other lane a shade deeper."""
        fill = mix(self.background, lane, 0.035)
        return mix(fill, self.text, 0.018) if odd else fill

    def weekend_fill(self, fill: QColor) -> QColor:
        return mix(fill, self.text, 0.022)

    def status(self, key: str | None) -> StatusStyle:
        return self.statuses.get(key or "unverified") or self.statuses["unverified"]

    def relation(self, key: str) -> RelationStyle:
        return self.relations.get(key) or self.relations["qualifies"]

    def lane_colour(self, colour: str | None, position: int) -> QColor:
        """A lane's own colour, or the palette's by position, readable on this background."""
        base = QColor(colour) if colour and QColor.isValidColorName(colour) else QColor(LANE_PALETTE[position % len(LANE_PALETTE)])
        return readable(base, self.background)


@dataclass(frozen=True)
class DateStyle:
    """How dates that are not a sharp instant look: fill strength, outline and fades."""

    fill: float = 0.24           # a plain span's fill (alpha over its lane colour)
    imprecise_fill: float = 0.16  # a month or year: lighter, with "[ ]" brackets at both ends
    approximate_fill: float = 0.1  # "~": faded, with a dashed outline
    bracket: float = 4.0         # length of a bracket's serifs
    open_tail: float = 36.0      # the fading tail on an open side, ending in an arrow
    arrow: float = 5.0


@dataclass(frozen=True)
class Fonts:
    """The fonts of the timeline, all derived from one base font (the widget's)."""

    label: QFont
    header: QFont
    small: QFont
    axis: QFont
    axis_strong: QFont
    badge: QFont

    @classmethod
    def from_font(cls, base: QFont) -> "Fonts":
        def variant(scale: float = 1.0, bold: bool = False) -> QFont:
            font = QFont(base)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
            else:
                font.setPixelSize(max(1, round(font.pixelSize() * scale)))
            font.setBold(bold)
            return font
        return cls(label=variant(), header=variant(bold=True), small=variant(0.88), axis=variant(0.92),
                   axis_strong=variant(0.92, bold=True), badge=variant(0.82, bold=True))


@dataclass(frozen=True)
class Sizes:
    """Fixed sizes of the frame around the lanes, and the layout's sizes, scaled to the font."""

    header_width: float
    tier_height: float
    axis_height: float
    layout: LayoutConfig

    @classmethod
    def for_fonts(cls, fonts: Fonts) -> "Sizes":
        line = QFontMetricsF(fonts.label).height()
        scale = max(1.0, line / 15.0)
        tier = round(QFontMetricsF(fonts.axis).height() + 7)
        base = LayoutConfig()
        layout = LayoutConfig(row_height=round(base.row_height * scale), lane_padding=base.lane_padding * scale,
                              marker=round(base.marker * scale), label_gap=base.label_gap * scale,
                              collapsed_height=round(base.collapsed_height * scale),
                              min_lane_height=round(base.min_lane_height * scale),
                              max_label=base.max_label * scale)
        return cls(header_width=round(150 * scale), tier_height=tier, axis_height=3 * tier + 4, layout=layout)


#: Lanes that are no party's get quiet colours: shared events, unattributed items, one lane for all.
_NEUTRAL_LANES = {JOINT_LANE: "#5b6b7f", GENERAL_LANE: "#7f7f7f", UNTAGGED_LANE: "#7f7f7f", ALL_LANE: "#0072b2"}


def lane_colours(theme: Theme, lanes: list[LaneInfo]) -> dict[str, QColor]:
    """Each lane's colour: its own, a neutral one, or the next palette colour (by position among
    the lanes without one, so hiding or moving a lane never recolours the others)."""
    colours, spare = {}, 0
    for lane in lanes:
        if lane.key in _NEUTRAL_LANES:
            colours[lane.key] = readable(QColor(_NEUTRAL_LANES[lane.key]), theme.background)
        else:
            colours[lane.key] = theme.lane_colour(lane.colour, spare)
            spare += not lane.colour
    return colours
