"""Two people saved the same record: what each of them has, and keeping one's own.

An edit is made on the versions of the records it read. When one of them was saved by someone
else meanwhile, saving it raises :class:`ConflictError` and writes nothing. The window then shows
both versions (:func:`differences`: per field, what the edit started from, what the user wants,
what is stored now) and lets the user choose:

* keep theirs: nothing to write; the views re-read the record (:func:`conflict_changes`);
* keep mine: :func:`keep_mine` makes the same edit again on top of what is stored now, and
  saving that writes the user's values over theirs; undoing it puts theirs back.

Nothing here uses Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.commands.changes import Changes
from timeline_app.commands.edits import Edit, EditError
from timeline_app.messages import message
from timeline_app.store import rows
from timeline_app.store.db import Project
from timeline_app.store.rows import ConflictError, Delete, Update

__all__ = ["ConflictError", "FieldVersions", "differences", "keep_mine", "rebase", "conflict_changes"]
#: Columns that change with every save and tell the user nothing.
BOOKKEEPING = ("updated_at", rows.VERSION)


@dataclass(frozen=True)
class FieldVersions:
    """One field of a record in conflict: as the edit read it, as the user wants it, as stored now."""

    column: str
    base: object
    mine: object
    theirs: object

    @property
    def changed_by_me(self) -> bool:
        return self.mine != self.base

    @property
    def changed_by_them(self) -> bool:
        return self.theirs != self.base


def differences(conflict: ConflictError) -> list[FieldVersions]:
    """The fields worth showing, in the table's column order: those the user changed; for a
    deletion the user wanted (``mine`` None throughout), those changed meanwhile. A record
    deleted meanwhile has ``theirs`` None throughout; ``conflict.theirs`` is the whole record."""
    theirs = conflict.theirs or {}
    found = []
    for column in (c.name for c in rows.stored_columns(conflict.table)):
        if column in BOOKKEEPING or column not in conflict.base:
            continue
        versions = FieldVersions(column, conflict.base[column], conflict.mine.get(column), theirs.get(column))
        if column in conflict.mine or not conflict.mine and versions.changed_by_them:
            found.append(versions)
    return found


def conflict_changes(conflict: ConflictError) -> Changes:
    """The records the conflict is about, as a notification for the views to re-read them."""
    row = {**conflict.key, **(conflict.theirs or {}), **conflict.base}
    return Changes.of_rows(conflict.table, [row], structure=conflict.deleted)


def keep_mine(project: Project, conflict: ConflictError) -> Edit:
    """The refused edit made again on what is stored now (EditError if a record is gone)."""
    if conflict.edit is None:
        raise EditError(message("there is no edit to make again"))
    with project.session() as session:
        return rebase(session, conflict.edit)


def rebase(session, edit: Edit) -> Edit:
    """``edit`` with every versioned update and deletion based on the rows as stored now."""
    ops = []
    for op in edit.ops:
        if isinstance(op, Update) and op.version is not None:
            (now,) = rows.snapshot(session, op.table, [op.key["id"]]) or [None]
            if now is None:
                raise EditError(message("“{edit}” cannot be made again: the record was deleted meanwhile",
                                        edit=edit.text))
            ops.append(Update(op.table, op.key, {c: now[c] for c in op.after}, op.after, now[rows.VERSION]))
        elif isinstance(op, Delete) and rows.versioned(op.table):
            stored = {row["id"]: row for row in rows.snapshot(session, op.table, [r["id"] for r in op.rows])}
            ops.append(Delete(op.table, tuple(stored[r["id"]] for r in op.rows if r["id"] in stored)))
        else:
            ops.append(op)
    return Edit(edit.text, tuple(ops))
