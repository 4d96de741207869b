"""Each edit factory on the demo: applied, the database holds what the edit says; reverted, the
whole database is as it was, in every table and column."""

import pytest
from sqlmodel import SQLModel

from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.domain.anchoring import text_sha256
from timeline_app.domain.dates import DateValue
from timeline_app.store import rows

from . import dump

#: Letters outside the Basic Multilingual Plane: one code point, two UTF-16 units each.
EMOJI_TEXT = "Kyiv 🇺🇦 said: 𝐧𝐨 talks 😀 took place. The Kremlin 🙅 denied it on 21 December 𝟐𝟎𝟐𝟓."


def find(project, table: str, column: str, start: str) -> str:
    """The id of the one record whose ``column`` begins with ``start``."""
    with project.engine.connect() as connection:
        (found,) = connection.exec_driver_sql(f"SELECT id FROM {table} WHERE {column} LIKE ?", (start + "%",)).all()
    return found[0]


def select(project, sql: str, *params) -> list[dict]:
    with project.engine.connect() as connection:
        return [dict(row) for row in connection.exec_driver_sql(sql, params).mappings()]


def tag_names(project, kind: str, record_id: str) -> list[str]:
    sql = f"SELECT name FROM tag JOIN {kind}_tag ON tag_id = id WHERE {kind}_id = ? ORDER BY name"
    return [row["name"] for row in select(project, sql, record_id)]


def apply(project, factory, **arguments) -> edits.Edit:
    with project.session() as session:
        edit = factory(session, **arguments)
        edit.apply(session)
        session.commit()
    return edit


def revert(project, edit: edits.Edit) -> None:
    with project.session() as session:
        edit.revert(session)
        session.commit()


@pytest.fixture
def ids(demo_project):
    """Demo records by what they are called."""
    find_in = lambda *args: find(demo_project, *args)  # noqa: E731
    return {
        "kyiv_claim": find_in("claim", "proposition", "There could also be direct talks"),
        "kremlin_claim": find_in("claim", "proposition", "The Kremlin denied"),
        "zelensky": find_in("actor", "name", "Volodymyr Zelensky"),
        "kremlin": find_in("actor", "name", "the Kremlin"),
        "russia": find_in("actor", "name", "Russia"),
        "miami": find_in("event", "title", "Ukraine talks in Miami"),
        "berlin": find_in("event", "title", "Talks in Berlin"),
        "source": find_in("source", "title", "Ukraine talks in Miami"),
    }


@pytest.fixture
def before(demo_project):
    return dump(demo_project)


def test_every_table_has_its_model():
    assert set(rows.MODELS) == set(SQLModel.metadata.tables)


def test_new_event_with_participants_sources_and_tags(demo_project, ids, before):
    edit = apply(demo_project, edits.new_event, title="Talks in Geneva", start=DateValue.from_edtf("2025-12"),
                 participants=[(ids["zelensky"], "host")], source_ids=[ids["source"]],
                 tag_names=["Negotiations", "Geneva"], parent_id=ids["miami"])
    (event,) = select(demo_project, "SELECT * FROM event WHERE title = 'Talks in Geneva'")
    assert (event["start_edtf"], event["parent_id"], event["end_edtf"]) == ("2025-12", ids["miami"], None)
    assert event["span_latest"] - event["start_earliest"] == 31 * 86400
    assert select(demo_project, "SELECT actor_id, role FROM event_participant WHERE event_id = ?", event["id"]) == [
        {"actor_id": ids["zelensky"], "role": "host"}]
    assert tag_names(demo_project, "event", event["id"]) == ["Geneva", "Negotiations"]
    assert str(edit.text) == "New event" and event["id"] in edit.changes.events and edit.changes.tag_list
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_new_actor_and_source(demo_project, ids, before):
    actor = apply(demo_project, edits.new_actor, name="Andrii Yermak", kind="person", parent_id=ids["russia"],
                  aliases=["Jermak"])
    source = apply(demo_project, edits.new_source, title="Post", text=EMOJI_TEXT,
                   published=DateValue.from_edtf("2025-12-21"))
    assert select(demo_project, "SELECT name, aliases, parent_id FROM actor WHERE name = 'Andrii Yermak'") == [
        {"name": "Andrii Yermak", "aliases": '["Jermak"]', "parent_id": ids["russia"]}]
    (stored,) = select(demo_project, "SELECT * FROM source WHERE title = 'Post'")
    assert (stored["text"], stored["published_edtf"]) == (EMOJI_TEXT, "2025-12-21")
    assert stored["text_sha256"] == text_sha256(EMOJI_TEXT)
    assert (str(actor.text), str(source.text)) == ("New person", "New source")
    revert(demo_project, source)
    revert(demo_project, actor)
    assert dump(demo_project) == before


