"""Two windows on one project file, as two colleagues on a shared project: each sees what the other
saves without reopening, and a save over the other's change is never written silently."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from tests.demo_ids import KYIV_CLAIM
from timeline_app.commands import edits
from timeline_app.commands.commit import commit_edit
from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
from timeline_app.ui.shared_editing import ConflictDialog

from .conftest import press_ok, rows, shown


@pytest.fixture
def two_windows(make_window, demo_project):
    first, second = make_window(), make_window()
    assert first.open_project_file(demo_project.path) and second.open_project_file(demo_project.path)
    return first, second


def proposition(window) -> str:
    return rows(window.project, "SELECT proposition FROM claim WHERE id = ?", KYIV_CLAIM)[0][0]


def shown_text(window) -> str:
    """What the window's details pane shows now."""
    return "\n".join(label.text() for label in window.workspace.details.findChildren(QLabel))


def rename(window, text: str) -> None:
    with window.project.session() as session:
        edit = edits.update_fields(session, kind="claim", record_id=KYIV_CLAIM, values={"proposition": text})
    commit_edit(window.project, edit)


def test_what_one_window_saves_appears_in_the_other(two_windows, qtbot):
    first, second = two_windows
    second.workspace.selection.select([KYIV_CLAIM])
    rename(first, "Direct talks are possible, Kyiv says")
    qtbot.waitUntil(lambda: "Direct talks are possible, Kyiv says" in shown_text(second), timeout=3000)
    data = second.workspace.view.data()
    key = next(k for k in range(len(data)) if data.text(k).record_id == KYIV_CLAIM)
    assert data.text(key).title == "Direct talks are possible, Kyiv says"  # the timeline re-read it


@pytest.mark.parametrize("choice, kept", [("Keep Theirs", "theirs"), ("Save Mine", "mine")])
def test_a_save_over_a_colleagues_change_asks_which_to_keep(two_windows, qtbot, choice, kept):
    first, second = two_windows
    second.workspace.selection.select([KYIV_CLAIM])
    qtbot.keyClick(second, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = shown(second, ClaimDialog)  # loaded before the colleague saves
    rename(first, "theirs")
    dialog.proposition.selectAll()
    qtbot.keyClicks(dialog.proposition, "mine")

    def answer():
        conflicts = [d for d in second.findChildren(ConflictDialog) if d.isVisible()]
        if not conflicts:
            QTimer.singleShot(20, answer)
            return
        table = conflicts[0].table
        cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        assert ["proposition", "mine", "theirs"] in cells
        button = next(b for b in conflicts[0].findChildren(QPushButton) if b.text() == choice)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    press_ok(qtbot, dialog)  # returns once the user answered the question about both versions
    assert proposition(first) == kept and not dialog.isVisible()
    qtbot.waitUntil(lambda: kept in shown_text(second), timeout=3000)
    if kept == "mine":  # saved over theirs as one undo step: undoing it brings theirs back
        second.editing.undo_action.trigger()
        assert proposition(first) == "theirs"
