"""Two people on one shared project: conflicts instead of lost edits, and each sees the other's."""

import time

import pytest
from sqlalchemy import text

from timeline_app.commands import conflicts, edits
from timeline_app.commands.changes import Changes, from_feed, poll_changes
from timeline_app.commands.commit import commit_edit
from timeline_app.commands.stack import EditStack
from timeline_app.store.changes_feed import ChangeFeed
from timeline_app.store.db import open_project
from timeline_app.store.rows import ConflictError
from tests.demo_ids import KYIV_CLAIM


@pytest.fixture
def alice_and_bob(shared_demo):
    """Two openings of the shared demo, as two people's windows on two machines would have."""
    alice, bob = open_project(shared_demo), open_project(shared_demo)
    yield alice, bob
    alice.close()
    bob.close()


def claim_id() -> str:
    return KYIV_CLAIM


def edit_of(project, claim, **values) -> edits.Edit:
    with project.session() as session:
        return edits.update_fields(session, kind="claim", record_id=claim, values=values)


def stored(project, claim) -> tuple:
    with project.engine.connect() as connection:
        return tuple(connection.execute(text("SELECT proposition, version FROM claim WHERE id = :id"),
                                        {"id": claim}).one())


def test_the_second_of_two_edits_of_one_claim_gets_a_conflict_with_both_versions(alice_and_bob):
    alice, bob = alice_and_bob
    claim = claim_id()
    base, version = stored(alice, claim)
    alices, bobs = edit_of(alice, claim, proposition="Alice's reading"), edit_of(bob, claim, proposition="Bob's")
    commit_edit(alice, alices)
    with pytest.raises(ConflictError) as refused:
        commit_edit(bob, bobs)
    conflict = refused.value
    assert (conflict.table, conflict.record_id, conflict.expected, conflict.current) == ("claim", claim, version,
                                                                                         version + 1)
    assert conflict.edit is bobs and "changed by someone else" in str(conflict)
    (field,) = conflicts.differences(conflict)
    assert (field.column, field.base, field.mine, field.theirs) == ("proposition", base, "Bob's", "Alice's reading")
    assert stored(bob, claim) == ("Alice's reading", version + 1)  # nothing overwritten


def test_keeping_mine_saves_over_theirs_and_undo_gives_theirs_back(alice_and_bob):
    alice, bob = alice_and_bob
    claim = claim_id()
    alices, bobs = edit_of(alice, claim, proposition="Alice's reading"), edit_of(bob, claim, proposition="Bob's")
    commit_edit(alice, alices)
    with pytest.raises(ConflictError) as refused:
        commit_edit(bob, bobs)
    again = conflicts.keep_mine(bob, refused.value)
    commit_edit(bob, again)
    assert stored(alice, claim)[0] == "Bob's"
    commit_edit(bob, again, forward=False)
    assert stored(alice, claim)[0] == "Alice's reading"


def test_deleting_a_claim_someone_just_changed_is_a_conflict_too(alice_and_bob):
    alice, bob = alice_and_bob
    claim = claim_id()
    with bob.session() as session:
        deletion = edits.delete_record(session, kind="claim", record_id=claim)
    commit_edit(alice, edit_of(alice, claim, notes="checked with the agency"))
    with pytest.raises(ConflictError) as refused:
        commit_edit(bob, deletion)
    assert refused.value.mine == {} and refused.value.theirs["notes"] == "checked with the agency"
    assert [f.column for f in conflicts.differences(refused.value)] == ["notes"]
    assert stored(alice, claim)[0]  # still there


def test_undo_over_a_newer_change_is_a_conflict_and_the_stack_stays_put(alice_and_bob, qtbot):
    alice, bob = alice_and_bob
    claim = claim_id()
    stack = EditStack(alice)
    received = []
    stack.conflicted.connect(received.append)
    assert stack.push(edit_of(alice, claim, proposition="Alice's reading"))
    commit_edit(bob, edit_of(bob, claim, proposition="Bob's correction"))
    stack.undo_stack.undo()
    assert stack.undo_stack.index() == 1 and stored(alice, claim)[0] == "Bob's correction"
    (conflict,) = received
    assert str(conflict.edit.text).startswith("Undo ") and conflict.theirs["proposition"] == "Bob's correction"
    with qtbot.wait_signal(stack.changed) as refreshed:
        stack.take_theirs(conflict)
    assert claim in refreshed.args[0].claims


def bob_pushes_over_alice(alice_and_bob, signal: str) -> tuple[EditStack, list]:
    """Bob's window pushes an edit made before Alice saved hers; what its ``signal`` carried."""
    alice, bob = alice_and_bob
    stack, received = EditStack(bob), []
    getattr(stack, signal).connect(received.append)
    bobs = edit_of(bob, claim_id(), proposition="Bob's")
    commit_edit(alice, edit_of(alice, claim_id(), proposition="Alice's reading"))
    assert not stack.push(bobs)
    return stack, received


def test_a_window_that_does_not_listen_for_conflicts_is_told_why_it_failed(alice_and_bob, qtbot):
    _stack, failures = bob_pushes_over_alice(alice_and_bob, "failed")
    assert failures and "changed by someone else meanwhile" in str(failures[0])


def test_keep_mine_through_the_stack_is_one_more_undo_step(alice_and_bob, qtbot):
    stack, received = bob_pushes_over_alice(alice_and_bob, "conflicted")
    assert stack.keep_mine(received[0])
    assert stored(alice_and_bob[0], claim_id())[0] == "Bob's" and stack.undo_stack.count() == 1


def test_an_edit_made_by_one_is_delivered_to_the_other_by_the_change_feed(alice_and_bob):
    alice, bob = alice_and_bob
    claim = claim_id()
    with ChangeFeed(bob) as feed:
        assert feed.fileno() is not None and not feed.poll()
        commit_edit(alice, edit_of(alice, claim, proposition="Alice's reading"))
        started = time.monotonic()
        batch = feed.wait(5)
        assert time.monotonic() - started < 2
        changes = from_feed(batch)
        assert changes.claims == {claim} and not changes.structure and not changes.everything
        assert not feed.poll()


def test_the_feed_leaves_out_ones_own_edits(alice_and_bob):
    alice, _bob = alice_and_bob
    with ChangeFeed(alice) as feed:
        commit_edit(alice, edit_of(alice, claim_id(), proposition="Alice's reading"))
        assert not feed.wait(0.5)


def test_a_write_that_logs_nothing_asks_for_a_reload(alice_and_bob):
    alice, bob = alice_and_bob
    with ChangeFeed(bob) as feed:
        with alice.engine.begin() as connection:  # another program, or an import
            connection.execute(text("UPDATE claim SET notes = 'by hand' WHERE id = :id"), {"id": claim_id()})
        changes = from_feed(feed.wait(5))
        assert changes.everything and changes == Changes(everything=True)


def test_new_records_by_others_arrive_with_their_structure(alice_and_bob):
    alice, bob = alice_and_bob
    with ChangeFeed(bob) as feed:
        with alice.session() as session:
            new = edits.new_claim(session, proposition="A new claim from Alice")
        commit_edit(alice, new)
        feed.wait(5)
    assert new.changes.claims and new.changes.structure


def test_poll_changes_is_empty_when_nothing_happened(alice_and_bob):
    _alice, bob = alice_and_bob
    with ChangeFeed(bob) as feed:
        assert poll_changes(feed) == Changes()