def test_new_claim_links_the_annotated_source(demo_project, ids, before):
    edit = apply(demo_project, edits.new_claim, proposition="Talks will continue.", claimant_id=ids["zelensky"],
                 quote="geht weiter", said=DateValue.from_edtf("2025-12-21"), event_id=ids["miami"], status="disputed",
                 credibility=3, tag_names=["Statements"], annotation=(ids["source"], 10, 30))
    (claim,) = select(demo_project, "SELECT * FROM claim WHERE proposition = 'Talks will continue.'")
    assert (claim["status"], claim["credibility"], claim["said_edtf"]) == ("disputed", 3, "2025-12-21")
    assert claim["event_id"] == ids["miami"]
    assert select(demo_project, "SELECT source_id, attribution FROM claim_source WHERE claim_id = ?", claim["id"]) == [
        {"source_id": ids["source"], "attribution": None}]
    (annotation,) = select(demo_project, "SELECT * FROM annotation WHERE claim_id = ?", claim["id"])
    (text,) = select(demo_project, "SELECT text, text_sha256 FROM source")
    assert annotation["exact"] == text["text"][10:30] and annotation["text_sha256"] == text["text_sha256"]
    assert edit.changes.claims == {claim["id"]} and edit.changes.structure and not edit.changes.tag_list
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_new_relation_names_both_claims(demo_project, ids, before):
    edit = apply(demo_project, edits.new_relation, from_claim_id=ids["kyiv_claim"], to_claim_id=ids["kremlin_claim"],
                 type="contradicts", basis="inferred", notes="both cannot be true")
    assert select(demo_project, "SELECT type, basis FROM claim_relation WHERE from_claim_id = ?",
                  ids["kyiv_claim"]) == [{"type": "contradicts", "basis": "inferred"}]
    assert edit.changes.claims == {ids["kyiv_claim"], ids["kremlin_claim"]}
    revert(demo_project, edit)
    assert dump(demo_project) == before
    with demo_project.session() as session, pytest.raises(EditError, match="already linked"):
        edits.new_relation(session, from_claim_id=ids["kremlin_claim"], to_claim_id=ids["kyiv_claim"], type="denies")


