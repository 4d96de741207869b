"""Asking before a deletion, with everything it would take along listed: or why it cannot be done.

A deletion can be undone, but a user should still see first that deleting a claim also deletes the
denial linking to it, or that an event's claims will no longer name it. When other records still
need the record (a person who made claims), the dialog only explains and offers to close.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QWidget

from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.dialogs.values import Deletion
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label


class ConfirmDelete(RecordDialog):
    def __init__(self, deletion: Deletion, parent: QWidget | None = None) -> None:
        super().__init__(tr("Delete"), "cannot_delete" if deletion.blocked else "confirm_delete", parent)
        self.heading = plain_label(deletion.title, bold=True)
        self.form.addRow(self.heading)
        lead = tr("Deleting it also changes these:") if deletion.consequences else tr("Nothing else depends on it.")
        self.explanation = plain_label(deletion.blocked or f"{lead} " + tr("Edit ▸ Undo brings everything back."))
        self.form.addRow(self.explanation)
        self.consequences = QListWidget()
        self.consequences.setWordWrap(True)
        self.consequences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.consequences.setAlternatingRowColors(True)
        self.consequences.addItems(list(deletion.consequences))
        if deletion.blocked:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        elif deletion.consequences:
            self.form.addRow(self.consequences)
        if self.ok_button is not None:
            self.ok_button.setText(tr("Delete"))
        self.revalidate()
