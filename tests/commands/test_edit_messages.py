"""The commands' words as Messages: an English text with gaps and the values for them, so that the
window can show a refusal or an edit's name in its own language, and str() stays the English."""

import pickle

import pytest

from tests.commands.test_edits import ids  # noqa: F401 (a fixture)
from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.messages import message
from timeline_app.store import rows


def test_a_refusal_carries_its_text_and_values(demo_project, ids):  # noqa: F811
    with demo_project.session() as session, pytest.raises(EditError) as refused:
        edits.update_fields(session, kind="claim", record_id=ids["kyiv_claim"], values={"credibility": 9})
    assert refused.value.message == message("credibility runs from 1 to 6, not {value!r}", value=9)
    assert str(refused.value) == "credibility runs from 1 to 6, not 9"


def test_a_refused_deletion_names_its_words_as_messages_to_translate_too(demo_project, ids):  # noqa: F811
    with demo_project.session() as session, pytest.raises(EditError) as refused:
        edits.delete_record(session, kind="actor", record_id=ids["zelensky"])
    said = refused.value.message
    assert said.text == ("{record} “{label}” cannot be deleted: {others} still refer to it; delete or reassign "
                         "them first")
    assert dict(said.values) == {"record": message("Party or person"), "label": "Volodymyr Zelensky",
                                 "others": message("{count} claims", count=5)}
    assert str(refused.value) == ("Party or person “Volodymyr Zelensky” cannot be deleted: 5 claims still refer "
                                  "to it; delete or reassign them first")
    assert pickle.loads(pickle.dumps(refused.value)).message == said  # as a worker process hands it back


def test_an_edits_name_is_a_message_with_its_words_as_messages(demo_project, ids):  # noqa: F811
    with demo_project.session() as session:
        relation = edits.new_relation(session, from_claim_id=ids["kremlin_claim"], to_claim_id=ids["kyiv_claim"],
                                      type="supports")
        status = edits.set_status(session, claim_id=ids["kyiv_claim"], status="refuted")
    assert relation.text == message("New relation: {relation}", relation=message("supports"))
    assert status.text == message("Set status to {status}", status=message("refuted"))
    assert relation.inverse().text == message("Undo {edit}", edit=relation.text)
    assert str(relation.inverse().text) == "Undo New relation: supports"


def test_a_status_the_project_renamed_is_named_as_it_is_stored(demo_project, ids):  # noqa: F811
    with demo_project.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE status SET label = 'Debunked' WHERE key = 'refuted'")
    with demo_project.session() as session:
        edit = edits.set_status(session, claim_id=ids["kyiv_claim"], status="refuted")
    assert edit.text == message("Set status to {status}", status="debunked")


def test_every_record_that_can_keep_another_from_being_deleted_can_be_counted():
    blocking = {child for table in edits.TABLES.values() for child, _column, _target, action
                in rows.references_to(table) if action not in ("CASCADE", "SET NULL")}
    assert blocking and blocking <= set(edits.COUNTED)
    assert [str(edits.COUNTED["claim"](n)) for n in (1, 2)] == ["1 claim", "2 claims"]


def test_every_kind_of_record_and_relation_has_its_words():
    from timeline_app.store.models import ACTOR_KINDS

    assert set(edits.NOUNS) == set(edits.TITLES) == set(edits.TABLES)
    assert set(ACTOR_KINDS) <= set(edits.NEW_RECORDS)
