"""Fixtures for the claims panel: panels over the demo or built projects, and ways to read what they show."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex

from timeline_app.commands.stack import EditStack
from timeline_app.domain.dates import DateValue
from timeline_app.store import crud
from timeline_app.store.models import Claim
from timeline_app.ui.claims.model import Role
from timeline_app.ui.claims.panel import ClaimsPanel
from timeline_app.ui.timeline.selection import SelectionModel


def children(model, parent=QModelIndex()) -> list:
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def party_texts(model) -> list[str]:
    """The party rows as shown: "Ukraine (6)"."""
    return [index.data() for index in children(model)]


def row_of(model, text: str, parent=QModelIndex()):
    """The row under ``parent`` (else anywhere read so far) whose first column shows ``text``."""
    for index in children(model, parent):
        if index.data() == text:
            return index
        found = row_of(model, text, index)
        if found is not None:
            return found
    return None


def loaded_claim_ids(model, parent=QModelIndex()) -> list[str]:
    """Every claim row read so far, in tree order."""
    found = []
    for index in children(model, parent):
        if index.data(Role.KindRole) == "claim":
            found.append(index.data(Role.RecordIdRole))
        found += loaded_claim_ids(model, index)
    return found


def fetch_all(model, parent=QModelIndex()) -> None:
    """Read every row, as expanding everything would."""
    while model.canFetchMore(parent) or model.has_more(parent):
        model.fetchMore(parent)
    for index in children(model, parent):
        fetch_all(model, index)


@pytest.fixture
def selection():
    return SelectionModel()


@pytest.fixture
def make_panel(qtbot, selection):
    def make(project=None, view=None, size=(640, 720)):
        panel = ClaimsPanel(selection, view)
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_project(project)
        return panel

    return make


@pytest.fixture
def demo_panel(make_panel, demo_project):
    return make_panel(demo_project)


@pytest.fixture
def edits(demo_project, demo_panel):
    """An edit stack on the demo whose every change reaches the panel, as the main window wires it."""
    stack = EditStack(demo_project)
    stack.changed.connect(demo_panel.refresh)
    return stack


def add_claims(project, claimant_id: str | None, n: int) -> list[str]:
    """``n`` claims by one claimant, a day apart from 1 Jan 2020, in one bulk insert; their ids in date order."""
    first = date(2020, 1, 1)
    stamp = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}
    rows = [{"id": f"bulk-{i:06d}", "claimant_id": claimant_id, "proposition": f"Bulk claim {i}", "quote": None,
             "quote_language": None, "translation": None, "quote_kind": "direct", "channel": None, "event_id": None,
             "status": "unverified", "credibility": None, "notes": None,
             **crud.date_columns("said", DateValue.from_edtf((first + timedelta(days=i)).isoformat())), **stamp}
            for i in range(n)]
    with project.session() as session:
        crud.bulk_insert(session, Claim, rows)
        session.commit()
    return [row["id"] for row in rows]
