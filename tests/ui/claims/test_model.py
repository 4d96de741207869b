"""The claims tree model on its own: its rows, its lazy reading, its order, and re-reading after edits."""

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QTextDocument

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.commands import edits
from timeline_app.commands.stack import EditStack
from timeline_app.domain.dates import DateValue
from timeline_app.store import crud
from timeline_app.store.claims_query import ClaimFilter
from timeline_app.ui.claims.model import PAGE, ClaimsTreeModel, Role
from timeline_app.ui.claims.nodes import Column

from .conftest import add_claims, children, fetch_all, loaded_claim_ids, party_texts, row_of

ZELENSKY = seed_id("actor", "volodymyr-zelensky")
KYIV = seed_id("actor", "kyiv")


@pytest.fixture
def model(demo_project):
    model = ClaimsTreeModel()
    model.set_project(demo_project)
    return model


def claim_row(model, claim_id: str) -> list[str]:
    index = model.locate(claim_id)
    return [index.siblingAtColumn(column).data() for column in Column]


def claimant_rows(model, name: str) -> list[QModelIndex]:
    return children(model, row_of(model, name))


def test_the_model_tester_passes_with_every_row_read(model, qtmodeltester):
    fetch_all(model)
    qtmodeltester.check(model)
    assert len(loaded_claim_ids(model)) == 12


def test_the_model_tester_passes_while_rows_are_read_and_filtered(model, qtmodeltester):
    qtmodeltester.check(model)  # stays connected: every change below is checked too
    fetch_all(model)
    model.set_filter(ClaimFilter(statuses=frozenset({"denied"})))
    model.sort(Column.PROPOSITION, Qt.SortOrder.DescendingOrder)
    model.set_filter(ClaimFilter())
    fetch_all(model)
    assert len(loaded_claim_ids(model)) == 12


def test_the_model_tester_passes_on_an_empty_project_and_without_one(empty_project, qtmodeltester):
    model = ClaimsTreeModel()
    qtmodeltester.check(model)
    model.set_project(empty_project)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.total() == 0


def test_party_rows_count_their_claims_in_the_partys_colour(model):
    assert party_texts(model) == ["United States (1)", "Ukraine (6)", "Russia (3)", "Europeans (0)", "Germany (0)",
                                  "Unattributed (2)"]
    ukraine = row_of(model, "Ukraine (6)")
    assert ukraine.data(Role.PartyColourRole) == QColor("#b58105")
    assert (ukraine.data(Role.KindRole), ukraine.data(Role.CountRole)) == ("party", 6)
    assert not model.hasChildren(row_of(model, "Germany (0)"))


def test_claimants_are_read_when_asked_for_with_their_claims_when_few(model):
    ukraine = row_of(model, "Ukraine (6)")
    assert model.rowCount(ukraine) == 0 and model.hasChildren(ukraine) and model.canFetchMore(ukraine)
    model.fetchMore(ukraine)
    assert [i.data() for i in children(model, ukraine)] == ["Kyiv (1)", "Volodymyr Zelensky (5)"]
    zelensky = row_of(model, "Volodymyr Zelensky (5)")
    assert model.rowCount(zelensky) == 5 and not model.canFetchMore(zelensky) and not model.has_more(zelensky)


def test_a_claim_row_shows_date_at_its_precision_claimant_status_credibility_sources(model):
    assert claim_row(model, KYIV_CLAIM) == [
        "until 21 Dec 2025", "Kyiv", "There could also be direct talks between Ukrainian and Russian negotiators in Miami.",
        "Denied", "6", "1"]
    index = model.claim_index(KYIV_CLAIM)
    assert (index.data(Role.StatusRole), index.data(Role.RecordIdRole), index.data(Role.KindRole)) == (
        "denied", KYIV_CLAIM, "claim")
    assert model.claim_index(KYIV_CLAIM, Column.SOURCES).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_relation_rows_name_the_other_claim_both_ways(model):
    denial = children(model, model.locate(KREMLIN_DENIAL))
    denied = children(model, model.locate(KYIV_CLAIM))
    assert [i.data() for i in denial] == [
        "denies: Kyiv, until 21 Dec 2025 — There could also be direct talks between Ukrainian and Russian "
        "negotiators in Miami."]
    assert [i.data() for i in denied] == [
        "denied by: the Kremlin, until 21 Dec 2025 — The Kremlin denied Kyiv's statement that there could also "
        "be direct Ukrainian–Russian talks in Miami."]
    assert (denied[0].data(Role.OtherClaimRole), denied[0].data(Role.RelationTypeRole),
            denied[0].data(Role.OutgoingRole)) == (KREMLIN_DENIAL, "denies", False)
    assert denial[0].flags() & Qt.ItemFlag.ItemNeverHasChildren


@pytest.fixture
def dated(empty_project):
    """One claimant's claims at every precision, and one undated."""
    with empty_project.session() as session:
        party = crud.create_actor(session, name="Party", kind="party").id
        for name, edtf in (("day", "2025-12-21"), ("month", "2025-12"), ("year", "2025"),
                           ("minute", "2025-11-30T10:00"), ("none", None)):
            crud.create_claim(session, proposition=f"said {name}", claimant_id=party, id=name,
                              said=DateValue.from_edtf(edtf) if edtf else None,
                              credibility={"day": 2, "month": 5}.get(name))
        session.commit()
    model = ClaimsTreeModel()
    model.set_project(empty_project)
    fetch_all(model)
    return model


def said_column(model) -> list[str]:
    return [model.claim_index(i, Column.SAID).data() for i in loaded_claim_ids(model)]


