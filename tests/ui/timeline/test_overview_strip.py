"""The overview strip under the timeline: density of the whole project, and the visible window
as a box to drag or a place to click."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.domain.timeline.builders import seconds
from timeline_app.ui.timeline.overview_strip import OverviewStrip


@pytest.fixture
def strip(demo_view, qtbot):
    """The demo view and its strip, stacked as the main window does."""
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    strip = OverviewStrip(demo_view)
    column.addWidget(demo_view)
    column.addWidget(strip)
    page.resize(1500, 760)
    page.show()
    qtbot.waitExposed(page)
    demo_view.set_visible_range(seconds("2025-11-10"), seconds("2025-11-20"))
    yield strip  # the page must outlive the test


def box_centre(strip) -> QPoint:
    return strip._box().center().toPoint()


def test_the_box_follows_the_view(strip, demo_view, qtbot):
    before = box_centre(strip)
    with qtbot.waitSignal(demo_view.viewport_changed):
        demo_view.go_to(seconds("2025-12-18"))
    assert box_centre(strip).x() > before.x() + 200


def test_dragging_the_box_moves_the_view_by_as_much_time(strip, demo_view, qtbot):
    t0, t1 = demo_view.visible_range()
    start = box_centre(strip)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(strip, start + QPoint(40, 0))
    qtbot.mouseMove(strip, start + QPoint(100, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    moved = demo_view.visible_range()[0] - t0
    assert moved > 0 and demo_view.visible_range()[1] - demo_view.visible_range()[0] == pytest.approx(t1 - t0)
    assert box_centre(strip).x() == pytest.approx(start.x() + 100, abs=2)


def test_a_click_beside_the_box_centres_the_view_there(strip, demo_view, qtbot):
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(1400, strip.height() // 2))
    assert abs(box_centre(strip).x() - 1400) <= 2
    t0, t1 = demo_view.visible_range()
    assert t0 > seconds("2025-12-01")


def test_the_histogram_counts_every_item_once_and_follows_new_data(strip, demo_view):
    assert strip._bins and max(strip._bins) == 1.0
    demo_view.set_data(None)
    assert strip._bins == [] and strip._box() is None
    strip.grab()
