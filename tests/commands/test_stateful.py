"""A hypothesis state machine drives the edit stack, checking the project's invariants after every step.

Rules create records (claims with passages, events, sources, actors), edit them, relate claims
(relations and denials), attach passages, delete records, and undo, redo or jump through the
history, all through ``EditStack.push`` and its QUndoStack as the window does; an edit a factory
refuses (EditError) is not made, as a dialog would not make it. After every step:

* no relation dangles: both of its claims exist;
* every passage is where it says: its ``exact`` quote is the source text at its offsets, or
  ``anchoring.anchor()`` reports it orphaned; its text hash is its source's;
* every stored date (each column group ``<prefix>_edtf/_earliest/_latest/_tz/_wording`` the
  schema has: an event's start and end, a claim's date said, a source's publication date) has
  earliest < latest (latest is exclusive), and an event does not end before it starts;
* ``PRAGMA foreign_key_check`` finds nothing, and no edit failed.

Each example runs on a fresh copy of the demo project.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from sqlmodel import SQLModel

from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.commands.stack import EditStack
from timeline_app.domain.anchoring import TextQuote, anchor, text_sha256
from timeline_app.domain.dates import DateValue
from timeline_app.io.demo import create_demo
from timeline_app.store.db import open_project
from timeline_app.store.models import ACTOR_KINDS, RELATION_TYPES

DATES = st.sampled_from([None, *map(DateValue.from_edtf, [
    "2025", "2025-12", "2025-12-14", "2025-12-21T19:00", "2025-12-14/2025-12-15", "../2025-12-21",
    "2025-12-14/..", "2025-11~", "2024-02-29", "2025-12-21T19"])])
LETTERS = st.sampled_from("ab äé Кз ع 🇺🇦😀𝐧\n<>&\"'\u202e")
TEXT = st.text(LETTERS, max_size=40)
NAME = st.text(LETTERS, min_size=1, max_size=12)
STATUSES = st.sampled_from(["unverified", "denied", "confirmed", "refuted"])
KINDS = ("claim", "event", "source", "actor", "relation", "annotation", "tag")
#: Each date column group of the schema, by its prefix: found from the ``*_edtf`` columns.
DATE_GROUPS = sorted((table.name, column.name[:-len("_edtf")]) for table in SQLModel.metadata.sorted_tables
                     for column in table.columns if column.name.endswith("_edtf"))


class EditStackMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="stateful-"))
        self.project = open_project(shutil.copy(self.template, self.folder / "copy.tlproj"))
        self.stack = EditStack(self.project)
        self.failures: list[str] = []
        self.stack.failed.connect(self.failures.append)
        self.pushed = 0

    def teardown(self):
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ helpers

    def query(self, sql: str, *params) -> list:
        with self.project.engine.connect() as connection:
            return connection.exec_driver_sql(sql, params).all()

    def ids(self, table: str) -> list[str]:
        return [row[0] for row in self.query(f"SELECT id FROM {table} ORDER BY rowid")]

    def pick(self, data, table: str, *, optional: bool = False):
        choices = self.ids(table) + ([None] if optional else [])
        return data.draw(st.sampled_from(choices)) if choices else None

    def passage(self, data) -> tuple[str, int, int] | None:
        source_id = self.pick(data, "source")
        if source_id is None:
            return None
        (length,) = self.query("SELECT length(text) FROM source WHERE id = ?", source_id)[0]
        start = data.draw(st.integers(0, length))
        return source_id, start, data.draw(st.integers(start, length))

    def make(self, factory, **arguments) -> None:
        """Build an edit as a dialog would and push it; a refused one is not made."""
        try:
            with self.project.session() as session:
                edit = factory(session, **arguments)
        except EditError:
            return
        assert self.stack.push(edit), self.failures
        self.pushed += not edit.empty

    # ------------------------------------------------------------ rules

    @initialize()
    def start(self):
        assert self.ids("claim") and self.ids("annotation")

    @rule(data=st.data())
    def create_claim(self, data):
        self.make(edits.new_claim, proposition=data.draw(NAME), claimant_id=self.pick(data, "actor", optional=True),
                  said=data.draw(DATES), event_id=self.pick(data, "event", optional=True), status=data.draw(STATUSES),
                  quote=data.draw(st.none() | TEXT), tag_names=data.draw(st.lists(NAME, max_size=2)),
                  annotation=self.passage(data) if data.draw(st.booleans()) else None)

    @rule(data=st.data())
    def create_event(self, data):
        self.make(edits.new_event, title=data.draw(NAME), start=data.draw(DATES), end=data.draw(DATES),
                  parent_id=self.pick(data, "event", optional=True),
                  participants=[(actor, "participant") for actor in {self.pick(data, "actor")} if actor])

    @rule(data=st.data())
    def create_source(self, data):
        self.make(edits.new_source, title=data.draw(NAME), text=data.draw(TEXT), published=data.draw(DATES),
                  url=data.draw(st.sampled_from([None, "https://example.org/a", "javascript:alert(1)"])))

    @rule(data=st.data())
    def create_actor(self, data):
        self.make(edits.new_actor, name=data.draw(NAME), kind=data.draw(st.sampled_from(ACTOR_KINDS)),
                  parent_id=self.pick(data, "actor", optional=True))

    @rule(data=st.data())
    def edit(self, data):
        kind = data.draw(st.sampled_from(["claim", "event", "source", "actor"]))
        values = {
            "claim": lambda: {"proposition": data.draw(NAME), "said": data.draw(DATES),
                              "event_id": self.pick(data, "event", optional=True)},
            "event": lambda: {"title": data.draw(NAME), "start": data.draw(DATES), "end": data.draw(DATES),
                              "parent_id": self.pick(data, "event", optional=True)},
            "source": lambda: {"title": data.draw(NAME), "published": data.draw(DATES)},
            "actor": lambda: {"name": data.draw(NAME), "parent_id": self.pick(data, "actor", optional=True)},
        }[kind]()
        chosen = data.draw(st.lists(st.sampled_from(sorted(values)), min_size=1, unique=True))
        self.make(edits.update_fields, kind=kind, record_id=self.pick(data, edits.TABLES[kind]),
                  values={name: values[name] for name in chosen})

    @rule(data=st.data())
    def set_status(self, data):
        self.make(edits.set_status, claim_id=self.pick(data, "claim"), status=data.draw(STATUSES), by="tester")

    @rule(data=st.data())
    def relate(self, data):
        self.make(edits.new_relation, from_claim_id=self.pick(data, "claim"), to_claim_id=self.pick(data, "claim"),
                  type=data.draw(st.sampled_from(RELATION_TYPES)))

    @rule(data=st.data())
    def deny(self, data):
        source_id, start, end = self.passage(data) or (None, 0, 0)
        self.make(edits.new_denial, denied_claim_id=self.pick(data, "claim"),
                  claimant_id=self.pick(data, "actor", optional=True), proposition=data.draw(NAME),
                  source_id=source_id, annotation=(start, end) if data.draw(st.booleans()) else None)

    @rule(data=st.data())
    def attach(self, data):
        source_id, start, end = self.passage(data) or (None, 0, 0)
        kind = data.draw(st.sampled_from(["claim", "event"]))
        self.make(edits.attach_annotation, **{f"{kind}_id": self.pick(data, kind)}, source_id=source_id,
                  start=start, end=end)

    @rule(data=st.data())
    def delete(self, data):
        kind = data.draw(st.sampled_from(KINDS))
        self.make(edits.delete_record, kind=kind, record_id=self.pick(data, edits.TABLES[kind]))

    @precondition(lambda self: self.stack.undo_stack.canUndo())
    @rule()
    def undo(self):
        self.stack.undo_stack.undo()

    @precondition(lambda self: self.stack.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.stack.undo_stack.redo()

    @rule(data=st.data())
    def jump(self, data):
        self.stack.undo_stack.setIndex(data.draw(st.integers(0, self.stack.undo_stack.count())))

    # ------------------------------------------------------------ invariants

    @invariant()
    def no_failed_step(self):
        assert not self.failures

    @invariant()
    def no_dangling_relations(self):
        assert self.query("SELECT id FROM claim_relation r WHERE NOT EXISTS (SELECT 1 FROM claim WHERE id = r.from_claim_id) "
                          "OR NOT EXISTS (SELECT 1 FROM claim WHERE id = r.to_claim_id)") == []

    @invariant()
    def passages_match_their_source_or_are_orphaned(self):
        rows = self.query("SELECT a.id, a.exact, a.prefix, a.suffix, a.start, a.\"end\", a.text_sha256, s.text, "
                          "s.text_sha256 FROM annotation a JOIN source s ON s.id = a.source_id")
        assert len(rows) == len(self.ids("annotation"))  # every passage has its source
        for annotation_id, exact, prefix, suffix, start, end, sha, text, source_sha in rows:
            quote = TextQuote(exact, prefix, suffix, start, end)
            assert text[start:end] == exact or anchor(text, quote) is None, annotation_id
            assert sha == source_sha == text_sha256(text), annotation_id

    @invariant()
    def dates_run_forwards(self):
        for table, prefix in DATE_GROUPS:
            rows = self.query(f"SELECT id, {prefix}_edtf, {prefix}_earliest, {prefix}_latest FROM {table}")
            for record_id, edtf, earliest, latest in rows:
                if edtf is None:
                    assert earliest is None and latest is None, (table, prefix, record_id)
                elif earliest is not None and latest is not None:
                    assert earliest < latest, (table, prefix, record_id, edtf)
        assert self.query("SELECT id FROM event WHERE end_latest <= start_earliest") == []

    @invariant()
    def foreign_keys_hold(self):
        assert self.query("PRAGMA foreign_key_check") == []


def test_date_groups_are_found_in_the_schema():
    assert DATE_GROUPS == [("claim", "said"), ("event", "end"), ("event", "start"), ("source", "published")]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.tlproj"
    create_demo(path).close()
    return path


def test_edit_stack_state_machine(demo_file, qapp):
    EditStackMachine.template = demo_file
    run_state_machine_as_test(EditStackMachine, settings=settings(
        max_examples=20, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
