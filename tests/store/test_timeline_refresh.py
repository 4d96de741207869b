"""Refreshing the timeline after an edit: only the records touched are read, and the result is what
a fresh load would show, after every kind of edit, its undo and its redo."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.commands.test_undo_property import SETTINGS, demo_file, sandboxes  # noqa: F401 (fixtures)
from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.commands import edits
from timeline_app.commands.stack import EditStack
from timeline_app.domain.dates import DateValue
from timeline_app.domain.timeline.items import IMPRECISE, REMOVED, Grouping, LaneIndex
from timeline_app.store import timeline_query
from timeline_app.store.timeline_query import load_timeline
from timeline_app.store.timeline_refresh import timeline_patch

GROUPINGS = (Grouping.PARTY, Grouping.TAG)
SOURCE = seed_id("source", "report-miami-2025-12-21")
WITKOFF, KREMLIN, KYIV = (seed_id("actor", name) for name in ("steve-witkoff", "kremlin", "kyiv"))
BERLIN = seed_id("event", "berlin-talks")


def seen(data, index) -> dict:
    """What the layout sees of a timeline, by record id (keys differ between a patched and a loaded one)."""
    live = [k for k in range(len(data)) if not data.flags[k] & REMOVED]
    data.texts(live)
    rid = {k: data.text(k).record_id for k in live}
    number = (lambda x: None if math.isnan(x) else x)
    items = {rid[k]: (data.kind[k], number(data.start[k]), number(data.end[k]), data.flags[k], data.status[k],
                      data.party[k], data.parties[k], tuple(sorted(data.tags[k])), index.lane_of[k],
                      rid.get(data.text(k).about)) for k in live}
    lanes = []
    for lane in index.lanes:
        items_of = index.items[lane.key]
        assert list(items_of.short_starts) == sorted(items_of.short_starts)
        assert list(items_of.short_starts) == [data.start[k] for k in items_of.short_keys]
        assert list(items_of.bounded_starts) == [data.start[k] for k in items_of.bounded_keys]
        assert sorted(items_of.long_keys) == sorted([*items_of.bounded_keys, *items_of.very_long_keys])
        members = [*items_of.short_keys, *items_of.long_keys]
        assert items_of.count == len(members)
        lanes.append((lane, sorted((data.start[k], rid[k]) for k in members)))
    return {"items": items, "lanes": lanes, "parties": data.parties_info, "tags": data.tag_names,
            "relations": sorted((rid[r.source], rid[r.target], r.type) for r in data.relations),
            "undated": sorted(rid[k] for k in data.undated_keys()), "bounds": data.bounds()}


class Refreshed:
    """A timeline kept up to date through patches while an edit stack changes the project."""

    def __init__(self, project):
        self.project, self.stack = project, EditStack(project)
        self.data = load_timeline(project)
        self.indexes = {g: LaneIndex.build(self.data, g) for g in GROUPINGS}
        self.stack.changed.connect(self.refresh)
        self.failures, self.refreshing = [], False
        self.stack.failed.connect(self.failures.append)

    def refresh(self, changes) -> None:
        self.refreshing = True
        patch = timeline_patch(self.project, self.data, changes)
        self.refreshing = False
        keys = self.data.apply(patch)
        self.indexes = {g: index.update(self.data, keys, tags_renamed=patch.tag_names is not None)
                        for g, index in self.indexes.items()}

    def push(self, factory, **arguments) -> None:
        with self.project.session() as session:
            assert self.stack.push(factory(session, **arguments)), self.failures

    def check(self) -> None:
        fresh = load_timeline(self.project)
        for grouping, index in self.indexes.items():
            assert seen(self.data, index) == seen(fresh, LaneIndex.build(fresh, grouping)), grouping


@pytest.fixture
def refreshed(demo_project, qtbot, monkeypatch):
    timeline = Refreshed(demo_project)
    read_columns = timeline_query._columns

    def columns(*args):
        assert not timeline.refreshing, "a refresh must not read whole tables"
        return read_columns(*args)

    monkeypatch.setattr(timeline_query, "_columns", columns)
    return timeline


def said(text: str) -> DateValue:
    return DateValue.from_edtf(text)


EDITS = {
    "new claim with a passage and a new tag": (edits.new_claim, dict(
        proposition="Talks go on", claimant_id=WITKOFF, said=said("2025-12-22"), tag_names=["Fresh", "statements"],
        annotation=(SOURCE, 10, 30))),
    "new joint event": (edits.new_event, dict(
        title="Summit", start=said("2026-01"), participants=[(WITKOFF, "participant"), (KREMLIN, "host")],
        tag_names=["negotiations"])),
    "new denial": (edits.new_denial, dict(denied_claim_id=KYIV_CLAIM, claimant_id=KREMLIN, proposition="No",
                                          source_id=SOURCE, said=said("2025-12-21"), annotation=(40, 60))),
    "new relation": (edits.new_relation, dict(from_claim_id=KYIV_CLAIM, to_claim_id=KREMLIN_DENIAL,
                                              type="contradicts")),
    "claim said in a month": (edits.update_fields, dict(kind="claim", record_id=KYIV_CLAIM,
                                                        values={"said": said("2025-12")})),
    "claim made undated": (edits.update_fields, dict(kind="claim", record_id=KYIV_CLAIM, values={"said": None})),
    "claim given another claimant": (edits.update_fields, dict(kind="claim", record_id=KYIV_CLAIM,
                                                               values={"claimant_id": WITKOFF})),
    "event moved": (edits.update_fields, dict(kind="event", record_id=BERLIN,
                                              values={"start": said("2025-10"), "end": said("2025-11-02")})),
    "speaker moved to another party": (edits.update_fields, dict(kind="actor", record_id=KYIV,
                                                                 values={"parent_id": seed_id("actor", "russia")})),
    "new party": (edits.new_actor, dict(name="Vatican", kind="party", colour="#ffcc00", position=9)),
    "party recoloured": (edits.update_fields, dict(kind="actor", record_id=seed_id("actor", "russia"),
                                                   values={"colour": "#00ff00", "name": "Russian Federation"})),
    "status set": (edits.set_status, dict(claim_id=KYIV_CLAIM, status="refuted", reason="checked")),
    "tags set": (edits.set_tags, dict(kind="claim", record_id=KYIV_CLAIM, names=["Zeta", "denials"])),
    "tag renamed": (edits.update_fields, dict(kind="tag", record_id=seed_id("tag", "denials"),
                                              values={"name": "Aardvark"})),
    "claim deleted with its relations": (edits.delete_record, dict(kind="claim", record_id=KREMLIN_DENIAL)),
    "event deleted, its claims detached": (edits.delete_record, dict(
        kind="event", record_id=seed_id("event", "miami-us-europe-ukraine"))),
    "relation deleted": (edits.delete_record, dict(kind="relation",
                                                   record_id=seed_id("relation", "kremlin-denies-kyiv"))),
    "passage attached": (edits.attach_annotation, dict(event_id=BERLIN, source_id=SOURCE, start=5, end=9)),
    "new source": (edits.new_source, dict(title="Wire", text="Kiew 😀 sagt 𝄞 ja")),
}


@pytest.mark.parametrize("name", EDITS)
def test_after_each_kind_of_edit_its_undo_and_redo_the_patched_timeline_equals_a_fresh_load(refreshed, name):
    factory, arguments = EDITS[name]
    refreshed.push(factory, **arguments)
    refreshed.check()
    for step in ("undo", "redo", "undo", "redo"):
        getattr(refreshed.stack.undo_stack, step)()
        refreshed.check()


def test_a_month_makes_the_claim_imprecise_and_a_deleted_claim_leaves_no_trace(refreshed):
    refreshed.push(edits.update_fields, kind="claim", record_id=KYIV_CLAIM, values={"said": said("2025-12")})
    (key,) = [k for k in range(len(refreshed.data)) if refreshed.data.text(k).record_id == KYIV_CLAIM]
    assert refreshed.data.flags[key] & IMPRECISE
    refreshed.push(edits.delete_record, kind="claim", record_id=KYIV_CLAIM)
    assert refreshed.data.flags[key] == REMOVED and key not in refreshed.data.undated_keys()
    assert not [r for r in refreshed.data.relations if key in (r.source, r.target)]
    refreshed.stack.undo_stack.undo()  # back under a new row id, so under a new key
    assert refreshed.data.known_key(KYIV_CLAIM) == len(refreshed.data) - 1
    refreshed.check()


def test_a_record_the_timeline_never_showed_is_still_found_when_deleted(refreshed):
    refreshed.data._known.clear()  # as in a large project, where most items were never in view
    refreshed.push(edits.delete_record, kind="claim", record_id=KREMLIN_DENIAL)
    refreshed.check()


@SETTINGS
@given(data=st.data())
def test_random_edits_undos_and_redos_keep_the_timeline_as_a_fresh_load_shows_it(sandboxes, data):  # noqa: F811
    sandbox = sandboxes()
    timeline = Refreshed(sandbox.project)
    sandbox.stack = timeline.stack
    for _ in range(data.draw(st.integers(5, 20))):
        move = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
        if move == "edit":
            sandbox.edit(data)
        else:
            getattr(timeline.stack.undo_stack, move)()
    assert not timeline.failures
    timeline.check()
