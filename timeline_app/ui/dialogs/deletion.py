"""What deleting a record would take with it, in words, for the confirmation a user reads first.

No widgets here: :func:`deletion` follows the schema's foreign keys (``store.rows.dependents``) and
names what would go (relations, passages, history), what would lose its link (claims about a
deleted event) or, for a record others still need (a claimant), why it cannot be deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from sqlmodel import Session

from timeline_app.commands import edits
from timeline_app.commands.edits import EditError
from timeline_app.store import choices, rows
from timeline_app.ui.dialogs.values import Deletion
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.vocabulary import relation_verb, wording

#: How many records of one kind a confirmation names before it only counts the rest.
NAMED = 5
#: The question, and the reason it cannot be asked, by the kind of record ("{}": its label).
ASK = {"claim": QT_TR_NOOP("Delete this claim?\n{}"), "event": QT_TR_NOOP("Delete this event?\n{}"),
       "actor": QT_TR_NOOP("Delete this party or person?\n{}"), "source": QT_TR_NOOP("Delete this source?\n{}"),
       "relation": QT_TR_NOOP("Delete this relation?\n{}")}
BLOCKED = {"claim": QT_TR_NOOP("This claim cannot be deleted:\n{}"),
           "event": QT_TR_NOOP("This event cannot be deleted:\n{}"),
           "actor": QT_TR_NOOP("This party or person cannot be deleted:\n{}"),
           "source": QT_TR_NOOP("This source cannot be deleted:\n{}"),
           "relation": QT_TR_NOOP("This relation cannot be deleted:\n{}")}
DETACHED = {"event_id": QT_TR_NOOP("{} will no longer be about it"),
            "parent_id": QT_TR_NOOP("{} will no longer be part of it"),
            "previous_version_id": QT_TR_NOOP("{} will no longer name it as its previous version")}


def deletion(session: Session, kind: str, record_id: str) -> Deletion:
    """What deleting the record would do, or why it cannot be deleted."""
    label = choices.label_of(session, record_id, wording=wording())
    shown = label.label if label else record_id
    try:
        edits.delete_record(session, kind=kind, record_id=record_id)
    except EditError as exc:
        return Deletion(tr(BLOCKED.get(kind, QT_TR_NOOP("This record cannot be deleted:\n{}"))).format(shown),
                        blocked=translated(exc) + ".")
    title = tr(ASK.get(kind, QT_TR_NOOP("Delete this record?\n{}"))).format(shown)
    found = rows.dependents(session, edits.TABLES[kind], record_id)
    lines = [line for table, deleted in found.deleted.items()
             for line in _deleted(session, kind, record_id, table, deleted)]
    detached = [tr(DETACHED.get(ref.column, QT_TR_NOOP("{} will lose its link to it"))).format(
        _label(session, ref.key.get("id"))) for ref in found.detached]
    lines += _named(detached, lambda n: tr("… and %n more record(s) will lose their link to it", None, n))
    return Deletion(title, tuple(lines))


def _deleted(session: Session, kind: str, record_id: str, table: str, deleted: list[dict]) -> list[str]:
    if table == "claim_relation":
        others = [row["to_claim_id"] if row["from_claim_id"] == record_id else row["from_claim_id"] for row in deleted]
        return _named([tr("Its relation “{}” with {} is deleted").format(relation_verb(row["type"]), _label(session, other))
                       for row, other in zip(deleted, others)],
                      lambda n: tr("… and %n more relation(s) are deleted", None, n))
    if table == "annotation":
        return _named([tr("The passage “{}” is deleted").format(_short(row["exact"])) for row in deleted],
                      lambda n: tr("… and %n more passage(s) are deleted", None, n))
    if table == "status_change":
        return [tr("Its status history (%n entry(s)) is deleted", None, len(deleted))]
    other = "participant" if table == "event_participant" and kind == "event" else next(
        part for part in table.split("_") if part != kind)
    return [_links(other, len(deleted))]


def _links(other: str, n: int) -> str:
    """"Its link to a source is removed", "Its links to 3 tags are removed"."""
    if other == "source":
        return tr("Its link(s) to %n source(s) are removed", None, n)
    if other == "tag":
        return tr("Its link(s) to %n tag(s) are removed", None, n)
    if other == "participant":
        return tr("Its link(s) to %n participant(s) are removed", None, n)
    if other in ("event", "claim"):
        return tr("Its link(s) to %n event(s) are removed", None, n) if other == "event" \
            else tr("Its link(s) to %n claim(s) are removed", None, n)
    return tr("Its links to %n records are removed", None, n) + f" ({other})"


def _named(lines: list[str], rest) -> list[str]:
    """The first :data:`NAMED` lines, then ``rest(n)`` for the ``n`` left."""
    return lines[:NAMED] + ([rest(len(lines) - NAMED)] if len(lines) > NAMED else [])


def _label(session: Session, record_id: str | None) -> str:
    found = choices.label_of(session, record_id, wording=wording()) if record_id else None
    return tr("“{}”", "a quotation").format(_short(found.label)) if found else tr("a record")


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