def test_new_denial_is_one_edit_with_code_point_offsets(demo_project, ids):
    source = apply(demo_project, edits.new_source, title="Emoji post", text=EMOJI_TEXT)
    source_id = source.ops[0].rows[0]["id"]
    before = dump(demo_project)
    start = EMOJI_TEXT.index("The Kremlin")
    end = EMOJI_TEXT.index(" on 21")
    edit = apply(demo_project, edits.new_denial, denied_claim_id=ids["kyiv_claim"], claimant_id=ids["kremlin"],
                 proposition="No such talks.", quote=None, said=DateValue.from_edtf("2025-12-21"), source_id=source_id,
                 annotation=(start, end), attribution="according to the post")
    (claim,) = select(demo_project, "SELECT * FROM claim WHERE proposition = 'No such talks.'")
    (annotation,) = select(demo_project, "SELECT * FROM annotation WHERE claim_id = ?", claim["id"])
    assert annotation["exact"] == EMOJI_TEXT[start:end] == "The Kremlin 🙅 denied it"
    assert annotation["prefix"].endswith("took place. ")
    assert annotation["suffix"].startswith(" on 21 December 𝟐𝟎𝟐𝟓")
    assert select(demo_project, "SELECT source_id, attribution FROM claim_source WHERE claim_id = ?", claim["id"]) == [
        {"source_id": source_id, "attribution": "according to the post"}]
    assert select(demo_project, "SELECT to_claim_id, type FROM claim_relation WHERE from_claim_id = ?",
                  claim["id"]) == [{"to_claim_id": ids["kyiv_claim"], "type": "denies"}]
    assert str(edit.text) == "New denial"
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_attach_annotation_adds_the_missing_source_link(demo_project, ids):
    source = apply(demo_project, edits.new_source, title="Emoji post", text=EMOJI_TEXT)
    source_id = source.ops[0].rows[0]["id"]
    before = dump(demo_project)
    edit = apply(demo_project, edits.attach_annotation, claim_id=ids["kyiv_claim"], source_id=source_id, start=0, end=7)
    (annotation,) = select(demo_project, "SELECT exact FROM annotation WHERE source_id = ?", source_id)
    assert annotation["exact"] == "Kyiv 🇺🇦"
    assert len(select(demo_project, "SELECT * FROM claim_source WHERE claim_id = ?", ids["kyiv_claim"])) == 2
    revert(demo_project, edit)
    assert dump(demo_project) == before
    edit = apply(demo_project, edits.attach_annotation, event_id=ids["berlin"], source_id=ids["source"], start=5, end=9)
    assert [type(op).__name__ for op in edit.ops] == ["Insert"]  # the event already cites the source
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_update_fields_expands_dates(demo_project, ids, before):
    (old,) = select(demo_project, "SELECT updated_at FROM event WHERE id = ?", ids["berlin"])
    edit = apply(demo_project, edits.update_fields, kind="event", record_id=ids["berlin"],
                 values={"start": DateValue.from_edtf("2025-12"), "location": "Berlin"})
    (event,) = select(demo_project, "SELECT * FROM event WHERE id = ?", ids["berlin"])
    assert (event["start_edtf"], event["location"], event["start_wording"]) == ("2025-12", "Berlin", None)
    assert event["updated_at"] > old["updated_at"]
    assert str(edit.text) == "Edit event “Talks in Berlin”" and not edit.changes.structure
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_update_without_change_is_empty(demo_project, ids):
    with demo_project.session() as session:
        edit = edits.update_fields(session, kind="event", record_id=ids["berlin"], values={"title": "Talks in Berlin"})
    assert edit.empty


@pytest.mark.parametrize(("kind", "name", "values", "message"), [
    ("source", "source", {"text": "rewritten"}, "text cannot be changed"),
    ("claim", "kyiv_claim", {"status": "confirmed"}, "Set status"),
    ("claim", "kyiv_claim", {"credibility": 9}, "credibility runs from 1 to 6"),
    ("claim", "kyiv_claim", {"said_edtf": "2025"}, "cannot be edited"),
    ("event", "berlin", {"end": DateValue.from_edtf("2025-11")}, "lies before the start"),
    ("event", "miami", {"parent_id": "nowhere"}, "no parent event"),
    ("actor", "russia", {"parent_id": "kremlin"}, "inside itself"),
    ("actor", "russia", {"name": "  "}, "cannot be empty"),
])
def test_update_fields_refuses(demo_project, ids, kind, name, values, message):
    values = {field: ids.get(value, value) if isinstance(value, str) else value for field, value in values.items()}
    with demo_project.session() as session, pytest.raises(EditError, match=message):
        edits.update_fields(session, kind=kind, record_id=ids[name], values=values)


