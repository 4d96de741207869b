"""The claims panel as a user drives it: filtering, sorting, keys, and the shared selection."""

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QPainter

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.commands import edits as edit
from timeline_app.store import crud
from timeline_app.store.claims_query import ClaimFilter
from timeline_app.ui.claims.model import PAGE, Role
from timeline_app.ui.claims.nodes import Column

from .conftest import add_claims, children, loaded_claim_ids, party_texts

LEFT = Qt.MouseButton.LeftButton
KYIV = seed_id("actor", "kyiv")


def click_row(qtbot, panel, index: QModelIndex) -> None:
    tree = panel.tree
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualRect(index.siblingAtColumn(Column.PROPOSITION)).center())


def choose(button, label: str) -> None:
    """Tick one entry of a filter bar menu, as a click on it does."""
    next(a for a in button.menu().actions() if a.text() == label).trigger()


def current_id(panel) -> str | None:
    return panel.tree.currentIndex().data(Role.RecordIdRole)


def test_the_first_screen_opens_parties_and_claimants_while_they_fit(demo_panel):
    tree, model = demo_panel.tree, demo_panel.model
    assert all(tree.isExpanded(i) for i in children(model) if model.hasChildren(i))
    assert len(loaded_claim_ids(model)) == 12
    assert tree.isExpanded(model.claim_index(KYIV_CLAIM))  # its denial in sight
    assert tree.isFirstColumnSpanned(0, QModelIndex())
    assert demo_panel.summary.text() == "12 claims."


def test_selecting_a_claim_selects_it_everywhere(demo_panel, selection, qtbot):
    with qtbot.waitSignal(selection.changed) as signal:
        click_row(qtbot, demo_panel, demo_panel.model.claim_index(KREMLIN_DENIAL))
    assert selection.ids() == (KREMLIN_DENIAL,) and signal.args == [demo_panel]


def test_a_claim_selected_elsewhere_is_found_opened_and_selected_quietly(demo_panel, selection):
    demo_panel.tree.collapseAll()
    sources = []
    selection.changed.connect(sources.append)
    selection.select([KYIV_CLAIM], source="timeline")
    assert current_id(demo_panel) == KYIV_CLAIM and selection.ids() == (KYIV_CLAIM,)
    assert sources == ["timeline"]  # not announced back
    assert demo_panel.tree.isExpanded(demo_panel.tree.currentIndex().parent())
    selection.select(["an event id"], source="timeline")
    assert demo_panel.tree.selectionModel().selectedRows() == []


def test_enter_on_a_relation_row_goes_to_the_other_claim(demo_panel, selection, qtbot):
    relation = children(demo_panel.model, demo_panel.model.claim_index(KREMLIN_DENIAL))[0]
    demo_panel.tree.setCurrentIndex(relation)
    assert selection.ids() == ()  # a relation row is no record of its own
    qtbot.keyClick(demo_panel.tree, Qt.Key.Key_Return)
    assert current_id(demo_panel) == KYIV_CLAIM and selection.ids() == (KYIV_CLAIM,)


def test_up_and_down_move_through_the_claims(demo_panel, selection, qtbot):
    model, tree = demo_panel.model, demo_panel.tree
    zelensky = next(i for i in children(model, children(model)[1]) if i.data().startswith("Volodymyr"))
    first = children(model, zelensky)[0]
    tree.setCurrentIndex(first)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex() == children(model, zelensky)[1]
    assert selection.ids() == (current_id(demo_panel),)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert selection.ids() == (first.data(Role.RecordIdRole),)


