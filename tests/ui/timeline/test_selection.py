"""Selecting on the timeline, and the timeline following selections made elsewhere."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolTip

from tests.domain.timeline.builders import Builder, seconds
from timeline_app.ui.timeline.theme import Theme, contrast

from .conftest import KREMLIN_DENIAL, KYIV_CLAIM, PEACE_PLAN, hover_help, key_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def point_of(view, record_id: str) -> QPoint:
    return view.item_position(key_of(view, record_id)).toPoint()


def test_a_click_selects_one_item_and_a_click_on_empty_space_clears(demo_view, selection, qtbot):
    with qtbot.waitSignal(selection.changed):
        qtbot.mouseClick(demo_view, LEFT, pos=point_of(demo_view, KREMLIN_DENIAL))
    assert selection.ids() == (KREMLIN_DENIAL,)
    assert "The Kremlin denied" in demo_view.accessibleDescription()
    qtbot.mouseClick(demo_view, LEFT, pos=point_of(demo_view, KYIV_CLAIM))
    assert selection.ids() == (KYIV_CLAIM,)
    qtbot.mouseClick(demo_view, LEFT, pos=QPoint(demo_view.current_layout().viewport.left + 20, 690))
    assert selection.ids() == ()
    assert "Nothing selected" in demo_view.accessibleDescription()


def test_ctrl_click_toggles_items_in_and_out_of_the_selection(demo_view, selection, qtbot):
    qtbot.mouseClick(demo_view, LEFT, pos=point_of(demo_view, KREMLIN_DENIAL))
    qtbot.mouseClick(demo_view, LEFT, CTRL, pos=point_of(demo_view, KYIV_CLAIM))
    assert set(selection.ids()) == {KREMLIN_DENIAL, KYIV_CLAIM}
    assert "2 items selected" in demo_view.accessibleDescription()
    qtbot.mouseClick(demo_view, LEFT, CTRL, pos=point_of(demo_view, KREMLIN_DENIAL))
    assert selection.ids() == (KYIV_CLAIM,)


def test_escape_clears_and_enter_zooms_to_the_selection(demo_view, selection, qtbot):
    qtbot.mouseClick(demo_view, LEFT, pos=point_of(demo_view, PEACE_PLAN))
    qtbot.keyClick(demo_view, Qt.Key.Key_Return)
    t0, t1 = demo_view.visible_range()
    assert t0 < seconds("2025-11-01") and t1 > seconds("2025-12-01") and t1 - t0 < 40 * 86400
    qtbot.keyClick(demo_view, Qt.Key.Key_Escape)
    assert selection.ids() == ()


def test_shift_drag_selects_everything_in_the_rectangle(demo_view, selection, qtbot):
    kremlin, kyiv = point_of(demo_view, KREMLIN_DENIAL), point_of(demo_view, KYIV_CLAIM)
    start, end = QPoint(kremlin.x() + 30, kremlin.y() + 8), QPoint(kyiv.x() - 8, kyiv.y() - 8)
    qtbot.mousePress(demo_view, LEFT, SHIFT, pos=start)
    qtbot.mouseMove(demo_view, start - QPoint(10, 10))
    qtbot.mouseMove(demo_view, end)
    qtbot.mouseRelease(demo_view, LEFT, SHIFT, pos=end)
    assert {KREMLIN_DENIAL, KYIV_CLAIM} <= set(selection.ids())
    assert len(selection.ids()) >= 4  # the Russian claims between them too


def test_double_click_activates_the_item(demo_view, qtbot):
    with qtbot.waitSignal(demo_view.item_activated) as signal:
        qtbot.mouseDClick(demo_view, LEFT, pos=point_of(demo_view, KYIV_CLAIM))
    assert signal.args == [KYIV_CLAIM]


def test_a_selection_made_elsewhere_is_highlighted_and_scrolled_into_view(make_view, demo_project, selection, qtbot):
    from timeline_app.store.timeline_query import load_timeline

    view = make_view(load_timeline(demo_project), demo_project, size=(1200, 260))
    view.set_visible_range(seconds("2025-11-02"), seconds("2025-11-12"))
    selection.select([KREMLIN_DENIAL])
    t0, t1 = view.visible_range()
    assert t0 < seconds("2025-12-21") < t1
    where = view.item_position(key_of(view, KREMLIN_DENIAL))
    assert where is not None and view.content_offset() < 0  # scrolled down to the Russian lane
    assert 0 < where.y() < view.height()
    image = view.grab().toImage()
    highlight = Theme.from_palette(view.palette()).highlight
    ring = [image.pixelColor(int(where.x()) + dx, int(where.y()) + dy) for dx in range(-12, 13) for dy in range(-12, 13)]
    assert any(contrast(colour, highlight) < 1.2 for colour in ring)
    assert "The Kremlin denied" in view.accessibleDescription()


def test_clicking_a_cluster_zooms_into_it(make_view, qtbot):
    b = Builder()
    b.event("Start of the year", "2025-01-02", "us")
    for i in range(25):
        b.claim(f"Statement {i}", "2025-12-21", "ua")
    view = make_view(b.data)
    cluster = next(g for g in view.current_layout().glyphs if g.cluster)
    before = view.visible_range()
    qtbot.mouseClick(view, LEFT, pos=QPoint(round(cluster.x), round(cluster.y + view.content_offset() + 12)))
    t0, t1 = view.visible_range()
    assert t1 - t0 < (before[1] - before[0]) / 10 and t0 < seconds("2025-12-21T12:00") < t1


@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")  # offscreen tooltips
def test_the_tooltip_is_plain_text_even_when_a_title_looks_like_html(make_view, qtbot):
    hostile = "<b>x</b><img src=x>"
    b = Builder()
    key = b.event(hostile, "2025-12-14", "us")
    b.event("Other", "2025-12-20", "ua")
    view = make_view(b.data)
    hover_help(view, view.item_position(key).toPoint())
    assert QToolTip.isVisible()
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    assert shown.toPlainText().splitlines()[0] == hostile
    QToolTip.hideText()


def test_the_keyboard_reaches_every_item_along_and_across_lanes(demo_view, selection, qtbot):
    """Ctrl+arrows move the selection item by item; the view announces each; Space opens it."""
    view, data = demo_view, demo_view.data()
    demo_view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)  # nothing selected: the first item of the first lane
    first = key_of(view, selection.ids()[0])
    lanes = [band.info.key for band in view.current_layout().lanes if not band.collapsed]
    assert view.lane_index().lane_of[first] == lanes[0]
    visited = [first]
    while True:
        qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
        key = key_of(view, selection.ids()[0])
        if key == visited[-1]:
            break  # the end of the lane: the selection stays
        visited.append(key)
    assert len(visited) == view.lane_index().items[lanes[0]].count
    assert [data.start[k] for k in visited] == sorted(data.start[k] for k in visited)
    assert data.text(visited[-1]).title in view.accessibleDescription()

    selection.select([KYIV_CLAIM])
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    below = key_of(view, selection.ids()[0])
    ukraine = view.lane_index().lane_of[key_of(view, KYIV_CLAIM)]
    assert view.lane_index().lane_of[below] == lanes[lanes.index(ukraine) + 1]
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert view.lane_index().lane_of[key_of(view, selection.ids()[0])] == ukraine
    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert activated.args == [selection.ids()[0]]
