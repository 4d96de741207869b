"""Reading the claims tree from the store: what to read, when, and how to keep it current.

Party rows come from one count query. A party's claimants are read when it is first opened -- with
all its claims at once when they are few (:data:`WHOLE_PARTY`), since a search that finds a few
claims under many claimants would otherwise cost one query per claimant -- and a claimant's claims
in pages of :data:`PAGE`, each page with its relations. After sorting or an edit, only the rows
already read are read again, and reconciled with :meth:`~timeline_app.ui.claims.tree.NodeTreeModel.sync`.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QColor
from sqlmodel import Session

from timeline_app.store import claims_query as query
from timeline_app.store.claims_query import UNATTRIBUTED, ClaimantCount, ClaimFilter, ClaimRow, PartyCount
from timeline_app.store.db import Project
from timeline_app.ui.claims.nodes import Node
from timeline_app.ui.claims.tree import NodeTreeModel
from timeline_app.ui.timeline.theme import LANE_PALETTE

PAGE = 200  # claims read per page
WHOLE_PARTY = PAGE  # a party with at most this many matching claims is read in one go
UNATTRIBUTED_COLOUR = "#7f7f7f"


class ClaimsReader(NodeTreeModel):
    """The tree of one project's claims matching one filter, in one order, as far as it was read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._filter = ClaimFilter()
        self._sort, self._descending = "said", False
        self._colours: dict[object, QColor] = {}

    def locate(self, claim_id: str) -> QModelIndex:
        """The row of a claim, reading its party's claimants and its claimant's pages as needed.

        An invalid index when the claim does not match the filter (or is no claim at all).
        """
        if claim_id in self._claims or self._project is None:
            return self.claim_index(claim_id)
        with self._project.session() as session:
            position = query.claim_position(session, claim_id=claim_id, filter=self._filter, sort=self._sort,
                                            descending=self._descending)
            party = self._child(self._root, position[0]) if position else None
            if party is None:
                return QModelIndex()
            if not party.fetched:
                self._read_claimants(session, party)
            claimant = self._child(party, position[1])
            if claimant is not None and position[2] >= len(claimant.children):
                wanted = math.ceil((position[2] + 1 - len(claimant.children)) / PAGE) * PAGE
                self._read_claims(session, claimant, limit=wanted)
        return self.claim_index(claim_id)

    def _reset(self) -> None:
        """Party rows anew, nothing below them read."""
        parties = []
        if self._project is not None:
            with self._project.session() as session:
                parties = self._party_rows(session)
        with self.changing():
            self.beginResetModel()
            self._forget_all()
            self._adopt(self._root, parties)
            self.endResetModel()

    def _read_parties(self, session: Session) -> None:
        self.sync(self._root, self._party_rows(session))

    def _party_rows(self, session: Session) -> list[tuple[str | None, PartyCount]]:
        """(party id, counts) of every party, and each party's colour: its own, else the next spare one
        (as the timeline colours its lanes); grey for the unattributed, as their lane is."""
        parties = query.party_counts(session, filter=self._filter)
        spare = iter(LANE_PALETTE * (1 + len(parties) // len(LANE_PALETTE)))
        self._colours = {p.party_id: QColor(p.colour if p.colour and QColor.isValidColorName(p.colour)
                                            else UNATTRIBUTED_COLOUR if p.party_id is None else next(spare))
                         for p in parties}
        return [(p.party_id, p) for p in parties]

    def _read_claimants(self, session: Session, party: Node) -> None:
        """A party's claimants; a party with few matching claims is read whole, claims and all, in one query.

        (Claimants carry no role: the whole read cannot know it, and a row must not change with the path.)
        """
        party.fetched = True
        if party.count <= WHOLE_PARTY:
            self._read_whole(session, party)
            return
        claimants = query.claimant_counts(session, filter=self._filter, party_id=party.key)
        self.sync(party, [(c.actor_id, replace(c, role_title=None)) for c in claimants])

    def _read_whole(self, session: Session, party: Node) -> None:
        """One query for all of a party's matching claims, grouped by claimant: a search that finds a
        few claims under many claimants would otherwise cost one query per claimant."""
        rows = query.claim_rows(session, filter=self._filter, claimant_id=None, party_id=party.key, sort=self._sort,
                                descending=self._descending, limit=party.count) if party.count else []
        groups: dict[str | None, list[ClaimRow]] = {}
        for row in rows:
            groups.setdefault(row.claimant_id, []).append(row)
        names = {key: claims[0].claimant_name or UNATTRIBUTED for key, claims in groups.items()}
        order = sorted(groups, key=lambda key: (names[key].casefold(), names[key], key or ""))
        self.sync(party, [(key, ClaimantCount(key, names[key], None, len(groups[key]))) for key in order])
        for claimant in party.children:
            self.sync(claimant, [(row.id, row) for row in groups[claimant.key]])
        self._sync_relations(session, [claim for claimant in party.children for claim in claimant.children])

    def _read_claims(self, session: Session, claimant: Node, *, limit: int) -> None:
        """Append the next ``limit`` claims; the rows read so far stay as they are."""
        rows = query.claim_rows(session, filter=self._filter, claimant_id=claimant.key, party_id=claimant.parent.key,
                                sort=self._sort, descending=self._descending, offset=len(claimant.children), limit=limit)
        self._append_claims(session, claimant, [r for r in rows if r.id not in self._claims])

    def _reload_claims(self, session: Session, claimant: Node, limit: int) -> None:
        """Re-read a claimant's first ``limit`` claims and reconcile the rows shown with them."""
        rows = query.claim_rows(session, filter=self._filter, claimant_id=claimant.key, party_id=claimant.parent.key,
                                sort=self._sort, descending=self._descending, limit=limit)
        self.sync(claimant, [(r.id, r) for r in rows])
        self._sync_relations(session, claimant.children)

    def _append_claims(self, session: Session, claimant: Node, rows: list) -> None:
        start = len(claimant.children)
        self.sync(claimant, [(c.key, c.data) for c in claimant.children] + [(r.id, r) for r in rows])
        self._sync_relations(session, claimant.children[start:])

    def _sync_relations(self, session: Session, claims: list[Node]) -> None:
        relations = query.relations_of(session, claim_ids=[c.key for c in claims])
        for claim in claims:
            self.sync(claim, [((r.id, r.outgoing), r) for r in relations.get(claim.key, [])])

    def _requery(self, *, touched: frozenset[str] | None, recount: bool = True) -> None:
        """Re-read what has been read, keeping as many rows: counts (unless only the order changed),
        parties read whole, and elsewhere the claimants whose rows ``touched`` concerns (None: all)."""
        with self._project.session() as session:
            before = {c.uid: (c.count, len(c.children)) for c in self._claimants_read()}
            if recount:
                self._read_parties(session)
            for party in (p for p in self._root.children if p.fetched):
                if recount or party.count <= WHOLE_PARTY:
                    self._read_claimants(session, party)
                if party.count <= WHOLE_PARTY:
                    continue
                for claimant in party.children:
                    was_count, was_read = before.get(claimant.uid, (0, 0))
                    if was_read and (touched is None or was_count != claimant.count or self._concerns(claimant, touched)):
                        self._reload_claims(session, claimant, claimant.count if was_read >= was_count else was_read)

    def _claimants_read(self) -> list[Node]:
        return [c for party in self._root.children for c in party.children if c.children]

    @staticmethod
    def _concerns(claimant: Node, touched: frozenset[str]) -> bool:
        """Whether a claimant's rows show any of these claims, themselves or at a relation's other end."""
        return any(c.key in touched or any(r.data.other_id in touched for r in c.children) for c in claimant.children)
