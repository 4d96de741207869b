"""Moving around the timeline with the wheel, the mouse and the keys, as a user does."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from timeline_app.domain.timeline.scale import DAY

from .conftest import wheel


def span(view) -> float:
    t0, t1 = view.visible_range()
    return t1 - t0


def time_at(view, x: float) -> float:
    return view.current_layout().viewport.t(x)


def empty_point(view) -> QPoint:
    """A point in the time area with nothing under it (left of the 28-point plan)."""
    point = QPoint(view.current_layout().viewport.left + 20, view.height() - 20)
    assert view.current_layout().glyph_at(point.x(), point.y() - view.content_offset()) is None
    return point


def test_the_wheel_zooms_around_the_cursor(demo_view, qtbot):
    before, cursor = span(demo_view), QPointF(900, 300)
    under = time_at(demo_view, cursor.x())
    with qtbot.waitSignal(demo_view.viewport_changed):
        wheel(demo_view, cursor, dy=120)
    assert span(demo_view) < before
    assert time_at(demo_view, cursor.x()) == pytest.approx(under, abs=1.0)
    wheel(demo_view, cursor, dy=-240)
    assert span(demo_view) > before


def test_ctrl_wheel_zooms_too_and_shift_wheel_pans(demo_view):
    before = span(demo_view)
    wheel(demo_view, QPointF(900, 300), dy=120, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert span(demo_view) < before
    t0, _ = demo_view.visible_range()
    wheel(demo_view, QPointF(900, 300), dy=-120, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert demo_view.visible_range()[0] > t0
    t0, _ = demo_view.visible_range()
    wheel(demo_view, QPointF(900, 300), dx=120)
    assert demo_view.visible_range()[0] < t0


def test_dragging_empty_space_pans_by_the_distance_dragged(demo_view, qtbot):
    start = empty_point(demo_view)
    seconds_per_px = demo_view.current_layout().viewport.seconds_per_px
    t0, t1 = demo_view.visible_range()
    qtbot.mousePress(demo_view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(demo_view, start + QPoint(60, 0))
    qtbot.mouseMove(demo_view, start + QPoint(200, 0))
    qtbot.mouseRelease(demo_view, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    assert demo_view.visible_range() == pytest.approx((t0 - 200 * seconds_per_px, t1 - 200 * seconds_per_px))


@pytest.mark.parametrize("key, grows", [(Qt.Key.Key_Plus, False), (Qt.Key.Key_Equal, False), (Qt.Key.Key_Minus, True)])
def test_plus_and_minus_zoom_about_the_middle(demo_view, qtbot, key, grows):
    before, (t0, t1) = span(demo_view), demo_view.visible_range()
    qtbot.keyClick(demo_view, key)
    assert (span(demo_view) > before) is grows
    assert sum(demo_view.visible_range()) / 2 == pytest.approx((t0 + t1) / 2)


def test_arrows_pan_by_a_tenth_and_home_fits_everything(demo_view, qtbot):
    everything = demo_view.visible_range()
    qtbot.keyClick(demo_view, Qt.Key.Key_Plus)
    t0, t1 = demo_view.visible_range()
    qtbot.keyClick(demo_view, Qt.Key.Key_Right)
    assert demo_view.visible_range() == pytest.approx((t0 + (t1 - t0) / 10, t1 + (t1 - t0) / 10))
    qtbot.keyClick(demo_view, Qt.Key.Key_Left)
    qtbot.keyClick(demo_view, Qt.Key.Key_Left)
    assert demo_view.visible_range()[0] == pytest.approx(t0 - (t1 - t0) / 10)
    qtbot.keyClick(demo_view, Qt.Key.Key_Home)
    assert demo_view.visible_range() == pytest.approx(everything)
    data = demo_view.data()
    first, last = data.bounds()
    assert everything[0] < first and everything[1] > last


def test_up_and_down_scroll_the_lanes_when_they_are_taller_than_the_view(make_view, demo_project, qtbot):
    from timeline_app.store.timeline_query import load_timeline

    view = make_view(load_timeline(demo_project), demo_project, size=(1200, 300))
    top = view.content_offset()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.content_offset() < top
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.content_offset() == top
    wheel(view, QPointF(40, 200), dy=-120)  # over the lane names
    assert view.content_offset() < top


def test_go_to_centres_or_shows_a_range_and_the_range_has_limits(demo_view):
    before = span(demo_view)
    demo_view.go_to(1_766_000_000)
    assert sum(demo_view.visible_range()) / 2 == pytest.approx(1_766_000_000) and span(demo_view) == pytest.approx(before)
    demo_view.go_to(1_766_000_000, 1_766_000_000 + 3 * DAY)
    assert demo_view.visible_range() == pytest.approx((1_766_000_000, 1_766_000_000 + 3 * DAY))
    demo_view.set_visible_range(0, 60)
    assert span(demo_view) == pytest.approx(2 * 3600)


def test_nothing_to_show_is_an_empty_state_that_ignores_input(make_view, qtbot):
    view = make_view(None)
    assert view.current_layout() is None
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    wheel(view, QPointF(500, 300), dy=120)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert view.grab().width() == 1500
