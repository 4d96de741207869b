"""The claims tree as a Qt model: party -> claimant -> claim -> relations, with named roles.

Rows are read lazily (:mod:`~timeline_app.ui.claims.reading`), so a project of 300,000 claims is
never read at once: Qt's views get a row's first read through ``canFetchMore``/``fetchMore``, and a
claimant's further pages on demand. Sorting and edits re-read only the rows already read and keep
rows that stay, so the view keeps its expansion, selection and scroll position; a new filter shows
new results from the party rows down.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt
from sqlalchemy import select

from timeline_app.commands.changes import Changes
from timeline_app.store.claims_query import SORT_KEYS, ClaimFilter
from timeline_app.store.db import Project
from timeline_app.store.models import Status
from timeline_app.ui.claims.nodes import HEADER_TIPS, HEADERS, Column, Kind, Node, display_text, tooltip_text
from timeline_app.ui.claims.reading import PAGE, ClaimsReader
from timeline_app.ui.claims.tree import ModelIndex
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import literal

__all__ = ["PAGE", "ClaimsTreeModel", "Role"]
_NUMERIC = (Column.CREDIBILITY, Column.SOURCES)


class Role(enum.IntEnum):
    """The model's named data roles, beyond Qt's own."""

    RecordIdRole = Qt.ItemDataRole.UserRole + 1  # actor id (party, claimant), claim id, relation id
    KindRole = enum.auto()          # Kind.value: "party", "claimant", "claim", "relation"
    StatusRole = enum.auto()        # a claim's status key ("denied")
    PartyColourRole = enum.auto()   # QColor of the party (party and claimant rows)
    CountRole = enum.auto()         # matching claims (party and claimant rows)
    OtherClaimRole = enum.auto()    # the claim at a relation row's other end
    RelationTypeRole = enum.auto()  # "denies", "confirms", ...
    OutgoingRole = enum.auto()      # True when this claim is the relation's subject ("denies")


class ClaimsTreeModel(ClaimsReader):
    """The claims of one project matching one :class:`ClaimFilter`, in one order, for Qt's views."""

    def __init__(self, parent: QObject | None = None, *, lang: str | None = None) -> None:
        """``lang``: the language of dates; None, the interface's."""
        super().__init__(parent)
        self.lang = lang
        self._labels: dict[str, str] = {}

    # ------------------------------------------------------------ public

    def set_project(self, project: Project | None, claim_filter: ClaimFilter = ClaimFilter()) -> None:
        """Show ``project``'s party rows (None: nothing), reading nothing below them yet."""
        self._project, self._filter = project, claim_filter
        if project is not None:
            with project.session() as session:
                self._labels = dict(session.execute(select(Status.key, Status.label)).all())
        self._reset()

    def claim_filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show the claims matching ``claim_filter``, from the party rows down, as new results.

        Not reconciled with the rows shown before: for a new search that would re-read every
        claimant the user had opened, and each such read costs what the search costs.
        """
        if claim_filter != self._filter:
            self._filter = claim_filter
            self._reset()

    def sort_order(self) -> tuple[str, bool]:
        """The sort key (one of ``SORT_KEYS``) and whether it is descending."""
        return self._sort, self._descending

    def total(self) -> int:
        """Matching claims in all: the party rows' counts summed."""
        return sum(party.count for party in self._root.children)

    def refresh(self, changes: Changes) -> None:
        """After an edit: counts anew, and re-read the claimants whose read rows the edit touched."""
        if self._project is not None and (changes.claims or changes.relations or changes.actors
                                          or changes.sources or changes.structure):
            everything = bool(changes.actors or changes.sources and self._filter.text)
            self._requery(touched=None if everything else changes.claims)

    # ------------------------------------------------------------ Qt's model interface

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """Only a party's or claimant's first read is offered to Qt's views.

        A view calls ``fetchMore`` whenever it lays out an open row that can fetch more, so offering
        every page would read page after page of a claimant nobody scrolls through. Later pages are
        read on demand: :meth:`has_more`, then ``fetchMore`` (as the panel does once a claimant's
        last row read scrolls into view).
        """
        node = self.node(parent)
        return self._can_read(parent) and node.can_fetch_more() and not node.children

    def has_more(self, parent: ModelIndex) -> bool:
        """Whether a claimant has matching claims beyond those read."""
        node = self.node(parent)
        return self._can_read(parent) and node.kind is Kind.CLAIMANT and node.can_fetch_more()

    def fetchMore(self, parent: ModelIndex) -> None:
        """A party's claimants, or a claimant's next page of claims with their relations."""
        if not (self.canFetchMore(parent) or self.has_more(parent)):
            return
        node = self.node(parent)
        with self._project.session() as session:
            if node.kind is Kind.PARTY:
                self._read_claimants(session, node)
            else:
                self._read_claims(session, node, limit=PAGE)

    def _can_read(self, parent: ModelIndex) -> bool:
        return self._project is not None and not self.busy() and parent.column() <= 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-read the claims already shown in the new order (the first ones of it, as many as before)."""
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            if self._project is not None:
                self._requery(touched=None, recount=False)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemNeverHasChildren if self.node(index).kind is Kind.RELATION else flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return tr(HEADER_TIPS[section]) if role == Qt.ItemDataRole.ToolTipRole else None

    def retranslate(self) -> None:
        """The interface's language changed: headers and rows say everything again in the new one."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(node, index.column(), self._labels, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(tooltip_text(node, self._labels, self.lang))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = node.kind is Kind.CLAIM and index.column() in _NUMERIC
            return Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        return self._custom_data(node, role) if role > Qt.ItemDataRole.UserRole else None

    def _custom_data(self, node: Node, role: int):
        claim = node.data if node.kind is Kind.CLAIM else None
        relation = node.data if node.kind is Kind.RELATION else None
        if role == Role.RecordIdRole:
            return relation.id if relation else claim.id if claim else node.key
        if role == Role.KindRole:
            return node.kind.value
        if role == Role.StatusRole:
            return claim.status if claim else None
        if role == Role.PartyColourRole and node.kind in (Kind.PARTY, Kind.CLAIMANT):
            return self._colours.get((node if node.kind is Kind.PARTY else node.parent).key)
        if role == Role.CountRole:
            return node.count if node.kind in (Kind.PARTY, Kind.CLAIMANT) else None
        if relation is not None and role in (Role.OtherClaimRole, Role.RelationTypeRole, Role.OutgoingRole):
            return {Role.OtherClaimRole: relation.other_id, Role.RelationTypeRole: relation.type,
                    Role.OutgoingRole: relation.outgoing}[role]
        return None