def test_ctrl_f_focuses_the_search_field(demo_panel, qtbot):
    demo_panel.activateWindow()
    demo_panel.tree.setFocus()
    qtbot.keyClick(demo_panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(demo_panel.filter_bar.text_field.hasFocus)


@pytest.mark.parametrize(("text", "parties", "claims"), [
    ("timetable", ["United States (0)", "Ukraine (1)", "Russia (0)", "Europeans (0)", "Germany (0)"], 1),
    ("dementierte", ["United States (1)", "Ukraine (6)", "Russia (3)", "Europeans (0)", "Germany (0)",
                     "Unattributed (2)"], 12),  # every claim cites the report that says it
])
def test_typing_filters_by_full_text_once_typing_pauses(demo_panel, qtbot, text, parties, claims):
    bar = demo_panel.filter_bar
    with qtbot.waitSignal(bar.filter_changed, timeout=2000) as signal:
        qtbot.keyClicks(bar.text_field, text)
    assert signal.args == [ClaimFilter(text=text)]
    assert party_texts(demo_panel.model) == parties
    assert len(loaded_claim_ids(demo_panel.model)) == claims
    assert demo_panel.summary.text() == f"{claims} claim{'s' if claims > 1 else ''} match{'es' if claims == 1 else ''} the filter."


def test_filtering_by_status_keeps_only_kyivs_denied_claim(demo_panel):
    choose(demo_panel.filter_bar.status_button, "Denied")
    assert demo_panel.filter_bar.status_button.text() == "Status: Denied"
    assert party_texts(demo_panel.model) == ["United States (0)", "Ukraine (1)", "Russia (0)", "Europeans (0)",
                                             "Germany (0)"]
    assert loaded_claim_ids(demo_panel.model) == [KYIV_CLAIM]
    demo_panel.filter_bar.clear_button.click()
    assert party_texts(demo_panel.model)[1] == "Ukraine (6)" and len(loaded_claim_ids(demo_panel.model)) == 12


def test_only_denials_and_party_picks_combine(demo_panel):
    bar = demo_panel.filter_bar
    bar.denials_box.click()
    assert set(loaded_claim_ids(demo_panel.model)) == {KYIV_CLAIM, KREMLIN_DENIAL}
    choose(bar.party_button, "Russia")
    assert loaded_claim_ids(demo_panel.model) == [KREMLIN_DENIAL]


def test_a_selected_claim_that_still_matches_stays_selected(demo_panel, selection):
    demo_panel.show_claim(KYIV_CLAIM)
    choose(demo_panel.filter_bar.party_button, "Ukraine")
    assert current_id(demo_panel) == KYIV_CLAIM and selection.ids() == (KYIV_CLAIM,)


def test_clicking_a_header_sorts_and_keeps_the_selection(demo_panel, qtbot):
    demo_panel.show_claim(KREMLIN_DENIAL)
    header = demo_panel.tree.header()
    x = header.sectionViewportPosition(Column.PROPOSITION) + 10
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    assert demo_panel.model.sort_order() == ("proposition", False)
    assert current_id(demo_panel) == KREMLIN_DENIAL
    assert demo_panel.tree.isExpanded(demo_panel.model.claim_index(KREMLIN_DENIAL))  # its denial still in sight


def test_an_edit_updates_its_rows_keeping_selection_and_what_is_open(demo_panel, edits, demo_project):
    demo_panel.show_claim(KYIV_CLAIM)
    with demo_project.session() as session:
        assert edits.push(edit.set_status(session, claim_id=KYIV_CLAIM, status="confirmed"))
    model = demo_panel.model
    assert model.claim_index(KYIV_CLAIM, Column.STATUS).data() == "Confirmed"
    assert current_id(demo_panel) == KYIV_CLAIM and demo_panel.tree.isExpanded(model.claim_index(KYIV_CLAIM))
    with demo_project.session() as session:
        assert edits.push(edit.new_claim(session, proposition="Kyiv adds", claimant_id=KYIV))
    assert party_texts(model)[1] == "Ukraine (7)" and demo_panel.summary.text() == "13 claims."
    assert current_id(demo_panel) == KYIV_CLAIM


@pytest.fixture
def big_panel(make_panel, empty_project):
    with empty_project.session() as session:
        party = crud.create_actor(session, name="Big party", kind="party").id
        speaker = crud.create_actor(session, name="Speaker", parent_id=party).id
        session.commit()
    ids = add_claims(empty_project, speaker, 2000)
    return make_panel(empty_project), ids


def test_a_large_claimant_shows_one_page_then_more_as_it_scrolls(big_panel):
    panel, ids = big_panel
    claimant = children(panel.model, children(panel.model)[0])[0]
    assert panel.tree.isExpanded(claimant) and panel.model.rowCount(claimant) == PAGE
    panel.tree.scrollTo(children(panel.model, claimant)[-1])
    assert panel.model.rowCount(claimant) == 2 * PAGE


def test_a_claim_far_down_is_read_up_to_when_selected_elsewhere(big_panel, selection):
    panel, ids = big_panel
    selection.select([ids[1234]], source="timeline")
    assert current_id(panel) == ids[1234]
    assert loaded_claim_ids(panel.model) == ids[:1400]
    assert panel.tree.viewport().rect().intersects(panel.tree.visualRect(panel.tree.currentIndex()))


def test_dates_typed_as_anywhere_filter_by_when_claims_were_said(big_panel, qtbot):
    panel, ids = big_panel
    bar = panel.filter_bar
    qtbot.keyClicks(bar.from_field, "Februar 2020")
    qtbot.keyClicks(bar.to_field, "10.3.2020")
    bar.apply_pending()
    assert loaded_claim_ids(panel.model) == ids[31:31 + 29 + 10]
    assert "February 2020" in bar.from_field.toolTip() or "Feb 2020" in bar.from_field.toolTip()


def test_a_date_that_cannot_be_read_is_explained_and_not_applied(big_panel, qtbot):
    panel, ids = big_panel
    bar = panel.filter_bar
    qtbot.keyClicks(bar.from_field, "31.02.2020")
    bar.apply_pending()
    assert bar.message.isVisible() and bar.message.text().startswith("From: ")
    assert "not applied" in bar.message.text()
    assert bar.current_filter().said_from is None and panel.model.total() == 2000
    bar.from_field.clear()
    qtbot.keyClicks(bar.from_field, "2020-12")
    bar.apply_pending()
    assert not bar.message.isVisible() and panel.model.total() == 2000 - 335


def test_user_text_is_painted_as_plain_text(make_panel, empty_project, monkeypatch):
    hostile = "<b>x</b><img src=x>"
    with empty_project.session() as session:
        crud.create_claim(session, proposition=hostile, id="hostile")
        session.commit()
    drawn = []
    original = QPainter.drawText
    monkeypatch.setattr(QPainter, "drawText", lambda self, *args: (drawn.append(args[-1]), original(self, *args)))
    panel = make_panel(empty_project, size=(1400, 400))
    panel.tree.viewport().grab()
    assert hostile in drawn
