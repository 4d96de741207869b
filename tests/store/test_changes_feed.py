"""The change feed on a file: a second window on the same file learns what the first committed."""

import sqlite3

from sqlalchemy import text

from tests.commands.test_conflicts import two_windows  # noqa: F401 (a fixture)
from tests.demo_ids import KYIV_CLAIM
from timeline_app.commands import edits
from timeline_app.commands.changes import Changes, from_feed, poll_changes
from timeline_app.commands.commit import commit_edit
from timeline_app.store import changes_feed
from timeline_app.store.changes_feed import ChangeFeed, FeedBatch


def proposition(project, words: str) -> edits.Edit:
    with project.session() as session:
        return edits.update_fields(session, kind="claim", record_id=KYIV_CLAIM, values={"proposition": words})


def test_an_edit_in_one_window_reaches_the_other(two_windows):
    first, second = two_windows
    with ChangeFeed(second) as feed:
        assert feed.fileno() is None and not feed.poll()
        commit_edit(first, proposition(first, "Direct talks are possible"))
        changes = from_feed(feed.wait(2))
        assert changes == Changes(claims=frozenset({KYIV_CLAIM}))
        assert not feed.poll()


def test_a_window_does_not_hear_its_own_edits(two_windows):
    first, _second = two_windows
    with ChangeFeed(first) as feed:
        commit_edit(first, proposition(first, "Direct talks are possible"))
        assert not feed.wait(0.1)


def test_a_commit_that_logs_nothing_asks_for_a_reload(two_windows):
    first, second = two_windows
    with ChangeFeed(second) as feed:
        with sqlite3.connect(first.path) as other_program:
            other_program.execute("UPDATE claim SET notes = 'by hand'")
        assert poll_changes(feed) == Changes(everything=True)


def test_an_undo_is_announced_like_the_edit(two_windows):
    first, second = two_windows
    edit = proposition(first, "Direct talks are possible")
    commit_edit(first, edit)
    with ChangeFeed(second) as feed:
        commit_edit(first, edit, forward=False)
        assert from_feed(feed.wait(2)).claims == {KYIV_CLAIM}


def test_the_log_keeps_its_newest_entries(two_windows, monkeypatch):
    first, second = two_windows
    monkeypatch.setattr(changes_feed, "KEEP", 3)
    feed = ChangeFeed(second)
    for n in range(6):
        commit_edit(first, proposition(first, f"Version {n}"))
    with first.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM change_log")).scalar() == 3
    assert feed.poll().unknown  # it fell behind the pruned entries
    feed.close()


def test_changes_travel_through_the_log_unchanged():
    changes = Changes(claims=frozenset({"a", "b"}), tags=frozenset({"t"}), structure=True, tag_list=True)
    assert Changes.from_payload(changes.payload()) == changes
    assert changes.payload() == {"claims": ["a", "b"], "tags": ["t"], "structure": True, "tag_list": True}
    assert Changes.from_payload({"claims": ["a"], "widgets": ["w"]}) == Changes(everything=True)  # a newer version
    assert from_feed(FeedBatch(({"claims": ["a"]}, {"events": ["e"]}))) == Changes(claims=frozenset({"a"}),
                                                                                   events=frozenset({"e"}))


def test_a_project_the_feed_cannot_follow_gives_a_feed_that_stays_silent(tmp_path):
    from timeline_app.store.db import create_project, open_project

    path = tmp_path / "old.tlproj"
    create_project(path, revision="0003").close()
    project = open_project(path, read_only=True, allow_older=True)
    with ChangeFeed(project) as feed:
        assert not feed.poll() and not feed.wait(0.01) and feed.fileno() is None
    project.close()
