"""A claim's new status and why: each change is kept in the claim's status history (who, when,
from what, to what, why), which is what a ClaimReview export reports."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from timeline_app.store.choices import Choice
from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.dialogs.fields import TextBox, line_text
from timeline_app.ui.dialogs.values import StatusValues
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import status_label


class StatusDialog(RecordDialog):
    def __init__(self, claim: Choice, current: str, *, statuses: list[tuple[str, str]], by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Set Status"), "status_dialog", parent)
        self._current = current
        self.form.addRow(tr("Claim"), plain_label(claim.label))
        labels = dict(statuses)
        self.form.addRow(tr("Now"), plain_label(status_label(current, labels.get(current))))
        self.status = self.row(tr("New status"), QComboBox())
        for key, label in statuses:
            self.status.addItem(status_label(key, label), key)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.reason = self.row(tr("Why"), TextBox(4))
        self.reason.setPlaceholderText(tr("what was checked, against what, with what result"))
        self.by = self.row(tr("Recorded as by"), QLineEdit(by))
        self.watch(self.status.currentIndexChanged)
        self.revalidate()

    def problems(self) -> list[str]:
        return [tr("Choose a status other than the present one.")] if self.status.currentData() == self._current else []

    def values(self) -> StatusValues:
        return StatusValues(self.status.currentData(), self.reason.text(), line_text(self.by))
