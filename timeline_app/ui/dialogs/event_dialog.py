"""An event: what happened, when (a start and an optional end, each at its own precision), where,
who took part in which role, and what larger event it was part of."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from timeline_app.store.choices import Choice
from timeline_app.store.models import PARTICIPANT_ROLES
from timeline_app.ui.dialogs.base import RecordDialog, side_by_side
from timeline_app.ui.dialogs.date_field import DateField
from timeline_app.ui.dialogs.fields import RecordField, Search, TagsField, TextBox, line_text
from timeline_app.ui.dialogs.values import EventValues, PassageRef
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import PARTICIPANT_ROLES as ROLE_WORDS
from timeline_app.ui.vocabulary import word


class EventDialog(RecordDialog):
    """The fields of one event. ``search`` finds actors and events by kind."""

    def __init__(self, values: EventValues, *, search: dict[str, Search], tag_names: list[str],
                 title: str | None = None, passage: PassageRef | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title or tr("New Event"), "event_dialog", parent)
        if passage is not None:
            self.form.addRow(tr("Passage"), plain_label(tr("“{}”\nin {}").format(passage.exact, passage.source.label)))
        self.title = self.row(tr("Title"), QLineEdit(values.title))
        self.summary = self.row(tr("Summary"), TextBox(3))
        self.summary.set_text(values.summary)
        self.start = self.row(tr("Start"), DateField())
        self.end = self.row(tr("End"), DateField())
        self.end.line.setPlaceholderText(tr("only for events that last: e.g. 15.12.2025"))
        reference = passage.source.reference if passage else None
        for field, value in ((self.start, values.start), (self.end, values.end)):
            field.set_reference(reference)
            field.set_value(value)
        self.location = self.row(tr("Location"), QLineEdit(values.location or ""))
        self.parent_event = self.row(tr("Part of"), RecordField(search["event"], "event"))
        self.parent_event.set_choice(values.parent)
        self.participants = self.row(tr("Taking part"), Participants(search["actor"], values.participants))
        self.tags = self.row(tr("Tags"), TagsField(tag_names))
        self.tags.set_names(values.tags)
        self.watch(self.title.textChanged, self.start.changed, self.end.changed, self.parent_event.changed,
                   self.participants.changed)
        self.revalidate()

    def problems(self) -> list[str]:
        found = [] if self.title.text().strip() else [tr("Give the event a title.")]
        found += [problem for problem, field in ((tr("The start cannot be read; see the line under it."), self.start),
                                                 (tr("The end cannot be read; see the line under it."), self.end))
                  if field.problem()]
        start, end = self.start.value(), self.end.value()
        if start and end and start.earliest and end.latest and end.latest <= start.earliest:
            found.append(tr("The end lies before the start."))
        found += [problem for problem in (self.parent_event.problem(), *self.participants.problems()) if problem]
        return found

    def values(self) -> EventValues:
        return EventValues(self.title.text().strip(), self.summary.text(), self.start.value(), self.end.value(),
                           line_text(self.location), self.parent_event.choice(), self.participants.values(),
                           self.tags.names())


class Participants(QWidget):
    """Rows of a party or person and the role they played, with a button to add another."""

    changed = Signal()

    def __init__(self, search: Search, values: tuple[tuple[Choice, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._rows: list[tuple[QWidget, RecordField, QComboBox]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr("Add Participant"))
        self.add_button.clicked.connect(lambda: self.add())
        self._layout.addWidget(side_by_side(self.add_button))
        for actor, role in values:
            self.add(actor, role)

    def add(self, actor: Choice | None = None, role: str = "participant") -> RecordField:
        field, roles, remove = RecordField(self._search, "party or person"), QComboBox(), QPushButton(tr("Remove"))
        field.set_choice(actor)
        for key in PARTICIPANT_ROLES:
            roles.addItem(word(ROLE_WORDS, key), key)
        roles.setCurrentIndex(max(0, roles.findData(role)))
        row = side_by_side(field, roles, remove, grow=0)
        self._rows.append((row, field, roles))
        self._layout.insertWidget(len(self._rows) - 1, row)
        field.changed.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(row))
        self.changed.emit()
        return field

    def _remove(self, row: QWidget) -> None:
        self._rows = [r for r in self._rows if r[0] is not row]
        self._layout.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def problems(self) -> list[str]:
        found = [field.problem() for _row, field, _roles in self._rows]
        chosen = [field.choice().id for _row, field, _roles in self._rows if field.choice()]
        return found + ([tr("Each party or person can take part only once.")] if len(set(chosen)) < len(chosen)
                        else [])

    def values(self) -> tuple[tuple[Choice, str], ...]:
        return tuple((field.choice(), roles.currentData()) for _row, field, roles in self._rows if field.choice())
