"""The edit stack: every edit is committed at once, and undoable for the whole session.

There is no unsaved state to lose: :meth:`EditStack.push` applies an edit in its own session and
commits before the command goes on the QUndoStack, and undo and redo commit likewise
(:func:`~timeline_app.commands.commit.commit_edit`, which also logs the edit for other windows).
A database failure (a read-only or locked file, a violated constraint) rolls back, is reported
through ``failed`` as one line (a :class:`~timeline_app.messages.Message`), and leaves both the
file and the stack's index as they were.
After each push, undo or redo, or a jump in a QUndoView, ``changed`` announces what changed, once.

Each command's text is the edit's English name (QUndoStack keeps only text); a view that shows the
names in the interface's language asks :meth:`EditStack.edit_at` for the edit and its Message.

When someone else saved a record meanwhile (a shared project, or a second window on a file), the
edit is refused and ``conflicted`` carries the ConflictError with both versions; a window that
does not listen to it gets ``failed`` instead. The user then keeps theirs (:meth:`take_theirs`)
or their own (:meth:`keep_mine`, which saves the same edit over what is stored now).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaMethod, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from timeline_app.commands import conflicts
from timeline_app.commands.changes import Changes
from timeline_app.commands.commit import commit_edit
from timeline_app.commands.edits import Edit, EditError
from timeline_app.messages import Message, message
from timeline_app.store.db import Project
from timeline_app.store.rows import ConflictError, RowMismatch


class _EditCommand(QUndoCommand):
    """One edit on the QUndoStack. Its first redo does nothing: push has applied the edit."""

    def __init__(self, edit: Edit, step: Callable[[Edit, bool], None]) -> None:
        super().__init__(str(edit.text))
        self.edit, self._step, self._pushing = edit, step, True

    def redo(self) -> None:
        if self._pushing:
            self._pushing = False
        else:
            self._step(self.edit, True)

    def undo(self) -> None:
        self._step(self.edit, False)


class EditStack(QObject):
    """Applies edits to a project and keeps them undoable; the one source of ``changed``.

    ``failed`` may be emitted from inside QUndoStack's own undo/redo; a slot that shows a dialog
    should be connected with a queued connection.
    """

    changed = Signal(object)
    #: A Message: which edit could not be saved, undone or redone, and why.
    failed = Signal(object)
    #: A ConflictError: someone else saved a record this edit, undo or redo meant to change.
    conflicted = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        #: How many commands the file has applied: the index the stack must come to rest at.
        self._applied = 0
        #: Set when a step failed: the remaining steps of a jump do nothing, the index goes back.
        self._halted = False
        self._pending = Changes()
        self.undo_stack.indexChanged.connect(self._settle)

    def push(self, edit: Edit) -> bool:
        """Apply and commit ``edit``, then make it undoable; False (and ``failed``) if it failed."""
        if edit.empty:
            return True
        if not self._commit(edit, True, "save"):
            return False
        self._applied = self.undo_stack.index() + 1
        self._pending = edit.changes
        self.undo_stack.push(_EditCommand(edit, self._step))
        return True

    def _step(self, edit: Edit, forward: bool) -> None:
        """Redo (``forward``) or undo one command, as QUndoStack asks."""
        if self._halted:
            return
        if self._commit(edit, forward, "redo" if forward else "undo"):
            self._applied += 1 if forward else -1
            self._pending = self._pending.merge(edit.changes)
        else:
            self._halted = True

    @Slot(int)
    def _settle(self, index: int) -> None:
        """After the stack moved: put the index back after a failure, then announce the changes."""
        if self._halted and index != self._applied:
            self.undo_stack.setIndex(self._applied)  # re-enters here; halted steps do nothing
            return
        self._halted, self._applied = False, index
        changes, self._pending = self._pending, Changes()
        if changes:
            self.changed.emit(changes)

    def _commit(self, edit: Edit, forward: bool, step: str) -> bool:
        """Commit one step ("save", "undo" or "redo"); False, and ``failed`` or ``conflicted``, if it failed."""
        try:
            commit_edit(self._project, edit, forward=forward)
        except ConflictError as conflict:
            if self.isSignalConnected(QMetaMethod.fromSignal(self.conflicted)):
                self.conflicted.emit(conflict)
            else:
                self.failed.emit(_failure(step, edit, message("{conflict}; reload the project to see it",
                                                              conflict=conflict.describe())))
            return False
        except (SQLAlchemyError, RowMismatch) as exc:
            self.failed.emit(_failure(step, edit, _reason(exc)))
            return False
        return True

    def edit_at(self, index: int) -> Edit | None:
        """The edit of the undo stack's command at ``index`` (None when there is none)."""
        command = self.undo_stack.command(index)
        return command.edit if command is not None else None

    def keep_mine(self, conflict: ConflictError) -> bool:
        """Save the refused edit again over what is stored now (it becomes a new undo step)."""
        try:
            edit = conflicts.keep_mine(self._project, conflict)
        except EditError as exc:
            self.failed.emit(_failure("save", conflict.edit, exc.message))
            return False
        return self.push(edit)

    def take_theirs(self, conflict: ConflictError) -> None:
        """Keep what the other person saved: the views re-read the record."""
        self.changed.emit(conflicts.conflict_changes(conflict))


def _failure(step: str, edit: Edit, reason: Message | str) -> Message:
    """"Could not save “New claim”: …": one whole sentence for each step, for translators."""
    if step == "undo":
        return message("Could not undo “{edit}”: {reason}", edit=edit.text, reason=reason)
    if step == "redo":
        return message("Could not redo “{edit}”: {reason}", edit=edit.text, reason=reason)
    return message("Could not save “{edit}”: {reason}", edit=edit.text, reason=reason)


def _reason(exc: Exception) -> Message | str:
    """The database's complaint as one plain line (its own words when none of ours fit)."""
    lines = str(getattr(exc, "orig", None) or exc).splitlines() or [type(exc).__name__]
    detail = lines[0]
    if "readonly" in detail or "read-only" in detail:
        return message("the project is open read-only")
    if "disk is full" in detail:
        return message("the disk is full; free some space, then try again")
    if "locked" in detail or "busy" in detail:
        return message("another program is writing to the project file; try again")
    if isinstance(exc, RowMismatch):
        return message("the project file was changed elsewhere ({detail})", detail=detail)
    return detail