def test_sorting_by_said_orders_by_the_earliest_moment_undated_last_either_way(dated):
    assert loaded_claim_ids(dated) == ["year", "minute", "month", "day", "none"]
    assert said_column(dated) == ["2025", "30 Nov 2025, 10:00", "Dec 2025", "21 Dec 2025", "undated"]
    dated.sort(Column.SAID, Qt.SortOrder.DescendingOrder)
    assert loaded_claim_ids(dated) == ["day", "month", "minute", "year", "none"]


@pytest.mark.parametrize(("column", "order"), [
    (Column.CLAIMANT, ["year", "minute", "month", "day", "none"]),
    (Column.PROPOSITION, ["day", "minute", "month", "none", "year"]),
    (Column.STATUS, ["year", "minute", "month", "day", "none"]),
    (Column.CREDIBILITY, ["day", "month", "year", "minute", "none"]),
    (Column.SOURCES, ["year", "minute", "month", "day", "none"]),
])
def test_sorting_by_any_column_reads_the_claims_again_in_that_order(dated, column, order):
    dated.sort(column)
    assert loaded_claim_ids(dated) == order
    assert dated.sort_order() == (("said", "claimant", "proposition", "status", "credibility", "sources")[column], False)


def test_sorting_keeps_rows_their_persistent_indexes(model):
    fetch_all(model)
    kept = QPersistentModelIndex(model.claim_index(KYIV_CLAIM))
    zelensky = [QPersistentModelIndex(i) for i in claimant_rows(model, "Volodymyr Zelensky (5)")]
    model.sort(Column.PROPOSITION)
    assert kept.isValid() and kept.data(Role.RecordIdRole) == KYIV_CLAIM
    propositions = [p.data(Role.RecordIdRole) and model.index(p.row(), Column.PROPOSITION, p.parent()).data()
                    for p in sorted(zelensky, key=QPersistentModelIndex.row)]
    assert propositions == sorted(propositions, key=str.casefold)


def test_a_claimant_with_2000_claims_is_read_a_page_at_a_time(empty_project, qtmodeltester):
    with empty_project.session() as session:
        party = crud.create_actor(session, name="Big party", kind="party").id
        speaker = crud.create_actor(session, name="Speaker", parent_id=party).id
        session.commit()
    ids = add_claims(empty_project, speaker, 2000)
    model = ClaimsTreeModel()
    model.set_project(empty_project)
    assert party_texts(model) == ["Big party (2,000)"]
    model.fetchMore(model.index(0, 0))
    claimant = model.index(0, 0, model.index(0, 0))
    assert claimant.data() == "Speaker (2,000)" and model.rowCount(claimant) == 0
    model.fetchMore(claimant)
    assert model.rowCount(claimant) == PAGE and model.has_more(claimant)
    assert not model.canFetchMore(claimant)  # views read only a claimant's first page on their own
    model.fetchMore(claimant)
    assert model.rowCount(claimant) == 2 * PAGE
    assert model.locate(ids[1500]).row() == 1500 and model.rowCount(claimant) == 1600
    assert loaded_claim_ids(model) == ids[:1600]
    qtmodeltester.check(model)


def test_user_text_is_returned_as_typed_and_escaped_in_tooltips(empty_project):
    hostile = "<b>x</b><img src=x>"
    with empty_project.session() as session:
        crud.create_claim(session, proposition=hostile, id="hostile")
        session.commit()
    model = ClaimsTreeModel()
    model.set_project(empty_project)
    index = model.locate("hostile")
    assert index.siblingAtColumn(Column.PROPOSITION).data() == hostile
    document = QTextDocument()
    document.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))
    assert document.toPlainText().startswith(hostile)


@pytest.fixture
def stack(model, demo_project, qtmodeltester):
    fetch_all(model)
    qtmodeltester.check(model)  # and every change the edits make
    stack = EditStack(demo_project)
    stack.changed.connect(model.refresh)
    return stack


def push(stack, project, factory, **kwargs):
    with project.session() as session:
        assert stack.push(factory(session, **kwargs))


def test_a_new_claim_appears_under_its_claimant_and_counts_follow(model, stack, demo_project):
    fetch_all(model)
    kept = QPersistentModelIndex(model.claim_index(KYIV_CLAIM))
    push(stack, demo_project, edits.new_claim, proposition="Kyiv says more", claimant_id=KYIV,
         said=DateValue.from_edtf("2025-12-22"))
    assert party_texts(model)[1] == "Ukraine (7)"
    # Kyiv's first claim is known only as "until 21 Dec 2025": open starts sort after dated claims
    assert [i.data(Role.RecordIdRole) == KYIV_CLAIM for i in claimant_rows(model, "Kyiv (2)")] == [False, True]
    assert kept.isValid() and kept.row() == 1
    stack.undo_stack.undo()
    assert party_texts(model)[1] == "Ukraine (6)" and len(claimant_rows(model, "Kyiv (1)")) == 1


def test_an_edit_rereads_the_rows_that_show_it_only(model, stack, demo_project):
    fetch_all(model)
    push(stack, demo_project, edits.set_status, claim_id=KREMLIN_DENIAL, status="confirmed")
    assert model.claim_index(KREMLIN_DENIAL, Column.STATUS).data() == "Confirmed"
    push(stack, demo_project, edits.update_fields, kind="claim", record_id=KREMLIN_DENIAL,
         values={"proposition": "Moscow denies it"})
    assert children(model, model.claim_index(KYIV_CLAIM))[0].data().endswith("— Moscow denies it")
    push(stack, demo_project, edits.delete_record, kind="claim", record_id=KREMLIN_DENIAL)
    assert party_texts(model)[2] == "Russia (2)" and row_of(model, "the Kremlin (1)") is None
    assert model.rowCount(model.claim_index(KYIV_CLAIM)) == 0
