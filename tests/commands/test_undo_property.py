"""Undo property: long random sequences of edits, undone, leave the database as it was.

Edits are drawn from every factory with ids chosen from the database as it is at that moment;
an edit the factory refuses (EditError) is simply not made, as a dialog would not make it. Each
example works on a fresh copy of the demo project.
"""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.commands.stack import EditStack
from timeline_app.domain.dates import DateValue
from timeline_app.io.demo import create_demo
from timeline_app.store.db import open_project
from timeline_app.store.models import ACTOR_KINDS, PARTICIPANT_ROLES, RELATION_TYPES

from . import dump

DATES = [None, *map(DateValue.from_edtf, ["2025", "2025-12", "2025-12-14", "2025-12-21T19:00", "2025-12-14/2025-12-15",
                                          "../2025-12-21", "2025-11~", "2024-02-29"])]
#: Text with accents, a right-to-left script and letters outside the Basic Multilingual Plane.
LETTERS = st.sampled_from("ab äé Кз ع 🇺🇦😀𝐧\n")
TEXT = st.text(LETTERS, max_size=12)
#: Titles and names: mostly valid, sometimes only blanks (which the factories refuse).
NAME = st.text(LETTERS, min_size=1, max_size=12)
TAG_NAMES = st.lists(st.sampled_from(["Negotiations", "Denials", "New", "Другое", "🏷"]), max_size=3)
STATUSES = ["unverified", "denied", "confirmed", "refuted"]
#: The sandboxes fixture serves every example with a fresh project, so its scope is harmless.
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.tlproj"
    create_demo(path).close()
    return path


