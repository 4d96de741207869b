"""The rows of the claims tree and the plain words each shows, with no widgets in sight.

A node is one row: a party, a claimant under it, a claim, or one of the claim's relations. It keeps
the store's frozen row as it was read, so a re-query can tell what changed by comparing rows, and a
``key`` that survives re-queries (the party's or claimant's actor id, the claim's id, the relation's
id and direction), so that rows which stay keep their identity -- and with it the view's expansion
and selection. Every text here is user data or built from it, and is returned as plain text; our
own words in it are in the interface's language (:mod:`~timeline_app.ui.i18n`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TR_NOOP, QLocale

from timeline_app.store.claims_query import UNATTRIBUTED, ClaimantCount, ClaimRow, PartyCount, RelationRow
from timeline_app.ui import vocabulary
from timeline_app.ui.i18n import tr
from timeline_app.ui.vocabulary import credibility_text, date_label, status_label


class Kind(enum.Enum):
    ROOT = "root"
    PARTY = "party"
    CLAIMANT = "claimant"
    CLAIM = "claim"
    RELATION = "relation"


class Column(enum.IntEnum):
    SAID = 0
    CLAIMANT = 1
    PROPOSITION = 2
    STATUS = 3
    CREDIBILITY = 4
    SOURCES = 5


#: The columns' headers and tooltips, in English: translate them where they are shown.
HEADERS = (QT_TR_NOOP("Said"), QT_TR_NOOP("Claimant"), QT_TR_NOOP("Proposition"), QT_TR_NOOP("Status"),
           QT_TR_NOOP("Cred."), QT_TR_NOOP("Sources"))
HEADER_TIPS = (QT_TR_NOOP("When the claim was made, at the precision the source gives"),
               QT_TR_NOOP("Who made the claim"), QT_TR_NOOP("What the claim says"),
               QT_TR_NOOP("Where checking it stands"),
               QT_TR_NOOP("Credibility on the Admiralty scale: 1 confirmed … 5 improbable, 6 cannot be judged"),
               QT_TR_NOOP("How many sources report the claim"))
#: The child kind under each kind; relations have none.
CHILD_KIND = {Kind.ROOT: Kind.PARTY, Kind.PARTY: Kind.CLAIMANT, Kind.CLAIMANT: Kind.CLAIM, Kind.CLAIM: Kind.RELATION}


@dataclass(eq=False)
class Node:
    """One row. ``children`` are the rows read so far; ``fetched`` says a party's claimants were read."""

    kind: Kind
    key: object
    data: PartyCount | ClaimantCount | ClaimRow | RelationRow | None
    parent: Node | None
    uid: int
    row: int = 0
    children: list[Node] = field(default_factory=list)
    fetched: bool = False

    @property
    def count(self) -> int:
        """Matching claims under a party or claimant (0 for other rows)."""
        return self.data.count if self.kind in (Kind.PARTY, Kind.CLAIMANT) else 0

    def may_have_children(self) -> bool:
        """Rows read, or (for a party or claimant) matching claims still to read."""
        return bool(self.children) or self.count > 0

    def can_fetch_more(self) -> bool:
        if self.kind is Kind.PARTY:
            return not self.fetched and self.count > 0
        return self.kind is Kind.CLAIMANT and len(self.children) < self.count

    def renumber(self) -> None:
        for row, child in enumerate(self.children):
            child.row = row


def relation_verb(relation: RelationRow) -> str:
    """"denies" from the claim that denies; "denied by" from the claim denied."""
    return vocabulary.relation_verb(relation.type, relation.outgoing)


def relation_text(relation: RelationRow, lang: str | None = None) -> str:
    """"denied by: the Kremlin, until 21 Dec 2025 — The Kremlin denied …" (as the details pane says it)."""
    who = relation.other_claimant or tr("unattributed")
    return f"{relation_verb(relation)}: {who}, {date_label(relation.other_said_edtf, lang)} — {relation.other_proposition}"


def party_name(name: str) -> str:
    """A party's or claimant's name; the store's name for claims without one, translated."""
    return tr(UNATTRIBUTED) if name == UNATTRIBUTED else name


def display_text(node: Node, column: int, status_labels: dict[str, str], lang: str | None = None) -> str | None:
    """What a cell shows; party, claimant and relation rows have one text, spanning the columns."""
    if node.kind in (Kind.PARTY, Kind.CLAIMANT):
        return tr("{} ({})", "a name and a count").format(party_name(node.data.name), _number(node.count)) \
            if column == Column.SAID else None
    if node.kind is Kind.RELATION:
        return relation_text(node.data, lang) if column == Column.SAID else None
    claim: ClaimRow = node.data
    if column == Column.SAID:
        return date_label(claim.said_edtf, lang)
    if column == Column.CLAIMANT:
        return claim.claimant_name or tr("unattributed")
    if column == Column.PROPOSITION:
        return claim.proposition
    if column == Column.STATUS:
        return status_label(claim.status, status_labels.get(claim.status))
    if column == Column.CREDIBILITY:
        return "" if claim.credibility is None else str(claim.credibility)
    return str(claim.sources)


def tooltip_text(node: Node, status_labels: dict[str, str], lang: str | None = None) -> str:
    """Everything a row stands for, in plain lines (the caller escapes it for the tooltip)."""
    if node.kind in (Kind.PARTY, Kind.CLAIMANT):
        return f"{party_name(node.data.name)}: {matching(node.count)}"
    if node.kind is Kind.RELATION:
        return relation_text(node.data, lang) + "\n" + tr("Press Enter or double-click to go to that claim")
    claim: ClaimRow = node.data
    credibility = tr("Credibility {}").format(credibility_text(claim.credibility)) if claim.credibility \
        else tr("Credibility not rated")
    who = claim.claimant_name or tr("unattributed")
    return "\n".join((claim.proposition, f"{who}, {date_label(claim.said_edtf, lang)}",
                      tr("Status: {}").format(display_text(node, Column.STATUS, status_labels)) + f" · {credibility}",
                      tr("Sources: {}").format(claim.sources)))


def matching(n: int) -> str:
    """"1 claim matches", "1,204 claims match"."""
    return tr("%Ln claim(s) match(es)", None, n)


def _number(n: int) -> str:
    """A count with its digits grouped as the interface's language groups them ("1,204", "1.204")."""
    return QLocale().toString(n)
