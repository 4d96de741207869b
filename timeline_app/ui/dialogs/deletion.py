"""What deleting a record would take with it, in words, for the confirmation a user reads first.

No Qt here: :func:`deletion` follows the schema's foreign keys (``store.rows.dependents``) and
names what would go (relations, passages, history), what would lose its link (claims about a
deleted event) or, for a record others still need (a claimant), why it cannot be deleted.
"""

from __future__ import annotations

from sqlmodel import Session

from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.store import choices, rows
from timeline_app.ui.dialogs.values import Deletion

#: How many records of one kind a confirmation names before it only counts the rest.
NAMED = 5
#: What the user calls each kind of record.
KIND_NAMES = {"actor": "party or person", "relation": "relation"}
DETACHED = {"event_id": "{} will no longer be about it", "parent_id": "{} will no longer be part of it",
            "previous_version_id": "{} will no longer name it as its previous version"}


def deletion(session: Session, kind: str, record_id: str) -> Deletion:
    """What deleting the record would do, or why it cannot be deleted."""
    label = choices.label_of(session, record_id)
    name, shown = KIND_NAMES.get(kind, kind), label.label if label else record_id
    try:
        edits.delete_record(session, kind=kind, record_id=record_id)
    except EditError as exc:
        return Deletion(f"This {name} cannot be deleted:\n{shown}", blocked=f"{exc}.")
    title = f"Delete this {name}?\n{shown}"
    found = rows.dependents(session, edits.TABLES[kind], record_id)
    lines = [line for table, deleted in found.deleted.items()
             for line in _deleted(session, kind, record_id, table, deleted)]
    lines += _named([DETACHED.get(ref.column, "{} will lose its link to it").format(_label(session, ref.key.get("id")))
                     for ref in found.detached], "more records will lose their link to it")
    return Deletion(title, tuple(lines))


def _deleted(session: Session, kind: str, record_id: str, table: str, deleted: list[dict]) -> list[str]:
    if table == "claim_relation":
        others = [row["to_claim_id"] if row["from_claim_id"] == record_id else row["from_claim_id"] for row in deleted]
        return _named([f"Its relation “{row['type']}” with {_label(session, other)} is deleted"
                       for row, other in zip(deleted, others)], "more relations are deleted")
    if table == "annotation":
        return _named([f"The passage “{_short(row['exact'])}” is deleted" for row in deleted],
                      "more passages are deleted")
    if table == "status_change":
        return [f"Its status history ({len(deleted)} {'entry' if len(deleted) == 1 else 'entries'}) is deleted"]
    other = "participant" if table == "event_participant" and kind == "event" else next(
        part for part in table.split("_") if part != kind)
    if len(deleted) == 1:
        return [f"Its link to {'an' if other[0] in 'aeiou' else 'a'} {other} is removed"]
    return [f"Its links to {len(deleted)} {other}s are removed"]


def _named(lines: list[str], rest: str) -> list[str]:
    return lines[:NAMED] + ([f"… and {len(lines) - NAMED} {rest}"] if len(lines) > NAMED else [])


def _label(session: Session, record_id: str | None) -> str:
    found = choices.label_of(session, record_id) if record_id else None
    return f"“{_short(found.label)}”" if found else "a record"


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