class Sandbox:
    """A fresh copy of the demo project with an edit stack on it."""

    def __init__(self, template: Path):
        self.folder = tempfile.mkdtemp(prefix="undo-property-")
        self.project = open_project(shutil.copy(template, Path(self.folder) / "copy.tlproj"))
        self.stack = EditStack(self.project)
        self.failures: list[str] = []
        self.stack.failed.connect(self.failures.append)

    def close(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def ids(self, table: str) -> list[str]:
        with self.project.engine.connect() as connection:
            return [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {table} ORDER BY rowid")]

    def source_length(self, source_id: str) -> int:
        with self.project.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT length(text) FROM source WHERE id = ?", (source_id,)).scalar()

    def edit(self, data) -> bool:
        """Draw one random edit and push it; False when the factory refused it or it changes nothing."""
        factory, arguments = data.draw(st.sampled_from(FACTORIES))(self, data)
        try:
            with self.project.session() as session:
                edit = factory(session, **arguments)
        except EditError:
            return False
        assert self.stack.push(edit), self.failures
        return not edit.empty


def pick(sandbox, data, table: str, *, optional: bool = False):
    """An id from the table as it is now (None when it is empty, or sometimes if optional)."""
    choices = sandbox.ids(table) + ([None] if optional else [])
    return data.draw(st.sampled_from(choices)) if choices else None


def several(sandbox, data, table: str, most: int) -> list[str]:
    choices = sandbox.ids(table)
    return data.draw(st.lists(st.sampled_from(choices), max_size=most, unique=True)) if choices else []


def passage(sandbox, data) -> tuple[str, int, int] | None:
    """A (source id, start, end) inside an existing source's text, or None without sources."""
    source_id = pick(sandbox, data, "source")
    if source_id is None:
        return None
    length = sandbox.source_length(source_id)
    start = data.draw(st.integers(0, length))
    return source_id, start, data.draw(st.integers(start, length))


def date(data) -> DateValue | None:
    return data.draw(st.sampled_from(DATES))


def new_event(s, data):
    roles = st.sampled_from(PARTICIPANT_ROLES)
    return edits.new_event, dict(
        title=data.draw(NAME), start=date(data), end=date(data), parent_id=pick(s, data, "event", optional=True),
        participants=[(actor, data.draw(roles)) for actor in several(s, data, "actor", 2)],
        source_ids=several(s, data, "source", 1), tag_names=data.draw(TAG_NAMES))


def new_actor(s, data):
    return edits.new_actor, dict(
        name=data.draw(NAME), kind=data.draw(st.sampled_from(ACTOR_KINDS)),
        parent_id=pick(s, data, "actor", optional=True), aliases=data.draw(st.lists(TEXT, max_size=2)))


def new_source(s, data):
    return edits.new_source, dict(title=data.draw(NAME), text=data.draw(TEXT), published=date(data))


def new_claim(s, data):
    return edits.new_claim, dict(
        proposition=data.draw(NAME), claimant_id=pick(s, data, "actor", optional=True), said=date(data),
        event_id=pick(s, data, "event", optional=True), status=data.draw(st.sampled_from(STATUSES)),
        credibility=data.draw(st.none() | st.integers(0, 7)), tag_names=data.draw(TAG_NAMES),
        sources=[(source, "laut") for source in several(s, data, "source", 2)],
        annotation=passage(s, data) if data.draw(st.booleans()) else None)


def new_relation(s, data):
    return edits.new_relation, dict(from_claim_id=pick(s, data, "claim"), to_claim_id=pick(s, data, "claim"),
                                    type=data.draw(st.sampled_from(RELATION_TYPES)))


def new_denial(s, data):
    source_id, start, end = passage(s, data) or (None, 0, 0)
    return edits.new_denial, dict(
        denied_claim_id=pick(s, data, "claim"), claimant_id=pick(s, data, "actor", optional=True),
        proposition=data.draw(NAME), said=date(data), source_id=source_id,
        annotation=(start, end) if data.draw(st.booleans()) else None)


def attach_annotation(s, data):
    source_id, start, end = passage(s, data) or (None, 0, 0)
    kind = data.draw(st.sampled_from(["claim", "event"]))
    return edits.attach_annotation, {f"{kind}_id": pick(s, data, kind), "source_id": source_id,
                                     "start": start, "end": end}


#: Values update_fields may draw from, per kind; each edit sets some of them.
FIELDS = {
    "event": lambda s, data: {"title": data.draw(NAME), "start": date(data),
                              "parent_id": pick(s, data, "event", optional=True)},
    "claim": lambda s, data: {"proposition": data.draw(NAME), "said": date(data),
                              "event_id": pick(s, data, "event", optional=True),
                              "credibility": data.draw(st.integers(1, 6))},
    "actor": lambda s, data: {"name": data.draw(NAME), "parent_id": pick(s, data, "actor", optional=True)},
    "source": lambda s, data: {"title": data.draw(NAME), "published": date(data)},
    "relation": lambda s, data: {"type": data.draw(st.sampled_from(RELATION_TYPES))},
    "tag": lambda s, data: {"name": data.draw(NAME)},
}


def update_fields(s, data):
    kind = data.draw(st.sampled_from(sorted(FIELDS)))
    values = FIELDS[kind](s, data)
    chosen = data.draw(st.lists(st.sampled_from(sorted(values)), min_size=1, unique=True))
    return edits.update_fields, dict(kind=kind, record_id=pick(s, data, edits.TABLES[kind]),
                                     values={field: values[field] for field in chosen})


def set_status(s, data):
    return edits.set_status, dict(claim_id=pick(s, data, "claim"), status=data.draw(st.sampled_from(STATUSES)),
                                  by="tester", reason=data.draw(TEXT))


def set_tags(s, data):
    kind = data.draw(st.sampled_from(["event", "claim"]))
    return edits.set_tags, dict(kind=kind, record_id=pick(s, data, kind), names=data.draw(TAG_NAMES))


def delete_record(s, data):
    kind = data.draw(st.sampled_from(sorted(edits.TABLES)))
    return edits.delete_record, dict(kind=kind, record_id=pick(s, data, edits.TABLES[kind]))


FACTORIES = [new_event, new_actor, new_source, new_claim, new_relation, new_denial, attach_annotation,
             update_fields, set_status, set_tags, delete_record]


@pytest.fixture
def sandboxes(demo_file, qapp):
    """Makes sandboxes inside a hypothesis test, and closes them all at the end."""
    made = []
    yield lambda: made.append(Sandbox(demo_file)) or made[-1]
    for sandbox in made:
        sandbox.close()


@SETTINGS
@given(data=st.data())
def test_undo_all_restores_the_original_and_redo_all_the_result(sandboxes, data):
    sandbox = sandboxes()
    original = dump(sandbox.project)
    wanted, made = data.draw(st.integers(20, 60)), 0
    for _ in range(3 * wanted):  # some drawn edits are refused, as a dialog would refuse them
        made += sandbox.edit(data)
        if made == wanted:
            break
    assert sandbox.stack.undo_stack.count() == made
    after = dump(sandbox.project)
    while sandbox.stack.undo_stack.canUndo():
        sandbox.stack.undo_stack.undo()
    assert dump(sandbox.project) == original
    sandbox.stack.undo_stack.setIndex(made)
    assert dump(sandbox.project) == after and not sandbox.failures


@SETTINGS
@given(data=st.data())
def test_interleaved_undo_redo_and_jumps_match_the_recorded_states(sandboxes, data):
    sandbox = sandboxes()
    stack = sandbox.stack.undo_stack
    states = [dump(sandbox.project)]
    for _ in range(data.draw(st.integers(20, 50))):
        move = data.draw(st.sampled_from(["edit", "edit", "undo", "redo", "jump"]))
        if move == "edit" and sandbox.edit(data):
            states[stack.index():] = [dump(sandbox.project)]
        elif move == "undo":
            stack.undo()
        elif move == "redo":
            stack.redo()
        elif move == "jump":
            stack.setIndex(data.draw(st.integers(0, stack.count())))
        assert dump(sandbox.project) == states[stack.index()]
    assert not sandbox.failures
