"""From a user's request to one saved, undoable edit: open the dialog, build the edit, push it.

Every flow here reads what the dialog needs (values, search functions), opens the dialog without
blocking (``open``), and when OK is pressed turns the dialog's values into an edit with
:mod:`~timeline_app.ui.dialogs.forms` and pushes it on the project's edit stack. An edit the
store refuses keeps the dialog open with the reason; a new record is selected once it is made.
A read-only project refuses every request with a line in the status bar, before any dialog opens.

The editor is built with the window, but the dialogs, the edit builders (``forms``) and the store's
choices load with the first flow that needs them, inside its method, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from timeline_app.commands import edits
from timeline_app.commands.conflicts import ConflictError
from timeline_app.commands.edits import Edit, EditError
from timeline_app.commands.stack import EditStack
from timeline_app.store.db import Project
from timeline_app.ui import settings
from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.vocabulary import wording

if TYPE_CHECKING:
    from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
    from timeline_app.ui.dialogs.event_dialog import EventDialog
    from timeline_app.ui.dialogs.fields import Search
    from timeline_app.ui.dialogs.values import ClaimValues, EventValues, PassageRef

READ_ONLY = QT_TR_NOOP("This project is open read-only: nothing in it can be changed. Save a copy to edit it.")
#: What to select first, by the kind of record asked for.
SELECT_FIRST = {"claim": QT_TR_NOOP("Select a claim first."), "event": QT_TR_NOOP("Select an event first."),
                "source": QT_TR_NOOP("Select a source first."), "actor": QT_TR_NOOP("Select a party or person first.")}
NEW_RECORD_TABLES = ("claim", "event", "actor", "source")


class Editor(QObject):
    """Runs the editing flows for the open project; ``message`` is a line for the status bar."""

    message = Signal(str)
    source_added = Signal(str)  # a new source's id: the reader opens it, ready for marking passages

    def __init__(self, window: QWidget, selection: SelectionModel) -> None:
        super().__init__(window)
        self.window, self.selection = window, selection
        self.project: Project | None = None
        self.stack: EditStack | None = None

    def set_stack(self, project: Project | None, stack: EditStack | None) -> None:
        self.project, self.stack = project, stack

    # ------------------------------------------------------------ helpers for every flow

    def writable(self) -> bool:
        """True if edits can be made; else say why (a read-only project) and False."""
        if self.project is None:
            return False
        if self.project.read_only:
            self.message.emit(tr(READ_ONLY))
            return False
        return True

    def read(self, reader: Callable[[Session], object]):
        with self.project.session() as session:
            return reader(session)

    def search(self, kind: str) -> Search:
        """Records of ``kind`` matching what was typed, labelled in the interface's language of the moment."""
        from timeline_app.store import choices

        return lambda text: self.read(lambda session: choices.SEARCHES[kind](session, text, wording=wording()))

    def searches(self) -> dict[str, Search]:
        from timeline_app.store import choices

        return {kind: self.search(kind) for kind in choices.SEARCHES}

    def current(self, kind: str) -> str | None:
        """The selected record if it is of ``kind``; else say what to select and None."""
        from timeline_app.store import choices

        record_id = self.selection.current()
        if record_id and self.read(lambda session: choices.record_kind(session, record_id)) == kind:
            return record_id
        self.message.emit(tr(SELECT_FIRST[kind]) if kind in SELECT_FIRST else tr("Select a {} first.").format(kind))
        return None

    def run(self, dialog: RecordDialog, build: Callable[..., Edit], *, version: int | None = None) -> RecordDialog:
        """Show ``dialog``; on OK build its edit and push it, closing the dialog once it is saved.

        ``version``: that of the record the dialog loaded, for an edit of one; ``build`` then
        takes it as a second argument. If someone else saved the record meanwhile, building
        refuses, and the user sees both versions and chooses: keep theirs (the dialog closes,
        nothing is written) or save theirs over (built again on the version stored now).
        """
        def submit() -> None:
            nonlocal version
            try:
                edit = self.read(build if version is None else lambda session: build(session, version))
            except ConflictError as conflict:
                if self.resolve(conflict):
                    version = conflict.current
                    submit()
                else:
                    dialog.reject()
                return
            except EditError as exc:
                dialog.refuse(translated(exc))
                return
            if self.push(edit):
                dialog.accept()
            else:
                dialog.refuse(tr("The change could not be saved; the message says why."))
        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def resolve(self, conflict: ConflictError) -> bool:
        """Both versions of a record someone else saved meanwhile; True: the user saves theirs over
        it, False: they keep the other's (the views re-read the record)."""
        from timeline_app.ui.shared_editing import ConflictDialog

        if ConflictDialog(conflict, self.window).exec() == ConflictDialog.DialogCode.Accepted:
            return True
        self.stack.take_theirs(conflict)
        return False

    def push(self, edit: Edit) -> bool:
        """Save ``edit`` as one undo step; select what it created; say so in the status bar."""
        from timeline_app.ui.dialogs import forms

        if not self.stack.push(edit):
            return False
        created, sources = forms.first_new(edit, *NEW_RECORD_TABLES), forms.changed_ids(edit, "source")
        if sources:
            self.source_added.emit(sources[0])
        elif created:
            self.selection.select([created], source=self)
        if not edit.empty:
            self.message.emit(tr("{}: saved").format(translated(edit.text)))
        return True

    # ------------------------------------------------------------ new records

    def new_claim(self, passage: PassageRef | None = None) -> RecordDialog | None:
        if not self.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.values import ClaimValues

        values = ClaimValues(quote=passage.exact, quote_language=passage.language, source=passage.source) \
            if passage else ClaimValues()
        dialog = self.claim_dialog(values, passage=passage)
        return self.run(dialog, lambda session: forms.claim_edit(session, dialog.values(), passage=passage))

    def claim_dialog(self, values: ClaimValues, **options) -> ClaimDialog:
        from timeline_app.store import choices
        from timeline_app.ui.dialogs.claim_dialog import ClaimDialog

        statuses, tags = self.read(lambda session: (choices.statuses(session), choices.tag_names(session)))
        return ClaimDialog(values, search=self.searches(), statuses=statuses, tag_names=tags, parent=self.window,
                           **options)

    def new_event(self, passage: PassageRef | None = None) -> RecordDialog | None:
        if not self.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.values import EventValues

        dialog = self.event_dialog(EventValues(summary=passage.exact if passage else None), passage=passage)
        return self.run(dialog, lambda session: forms.event_edit(session, dialog.values(), passage=passage))

    def event_dialog(self, values: EventValues, **options) -> EventDialog:
        from timeline_app.store import choices
        from timeline_app.ui.dialogs.event_dialog import EventDialog

        tags = self.read(choices.tag_names)
        return EventDialog(values, search=self.searches(), tag_names=tags, parent=self.window, **options)

    def new_actor(self) -> RecordDialog | None:
        if not self.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.actor_dialog import ActorDialog
        from timeline_app.ui.dialogs.values import ActorValues

        dialog = ActorDialog(ActorValues(), search=self.search("actor"), parent=self.window)
        return self.run(dialog, lambda session: forms.actor_edit(session, dialog.values()))

    def new_source(self) -> RecordDialog | None:
        if not self.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.source_dialog import SourceDialog
        from timeline_app.ui.dialogs.values import SourceValues

        dialog = SourceDialog(SourceValues(), parent=self.window)
        return self.run(dialog, lambda session: forms.source_edit(session, dialog.values()))

    # ------------------------------------------------------------ changing and deleting

    def edit(self, record_id: str | None = None) -> RecordDialog | None:
        """The dialog of the selected record (or ``record_id``), filled with what it holds now."""
        from timeline_app.store import choices
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.actor_dialog import ActorDialog
        from timeline_app.ui.dialogs.source_dialog import SourceDialog

        record_id = record_id or self.selection.current()
        kind = record_id and self.read(lambda session: choices.record_kind(session, record_id))
        if not kind:
            self.message.emit(tr("Select a claim, event, party, person or source to edit."))
            return None
        if not self.writable():
            return None
        values, version = self.read(lambda session: (getattr(forms, f"{kind}_values")(session, record_id),
                                                     forms.version_of(session, kind, record_id)))
        if kind == "claim":
            dialog = self.claim_dialog(values, title=tr("Edit Claim"), editing=True)
            return self.run(dialog, lambda s, v: forms.claim_edit(s, dialog.values(), claim_id=record_id,
                                                                  by=settings.editor_name(), version=v), version=version)
        if kind == "event":
            dialog = self.event_dialog(values, title=tr("Edit Event"))
            return self.run(dialog, lambda s, v: forms.event_edit(s, dialog.values(), event_id=record_id, version=v),
                            version=version)
        if kind == "actor":
            dialog = ActorDialog(values, search=self.search("actor"), title=tr("Edit Party or Person"),
                                 parent=self.window)
            return self.run(dialog, lambda s, v: forms.actor_edit(s, dialog.values(), record_id, v), version=version)
        dialog = SourceDialog(values, title=tr("Edit Source"), editing=True, parent=self.window)
        return self.run(dialog, lambda s, v: forms.source_edit(s, dialog.values(), record_id, v), version=version)

    def delete(self, record_id: str | None = None, kind: str | None = None) -> RecordDialog | None:
        """Ask before deleting, listing what would go with it; explain instead when it cannot go."""
        from timeline_app.store import choices
        from timeline_app.ui.dialogs.confirm_delete import ConfirmDelete
        from timeline_app.ui.dialogs.deletion import deletion

        record_id = record_id or self.selection.current()
        kind = kind or (record_id and self.read(lambda session: choices.record_kind(session, record_id)))
        if not kind:
            self.message.emit(tr("Select what to delete first."))
            return None
        if not self.writable():
            return None
        from timeline_app.ui.dialogs import forms

        consequences, version = self.read(lambda session: (deletion(session, kind, record_id),
                                                           forms.version_of(session, kind, record_id)
                                                           if kind in forms.TABLES else None))
        dialog = ConfirmDelete(consequences, parent=self.window)
        return self.run(dialog, lambda session, v: edits.delete_record(session, kind=kind, record_id=record_id,
                                                                       version=v), version=version)
