"""Changing and deleting records through the menus, shortcuts and the detail pane, as a user does."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.commands import dump
from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from tests.ui.editing.conftest import SOURCE, key_of, none_shown, press_ok, rows, shown
from timeline_app.domain.timeline.items import IMPRECISE
from timeline_app.store.db import open_project
from timeline_app.ui import main_window as main_window_module
from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
from timeline_app.ui.dialogs.confirm_delete import ConfirmDelete
from timeline_app.ui.dialogs.event_dialog import EventDialog
from timeline_app.ui.dialogs.status_dialog import StatusDialog
from timeline_app.ui.editing import READ_ONLY
from timeline_app.ui.links import LinkLabel

pytestmark = OFFSCREEN_POPUPS
BERLIN = seed_id("event", "berlin-talks")


def retype(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClicks(line, text)


def glyph_of(view, key: int):
    return next(g for g in view.current_layout().glyphs if g.keys == [key])


def test_a_month_typed_as_the_date_said_makes_the_marker_a_span_of_that_month(demo_window, qtbot):
    window, view = demo_window, demo_window.workspace.view
    window.workspace.selection.select([KYIV_CLAIM])
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = shown(window, ClaimDialog)
    assert dialog.windowTitle() == "Edit Claim" and dialog.said.line.text() == "../2025-12-21"
    retype(qtbot, dialog.said.line, "Dezember 2025")
    assert dialog.said.feedback.text() == "Dezember 2025 → 1–31 Dec 2025, month precision"
    retype(qtbot, dialog.said.line, "Dezember 20255")
    assert not dialog.ok_button.isEnabled() and "Cannot read 'Dezember 20255' as a date" in dialog.said.feedback.text()
    qtbot.keyClick(dialog.said.line, Qt.Key.Key_Backspace)
    press_ok(qtbot, dialog)
    key = key_of(view, KYIV_CLAIM)
    assert view.data().flags[key] & IMPRECISE
    glyph = glyph_of(view, key)
    assert glyph.x1 - glyph.x0 > 10 * view.current_layout().config.marker  # a month's whisker, not a point
    assert rows(window.project, "SELECT said_edtf, said_wording FROM claim WHERE id = ?", KYIV_CLAIM) == \
        [("2025-12", "Dezember 2025")]
    assert window.editing.undo_action.text().startswith("Undo Edit claim “There could also be direct")


def test_an_event_dated_to_a_month_is_drawn_as_a_span(demo_window, qtbot):
    window, view = demo_window, demo_window.workspace.view
    window.workspace.selection.select([BERLIN])
    window.workspace.details.widget().findChild(QPushButton, "edit_record").click()
    dialog = shown(window, EventDialog)
    retype(qtbot, dialog.start.line, "Dezember 2025")
    dialog.end.line.clear()
    press_ok(qtbot, dialog)
    glyph = glyph_of(view, key_of(view, BERLIN))
    assert glyph.span and glyph.x1 - glyph.x0 > 100


def test_setting_a_status_with_a_reason_records_it_in_the_history(demo_window, qtbot):
    window = demo_window
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.status_action.trigger()
    dialog = shown(window, StatusDialog)
    assert not dialog.ok_button.isEnabled()  # still "denied"
    dialog.status.setCurrentIndex(dialog.status.findText("Refuted"))
    qtbot.keyClicks(dialog.reason, "Both delegations met separately, per the Foreign Ministry.")
    retype(qtbot, dialog.by, "Desk A")
    press_ok(qtbot, dialog)
    assert rows(window.project, "SELECT by, from_status, to_status, reason FROM status_change WHERE claim_id = ? "
                                "ORDER BY at DESC LIMIT 1", KYIV_CLAIM) == \
        [("Desk A", "denied", "refuted", "Both delegations met separately, per the Foreign Ministry.")]
    texts = [label.text() for label in window.workspace.details.widget().findChildren(QLabel)]
    assert any(text.endswith("Desk A: Denied → Refuted") for text in texts)
    assert window.editing.undo_action.text() == "Undo Set status to refuted"


def test_deleting_a_claim_others_depend_on_lists_them_and_cancel_keeps_everything(demo_window, qtbot):
    window = demo_window
    before = dump(window.project)
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.delete_action.trigger()
    dialog = shown(window, ConfirmDelete)
    lines = [dialog.consequences.item(row).text() for row in range(dialog.consequences.count())]
    assert any(line.startswith("Its relation “denies” with “the Kremlin") for line in lines)
    assert "Its status history (1 entry) is deleted" in lines
    dialog.reject()
    assert dump(window.project) == before and key_of(window.workspace.view, KYIV_CLAIM) is not None
    window.editing.delete_action.trigger()
    press_ok(qtbot, shown(window, ConfirmDelete))
    assert rows(window.project, "SELECT count(*) FROM claim_relation WHERE to_claim_id = ?", KYIV_CLAIM) == [(0,)]
    assert key_of(window.workspace.view, KYIV_CLAIM) is None and window.workspace.selection.ids() == ()
    window.editing.undo_action.trigger()
    assert dump(window.project) == before


def test_a_claimant_cannot_be_deleted_and_the_dialog_says_why(demo_window):
    window = demo_window
    window.editing.editor.delete(seed_id("actor", "kremlin"))
    dialog = shown(window, ConfirmDelete)
    assert dialog.ok_button is None and dialog.heading.text().startswith("This party or person cannot be deleted")
    assert "1 claim still refer" in dialog.explanation.text()


def test_a_read_only_project_refuses_edits_with_a_message_and_changes_nothing(window, demo_project, monkeypatch):
    monkeypatch.setattr(main_window_module, "open_project", lambda path: open_project(path, read_only=True))
    window.open_project_file(demo_project.path)
    before = dump(window.project)
    window.workspace.selection.select([KYIV_CLAIM])
    for action in (window.editing.new_claim_action, window.editing.status_action, window.editing.delete_action,
                   window.editing.edit_action):
        action.trigger()
        assert window.statusBar().currentMessage() == READ_ONLY
        assert none_shown(window, ClaimDialog) and none_shown(window, StatusDialog)
    assert dump(window.project) == before and window.save_state_label.text() == "Read-only"


def test_next_and_previous_claim_step_through_claims_in_date_order(demo_window, qtbot):
    window = demo_window
    window.workspace.selection.select([KYIV_CLAIM])
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.selection.ids() == (KREMLIN_DENIAL,)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.selection.ids() == (KYIV_CLAIM,)


@pytest.mark.parametrize("keys", ["Ctrl+Shift+N", "Ctrl+Shift+M"])
def test_new_claim_and_new_event_have_their_own_keys(demo_window, qtbot, keys):
    window = demo_window
    key = Qt.Key.Key_N if keys.endswith("N") else Qt.Key.Key_M
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = shown(window, ClaimDialog if key == Qt.Key.Key_N else EventDialog)
    dialog.reject()


def test_the_details_of_a_source_open_its_text_in_the_reader(demo_window):
    window = demo_window
    window.workspace.selection.select([SOURCE])
    link = next(link for link in window.workspace.details.widget().findChildren(LinkLabel)
                if link.text() == "Read the text")
    link.clicked.emit()
    assert window.editing.reader.source_id() == SOURCE and window.editing.reader_dock.isVisible()
