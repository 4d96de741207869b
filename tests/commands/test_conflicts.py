"""Two windows on one file save the same record: the second gets a conflict, nothing is lost."""

import pytest
from sqlalchemy import text

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM
from timeline_app.commands import conflicts, edits
from timeline_app.commands.commit import commit_edit
from timeline_app.commands.edits import EditError
from timeline_app.commands.stack import EditStack
from timeline_app.store.db import open_project
from timeline_app.store.rows import ConflictError

from . import dump


@pytest.fixture
def two_windows(demo_project):
    """Two openings of one file, as two windows (or two programs) have it."""
    demo_project.close()
    first, second = open_project(demo_project.path), open_project(demo_project.path)
    yield first, second
    first.close()
    second.close()


def build(project, factory, **arguments) -> edits.Edit:
    with project.session() as session:
        return factory(session, **arguments)


def fields(project, record_id=KYIV_CLAIM, **values) -> edits.Edit:
    return build(project, edits.update_fields, kind="claim", record_id=record_id, values=values)


def stored(project, column: str, record_id=KYIV_CLAIM):
    with project.engine.connect() as connection:
        return connection.execute(text(f"SELECT {column} FROM claim WHERE id = :id"), {"id": record_id}).scalar()


def test_every_edit_raises_the_version_and_undo_puts_it_back(two_windows):
    first, _ = two_windows
    before = dump(first)
    edit = fields(first, proposition="Direct talks are possible", notes="checked")
    assert edit.ops[0].version == 1
    commit_edit(first, edit)
    assert stored(first, "version") == 2
    commit_edit(first, edit, forward=False)
    assert dump(first) == before


def test_a_stale_edit_is_refused_with_both_versions(two_windows):
    first, second = two_windows
    credibility = stored(first, "credibility")
    theirs, mine = fields(first, proposition="First window"), fields(second, proposition="Second window",
                                                                      credibility=2)
    commit_edit(first, theirs)
    with pytest.raises(ConflictError) as refused:
        commit_edit(second, mine)
    conflict = refused.value
    assert (conflict.expected, conflict.current, conflict.edit) == (1, 2, mine) and not conflict.deleted
    assert conflict.theirs["proposition"] == "First window" and conflict.mine["proposition"] == "Second window"
    shown = {f.column: (f.mine, f.theirs) for f in conflicts.differences(conflict)}
    assert shown == {"proposition": ("Second window", "First window"), "credibility": (2, credibility)}
    assert stored(first, "proposition") == "First window" and stored(first, "credibility") == credibility


def test_keep_mine_writes_over_theirs_and_take_theirs_writes_nothing(two_windows):
    first, second = two_windows
    mine = fields(second, proposition="Second window")
    commit_edit(first, fields(first, proposition="First window"))
    with pytest.raises(ConflictError) as refused:
        commit_edit(second, mine)
    changes = conflicts.conflict_changes(refused.value)
    assert changes.claims == {KYIV_CLAIM} and not changes.structure
    commit_edit(second, conflicts.keep_mine(second, refused.value))
    assert (stored(first, "proposition"), stored(first, "version")) == ("Second window", 3)


def test_a_record_deleted_meanwhile_cannot_be_kept(two_windows):
    first, second = two_windows
    mine = fields(second, KREMLIN_DENIAL, proposition="Edited")
    commit_edit(first, build(first, edits.delete_record, kind="claim", record_id=KREMLIN_DENIAL))
    with pytest.raises(ConflictError) as refused:
        commit_edit(second, mine)
    assert refused.value.deleted and "deleted by someone else" in str(refused.value)
    with pytest.raises(EditError, match="deleted meanwhile"):
        conflicts.keep_mine(second, refused.value)


def test_status_changes_and_deletions_check_versions_too(two_windows):
    first, second = two_windows
    before = stored(first, "status")
    status = build(second, edits.set_status, claim_id=KYIV_CLAIM, status="refuted")
    deletion = build(second, edits.delete_record, kind="claim", record_id=KYIV_CLAIM)
    commit_edit(first, fields(first, notes="checked"))
    for stale in (status, deletion):
        with pytest.raises(ConflictError):
            commit_edit(second, stale)
    assert stored(first, "status") == before and stored(first, "notes") == "checked"


def test_the_stack_reports_a_conflict_and_keeps_its_index(two_windows, qtbot):
    first, second = two_windows
    stack = EditStack(second)
    mine = fields(second, proposition="Second window")
    commit_edit(first, fields(first, proposition="First window"))
    with qtbot.wait_signal(stack.conflicted) as reported:
        assert not stack.push(mine)
    assert stack.undo_stack.count() == 0 and isinstance(reported.args[0], ConflictError)
    assert stack.keep_mine(reported.args[0]) and stack.undo_stack.count() == 1
    stack.undo_stack.undo()
    assert stored(first, "proposition") == "First window"


def test_an_edit_made_on_the_version_a_dialog_loaded_is_refused_once_that_is_stale(two_windows):
    first, second = two_windows
    seen = stored(second, "version")  # what a dialog in the second window loaded
    commit_edit(first, fields(first, proposition="First window"))
    for stale in (build(second, edits.update_fields, kind="claim", record_id=KYIV_CLAIM,
                        values={"proposition": "Second window"}, version=seen),
                  build(second, edits.set_status, claim_id=KYIV_CLAIM, status="confirmed", version=seen),
                  build(second, edits.delete_record, kind="claim", record_id=KYIV_CLAIM, version=seen)):
        with pytest.raises(ConflictError) as refused:
            commit_edit(second, stale)
        assert (refused.value.expected, refused.value.current) == (seen, seen + 1)
    assert stored(first, "proposition") == "First window"
