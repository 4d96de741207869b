"""The timeline toolbar as a user drives it in the main window: zoom, fit, go to a typed date, lanes."""

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from tests.demo_ids import seed_id
from timeline_app.domain.timeline.items import Grouping


def seconds(*day: int) -> float:
    return datetime(*day, tzinfo=timezone.utc).timestamp()


@pytest.fixture
def demo(window):
    window.open_demo()
    return window


@pytest.fixture
def toolbar(demo):
    return demo.workspace.toolbar


@pytest.fixture
def view(demo):
    return demo.workspace.view


def type_date(qtbot, toolbar, text):
    toolbar.go_to_field.clear()
    qtbot.keyClicks(toolbar.go_to_field, text)
    qtbot.keyClick(toolbar.go_to_field, Qt.Key.Key_Return)


def span(view) -> float:
    t0, t1 = view.visible_range()
    return t1 - t0


def test_going_to_a_month_shows_the_whole_month(qtbot, demo, toolbar, view):
    type_date(qtbot, toolbar, "Dezember 2025")
    t0, t1 = view.visible_range()
    assert t0 <= seconds(2025, 12, 1) and t1 >= seconds(2026, 1, 1)
    assert t1 - t0 < 40 * 86400
    assert demo.statusBar().currentMessage() == "Showing Dec 2025"


def test_an_open_start_centres_on_its_known_end(qtbot, toolbar, view):
    type_date(qtbot, toolbar, "bis 21.12.2025")
    t0, t1 = view.visible_range()
    assert (t0 + t1) / 2 == pytest.approx(seconds(2025, 12, 22))


def test_an_unreadable_date_says_why_and_tints_the_field_until_edited(qtbot, demo, toolbar, view):
    before = view.visible_range()
    normal = toolbar.go_to_field.palette().color(QPalette.ColorRole.Base)
    type_date(qtbot, toolbar, "blorp")
    assert demo.statusBar().currentMessage().startswith("Cannot read 'blorp' as a date")
    assert toolbar.go_to_field.toolTip() == demo.statusBar().currentMessage()
    assert toolbar.go_to_field.palette().color(QPalette.ColorRole.Base) != normal
    assert view.visible_range() == before
    qtbot.keyClick(toolbar.go_to_field, Qt.Key.Key_Backspace)
    assert toolbar.go_to_field.palette().color(QPalette.ColorRole.Base) == normal


def test_zoom_buttons_halve_and_double_the_span_and_fit_shows_everything(qtbot, toolbar, view):
    everything = view.visible_range()
    qtbot.mouseClick(toolbar.widgetForAction(toolbar.zoom_in_action), Qt.MouseButton.LeftButton)
    assert span(view) == pytest.approx((everything[1] - everything[0]) / 2)
    qtbot.mouseClick(toolbar.widgetForAction(toolbar.zoom_out_action), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(toolbar.widgetForAction(toolbar.zoom_out_action), Qt.MouseButton.LeftButton)
    assert span(view) == pytest.approx((everything[1] - everything[0]) * 2)
    qtbot.mouseClick(toolbar.widgetForAction(toolbar.fit_action), Qt.MouseButton.LeftButton)
    assert view.visible_range() == pytest.approx(everything)


def test_zoom_shortcuts_are_the_usual_ones(toolbar):
    assert toolbar.zoom_in_action.shortcut().toString() == "Ctrl++"
    assert toolbar.zoom_out_action.shortcut().toString() == "Ctrl+-"
    assert toolbar.fit_action.shortcut().toString() == "Ctrl+0"


def test_choosing_lanes_by_tag_regroups_the_view_and_checks_the_menu_choice(qtbot, toolbar, view):
    combo = toolbar.lanes_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Party", "Tag", "Single lane"]
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # from "Party" to "Tag", as a user would
    assert view.grouping() is Grouping.TAG
    assert [a.isChecked() for a in toolbar.lane_actions.actions()] == [False, True, False]
    toolbar.lane_actions.actions()[2].trigger()
    assert view.grouping() is Grouping.SINGLE and combo.currentText() == "Single lane"


def test_zoom_to_selection_needs_a_selection(demo, toolbar, view):
    assert not toolbar.zoom_to_selection_action.isEnabled()
    demo.workspace.selection.select([seed_id("event", "berlin-talks")])
    toolbar.zoom_to_selection_action.trigger()
    t0, t1 = view.visible_range()
    assert t0 <= seconds(2025, 12, 14) and t1 >= seconds(2025, 12, 16) and t1 - t0 < 7 * 86400


def test_nothing_to_drive_while_no_project_is_open(qtbot, demo, toolbar):
    type_date(qtbot, toolbar, "blorp")
    demo.close_project()
    assert toolbar.go_to_field.text() == "" and toolbar.go_to_field.toolTip().startswith("A date as you would write it")
    assert not toolbar.go_to_field.isEnabled() and not toolbar.lanes_combo.isEnabled()
    assert not toolbar.zoom_in_action.isEnabled() and not toolbar.zoom_to_selection_action.isEnabled()
