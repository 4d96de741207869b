"""The claim-specific flows: status, denials, relations, passages attached, stepping through claims.

They all start from the selected claim (or the passage selected in the source reader) and end in
one edit pushed through the :class:`~timeline_app.ui.editing.Editor`, like every other edit.
As there, the dialogs, ``forms`` and the store's choices load with the first flow, not at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from timeline_app.ui import settings
from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.editing import Editor
from timeline_app.ui.i18n import tr
from timeline_app.ui.vocabulary import wording

if TYPE_CHECKING:
    from timeline_app.store.choices import Choice
    from timeline_app.ui.dialogs.values import PassageRef


class ClaimFlows(QObject):
    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.editor = editor

    def _label(self, record_id: str) -> Choice:
        from timeline_app.store import choices

        return self.editor.read(lambda session: choices.label_of(session, record_id, wording=wording()))

    def _selected_claim(self) -> Choice | None:
        """The selected record if it is a claim, quietly (a chooser offers it first)."""
        from timeline_app.store import choices

        record_id = self.editor.selection.current()
        kind = record_id and self.editor.read(lambda session: choices.record_kind(session, record_id))
        return self._label(record_id) if kind == "claim" else None

    def set_status(self) -> RecordDialog | None:
        """The selected claim's new status, with the reason: kept in its status history."""
        claim_id = self.editor.current("claim")
        if claim_id is None or not self.editor.writable():
            return None
        from timeline_app.store import choices
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.status_dialog import StatusDialog

        statuses, current, version = self.editor.read(lambda session: (
            choices.statuses(session), forms.claim_values(session, claim_id).status,
            forms.version_of(session, "claim", claim_id)))
        dialog = StatusDialog(self._label(claim_id), current, statuses=statuses, by=settings.editor_name(),
                              parent=self.editor.window)
        dialog.submitted.connect(lambda: settings.set_editor_name(dialog.values().by or ""))
        return self.editor.run(dialog, lambda session, v: forms.status_edit(session, claim_id, dialog.values(), v),
                               version=version)

    def new_denial(self, passage: PassageRef | None = None) -> RecordDialog | None:
        """First the claim denied (the selected one, if a claim is selected), then the denier's claim."""
        if not self.editor.writable():
            return None
        from timeline_app.ui.dialogs.chooser import Chooser

        chooser = Chooser(tr("New Denial"), tr("Which claim does it deny?"), self.editor.search("claim"),
                          current=self._selected_claim(), ok_text=tr("Next…"), parent=self.editor.window)
        chooser.submitted.connect(lambda: (chooser.accept(), self._denial(chooser.chosen(), passage)))
        chooser.open()
        return chooser

    def _denial(self, denied: Choice, passage: PassageRef | None) -> RecordDialog:
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.values import ClaimValues

        values = ClaimValues(quote=passage.exact, quote_language=passage.language, source=passage.source,
                             status="unverified") if passage else ClaimValues()
        dialog = self.editor.claim_dialog(values, title=tr("New Denial"), passage=passage, denies=denied)
        return self.editor.run(dialog, lambda session: forms.claim_edit(session, dialog.values(), passage=passage,
                                                                         denies=denied.id))

    def attach(self, passage: PassageRef) -> RecordDialog | None:
        """Anchor the passage selected in the reader to a claim chosen from a list."""
        if passage is None or not self.editor.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.chooser import Chooser

        chooser = Chooser(tr("Attach Passage"), tr("Which claim does this passage belong to?\n“{}”").format(passage.exact),
                          self.editor.search("claim"), current=self._selected_claim(), ok_text=tr("Attach"),
                          parent=self.editor.window)
        return self.editor.run(chooser, lambda session: forms.attach_edit(session, chooser.chosen().id, passage))

    def new_relation(self) -> RecordDialog | None:
        claim_id = self.editor.current("claim")
        if claim_id is None or not self.editor.writable():
            return None
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.relation_dialog import RelationDialog
        from timeline_app.ui.dialogs.values import RelationValues

        dialog = RelationDialog(self._label(claim_id), RelationValues(), search=self.editor.search("claim"),
                                parent=self.editor.window)
        return self.editor.run(dialog, lambda session: forms.relation_edit(session, claim_id, dialog.values()))

    def edit_relation(self) -> RecordDialog | None:
        return self._choose_relation(tr("Edit Relation"), tr("Edit", "a button: edit the relation chosen"),
                                     self._relation_dialog)

    def delete_relation(self) -> RecordDialog | None:
        return self._choose_relation(tr("Delete Relation"), tr("Delete…"),
                                     lambda relation: self.editor.delete(relation.id, kind="relation"))

    def _choose_relation(self, title: str, ok_text: str, then) -> RecordDialog | None:
        """One of the selected claim's relations, chosen from a list, handed to ``then``."""
        claim_id = self.editor.current("claim")
        if claim_id is None or not self.editor.writable():
            return None
        from timeline_app.store import choices
        from timeline_app.ui.dialogs.chooser import Chooser

        relations = self.editor.read(lambda session: choices.find_relations(session, claim_id, wording=wording()))
        if not relations:
            self.editor.message.emit(tr("The selected claim has no relations."))
            return None
        chooser = Chooser(title, tr("Which relation?"), lambda text: [r for r in relations if text.casefold()
                                                                   in r.label.casefold()],
                          ok_text=ok_text, parent=self.editor.window)
        chooser.submitted.connect(lambda: (chooser.accept(), then(chooser.chosen())))
        chooser.open()
        return chooser

    def _relation_dialog(self, relation: Choice) -> RecordDialog:
        from timeline_app.ui.dialogs import forms
        from timeline_app.ui.dialogs.relation_dialog import RelationDialog

        from_id, values, version = self.editor.read(lambda session: (
            *forms.relation_values(session, relation.id), forms.version_of(session, "relation", relation.id)))
        dialog = RelationDialog(self._label(from_id), values, search=self.editor.search("claim"),
                                title=tr("Edit Relation"), parent=self.editor.window)
        return self.editor.run(dialog, lambda s, v: forms.relation_edit(s, from_id, dialog.values(), relation.id, v),
                               version=version)

    def step(self, step: int) -> None:
        """Select the next (1) or previous (-1) claim in date order, from the selected record."""
        if self.editor.project is None:
            return
        from timeline_app.store import choices

        here = self.editor.selection.current()
        found = self.editor.read(lambda session: choices.neighbour_claim(session, here, step))
        if found:
            self.editor.selection.select([found], source=self)
        else:
            self.editor.message.emit(tr("No later claim.") if step > 0 else tr("No earlier claim."))

