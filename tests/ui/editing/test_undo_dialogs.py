"""Undo as a user relies on it: many edits made through the dialogs, all undone, leave the project
file exactly as it was; all redone, exactly as they had made it."""

from PySide6.QtGui import QGuiApplication

from tests.commands import dump
from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from tests.ui.editing.conftest import press_ok, rows, shown
from timeline_app.ui.dialogs.actor_dialog import ActorDialog
from timeline_app.ui.dialogs.chooser import Chooser
from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
from timeline_app.ui.dialogs.confirm_delete import ConfirmDelete
from timeline_app.ui.dialogs.event_dialog import EventDialog
from timeline_app.ui.dialogs.relation_dialog import RelationDialog
from timeline_app.ui.dialogs.source_dialog import SourceDialog
from timeline_app.ui.dialogs.status_dialog import StatusDialog

pytestmark = OFFSCREEN_POPUPS
WIRE = "Kiew 😀 sagt 𝄞 ja, sagt Moskau nein."


def select_in_reader(reader, words: str) -> None:
    reader.text.setTextCursor(reader.text.document().find(words))


def add_source(window, qtbot) -> None:
    window.editing.new_source_action.trigger()
    dialog = shown(window, SourceDialog)
    qtbot.keyClicks(dialog.title, "Wire")
    qtbot.keyClicks(dialog.published.line, "21.12.2025")
    QGuiApplication.clipboard().setText(WIRE)
    dialog.text.paste()
    press_ok(qtbot, dialog)


def claim_from_passage(window, qtbot) -> None:
    select_in_reader(window.editing.reader, "sagt 𝄞 ja")
    window.editing.reader.new_claim_action.trigger()
    dialog = shown(window, ClaimDialog)
    qtbot.keyClicks(dialog.proposition, "Kyiv agrees")
    qtbot.keyClicks(dialog.claimant, "Kyiv")
    qtbot.keyClicks(dialog.said.line, "gestern")
    qtbot.keyClicks(dialog.tags, "Fresh, Denials")
    press_ok(qtbot, dialog)


def event_from_passage(window, qtbot) -> None:
    select_in_reader(window.editing.reader, "Moskau nein")
    window.editing.reader.event_action.trigger()
    dialog = shown(window, EventDialog)
    qtbot.keyClicks(dialog.title, "Moscow answers")
    qtbot.keyClicks(dialog.start.line, "vergangenen Sonntag und Montag")
    qtbot.keyClicks(dialog.participants.add(), "Witkoff")
    qtbot.keyClicks(dialog.participants.add(), "Kremlin")
    press_ok(qtbot, dialog)


def new_party(window, qtbot) -> None:
    window.editing.new_actor_action.trigger()
    dialog = shown(window, ActorDialog)
    qtbot.keyClicks(dialog.name, "Vatican")
    dialog.kind.setCurrentText("party")
    press_ok(qtbot, dialog)


def edit_claim(window, qtbot) -> None:
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.edit_action.trigger()
    dialog = shown(window, ClaimDialog)
    dialog.said.line.selectAll()
    qtbot.keyClicks(dialog.said.line, "Dezember 2025")
    qtbot.keyClicks(dialog.tags, ", Checked")
    dialog.status.setCurrentIndex(dialog.status.findText("Disputed"))
    press_ok(qtbot, dialog)


def set_status(window, qtbot) -> None:
    window.workspace.selection.select([KREMLIN_DENIAL])
    window.editing.status_action.trigger()
    dialog = shown(window, StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("Confirmed"))
    qtbot.keyClicks(dialog.reason, "Confirmed by the Kremlin's spokesman.")
    press_ok(qtbot, dialog)


def new_relation(window, qtbot) -> None:
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.relation_action.trigger()
    dialog = shown(window, RelationDialog)
    dialog.type.setCurrentText("contradicts")
    qtbot.keyClicks(dialog.target, "Kremlin denied")
    press_ok(qtbot, dialog)


def denial_without_passage(window, qtbot) -> None:
    window.workspace.selection.select([KREMLIN_DENIAL])
    window.editing.denial_action.trigger()
    press_ok(qtbot, shown(window, Chooser))
    dialog = shown(window, ClaimDialog)
    qtbot.keyClicks(dialog.proposition, "Kyiv insists there were direct talks")
    assert not dialog.ok_button.isEnabled() and "source" in dialog.problem.text()
    qtbot.keyClicks(dialog.source, "Wire")
    qtbot.keyClicks(dialog.said.line, "heute")
    assert dialog.said.feedback.text() == "heute → 21 Dec 2025, day precision"
    press_ok(qtbot, dialog)


def attach_passage(window, qtbot) -> None:
    select_in_reader(window.editing.reader, "Kiew")
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.reader.attach_action.trigger()
    chooser = shown(window, Chooser)
    assert chooser.chosen().id == KYIV_CLAIM
    press_ok(qtbot, chooser)


def edit_party_and_source(window, qtbot) -> None:
    window.editing.editor.edit(seed_id("actor", "kremlin"))
    dialog = shown(window, ActorDialog)
    qtbot.keyClicks(dialog.role_title, "Russian presidential administration")
    press_ok(qtbot, dialog)
    window.editing.editor.edit(seed_id("source", "report-miami-2025-12-21"))
    dialog = shown(window, SourceDialog)
    assert dialog.text.isReadOnly()
    qtbot.keyClicks(dialog.outlet, "unknown broadcaster")
    press_ok(qtbot, dialog)


def delete_event(window, qtbot) -> None:
    window.workspace.selection.select([seed_id("event", "miami-talks")])
    window.editing.delete_action.trigger()
    press_ok(qtbot, shown(window, ConfirmDelete))


STEPS = [add_source, claim_from_passage, event_from_passage, new_party, edit_claim, set_status, new_relation,
         denial_without_passage, attach_passage, edit_party_and_source, delete_event]


def test_edits_made_through_the_dialogs_all_undo_to_the_original_file_and_all_redo(demo_window, qtbot):
    window = demo_window
    original = dump(window.project)
    for step in STEPS:
        count = window.editing.stack.undo_stack.count()
        step(window, qtbot)
        assert window.editing.stack.undo_stack.count() > count, step.__name__
    assert rows(window.project, "SELECT exact, start, \"end\" FROM annotation a JOIN claim c ON c.id = a.claim_id "
                                "WHERE c.proposition = 'Kyiv agrees'") == [("sagt 𝄞 ja", 7, 16)]
    assert rows(window.project, "SELECT start_edtf, end_edtf FROM event WHERE title = 'Moscow answers'") == \
        [("2025-12-14/2025-12-15", None)]  # "last Sunday and Monday" of a wire of Sunday 21 December
    made = dump(window.project)
    undo, redo = window.editing.undo_action, window.editing.redo_action
    while undo.isEnabled():
        undo.trigger()
    assert dump(window.project) == original
    while redo.isEnabled():
        redo.trigger()
    assert dump(window.project) == made
    assert window.save_state_label.text() == "All changes saved"
