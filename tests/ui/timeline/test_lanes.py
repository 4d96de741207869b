"""Lanes: collapse by clicking the name, hide, reorder, show again, persist; other groupings."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from tests.domain.timeline.builders import Builder
from timeline_app.domain.timeline.items import Grouping
from timeline_app.ui.timeline.theme import Theme

from .conftest import hover_help


def lane(view, name):
    return next(band for band in view.current_layout().lanes if band.info.name == name)


def names(view):
    return [band.info.name for band in view.current_layout().lanes]


def header_point(view, name) -> QPoint:
    band = lane(view, name)
    return QPoint(40, round(band.top + view.content_offset() + 12))


def trigger(view, name, text):
    menu = view.lane_menu(lane(view, name).info.key)
    action = next(a for a in menu.actions() if a.text().startswith(text))
    assert action.isEnabled()
    action.trigger()


def test_clicking_a_lane_name_collapses_and_expands_it(demo_view, qtbot):
    height = lane(demo_view, "Ukraine").height
    qtbot.mouseClick(demo_view, Qt.MouseButton.LeftButton, pos=header_point(demo_view, "Ukraine"))
    collapsed = lane(demo_view, "Ukraine")
    assert collapsed.collapsed and collapsed.height < height
    assert demo_view.lane_state()["collapsed"] == [collapsed.info.key]
    qtbot.mouseClick(demo_view, Qt.MouseButton.LeftButton, pos=header_point(demo_view, "Ukraine"))
    assert not lane(demo_view, "Ukraine").collapsed


def test_the_lane_menu_hides_moves_and_shows_lanes_again(demo_view):
    trigger(demo_view, "Europeans", "Hide")
    assert "Europeans" not in names(demo_view)
    trigger(demo_view, "Russia", "Move up")
    assert names(demo_view)[:4] == ["Joint", "United States", "Russia", "Ukraine"]
    trigger(demo_view, "Germany", "Move up")  # past the hidden Europeans, above Ukraine
    assert names(demo_view).index("Germany") == names(demo_view).index("Ukraine") - 1
    trigger(demo_view, "Russia", "Show the hidden lane (1)")
    assert "Europeans" in names(demo_view)
    menu = demo_view.lane_menu(lane(demo_view, "Joint").info.key)
    assert not next(a for a in menu.actions() if a.text() == "Move up").isEnabled()


def test_lane_state_round_trips_and_tolerates_rubbish(demo_view):
    trigger(demo_view, "Germany", "Hide")
    trigger(demo_view, "Russia", "Collapse")
    trigger(demo_view, "General", "Move up")
    state = demo_view.lane_state()
    expected = names(demo_view)
    demo_view.set_lane_state({})
    assert "Germany" in names(demo_view)
    demo_view.set_lane_state(state)
    assert names(demo_view) == expected and lane(demo_view, "Russia").collapsed
    demo_view.set_lane_state({"hidden": "Germany", "collapsed": [3, None], "order": None})
    assert "Germany" in names(demo_view)


def test_a_lane_that_hides_labels_says_so_under_its_name(make_view):
    b = Builder()
    for i in range(12):
        b.claim(f"Statement number {i}", "2025-12-21", "ua")
    b.claim("Lone statement", "2025-12-01", "us")
    view = make_view(b.data)
    crowded, quiet = lane(view, "UA"), lane(view, "US")
    assert crowded.hidden_labels > 0 and quiet.hidden_labels == 0
    image, cfg = view.grab().toImage(), view.current_layout().config
    surface = Theme.from_palette(view.palette()).surface

    def ink_under_name(band) -> int:
        top = round(band.top + view.content_offset() + cfg.lane_padding + cfg.row_height)
        return sum(image.pixelColor(x, y) != surface for x in range(24, 120) for y in range(top + 1, top + 10))

    assert ink_under_name(crowded) > 20 and ink_under_name(quiet) == 0


@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")  # offscreen tooltips
def test_the_lane_name_tooltip_says_what_a_click_does(demo_view):
    hover_help(demo_view, header_point(demo_view, "Russia"))
    assert QToolTip.text().startswith("Russia") and "collapse" in QToolTip.text()
    QToolTip.hideText()


def test_other_groupings_give_other_lanes(demo_view):
    demo_view.set_grouping(Grouping.TAG)
    assert demo_view.grouping() is Grouping.TAG
    assert {"Negotiations", "Peace plan"} <= set(names(demo_view))
    demo_view.set_grouping(Grouping.SINGLE)
    assert names(demo_view) == ["All"]
    data = demo_view.data()
    shown = sorted(k for g in demo_view.current_layout().glyphs for k in g.keys)
    assert shown == [k for k in range(len(data)) if data.dated(k)]  # crowded into clusters, none dropped
