"""The claims dock in the main window: the issue's flows between the panel and the timeline."""

from PySide6.QtCore import Qt

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM
from tests.ui.timeline.conftest import key_of
from timeline_app.ui.claims.model import Role
from timeline_app.ui.claims.nodes import Column

LEFT = Qt.MouseButton.LeftButton


def open_demo(window, qtbot):
    """Open the demo; the claims panel fills once the timeline has painted."""
    window.open_demo()
    qtbot.waitUntil(lambda: window.workspace.claims_panel.model.rowCount() > 0)
    return window.workspace.claims_panel, window.workspace.view


def test_the_claims_dock_sits_right_and_is_in_the_view_menu(window):
    dock = window.workspace.claims_dock
    assert dock.objectName() == "claims" and dock.widget() is window.workspace.claims_panel
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert dock.toggleViewAction() in view_menu.actions()
    assert window.workspace.claims_panel.summary.text() == "No project open."


def test_selecting_the_kremlins_denial_highlights_it_and_its_link_to_kyiv(window, qtbot):
    panel, view = open_demo(window, qtbot)
    index = panel.model.claim_index(KREMLIN_DENIAL, Column.PROPOSITION)
    panel.tree.scrollTo(index)
    qtbot.mouseClick(panel.tree.viewport(), LEFT, pos=panel.tree.visualRect(index).center())
    assert window.workspace.selection.ids() == (KREMLIN_DENIAL,)
    kremlin, kyiv = key_of(view, KREMLIN_DENIAL), key_of(view, KYIV_CLAIM)
    layout = view.current_layout()
    assert kremlin in layout.positions and kyiv in layout.positions  # both scrolled into view
    assert any((link.source, link.target, link.type) == (kremlin, kyiv, "denies") for link in layout.links)
    assert view.accessibleDescription().startswith("Selected: The Kremlin denied")


def test_selecting_on_the_timeline_selects_in_the_panel(window, qtbot):
    panel, view = open_demo(window, qtbot)
    point = view.item_position(key_of(view, KYIV_CLAIM)).toPoint()
    qtbot.mouseClick(view, LEFT, pos=point)
    assert panel.tree.currentIndex().data(Role.RecordIdRole) == KYIV_CLAIM
    assert panel.tree.selectionModel().isRowSelected(panel.tree.currentIndex().row(),
                                                     panel.tree.currentIndex().parent())


def test_ctrl_f_shows_the_claims_and_focuses_their_search(window, qtbot):
    panel, _view = open_demo(window, qtbot)
    window.workspace.claims_dock.hide()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.claims_dock.isVisible()
    qtbot.waitUntil(panel.filter_bar.text_field.hasFocus)


def test_following_the_timeline_shows_only_claims_said_in_view(window, qtbot):
    panel, view = open_demo(window, qtbot)
    with qtbot.waitSignal(panel.filter_bar.filter_changed):
        panel.filter_bar.follow_box.click()
    assert panel.model.total() == 12
    t0, t1 = view.visible_range()
    with qtbot.waitSignal(panel.filter_bar.filter_changed, timeout=2000):
        view.set_visible_range(t1 + 200 * 86400, t1 + 300 * 86400)  # later in 2026: nothing said yet
    assert panel.model.total() == 0 and panel.summary.text() == "0 claims match the filter."
    assert panel.filter_bar.from_field.isReadOnly() and panel.filter_bar.from_field.text().endswith("2026")
    with qtbot.waitSignal(panel.filter_bar.filter_changed, timeout=2000):
        view.set_visible_range(t0 - 400 * 86400, t0 - 300 * 86400)  # 2024: only what is known as "until 21 Dec 2025"
    assert panel.model.total() == 4


def test_closing_the_project_empties_the_panel(window, qtbot):
    panel, _view = open_demo(window, qtbot)
    window.close_project()
    assert panel.model.rowCount() == 0 and panel.summary.text() == "No project open."
