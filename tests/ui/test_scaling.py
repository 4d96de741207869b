"""The window and its dialogs on a small screen: a 1920×1080 laptop at 200 % is 960×540 logical pixels.

The offscreen screen cannot be made smaller per test, so :func:`timeline_app.ui.sizes.available_size`
is made to answer 960×540, as such a screen would.
"""

from collections import defaultdict

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction

from tests.demo_ids import KREMLIN_DENIAL, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from timeline_app.ui import sizes
from timeline_app.ui.claims.nodes import Column
from timeline_app.ui.dialogs.fields import TextBox
from timeline_app.ui.dialogs.help_dialogs import GuideDialog, ShortcutsDialog

SMALL = QSize(960, 540)
SOURCE = seed_id("source", "report-miami-2025-12-21")


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(sizes, "available_size", lambda widget: SMALL)
    return SMALL


@pytest.fixture
def demo_window(window, demo_project):
    """The main window with the demo open, so that the project's actions are enabled."""
    assert window.open_project_file(demo_project.path)
    return window


def test_no_two_actions_of_a_window_share_a_key(demo_window):
    demo_window.editing.show_source(SOURCE)  # the reader's actions too
    users = defaultdict(set)
    for action in demo_window.findChildren(QAction):
        if action.isEnabled():
            for key in action.shortcuts():
                users[key.toString()].add(action.text())
    shared = {key: names for key, names in users.items() if len(names) > 1}
    assert not shared  # Qt runs neither of two actions that share a key: "Ambiguous shortcut overload"


def test_the_source_reader_does_not_make_the_window_taller_than_the_screen(demo_window, qtbot):
    demo_window.editing.show_source(SOURCE)
    qtbot.waitUntil(lambda: demo_window.editing.reader_dock.isVisible())
    assert demo_window.minimumSizeHint().height() <= SMALL.height()


@OFFSCREEN_POPUPS
def test_a_claim_dialog_fits_the_screen_with_ok_in_sight(demo_window, small_screen, qtbot):
    dialog = demo_window.editing.editor.edit(KREMLIN_DENIAL)
    qtbot.waitExposed(dialog)
    assert dialog.form.parentWidget().sizeHint().height() > small_screen.height()  # the form must scroll
    qtbot.waitUntil(lambda: dialog.height() <= small_screen.height())
    assert dialog.minimumHeight() <= small_screen.height()
    assert dialog.buttons.isVisible() and dialog.rect().contains(dialog.buttons.geometry())
    assert dialog.rect().contains(dialog.problem.geometry())


def test_a_two_line_text_box_shows_two_lines_without_scrolling(qtbot):
    box = TextBox(2)
    qtbot.addWidget(box)
    box.set_text("first line\nsecond line")
    box.show()
    qtbot.waitExposed(box)
    assert box.verticalScrollBar().maximum() == 0  # the box is not a pixel short
    qtbot.waitUntil(lambda: not box.verticalScrollBar().isVisible())


@pytest.mark.parametrize("dialog_type", [ShortcutsDialog, GuideDialog])
def test_help_windows_fit_the_screen(window, small_screen, dialog_type, qtbot):
    dialog = window.help.show(dialog_type)
    qtbot.waitExposed(dialog)
    assert dialog.width() <= small_screen.width() and dialog.height() <= small_screen.height()


def test_the_claims_keep_room_for_the_proposition_in_a_small_window(window, qtbot):
    window.resize(SMALL)
    window.workspace.arrange_docks()
    window.open_demo()
    tree = window.workspace.claims_panel.tree
    header, em = tree.header(), tree.fontMetrics().horizontalAdvance("M")
    qtbot.waitUntil(lambda: header.sectionSize(Column.PROPOSITION) >= 15 * em)
    assert header.isSectionHidden(Column.CREDIBILITY) and header.isSectionHidden(Column.SOURCES)
    credibility = tree._column_toggles[Column.CREDIBILITY]  # its entry in the header's menu
    assert credibility in header.actions() and credibility.isChecked() and not credibility.isEnabled()
    window.resize(1600, 1000)
    window.workspace.arrange_docks()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.CREDIBILITY))
    assert not header.isSectionHidden(Column.SOURCES) and header.sectionSize(Column.PROPOSITION) >= 15 * em
    assert credibility.isEnabled()


def _reader_share(window) -> float:
    """The reader's part of the height the timeline and the reader below it share."""
    reader, central = window.editing.reader_dock.height(), window.centralWidget().height()
    return reader / (reader + central)


def test_the_source_reader_opens_at_a_third_leaving_the_timeline_most(demo_window, small_screen, qtbot):
    demo_window.resize(small_screen)
    qtbot.waitUntil(lambda: demo_window.height() == small_screen.height())
    demo_window.editing.show_source(SOURCE)
    qtbot.waitUntil(lambda: demo_window.editing.reader_dock.height() > 100)  # laid out below the timeline
    reader = _reader_share(demo_window)
    assert 1 - reader >= 0.45 and reader >= 0.25  # it took 63 %, leaving the timeline 3 rows


def test_a_reader_height_the_user_chose_is_kept_in_the_next_session(demo_window, make_window, demo_project, qtbot):
    dock = demo_window.editing.reader_dock
    demo_window.editing.show_source(SOURCE)
    qtbot.waitUntil(lambda: dock.height() > 100)
    demo_window.resizeDocks([dock], [demo_window.height() // 2], Qt.Orientation.Vertical)  # dragged taller
    qtbot.waitUntil(lambda: _reader_share(demo_window) > 0.45)
    dock.close()
    demo_window.close()  # saves the window's state
    later = make_window()
    assert later.open_project_file(demo_project.path)
    later.editing.show_source(SOURCE)
    qtbot.waitUntil(lambda: later.editing.reader_dock.height() > 100)
    assert _reader_share(later) > 0.45
