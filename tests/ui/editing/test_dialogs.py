"""The dialogs on their own: what they show as you type, and what they hand back; and the functions
that turn what they hand back into edits, tested without any dialog."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QUndoView

from tests.commands import dump
from tests.demo_ids import KYIV_CLAIM, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from timeline_app.commands.stack import EditStack
from timeline_app.domain.dates import DateValue
from timeline_app.store import choices
from timeline_app.ui import settings
from timeline_app.ui.dialogs import forms
from timeline_app.ui.dialogs.date_field import DateField
from timeline_app.ui.dialogs.event_dialog import EventDialog
from timeline_app.ui.dialogs.fields import RecordField, TagsField
from timeline_app.ui.dialogs.source_dialog import SourceDialog
from timeline_app.ui.dialogs.values import EventValues, SourceValues

pytestmark = OFFSCREEN_POPUPS
BERLIN = seed_id("event", "berlin-talks")


@pytest.fixture
def date_field(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    return field


def test_the_date_field_says_how_it_read_the_date_or_why_it_could_not(date_field, qtbot):
    qtbot.keyClicks(date_field.line, "14.-15. Dezember 2025")  # QTest types no dashes other than "-"
    assert date_field.feedback.text() == "14.-15. Dezember 2025 → 14–15 Dec 2025, day precision"
    assert date_field.value().edtf == "2025-12-14/2025-12-15" and date_field.problem() is None
    date_field.line.clear()
    qtbot.keyClicks(date_field.line, "gestern")
    assert "a reference date" in date_field.feedback.text() and date_field.value() is None
    date_field.set_reference(date(2025, 12, 21))
    assert date_field.feedback.text() == "gestern → 20 Dec 2025, day precision" and date_field.problem() is None
    date_field.line.clear()
    assert date_field.feedback.text() == "No date: it will be listed as undated" and date_field.value() is None


def test_a_stored_date_left_as_it_is_keeps_its_wording_and_zone(date_field):
    stored = DateValue.from_edtf("2025-12-21T21:54", tz="Europe/Berlin", wording="Stand: 21.12.2025 21:54 Uhr")
    date_field.set_value(stored)
    assert date_field.line.text() == "2025-12-21T21:54" and date_field.value() == stored
    assert date_field.feedback.text().startswith("2025-12-21T21:54 → 21 Dec 2025, 21:54")


def test_a_record_field_chooses_by_a_few_words_and_says_when_they_fit_several(demo_project, qtbot):
    def search(text):
        with demo_project.session() as session:
            return choices.find_actors(session, text)
    field = RecordField(search, "party or person")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "Zelensky")
    assert field.choice().label == "Volodymyr Zelensky (President of Ukraine, Ukraine)"
    field.clear()
    qtbot.keyClicks(field, "Ukrain")
    assert field.choice() is None and "fits 4 records: choose one from the list" in field.problem()
    field.clear()
    qtbot.keyClicks(field, "Nobody")
    assert field.problem() == "No party or person matches “Nobody”"


def test_tags_complete_the_one_being_typed(qtbot):
    field = TagsField(["Negotiations", "Denials", "Peace plan"])
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "Denials, neg")
    popup = field._completer.popup()
    assert popup.isVisible() and field._completer.currentCompletion() == "Negotiations"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Denials, Negotiations, " and field.names() == ("Denials", "Negotiations")


def test_the_event_dialog_refuses_an_end_before_the_start(demo_project, qtbot):
    dialog = EventDialog(EventValues(title="Talks"), search={"event": lambda t: [], "actor": lambda t: []},
                         tag_names=[])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.start.line, "15.12.2025")
    qtbot.keyClicks(dialog.end.line, "14.12.2025")
    assert not dialog.ok_button.isEnabled() and dialog.problem.text() == "The end lies before the start."


def test_a_source_text_loads_from_a_utf8_file_and_other_files_are_refused_with_the_reason(qtbot, tmp_path):
    dialog = SourceDialog(SourceValues())
    qtbot.addWidget(dialog)
    good, bad = tmp_path / "bericht.txt", tmp_path / "latin1.txt"
    good.write_text("Kiew\u00a0sagt\r\nja 😀", encoding="utf-8")
    bad.write_bytes("Gespräch".encode("latin-1"))
    dialog.load_text(bad)
    assert dialog.problem.text() == "Could not load latin1.txt: it is not UTF-8 text"
    dialog.load_text(good)
    assert dialog.values().text == "Kiew\u00a0sagt\nja 😀" and dialog.title.text() == "bericht"


def test_an_edited_claim_is_one_edit_of_fields_tags_and_status(demo_project, qtbot):
    with demo_project.session() as session:
        values = forms.claim_values(session, KYIV_CLAIM)
    assert values.status == "denied" and values.source.reference == date(2025, 12, 21)
    changed = values.__class__(**{**values.__dict__, "said": DateValue.from_edtf("2025-12"), "tags": ("New",),
                                  "status": "refuted"})
    with demo_project.session() as session:
        edit = forms.claim_edit(session, changed, claim_id=KYIV_CLAIM, by="tester")
    assert {op.table for op in edit.ops} == {"claim", "tag", "claim_tag", "status_change"}
    stack = EditStack(demo_project)
    before = dump(demo_project)
    assert stack.push(edit) and stack.undo_stack.count() == 1
    stack.undo_stack.undo()
    assert dump(demo_project) == before


def test_an_event_made_from_a_passage_carries_the_passage_in_the_same_edit(demo_project):
    from timeline_app.ui.dialogs.values import PassageRef
    with demo_project.session() as session:
        (source,) = choices.find_sources(session)
        passage = PassageRef(source, 10, 20, "x")
        edit = forms.event_edit(session, EventValues(title="Update"), passage=passage)
    assert [op.table for op in edit.ops] == ["event", "event_source", "annotation"]


def test_the_undo_history_lists_each_edit_by_name(demo_window):
    window = demo_window
    dock = window.findChild(type(window.editing.history_dock), "undo_history")
    view = dock.widget()
    assert isinstance(view, QUndoView)
    window.editing.editor.push(_rename(window.project))
    assert [view.model().index(row, 0).data() for row in range(view.model().rowCount())] == \
        ["As opened", "Edit event “Talks in Berlin”"]


def _rename(project):
    from timeline_app.commands import edits
    with project.session() as session:
        return edits.update_fields(session, kind="event", record_id=BERLIN, values={"title": "Berlin talks"})


def test_dialogs_come_back_where_they_were_left(qtbot):
    first = SourceDialog(SourceValues())
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 by 600
    first.reject()
    assert not settings.dialog_geometry("source_dialog").isEmpty()
    second = SourceDialog(SourceValues())
    qtbot.addWidget(second)
    assert second.size().width() == 700
