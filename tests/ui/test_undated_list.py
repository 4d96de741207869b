"""Undated events and claims: listed, never dropped, and selectable like items on the timeline."""

import pytest
from PySide6.QtCore import Qt

from timeline_app.domain.dates import DateValue
from timeline_app.store import crud
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.undated_list import UndatedList


@pytest.fixture
def undated(empty_project):
    with empty_project.session() as session:
        ids = [crud.create_event(session, title="<b>Meeting</b>").id,
               crud.create_claim(session, proposition="Someone said so").id]
        crud.create_event(session, title="Dated", start=DateValue.from_edtf("2025-12-14"))
        session.commit()
    return ids


@pytest.fixture
def listing(qtbot, empty_project, undated):
    selection = SelectionModel()
    widget = UndatedList(selection)
    qtbot.addWidget(widget)
    widget.set_data(load_timeline(empty_project))
    widget.show()
    return widget, selection


def test_undated_items_are_listed_literally(listing, undated):
    widget, _selection = listing
    assert widget.record_ids() == undated
    assert [widget.list.item(r).text() for r in range(2)] == ["Event: <b>Meeting</b>", "Claim: Someone said so"]
    assert widget.summary.text() == "2 items have no date, so the timeline cannot place them:"


def test_clicking_one_selects_it_and_the_list_follows_the_selection(qtbot, listing, undated):
    widget, selection = listing
    rect = widget.list.visualItemRect(widget.list.item(1))
    qtbot.mouseClick(widget.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selection.ids() == (undated[1],)
    selection.select([undated[0], "elsewhere"])
    assert [widget.list.item(r).isSelected() for r in range(2)] == [True, False]
    selection.clear()
    assert widget.list.selectedItems() == []


def test_without_undated_items_it_says_so(qtbot, demo_project):
    widget = UndatedList(SelectionModel())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.count_changed) as counted:
        widget.set_data(load_timeline(demo_project))
    assert counted.args == [0] and widget.summary.text() == "Every event and claim has a date."
