"""Fixtures for editing as a user does it: the main window on a copy of the demo, and helpers that
find the dialog a user would be looking at and select text as a mouse drag would."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.demo_ids import seed_id
from timeline_app.domain.anchoring import code_points_to_utf16

SOURCE = seed_id("source", "report-miami-2025-12-21")


@pytest.fixture
def demo_window(window, demo_project):
    """The main window with the demo open (through its own connection to the demo's file)."""
    assert window.open_project_file(demo_project.path)
    return window


def shown(window, dialog_type):
    """The dialog of this type the user sees now (earlier ones are closed, or being deleted)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = [d for d in window.findChildren(dialog_type) if d.isVisible()]
    assert len(found) == 1, f"expected one {dialog_type.__name__} on screen, found {len(found)}"
    return found[0]


def none_shown(window, dialog_type) -> bool:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not [d for d in window.findChildren(dialog_type) if d.isVisible()]


def press_ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.problem.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def rows(project, sql: str, *params) -> list[tuple]:
    with project.engine.connect() as connection:
        return connection.exec_driver_sql(sql, params).all()


def text_of(project, source_id: str) -> str:
    return rows(project, "SELECT text FROM source WHERE id = ?", source_id)[0][0]


def drag_select(reader, start: int, end: int) -> None:
    """Select ``start``..``end`` (code points of the source's text) as a mouse drag leaves it."""
    text = text_of(reader._project, reader.source_id())
    cursor = reader.text.textCursor()
    cursor.setPosition(code_points_to_utf16(text, start))
    cursor.setPosition(code_points_to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)


def key_of(view, record_id: str) -> int | None:
    """The timeline item of a record, if it is on the timeline (removed items are not)."""
    data = view.data()
    live = [k for k in range(len(data)) if data.text(k).record_id == record_id and data.dated(k)]
    return live[0] if live else None