def test_set_status_records_history(demo_project, ids, before):
    edit = apply(demo_project, edits.set_status, claim_id=ids["kremlin_claim"], status="denied", by="ed",
                 reason="see Kyiv")
    assert str(edit.text) == "Set status to denied"
    assert select(demo_project, "SELECT status FROM claim WHERE id = ?", ids["kremlin_claim"]) == [{"status": "denied"}]
    (change,) = select(demo_project, "SELECT * FROM status_change WHERE claim_id = ?", ids["kremlin_claim"])
    assert (change["by"], change["from_status"], change["to_status"]) == ("ed", "unverified", "denied")
    assert change["reason"] == "see Kyiv" and change["at"] == select(
        demo_project, "SELECT updated_at FROM claim WHERE id = ?", ids["kremlin_claim"])[0]["updated_at"]
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_set_tags_creates_and_removes(demo_project, ids, before):
    edit = apply(demo_project, edits.set_tags, kind="claim", record_id=ids["kyiv_claim"],
                 names=["Denials", "Direct talks"])
    assert tag_names(demo_project, "claim", ids["kyiv_claim"]) == ["Denials", "Direct talks"]
    assert edit.changes.tag_list
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_delete_claim_takes_its_relation_and_annotation(demo_project, ids, before):
    edit = apply(demo_project, edits.delete_record, kind="claim", record_id=ids["kyiv_claim"])
    assert select(demo_project, "SELECT * FROM claim_relation WHERE to_claim_id = ?", ids["kyiv_claim"]) == []
    assert select(demo_project, "SELECT * FROM annotation WHERE claim_id = ?", ids["kyiv_claim"]) == []
    assert str(edit.text).startswith("Delete claim “There could also be direct talks")
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_delete_event_detaches_claims_and_sub_events(demo_project, ids, before):
    edit = apply(demo_project, edits.delete_record, kind="event", record_id=ids["miami"])
    assert select(demo_project, "SELECT id FROM claim WHERE event_id = ?", ids["miami"]) == []
    assert select(demo_project, "SELECT id FROM event WHERE parent_id = ?", ids["miami"]) == []
    assert ids["miami"] in edit.changes.events and edit.changes.claims
    revert(demo_project, edit)
    assert dump(demo_project) == before


@pytest.mark.parametrize("kind", ["source", "tag", "relation"])
def test_delete_and_restore(demo_project, kind, before):
    table = edits.TABLES[kind]
    with demo_project.engine.connect() as connection:
        record_id = connection.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id").first()[0]
    edit = apply(demo_project, edits.delete_record, kind=kind, record_id=record_id)
    assert select(demo_project, f"SELECT id FROM {table} WHERE id = ?", record_id) == []
    revert(demo_project, edit)
    assert dump(demo_project) == before


def test_delete_refused_while_claims_refer_to_the_actor(demo_project, ids):
    with demo_project.session() as session:
        with pytest.raises(EditError, match="“Volodymyr Zelensky” cannot be deleted: 5 claims still refer to it"):
            edits.delete_record(session, kind="actor", record_id=ids["zelensky"])
        with pytest.raises(EditError, match="4 actors"):
            edits.delete_record(session, kind="actor", record_id=ids["russia"])


def test_factories_write_nothing(demo_project, ids, before):
    with demo_project.session() as session:
        edits.delete_record(session, kind="claim", record_id=ids["kyiv_claim"])
        edits.new_claim(session, proposition="x", annotation=(ids["source"], 0, 5), tag_names=["New"])
        session.commit()
    assert dump(demo_project) == before


def test_annotation_outside_the_text_is_refused(demo_project, ids):
    with demo_project.session() as session, pytest.raises(EditError, match="outside a text"):
        edits.attach_annotation(session, claim_id=ids["kyiv_claim"], source_id=ids["source"], start=5, end=10**6)
