"""The edit stack: commits at once, announces changes, and survives failing steps."""

import pytest
from PySide6.QtWidgets import QUndoView

from timeline_app.commands import edits
from timeline_app.commands.stack import EditStack
from timeline_app.store.db import open_project

from . import dump


@pytest.fixture
def stack(demo_project, qtbot):
    return EditStack(demo_project)


def build(project, factory, **arguments) -> edits.Edit:
    with project.session() as session:
        return factory(session, **arguments)


def claim_ids(project) -> set[str]:
    with project.engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql("SELECT id FROM claim")}


def new_claim(project, proposition="Talks will go on.") -> edits.Edit:
    return build(project, edits.new_claim, proposition=proposition)


def test_push_undo_redo_announce_the_new_claim(stack, demo_project, qtbot):
    edit = new_claim(demo_project)
    claim_id = edit.ops[0].rows[0]["id"]
    with qtbot.wait_signal(stack.changed) as pushed:
        assert stack.push(edit)
    assert pushed.args[0].claims == {claim_id} and pushed.args[0].structure
    assert claim_id in claim_ids(demo_project)
    with qtbot.wait_signal(stack.changed) as undone:
        stack.undo_stack.undo()
    assert undone.args[0].claims == {claim_id} and claim_id not in claim_ids(demo_project)
    with qtbot.wait_signal(stack.changed) as redone:
        stack.undo_stack.redo()
    assert redone.args[0].claims == {claim_id} and claim_id in claim_ids(demo_project)


def test_edit_menu_names_the_edit(stack, demo_project, qtbot):
    undo_action = stack.undo_stack.createUndoAction(stack)
    redo_action = stack.undo_stack.createRedoAction(stack)
    stack.push(new_claim(demo_project))
    assert undo_action.text() == "Undo New claim" and undo_action.isEnabled()
    undo_action.trigger()
    assert redo_action.text() == "Redo New claim" and not undo_action.isEnabled()


def test_undo_view_lists_the_edits(stack, demo_project, qtbot):
    view = QUndoView(stack.undo_stack)
    qtbot.addWidget(view)
    stack.push(new_claim(demo_project))
    stack.push(build(demo_project, edits.new_actor, name="Rustem Umerov"))
    assert view.model().rowCount() == 3  # "<empty>" and the two edits
    assert view.model().index(2, 0).data() == "New person"


def test_a_jump_back_announces_once(stack, demo_project, qtbot):
    before = dump(demo_project)
    pushed = [new_claim(demo_project, f"claim {i}") for i in range(3)]
    for edit in pushed:
        stack.push(edit)
    with qtbot.wait_signal(stack.changed) as jumped:
        stack.undo_stack.setIndex(0)
    assert jumped.args[0].claims == {edit.ops[0].rows[0]["id"] for edit in pushed}
    assert dump(demo_project) == before


def test_read_only_project_fails_cleanly(demo_project, qtbot):
    path = demo_project.path
    demo_project.close()
    project = open_project(path, read_only=True)
    try:
        stack = EditStack(project)
        before = dump(project)
        with qtbot.wait_signal(stack.failed) as failed, qtbot.assert_not_emitted(stack.changed):
            assert not stack.push(new_claim(project))
        assert str(failed.args[0]) == "Could not save “New claim”: the project is open read-only"
        assert stack.undo_stack.count() == 0 and dump(project) == before
    finally:
        project.close()


def test_failed_undo_keeps_the_index(stack, demo_project, qtbot):
    edit = new_claim(demo_project)
    stack.push(edit)
    _delete_claim_elsewhere(demo_project, edit.ops[0].rows[0]["id"])
    with qtbot.wait_signal(stack.failed) as failed, qtbot.assert_not_emitted(stack.changed):
        stack.undo_stack.undo()
    assert str(failed.args[0]).startswith("Could not undo “New claim”: the project file was changed elsewhere")
    assert stack.undo_stack.index() == 1 and stack.undo_stack.canUndo()


def test_failed_step_stops_a_jump_where_the_file_is(stack, demo_project, qtbot):
    pushed = [new_claim(demo_project, f"claim {i}") for i in range(3)]
    for edit in pushed:
        stack.push(edit)
    first, second, third = (edit.ops[0].rows[0]["id"] for edit in pushed)
    _delete_claim_elsewhere(demo_project, second)
    with qtbot.wait_signal(stack.failed), qtbot.wait_signal(stack.changed) as jumped:
        stack.undo_stack.setIndex(0)
    assert stack.undo_stack.index() == 2
    assert jumped.args[0].claims == {third}
    assert first in claim_ids(demo_project) and third not in claim_ids(demo_project)
    stack.undo_stack.redo()  # the file and the stack still agree: redo works
    assert third in claim_ids(demo_project) and stack.undo_stack.index() == 3


def test_empty_edit_is_not_pushed(stack, demo_project, qtbot):
    with demo_project.engine.connect() as connection:
        event_id, title = connection.exec_driver_sql("SELECT id, title FROM event").first()
    with qtbot.assert_not_emitted(stack.changed):
        edit = build(demo_project, edits.update_fields, kind="event", record_id=event_id, values={"title": title})
        assert stack.push(edit)
    assert stack.undo_stack.count() == 0


def _delete_claim_elsewhere(project, claim_id: str) -> None:
    """Another program changes the file behind the stack's back."""
    with project.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM claim WHERE id = ?", (claim_id,))
