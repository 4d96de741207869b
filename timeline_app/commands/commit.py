"""Saving an edit: one transaction that applies (or reverts) it and logs it for the change feed.

:func:`commit_edit` is what the edit stack does for every push, undo and redo, without Qt, so
scripts, tests and the benchmark save edits exactly as the window does. When a record the edit
touches was saved by someone else since the edit read it, nothing is written and
:class:`~timeline_app.store.rows.ConflictError` says so, naming the edit that was refused
(``conflict.edit``; for an undo, the reverting edit): see :mod:`timeline_app.commands.conflicts`.
"""

from __future__ import annotations

from timeline_app.commands.changes import Changes
from timeline_app.commands.edits import Edit
from timeline_app.store.changes_feed import record
from timeline_app.store.db import Project
from timeline_app.store.rows import ConflictError


def commit_edit(project: Project, edit: Edit, *, forward: bool = True) -> Changes:
    """Apply (``forward``) or revert ``edit`` and commit; what changed.

    Raises ConflictError (nothing written) or the database's own error (nothing written either).
    """
    with project.session() as session:
        try:
            (edit.apply if forward else edit.revert)(session)
        except ConflictError as conflict:
            conflict.edit = edit if forward else edit.inverse()
            raise
        record(session, edit.changes.payload(), project.origin)
        session.commit()
    return edit.changes
