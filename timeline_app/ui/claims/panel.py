"""The claims panel: the filter bar over the claims tree, in step with the timeline's selection.

Selecting a claim here selects it everywhere (the timeline scrolls to it and highlights its links);
selecting one elsewhere finds it here -- reading its party's claimants and its claimant's pages as
far as needed -- and selects it without announcing it back. Enter on a relation row goes to the
claim at its other end. After an edit, :meth:`refresh` re-reads only the rows the edit touched.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.commands.changes import Changes
from timeline_app.store.claims_query import ClaimFilter
from timeline_app.store.db import Project
from timeline_app.ui.claims.claims_view import ClaimsView
from timeline_app.ui.claims.filter_bar import FilterBar, read_choices
from timeline_app.ui.claims.model import PAGE, ClaimsTreeModel, Role
from timeline_app.ui.claims.nodes import matching
from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.vocabulary import status_label
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView

#: Rows opened on their own when a project or filter is shown: about one page, so the first screen
#: is full but never costs more than one page of claims.
EXPAND_BUDGET = PAGE


class ClaimsPanel(Retranslating, QWidget):
    """The claims of the open project, filtered and sorted, sharing ``selection`` with the timeline."""

    claim_activated = Signal(str)  # Enter or double-click on a claim row: its id

    def __init__(self, selection: SelectionModel, view: TimelineView | None = None,
                 parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self._project: Project | None = None
        self._quiet = False  # selecting what the shared selection already holds: do not announce it
        self._statuses: list[tuple[str, str]] = []
        self.model = ClaimsTreeModel(self, lang=lang)
        self.filter_bar = FilterBar(view)
        self.tree = ClaimsView(self.model)
        self.summary = plain_label()
        self.summary.setContentsMargins(6, 2, 6, 4)
        self.find_action = QAction(self)
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.filter_bar.focus_text)
        self.addAction(self.find_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget, stretch in ((self.filter_bar, 0), (self.tree, 1), (self.summary, 0)):
            layout.addWidget(widget, stretch)
        self._connect()
        self.set_project(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_action.setText(tr("&Find Claims…"))
        self._show_summary()
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.tree.fit_columns([status_label(key, label) for key, label in self._statuses] or [tr("Unverified")])


    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self.set_filter)
        self.tree.selectionModel().selectionChanged.connect(self._selected_here)
        self.tree.activated.connect(self._activated)
        self.tree.header().sortIndicatorChanged.connect(self._sorted)
        self._selection.changed.connect(self._selected_elsewhere)

    # ------------------------------------------------------------ public

    def set_project(self, project: Project | None) -> None:
        """Show ``project``'s claims (None: nothing), unfiltered, with the first rows opened."""
        self._project = project
        choices = read_choices(project)
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.set_choices(*choices)
        self.filter_bar.blockSignals(False)
        self._statuses = choices[1]
        self._fit_columns()
        self.filter_bar.setEnabled(project is not None)
        self.model.set_project(project, self.filter_bar.current_filter())
        self._open_first_rows()
        self._show_summary()
        self._show_claim(self._selection.current(), announce=False)

    @Slot(object)
    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show the claims matching ``claim_filter``; a selected claim that still matches stays selected."""
        self.model.set_filter(claim_filter)
        self._open_first_rows()
        self._show_summary()
        if self._selection.current() in self.model.loaded_claims():
            self._show_claim(self._selection.current(), announce=False)

    def refresh(self, changes: Changes) -> None:
        """After an edit: re-read what it touched, keeping what is open, selected and in view."""
        if changes.tag_list or changes.actors:
            self.filter_bar.set_choices(*read_choices(self._project))
        self.model.refresh(changes)
        self._show_summary()

    @Slot()
    def focus_filter(self) -> None:
        self.filter_bar.focus_text()

    def show_claim(self, claim_id: str) -> bool:
        """Select a claim here and everywhere; False when the filter hides it."""
        return self._show_claim(claim_id, announce=True)

    # ------------------------------------------------------------ selection

    @Slot()
    def _selected_here(self) -> None:
        rows = self.tree.selectionModel().selectedRows()
        if not self._quiet and len(rows) == 1 and rows[0].data(Role.KindRole) == "claim":
            self._selection.select([rows[0].data(Role.RecordIdRole)], source=self)

    @Slot(object)
    def _selected_elsewhere(self, source: object) -> None:
        if source is not self and self._project is not None:
            self._show_claim(self._selection.current(), announce=False)

    def _show_claim(self, claim_id: str | None, *, announce: bool) -> bool:
        """Open the tree down to a claim, select it and scroll to it; only ``announce`` tells the others."""
        index = self.model.locate(claim_id) if claim_id and self._project is not None else QModelIndex()
        self._quiet = not announce
        try:
            if not index.isValid():
                self.tree.selectionModel().clearSelection()
                return False
            self.tree.reveal(index)
            return True
        finally:
            self._quiet = False

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click: a relation row goes to its other claim; a claim row opens its details."""
        kind = index.data(Role.KindRole)
        if kind == "relation":
            other = index.data(Role.OtherClaimRole)
            if not self.show_claim(other):  # hidden here by the filter: still select it everywhere else
                self._selection.select([other], source=self)
        elif kind == "claim":
            self.claim_activated.emit(index.data(Role.RecordIdRole))

    @Slot(int, Qt.SortOrder)
    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        """The model has re-read its rows in the new order: bring the selected claim back into view."""
        self._show_claim(self._selection.current(), announce=False)

    # ------------------------------------------------------------ opening rows

    def _open_first_rows(self) -> None:
        """Open parties, then their claimants, in order, while about a page of rows is shown."""
        shown = self.model.rowCount()
        parents = [self.model.index(row, 0) for row in range(self.model.rowCount())]
        while parents and shown < EXPAND_BUDGET:
            index = parents.pop(0)
            if self.model.hasChildren(index) and index.data(Role.KindRole) in ("party", "claimant"):
                self._read_first_rows(index)
                self.tree.expand(index)
                children = [self.model.index(row, 0, index) for row in range(self.model.rowCount(index))]
                shown += len(children)
                parents = (children + parents) if index.data(Role.KindRole) == "party" else parents

    def _read_first_rows(self, index: QModelIndex) -> None:
        """Read what opening a row shows at once (the view would too, but only at its next layout)."""
        if self.model.canFetchMore(index):
            self.model.fetchMore(index)

    def _show_summary(self) -> None:
        total, filtered = self.model.total(), self.model.claim_filter() != ClaimFilter()
        if self._project is None:
            text = tr("No project open.")
        elif filtered:
            text = tr("{} the filter.", "1 claim matches the filter").format(matching(total))
        else:
            text = tr("%Ln claim(s).", None, total) if total else tr("No claims yet.")
        self.summary.setText(text)
