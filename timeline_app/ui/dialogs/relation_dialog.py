"""A typed link from one claim to another: denies, confirms, supports, contradicts, qualifies,
retracts or repeats; stated by the claimant or inferred by the analyst."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from timeline_app.store.choices import Choice
from timeline_app.store.models import RELATION_TYPES
from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.dialogs.fields import RecordField, Search, TextBox
from timeline_app.ui.dialogs.values import RelationValues
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import RELATION_BASES, relation_verb, word


class RelationDialog(RecordDialog):
    def __init__(self, source: Choice, values: RelationValues, *, search: Search, title: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title or tr("New Relation"), "relation_dialog", parent)
        self.form.addRow(tr("Claim"), plain_label(source.label))
        self.type = self.row(tr("Relation"), QComboBox())
        for kind in RELATION_TYPES:
            self.type.addItem(relation_verb(kind), kind)
        self.type.setCurrentIndex(max(0, self.type.findData(values.type)))
        others = (lambda text: [choice for choice in search(text) if choice.id != source.id])
        self.target = self.row(tr("Other claim"), RecordField(others, "claim"))
        self.target.set_choice(values.target)
        self.basis = self.row(tr("Basis"), QComboBox())
        for key in RELATION_BASES:
            self.basis.addItem(word(RELATION_BASES, key), key)
        self.basis.setCurrentIndex(max(0, self.basis.findData(values.basis)))
        self.notes = self.row(tr("Notes"), TextBox(2))
        self.notes.set_text(values.notes)
        self._source = source
        self.watch(self.target.changed)
        self.revalidate()

    def problems(self) -> list[str]:
        target = self.target.choice()
        if target is None:
            return [self.target.problem() or tr("Choose the other claim: type some of its words.")]
        return [tr("A claim cannot be related to itself.")] if target.id == self._source.id else []

    def values(self) -> RelationValues:
        return RelationValues(self.type.currentData(), self.basis.currentData(), self.target.choice(),
                              self.notes.text())
