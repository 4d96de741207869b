"""The Help menu: keyboard shortcuts collected from the window, the user guide, About with licences."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QTableWidget, \
    QTextBrowser, QTreeWidget, QWidget

from timeline_app import __version__
from timeline_app.ui.help import GUIDE, AboutDialog, GuideDialog, HelpActions, ShortcutsDialog, \
    bundled_libraries, resource, shortcut_entries




def help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&Help")


@pytest.fixture
def help_actions(window) -> HelpActions:
    return window.help


def open_dialog(qtbot, action: QAction, kind):
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
                  and w.parentWidget() is not None and w.parentWidget().isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def test_the_shortcuts_window_lists_the_menus_commands_with_their_keys(qtbot, window, help_actions):
    dialog = open_dialog(qtbot, help_actions.shortcuts_action, ShortcutsDialog)
    rows = {(menu, command): keys for menu, command, keys in dialog.rows()}
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert undo in rows[("Edit", "Undo")].split(", ")
    assert rows[("Insert", "New Claim")] == "Ctrl+Shift+N"
    assert rows[("File", "Open")] == QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert rows[("Help", "Keyboard Shortcuts")] == "Ctrl+/"
    assert "New" not in rows[("File", "New")].split(", ")  # the extra "New" key some keyboards have is left out
    menus = list(dict.fromkeys(menu for menu, _, _ in dialog.rows()))
    assert menus[:2] == ["File", "Edit"]  # in the menu bar's order


def test_the_list_is_collected_when_shown_so_it_never_goes_stale(qtbot, window, help_actions):
    dialog = open_dialog(qtbot, help_actions.shortcuts_action, ShortcutsDialog)
    dialog.close()
    help_menu(window).addAction("Say &Hello…").setShortcut(QKeySequence("Ctrl+Alt+H"))
    hidden = QAction("Not on any widget", window)
    hidden.setShortcut(QKeySequence("Ctrl+Alt+J"))  # a shortcut that cannot fire is not listed
    dialog = open_dialog(qtbot, help_actions.shortcuts_action, ShortcutsDialog)
    assert ("Help", "Say Hello", "Ctrl+Alt+H") in dialog.rows()
    assert not any(command == "Not on any widget" for _, command, _ in dialog.rows())
    assert len(dialog.rows()) == len(shortcut_entries(window))


def test_the_filter_finds_commands_by_name_or_key(qtbot, window, help_actions):
    dialog = open_dialog(qtbot, help_actions.shortcuts_action, ShortcutsDialog)
    qtbot.keyClicks(dialog.filter, "claim")
    assert {command for _, command, _ in dialog.rows()} >= {"New Claim", "Next Claim", "Previous Claim"}
    assert all("claim" in f"{menu} {command}".lower() for menu, command, _ in dialog.rows())
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "ctrl+shift+n")
    assert [command for _, command, _ in dialog.rows()] == ["New Claim"]


def test_the_guide_opens_read_only_from_the_help_menu(qtbot, window, help_actions):
    assert resource(GUIDE).is_file()
    dialog = open_dialog(qtbot, help_actions.guide_action, GuideDialog)
    text = dialog.viewer.toPlainText()
    assert text.startswith("timeline_app user guide")
    assert "Recording a story" in text and "##" not in text  # rendered, not markup
    assert dialog.viewer.isReadOnly()
    assert help_actions.guide_action.shortcut() == (
        QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")])[0]


def test_the_guide_names_only_shortcuts_the_window_has(window, help_actions):
    keys = {k for entry in shortcut_entries(window) for k in entry.keys.split(", ")}
    guide = resource(GUIDE).read_text(encoding="utf-8")
    for key in ("Ctrl+Shift+N", "Ctrl+Shift+M", "Ctrl+E", "Ctrl+T", "Ctrl+D", "Ctrl+R", "Alt+Down", "Ctrl+F",
                "Ctrl+Shift+O", "Ctrl+Shift+R", "Ctrl+Shift+I", "Ctrl+Shift+E", "Ctrl+Shift+P", "Ctrl+/", "Ctrl+0"):
        assert key in guide and key in keys, key


def test_about_lists_the_bundled_libraries_and_their_licences(qtbot, window, help_actions):
    dialog = open_dialog(qtbot, help_actions.about_action, AboutDialog)
    rows = {name.lower(): (version, licence) for name, version, licence in dialog.library_rows()}
    assert rows["sqlalchemy"][1] == "MIT"
    assert rows["sqlmodel"][1] == "MIT" and rows["alembic"][1] == "MIT"
    assert "LGPL-3.0" in rows["qt"][1] and "LGPL-3.0" in rows["pyside6_essentials"][1]
    assert {"platformdirs", "tzdata", "python-dateutil"} <= set(rows)
    assert __version__ in dialog.heading.text()
    assert "GPL-3.0-or-later" in dialog.summary.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "SQLAlchemy" in QGuiApplication.clipboard().text()


def test_libraries_are_found_with_what_they_need():
    names = {lib.name.lower() for lib in bundled_libraries()}
    assert "pydantic" in names  # required by SQLModel, not named by us
    assert all(lib.licence for lib in bundled_libraries())
    assert bundled_libraries(("no-such-distribution",)) == []


def test_help_windows_open_once_and_close_with_escape(qtbot, window, help_actions):
    first = help_actions.show(AboutDialog)
    assert help_actions.show(AboutDialog) is first
    qtbot.waitExposed(first)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not first.isVisible()


@pytest.mark.parametrize("kind", [ShortcutsDialog, GuideDialog, AboutDialog])
def test_every_control_has_an_accessible_name_and_tab_reaches_close(qtbot, window, help_actions, kind):
    dialog = help_actions.show(kind)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.accessibleName()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QTreeWidget, QTextBrowser, QTableWidget, QPushButton, QLabel)) \
                and widget.parentWidget() is not None and not isinstance(widget.parentWidget(), QLineEdit):
            assert widget.accessibleName(), widget
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    start = QApplication.focusWidget()
    assert start is not None and start.window() is dialog
    seen = [start]
    for _ in range(6):
        if QApplication.focusWidget() is close:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert close in seen
